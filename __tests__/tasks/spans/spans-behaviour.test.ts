import { describe, test, expect } from '@jest/globals';
import { InputError } from '../../../src/io/errors.js';
import {
  addSpanCounts,
  assertSameLength,
  entitiesFromCharSpans,
  entitiesFromTags,
  SpanInputError,
  spanRecordCounts,
  spanScores,
  tagRecordCounts,
} from '../../../src/tasks/spans/index.js';

const at = { file: 'golden/ner.jsonl', line: 7 };

describe('reference sheet §6 worked example', () => {
  const gold = ['B-PER', 'I-PER', 'O', 'B-LOC'];
  const predicted = ['I-PER', 'I-PER', 'O', 'B-LOC'];

  test('default mode: F 1.0', () => {
    const scores = spanScores(tagRecordCounts(gold, predicted, { scheme: 'IOB2', mode: 'default' }));
    expect(scores.micro).toEqual({ precision: 1, recall: 1, f1: 1, support: 2 });
  });

  test('strict IOB2: P 1, R .5, F .667', () => {
    const scores = spanScores(tagRecordCounts(gold, predicted, { scheme: 'IOB2', mode: 'strict' }));
    expect(scores.micro.precision).toBe(1);
    expect(scores.micro.recall).toBe(0.5);
    expect(scores.micro.f1).toBeCloseTo(2 / 3, 12);
  });

  test('B-PER I-LOC gives PER and LOC by default, PER only in strict IOB2', () => {
    const tags = ['B-PER', 'I-LOC'];
    expect(entitiesFromTags(tags, { scheme: 'IOB2', mode: 'default' })).toEqual([
      { type: 'PER', start: 0, end: 1 },
      { type: 'LOC', start: 1, end: 2 },
    ]);
    expect(entitiesFromTags(tags, { scheme: 'IOB2', mode: 'strict' })).toEqual([
      { type: 'PER', start: 0, end: 1 },
    ]);
  });

  test('IOBES strict: B-PER I-PER O yields no entity', () => {
    expect(entitiesFromTags(['B-PER', 'I-PER', 'O'], { scheme: 'IOBES', mode: 'strict' })).toEqual([]);
  });
});

describe('validation errors are one line with file:line', () => {
  test('tags and tokens of different lengths', () => {
    expect(() =>
      tagRecordCounts(['O', 'O', 'O', 'O', 'O'], ['O', 'O', 'O', 'O', 'O'], {
        scheme: 'IOB2',
        mode: 'default',
        location: at,
        tokensLength: 6,
      }),
    ).toThrow(new SpanInputError('tags', 'length 5 does not match tokens length 6', at));
    expect(() => assertSameLength('tags', 5, 'tokens', 6, at)).toThrow(
      'golden/ner.jsonl:7: tags: length 5 does not match tokens length 6',
    );
  });

  test('predicted and gold tags of different lengths', () => {
    expect(() =>
      tagRecordCounts(['O', 'B-PER'], ['O'], { scheme: 'IOB2', mode: 'default', location: at }),
    ).toThrow('golden/ner.jsonl:7: predicted: length 1 does not match tags length 2');
  });

  test.each([
    ['E-PER', 'IOB2', 'expected O or a B-/I- prefix followed by a type (IOB2)'],
    ['S-PER', 'IOB2', 'expected O or a B-/I- prefix followed by a type (IOB2)'],
    ['X-PER', 'IOBES', 'expected O or a B-/I-/E-/S- prefix followed by a type (IOBES)'],
    ['B-', 'IOB2', 'expected O or a B-/I- prefix followed by a type (IOB2)'],
    ['PER', 'IOB2', 'expected O or a B-/I- prefix followed by a type (IOB2)'],
    ['O-PER', 'IOB2', 'expected O or a B-/I- prefix followed by a type (IOB2)'],
    ['b-PER', 'IOB2', 'expected O or a B-/I- prefix followed by a type (IOB2)'],
  ] as const)('invalid tag %s in %s', (tag, scheme, detail) => {
    const run = () => entitiesFromTags(['O', tag], { scheme, mode: 'default', location: at });
    expect(run).toThrow(
      `golden/ner.jsonl:7: tags: invalid tag ${JSON.stringify(tag)} at position 1: ${detail}`,
    );
    const message = (() => {
      try {
        run();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).not.toContain('\n');
  });

  test('a tag with a newline stays on one line', () => {
    expect(() =>
      entitiesFromTags(['B-PER\nX'], { scheme: 'IOB2', mode: 'strict', location: at }),
    ).not.toThrow();
    expect(() => entitiesFromTags(['Q\n'], { scheme: 'IOB2', mode: 'strict', location: at })).toThrow(
      'golden/ner.jsonl:7: tags: invalid tag "Q\\n" at position 0',
    );
  });

  test.each([
    [{ start: 0, end: 0, type: 'PER' }, 'span 0: end must be an integer > start (0), got 0'],
    [{ start: -1, end: 2, type: 'PER' }, 'span 0: start must be an integer >= 0, got -1'],
    [{ start: 1.5, end: 2, type: 'PER' }, 'span 0: start must be an integer >= 0, got 1.5'],
    [{ start: 0, end: 2, type: '' }, 'span 0: type must be a non-empty string, got ""'],
    [{ start: 0, end: 2 }, 'span 0: type must be a non-empty string, got undefined'],
    [{ start: 0, end: 99, type: 'PER' }, 'span 0: end 99 is past the end of the text (length 10)'],
    ['PER', 'span 0: expected an object {start, end, type}'],
  ])('invalid span %j', (span, detail) => {
    expect(() => entitiesFromCharSpans([span], { location: at, textLength: 10 })).toThrow(
      `golden/ner.jsonl:7: spans: ${detail}`,
    );
  });

  test('without a location the message starts with the field', () => {
    expect(() => spanRecordCounts([], [{ start: 3, end: 1, type: 'X' }])).toThrow(
      /^predicted: span 0: end must be an integer > start \(3\), got 1$/,
    );
  });
});

describe('sufficient statistics', () => {
  test('counts add per type across sentences, including unusual type names', () => {
    const a = spanRecordCounts(
      [{ start: 0, end: 2, type: '__proto__' }],
      [{ start: 0, end: 2, type: '__proto__' }],
    );
    const b = spanRecordCounts(
      [{ start: 0, end: 2, type: 'PER' }],
      [{ start: 0, end: 3, type: '__proto__' }],
    );
    const sum = addSpanCounts(a, b);
    expect(Object.keys(sum).sort()).toEqual(['PER', '__proto__']);
    expect(sum['__proto__']).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(sum['PER']).toEqual({ tp: 0, fp: 0, fn: 1 });
    const scores = spanScores(sum);
    expect(scores.micro).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(scores.perType.map((s) => s.type)).toEqual(['PER', '__proto__']);
  });

  test('no entities anywhere: every average is 0 (seqeval macro would be NaN)', () => {
    const scores = spanScores(tagRecordCounts(['O', 'O'], ['O', 'O'], { scheme: 'IOBES', mode: 'strict' }));
    expect(scores.perType).toEqual([]);
    for (const avg of [scores.micro, scores.macro, scores.weighted]) {
      expect(avg).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
    }
  });
});

describe('error type', () => {
  test('span errors are InputErrors carrying file, line and field', () => {
    try {
      entitiesFromTags(['E-PER'], { scheme: 'IOB2', mode: 'default', field: 'gold', location: at });
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect(error).toMatchObject({ file: 'golden/ner.jsonl', line: 7, field: 'gold' });
    }
  });
});
