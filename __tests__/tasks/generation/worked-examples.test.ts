import { describe, test, expect } from '@jest/globals';
import {
  bleuFromStats,
  bleuSegmentStats,
  corpusBleu,
  corpusChrf,
  chrfFromStats,
  chrfSegmentStats,
  normalizeSquadAnswer,
  rougeScores,
  rougeTokenize,
  squadExampleStats,
  squadMissingPredictionStats,
  squadScores,
  addSquadStats,
  tokenize13a,
} from '../../../src/tasks/generation/index.js';

// The worked examples of METRICS-REFERENCE.md §3–§5, stated as they are printed there.
describe('reference sheet worked examples', () => {
  test('SQuAD: "the Eiffel Tower!" vs "Eiffel Tower" is an exact match', () => {
    expect(squadExampleStats('the Eiffel Tower!', ['Eiffel Tower']).exactMatch).toBe(1);
  });

  test('SQuAD: "in Paris, France" vs "Paris" has F1 0.5', () => {
    expect(squadExampleStats('in Paris, France', ['Paris']).f1).toBe(0.5);
  });

  test('SQuAD: "state-of-the-art" normalises to one token', () => {
    expect(normalizeSquadAnswer('state-of-the-art')).toBe('stateoftheart');
  });

  test('SQuAD: two empty strings give EM 1 and F1 0', () => {
    expect(squadExampleStats('', [''])).toEqual({ exactMatch: 1, f1: 0, count: 1 });
  });

  test('SQuAD: a missing prediction counts in the denominator', () => {
    const total = addSquadStats(squadExampleStats('Paris', ['Paris']), squadMissingPredictionStats());
    expect(squadScores(total)).toEqual({ exactMatch: 50, f1: 50 });
  });

  test('13a: prices, contractions, hyphens and abbreviations', () => {
    expect(tokenize13a("It costs $3.50, isn't it?").join(' ')).toBe("It costs $ 3.50 , isn't it ?");
    expect(tokenize13a('state-of-the-art 1-2 e.g.').join(' ')).toBe('state-of-the-art 1 - 2 e . g .');
  });

  test('BLEU: "The cat sat on the mat." vs "The cat is on the mat." is 48.89', () => {
    const stats = bleuSegmentStats('The cat is on the mat.', ['The cat sat on the mat.']);
    expect(stats.matches).toEqual([6, 4, 2, 1]);
    expect(stats.totals).toEqual([7, 6, 5, 4]);
    expect(bleuFromStats(stats).score).toBeCloseTo(48.89, 2);
  });

  test('BLEU: "a b c d" vs "a b x d y" smooths two orders and is 27.53', () => {
    const score = bleuFromStats(bleuSegmentStats('a b c d', ['a b x d y']));
    expect(score.precisions.map((p) => Number(p.toFixed(1)))).toEqual([75, 33.3, 25, 25]);
    expect(score.brevityPenalty).toBeCloseTo(Math.exp(-0.25), 12);
    expect(score.score).toBeCloseTo(27.53, 2);
  });

  test('BLEU: "the cat" vs "the cat sat" is 0 as corpus BLEU and 60.65 with effective order', () => {
    expect(corpusBleu(['the cat'], [['the cat sat']]).score).toBe(0);
    const stats = bleuSegmentStats('the cat', ['the cat sat']);
    expect(bleuFromStats(stats, { effectiveOrder: true }).score).toBeCloseTo(60.65, 2);
  });

  test('chrF: "cat" vs "cats" is 68.86', () => {
    expect(chrfFromStats(chrfSegmentStats('cat', ['cats']))).toBeCloseTo(68.86, 2);
  });

  test('chrF: corpus {cat/cats, dog/dog} is 81.12 while the sentence mean is 84.43', () => {
    expect(corpusChrf(['cat', 'dog'], [['cats'], ['dog']])).toBeCloseTo(81.12, 2);
    const mean =
      (chrfFromStats(chrfSegmentStats('cat', ['cats'])) + chrfFromStats(chrfSegmentStats('dog', ['dog']))) /
      2;
    expect(mean).toBeCloseTo(84.43, 2);
  });

  test('ROUGE: "The cat sat on the mat." vs "The cat is on the mat" gives .833/.6/.833', () => {
    const scores = rougeScores('The cat is on the mat', ['The cat sat on the mat.']);
    expect(scores.rouge1.fmeasure).toBeCloseTo(0.833, 3);
    expect(scores.rouge2.fmeasure).toBeCloseTo(0.6, 3);
    expect(scores.rougeL.fmeasure).toBeCloseTo(0.833, 3);
  });

  test('ROUGE tokenizer drops non-ASCII letters', () => {
    expect(rougeTokenize('Café déjà-vu')).toEqual(['caf', 'd', 'j', 'vu']);
  });
});

describe('input errors', () => {
  test('every metric refuses a segment without references', () => {
    expect(() => squadExampleStats('x', [])).toThrow('squad: at least one reference is required, got none');
    expect(() => rougeScores('x', [])).toThrow('rouge: at least one reference is required');
    expect(() => bleuSegmentStats('x', [])).toThrow('bleu: at least one reference is required');
    expect(() => chrfSegmentStats('x', [])).toThrow('chrf: at least one reference is required');
  });

  test('corpus functions refuse unaligned inputs', () => {
    expect(() => corpusBleu(['a', 'b'], [['a']])).toThrow('bleu: 2 hypotheses but 1 reference lists');
    expect(() => corpusChrf(['a'], [])).toThrow('chrf: 1 hypotheses but 0 reference lists');
  });
});
