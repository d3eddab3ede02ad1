import { readFileSync } from 'node:fs';
import { describe, test, expect } from '@jest/globals';
import {
  addBleuStats,
  addChrfStats,
  addRougeStats,
  addSquadStats,
  bleuFromStats,
  bleuSegmentStats,
  chrfFromStats,
  chrfSegmentStats,
  corpusBleu,
  corpusChrf,
  EMPTY_ROUGE_STATS,
  EMPTY_SQUAD_STATS,
  normalizeSquadAnswer,
  pythonRstrip,
  rougeCorpusScores,
  rougeExampleStats,
  rougeScores,
  rougeTokenize,
  squadExampleStats,
  squadScores,
  tokenize13a,
  type BleuStats,
  type ChrfStats,
  type RougeScores,
} from '../../../src/tasks/generation/index.js';

// Values computed by __tests__/fixtures/generation/make_expected.py (independent Python, checked there against
// published sacreBLEU / HF values and NLTK corpus_bleu).
interface Expected {
  squad: {
    cases: { prediction: string; references: string[]; normalized: string; exactMatch: number; f1: number }[];
    corpus: { exactMatch: number; f1: number };
  };
  rouge: {
    cases: { prediction: string; references: string[]; tokens: string[]; scores: RougeScores }[];
    corpus: RougeScores;
  };
  tokenize13a: { input: string; tokens: string[] }[];
  bleu: (Corpus & {
    segments: BleuStats[];
    total: BleuStats;
    score: number;
    precisions: number[];
    brevityPenalty: number;
    sentenceScores: number[];
  })[];
  chrf: (Corpus & { segments: ChrfStats[]; total: ChrfStats; score: number; sentenceScores: number[] })[];
}
interface Corpus {
  name: string;
  hyps: string[];
  refs: string[][];
  published: number | null;
}

const expected = JSON.parse(
  readFileSync(new URL('../../fixtures/generation/expected.json', import.meta.url), 'utf8'),
) as Expected;

const DIGITS = 10;

function expectRougeClose(actual: RougeScores, wanted: RougeScores): void {
  for (const type of ['rouge1', 'rouge2', 'rougeL'] as const) {
    expect(actual[type].precision).toBeCloseTo(wanted[type].precision, DIGITS);
    expect(actual[type].recall).toBeCloseTo(wanted[type].recall, DIGITS);
    expect(actual[type].fmeasure).toBeCloseTo(wanted[type].fmeasure, DIGITS);
  }
}

describe('SQuAD v1.1 against the official logic', () => {
  test.each(expected.squad.cases.map((c) => [JSON.stringify(c.prediction), c] as const))('%s', (_name, c) => {
    expect(normalizeSquadAnswer(c.prediction)).toBe(c.normalized);
    const stats = squadExampleStats(c.prediction, c.references);
    expect(stats.exactMatch).toBe(c.exactMatch);
    expect(stats.f1).toBeCloseTo(c.f1, DIGITS);
  });

  test('corpus scores are the sums of example statistics, x100 / count', () => {
    const total = expected.squad.cases
      .map((c) => squadExampleStats(c.prediction, c.references))
      .reduce(addSquadStats, EMPTY_SQUAD_STATS);
    const scores = squadScores(total);
    expect(scores.exactMatch).toBeCloseTo(expected.squad.corpus.exactMatch, DIGITS);
    expect(scores.f1).toBeCloseTo(expected.squad.corpus.f1, DIGITS);
  });
});

describe('ROUGE against rouge-score rules', () => {
  test.each(expected.rouge.cases.map((c) => [JSON.stringify(c.prediction), c] as const))('%s', (_name, c) => {
    expect(rougeTokenize(c.prediction)).toEqual(c.tokens);
    expectRougeClose(rougeScores(c.prediction, c.references), c.scores);
  });

  test('corpus ROUGE is the mean of example scores', () => {
    const total = expected.rouge.cases
      .map((c) => rougeExampleStats(c.prediction, c.references))
      .reduce(addRougeStats, EMPTY_ROUGE_STATS);
    expectRougeClose(rougeCorpusScores(total), expected.rouge.corpus);
  });
});

describe('sacreBLEU 13a tokenizer', () => {
  test.each(expected.tokenize13a.map((c) => [JSON.stringify(c.input), c] as const))('%s', (_name, c) => {
    expect(tokenize13a(pythonRstrip(c.input))).toEqual(c.tokens);
  });
});

describe('BLEU against sacreBLEU rules', () => {
  test.each(expected.bleu.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const segments = c.hyps.map((hyp, i) => bleuSegmentStats(hyp, c.refs[i]));
    expect(segments).toEqual(c.segments);
    const total = segments.reduce(addBleuStats);
    expect(total).toEqual(c.total);
    const score = bleuFromStats(total);
    expect(score.score).toBeCloseTo(c.score, DIGITS);
    score.precisions.forEach((p, i) => expect(p).toBeCloseTo(c.precisions[i], DIGITS));
    expect(score.brevityPenalty).toBeCloseTo(c.brevityPenalty, DIGITS);
    expect(corpusBleu(c.hyps, c.refs).score).toBeCloseTo(c.score, DIGITS);
    if (c.published !== null) expect(score.score).toBeCloseTo(c.published, 2);
    segments.forEach((s, i) =>
      expect(bleuFromStats(s, { effectiveOrder: true }).score).toBeCloseTo(c.sentenceScores[i], DIGITS),
    );
  });
});

describe('chrF against sacreBLEU rules', () => {
  test.each(expected.chrf.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const segments = c.hyps.map((hyp, i) => chrfSegmentStats(hyp, c.refs[i]));
    expect(segments).toEqual(c.segments);
    expect(segments.reduce(addChrfStats)).toEqual(c.total);
    expect(chrfFromStats(c.total)).toBeCloseTo(c.score, DIGITS);
    expect(corpusChrf(c.hyps, c.refs)).toBeCloseTo(c.score, DIGITS);
    if (c.published !== null) expect(corpusChrf(c.hyps, c.refs)).toBeCloseTo(c.published, 2);
    segments.forEach((s, i) => expect(chrfFromStats(s)).toBeCloseTo(c.sentenceScores[i], DIGITS));
  });
});
