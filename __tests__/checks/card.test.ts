import { describe, test, expect } from '@jest/globals';
import {
  checkCardFresh,
  describeStale,
  parseShownNumber,
  readCardBlock,
  renderCardBlock,
  updateCard,
} from '../../src/checks/card.js';
import type { CardRow } from '../../src/checks/types.js';
import { fixture, headMetrics } from './helpers.js';

const rows = headMetrics();
const row = (value: number, display: string): CardRow => ({
  suite: 's',
  slice: 'all',
  metric: 'accuracy',
  value,
  display,
});

describe('renderCardBlock', () => {
  test('renders the markers, a note and a right-aligned value column, padded as Prettier pads tables', () => {
    expect(renderCardBlock(rows.slice(0, 2))).toBe(
      [
        '<!-- evalgate:metrics -->',
        '<!-- Written by `evalgate card --update`: edits inside this block are overwritten. -->',
        '',
        '| Suite   | Slice | Metric   | Value |',
        '| ------- | ----- | -------- | ----: |',
        '| intents | all   | accuracy | 0.912 |',
        '| intents | all   | macro_f1 | 0.897 |',
        '',
        '<!-- /evalgate:metrics -->',
      ].join('\n'),
    );
  });

  test('pipes in names survive the round trip through the table', () => {
    const block = renderCardBlock([
      { suite: 'a|b', slice: 'len>10', metric: 'f1', value: 0.5, display: '0.500' },
    ]);
    expect(readCardBlock(block)).toEqual({
      ok: true,
      cells: [{ suite: 'a|b', slice: 'len>10', metric: 'f1', shown: '0.500' }],
    });
  });
});

describe('checkCardFresh', () => {
  test('the complete card shows the head numbers', () => {
    expect(checkCardFresh(fixture('cards/complete.md'), rows)).toEqual({
      ok: true,
      fresh: true,
      stale: [],
      missing: [],
      extra: [],
    });
  });

  test('the stale card lists each old number with the new one', () => {
    const result = checkCardFresh(fixture('cards/stale.md'), rows);
    expect(result).toEqual({
      ok: true,
      fresh: false,
      stale: [
        { suite: 'intents', slice: 'all', metric: 'accuracy', card: '0.897', head: '0.912' },
        { suite: 'intents', slice: 'short-utterance', metric: 'accuracy', card: '0.842', head: '0.861' },
      ],
      missing: [],
      extra: [],
    });
    expect(result.ok && describeStale(result)).toBe(
      'intents/all/accuracy: card 0.897, head 0.912; intents/short-utterance/accuracy: card 0.842, head 0.861',
    );
  });

  test('metrics added to or dropped from the result make the card stale', () => {
    const changed = [
      ...rows.slice(1),
      { suite: 'intents', slice: 'all', metric: 'brier', value: 0.1, display: '0.100' },
    ];
    const result = checkCardFresh(fixture('cards/complete.md'), changed);
    expect(
      result.ok && [result.fresh, result.missing.map((m) => m.metric), result.extra.map((e) => e.shown)],
    ).toEqual([false, ['brier'], ['0.912']]);
  });

  test.each([
    ['0.912', 0.91249, '0.9125', 0, true],
    ['0.912', 0.91251, '0.9125', 0, false],
    ['0.912', 0.9126, '0.913', 0.001, true],
    ['91.2%', 0.9123, '0.912', 0, true],
    ['91.2%', 0.9131, '0.913', 0, false],
    ['−0.50', -0.504, '-0.504', 0, true],
    ['n/a', 0.5, '0.500', 0, false],
    ['1,234', 1234.4, '1234', 0, true],
  ])('card %j vs head %d (%s), tolerance %d: fresh %s', (shown, value, display, tolerance, fresh) => {
    const card = renderCardBlock([row(Number.NaN, shown)]);
    const result = checkCardFresh(card, [row(value, display)], tolerance);
    expect(result.ok && result.fresh).toBe(fresh);
  });

  test('a card without the block says so', () => {
    expect(checkCardFresh(fixture('cards/no-block.md'), rows)).toEqual({
      ok: false,
      reason: 'has no metrics block (<!-- evalgate:metrics --> … <!-- /evalgate:metrics -->)',
    });
  });

  test('broken markers and a block without a table are reasons, not crashes', () => {
    expect(checkCardFresh('<!-- evalgate:metrics -->\n| a |\n', rows)).toEqual({
      ok: false,
      reason:
        'has a broken metrics block: expected one "<!-- evalgate:metrics -->" and one "<!-- /evalgate:metrics -->" marker, found 1 and 0',
    });
    expect(checkCardFresh('<!-- /evalgate:metrics -->\n<!-- evalgate:metrics -->', rows)).toEqual({
      ok: false,
      reason:
        'has a broken metrics block: "<!-- /evalgate:metrics -->" comes before "<!-- evalgate:metrics -->"',
    });
    expect(
      checkCardFresh('<!-- evalgate:metrics -->\nNumbers soon.\n<!-- /evalgate:metrics -->', rows),
    ).toEqual({
      ok: false,
      reason: 'has a metrics block without a table',
    });
    expect(
      checkCardFresh(
        '<!--evalgate:metrics-->\n| Metric | Value |\n|--|--|\n<!-- /evalgate:metrics -->',
        rows,
      ),
    ).toEqual({
      ok: false,
      reason: 'has a metrics table without the column(s) Suite, Slice',
    });
  });
});

describe('updateCard', () => {
  test('rewriting the stale card gives the complete card, byte for byte', () => {
    expect(updateCard(fixture('cards/stale.md'), rows)).toBe(fixture('cards/complete.md'));
  });

  test('is idempotent', () => {
    const once = updateCard(fixture('cards/stale.md'), rows);
    expect(updateCard(once, rows)).toBe(once);
  });

  test('a card without a block gets it at the end, after a blank line', () => {
    const card = fixture('cards/no-block.md');
    const updated = updateCard(card, rows);
    expect(updated).toBe(`${card}\n${renderCardBlock(rows)}\n`);
    expect(checkCardFresh(updated, rows)).toMatchObject({ ok: true, fresh: true });
  });

  test('keeps CRLF line endings', () => {
    const card = '# Card\r\n\r\n## Evaluation\r\n';
    expect(updateCard(card, rows.slice(0, 1))).toBe(
      `${card}\r\n${renderCardBlock(rows.slice(0, 1), '\r\n')}\r\n`,
    );
  });

  test('an empty card becomes just the block', () => {
    expect(updateCard('', rows.slice(0, 1))).toBe(`${renderCardBlock(rows.slice(0, 1))}\n`);
  });

  test('refuses to guess with a lone marker', () => {
    expect(() => updateCard('# Card\n<!-- evalgate:metrics -->\n', rows)).toThrow(
      'cannot update the metrics block: expected one "<!-- evalgate:metrics -->" and one "<!-- /evalgate:metrics -->" marker, found 1 and 0',
    );
  });
});

describe('parseShownNumber', () => {
  test.each([
    ['0.912', 0.912, 0.0005],
    ['91.2%', 0.912, 0.0005],
    ['.5', 0.5, 0.05],
    ['+3', 3, 0.5],
    ['0.912 ± 0.010', 0.912, 0.0005],
  ])('%j', (shown, value, halfUnit) => {
    const parsed = parseShownNumber(shown);
    expect(parsed?.value).toBeCloseTo(value, 12);
    expect(parsed?.halfUnit).toBeCloseTo(halfUnit, 12);
  });

  test('text is not a number', () => {
    expect(parseShownNumber('n/a')).toBeNull();
  });
});
