/**
 * Generation/QA metrics as the registry sees them: values in [0, 1] (unit `proportion`, shown as 0–100 points),
 * computed from one merged GenerationStats so slices and bootstrap resamples only add statistics.
 */
import { proportionMetric, type MetricDef } from '../metric-def.js';
import { addBleuStats, bleuFromStats, bleuSegmentStats, EMPTY_BLEU_STATS, type BleuStats } from './bleu.js';
import { addChrfStats, chrfFromStats, chrfSegmentStats, EMPTY_CHRF_STATS, type ChrfStats } from './chrf.js';
import {
  addRougeStats,
  EMPTY_ROUGE_STATS,
  rougeCorpusScores,
  rougeExampleStats,
  type RougeStats,
} from './rouge.js';
import {
  addSquadStats,
  EMPTY_SQUAD_STATS,
  squadExampleStats,
  squadScores,
  type SquadStats,
} from './squad.js';

/** sacreBLEU-style signatures of the corpus metrics as computed here (sacreBLEU appends `|version:…`). */
export const BLEU_SIGNATURE = 'nrefs:var|case:mixed|eff:no|tok:13a|smooth:exp';
export const CHRF_SIGNATURE = 'nrefs:var|case:mixed|eff:yes|nc:6|nw:0|space:no';

const proportion = proportionMetric;

/** Generation metrics, in the order reports list them. */
export const GENERATION_METRICS: readonly MetricDef[] = [
  proportion(
    'squad_em',
    'Exact match',
    'Share of examples whose normalised prediction equals a normalised reference (SQuAD v1.1 normalisation, max over references).',
    'SQuAD v1.1 evaluate-v1.1.py exact_match / 100',
  ),
  proportion(
    'squad_f1',
    'Token F1',
    'Mean token-overlap F1 after SQuAD v1.1 normalisation, max over references.',
    'SQuAD v1.1 evaluate-v1.1.py f1 / 100',
  ),
  proportion(
    'rouge1',
    'ROUGE-1',
    'Mean unigram F1 (rouge-score default tokenizer, no stemming; best reference per example).',
    'rouge_score.RougeScorer(["rouge1"], use_stemmer=False).score_multi, mean fmeasure',
  ),
  proportion(
    'rouge2',
    'ROUGE-2',
    'Mean bigram F1 (rouge-score default tokenizer, no stemming; best reference per example).',
    'rouge_score.RougeScorer(["rouge2"], use_stemmer=False).score_multi, mean fmeasure',
  ),
  proportion(
    'rougeL',
    'ROUGE-L',
    'Mean longest-common-subsequence F1 (rouge-score default tokenizer, no stemming; best reference per example).',
    'rouge_score.RougeScorer(["rougeL"], use_stemmer=False).score_multi, mean fmeasure',
  ),
  proportion(
    'bleu',
    'BLEU',
    'Corpus BLEU from summed n-gram statistics: 13a tokens, mixed case, exp smoothing, brevity penalty.',
    `sacrebleu.corpus_bleu / 100, signature ${BLEU_SIGNATURE}`,
  ),
  proportion(
    'chrf',
    'chrF',
    'Corpus chrF from summed character n-gram statistics: orders 1–6, beta 2, whitespace removed; best reference per segment.',
    `sacrebleu.corpus_chrf / 100, signature ${CHRF_SIGNATURE}`,
  ),
];

/** Everything the generation metrics need, summed over examples. */
export interface GenerationStats {
  readonly squad: SquadStats;
  readonly rouge: RougeStats;
  readonly bleu: BleuStats;
  readonly chrf: ChrfStats;
}

export const EMPTY_GENERATION_STATS: GenerationStats = {
  squad: EMPTY_SQUAD_STATS,
  rouge: EMPTY_ROUGE_STATS,
  bleu: EMPTY_BLEU_STATS,
  chrf: EMPTY_CHRF_STATS,
};

/** Statistics of one example (at least one reference). */
export function generationExampleStats(prediction: string, references: readonly string[]): GenerationStats {
  return {
    squad: squadExampleStats(prediction, references),
    rouge: rougeExampleStats(prediction, references),
    bleu: bleuSegmentStats(prediction, references),
    chrf: chrfSegmentStats(prediction, references),
  };
}

export function addGenerationStats(a: GenerationStats, b: GenerationStats): GenerationStats {
  return {
    squad: addSquadStats(a.squad, b.squad),
    rouge: addRougeStats(a.rouge, b.rouge),
    bleu: addBleuStats(a.bleu, b.bleu),
    chrf: addChrfStats(a.chrf, b.chrf),
  };
}

/** Registry values in [0, 1], keyed by GENERATION_METRICS names. */
export function generationMetricValues(stats: GenerationStats): Record<string, number> {
  const squad = squadScores(stats.squad);
  const rouge = rougeCorpusScores(stats.rouge);
  return {
    squad_em: squad.exactMatch / 100,
    squad_f1: squad.f1 / 100,
    rouge1: rouge.rouge1.fmeasure,
    rouge2: rouge.rouge2.fmeasure,
    rougeL: rouge.rougeL.fmeasure,
    bleu: bleuFromStats(stats.bleu).score / 100,
    chrf: chrfFromStats(stats.chrf) / 100,
  };
}
