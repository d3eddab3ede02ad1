import { describe, expect, test } from '@jest/globals';
import { addedCommand, commandLines, parseCommand, wordCount } from '../../src/bot/commands.js';
import { gateChange, gateChangeCheck, MAX_DIFF_LINES } from '../../src/bot/gate-change.js';
import { decideWithOverrides } from '../../src/bot/override-decision.js';
import {
  activeOverride,
  carryOverrides,
  failingDataLine,
  MAX_FAILING_ITEMS,
  readFailing,
  MAX_OVERRIDES_KEPT,
  readOverrides,
  stripOverrides,
  withOverrides,
  type OverrideRecord,
} from '../../src/bot/overrides.js';
import { parseConfig } from '../../src/config/load.js';
import { configText } from '../e2e/pr-fixtures.js';

const P = '/evalgate';
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const record = (over: Partial<OverrideRecord> = {}): OverrideRecord => ({
  user: 'mo',
  reason: 'accepted on purpose today',
  at: '2026-01-02T03:04:05Z',
  headSha: A,
  failing: ['intents: accuracy on overall'],
  ...over,
});

describe('commands', () => {
  test.each([
    ['/evalgate override the relabel was intended', { kind: 'override', reason: 'the relabel was intended' }],
    ['  /evalgate   rerun  ', { kind: 'rerun' }],
    ['/evalgate explain language=de', { kind: 'explain', slice: 'language=de' }],
    ['/evalgate', { kind: 'help' }],
    ['/evalgate help', { kind: 'help' }],
    ['/evalgate OVERRIDE x y z', { kind: 'override', reason: 'x y z' }],
    ['/evalgate merge now', { kind: 'unknown', word: 'merge' }],
    ['/evalgate rerun please', { kind: 'unknown', word: 'rerun please' }],
  ])('%s', (body, expected) => {
    expect(parseCommand(`Hi\n${body}\nthanks`, P)).toEqual(expected);
  });

  test('quotes, fenced code, mid-sentence and look-alike prefixes are not commands', () => {
    const body = [
      '> /evalgate override quoted',
      '```',
      '/evalgate override fenced',
      '```',
      '~~~~',
      '/evalgate rerun',
      '~~~~',
      'please run /evalgate rerun',
      '/evalgatex rerun',
    ].join('\n');
    expect(commandLines(body, P)).toEqual([]);
    expect(parseCommand(body, P)).toBeUndefined();
  });

  test('only an edit that adds the command line counts', () => {
    const line = '/evalgate override a b c';
    expect(addedCommand(`${line}\nedit`, line, P)).toBeUndefined();
    expect(addedCommand(`LGTM\n${line}`, 'LGTM', P)).toEqual({ kind: 'override', reason: 'a b c' });
    expect(addedCommand(`${line} d`, line, P)).toEqual({ kind: 'override', reason: 'a b c d' });
    expect(addedCommand('no command', '/evalgate rerun', P)).toBeUndefined();
  });

  test('words of a reason', () => {
    expect(wordCount('ok')).toBe(1);
    expect(wordCount('  -- !! ')).toBe(0);
    expect(wordCount('relabelled on purpose, see #12')).toBe(5);
    expect(wordCount('Änderung bewusst übernommen')).toBe(3);
  });
});

describe('override records', () => {
  test('round trip through the hidden block, and the section shows active / expired', () => {
    const first = record();
    const second = record({ user: 'ann', headSha: B, at: '2026-01-03T00:00:00Z' });
    const body = withOverrides('## report\n', [first, second], B);
    expect(readOverrides(body)).toEqual([first, second]);
    // The login is shown, but escaped so it does not mention anyone.
    expect(body).toMatch(/\| @.?ann \| `bbbbbbb` \|.*\| ✅ active \|/u);
    expect(body).not.toContain('@ann');
    expect(body).toMatch(/\| @.?mo \| `aaaaaaa` \|.*\| expired \(new push\) \|/u);
    expect(stripOverrides(body)).toBe('## report\n');
    expect(activeOverride([first, second], A)).toEqual(first);
    expect(activeOverride([first, second], 'c'.repeat(40))).toBeUndefined();
  });

  test('a new report keeps the old one’s records; none means no section', () => {
    const old = withOverrides('old report\n', [record()], A);
    const next = carryOverrides('new report\n', old, A);
    expect(next.startsWith('new report\n')).toBe(true);
    expect(readOverrides(next)).toEqual([record()]);
    expect(carryOverrides('new report\n', 'old report without records', A)).toBe('new report\n');
  });

  test('malformed, forged or oversized blocks are ignored or trimmed', () => {
    const block = (value: unknown) =>
      `<!-- evalgate:overrides v1 ${Buffer.from(JSON.stringify(value)).toString('base64')} -->`;
    expect(readOverrides('<!-- evalgate:overrides v1 !!! -->')).toEqual([]);
    expect(readOverrides(block({ not: 'a list' }))).toEqual([]);
    expect(readOverrides(block([record({ headSha: 'not-a-sha' }), { user: 1 }, record()]))).toEqual([
      record(),
    ]);
    const many = Array.from({ length: 30 }, (_, i) => record({ reason: `reason ${i} long enough` }));
    const kept = readOverrides(withOverrides('r\n', many, A));
    expect(kept).toHaveLength(MAX_OVERRIDES_KEPT);
    expect(kept[0].reason).toBe('reason 10 long enough');
  });

  test('reason text cannot break the table or inject markup', () => {
    const body = withOverrides('r\n', [record({ reason: 'a | b <script> [x](y) `z` -->' })], A);
    expect(body).not.toContain('<script>');
    expect(body).toContain('a &#124; b &lt;script&gt; &#91;x&#93;(y) &#96;z&#96; --&gt;');
    expect(body.match(/-->/g)).toHaveLength(2);
  });
});

describe('gate change', () => {
  const base = parseConfig(configText(), 'base.yml', '/tmp');
  test('the same gates: no change, no check', () => {
    const same = parseConfig(configText(), 'head.yml', '/tmp');
    expect(gateChange(base, same).changed).toBe(false);
    expect(gateChangeCheck(gateChange(base, same), P)).toBeUndefined();
  });

  test('a loosened gate is a diff that fails until an override on this head', () => {
    const head = parseConfig(configText().replace('max_drop: 2', 'max_drop: 50'), 'head.yml', '/tmp');
    const change = gateChange(base, head);
    expect(change.removed).toEqual([
      'suite intents: gate 1: fail: accuracy may fall at most 2.00 pts on overall; significance not required',
    ]);
    expect(change.added).toEqual([
      'suite intents: gate 1: fail: accuracy may fall at most 50.00 pts on overall; significance not required',
    ]);
    const check = gateChangeCheck(change, P)!;
    expect(check).toMatchObject({
      name: 'gate change',
      verdict: 'fail',
      item: 'gate change: 1 base rule(s) changed or removed, 1 new',
    });
    expect(check.markdown).toContain(
      '  - ➕ this PR: suite intents: gate 1: fail: accuracy may fall at most 50.00 pts',
    );
    const reportInput = { title: 'evalgate / intents', head: { suites: [] } as never };
    const options = { shell: 'action', failOn: 'fail', baselineRequired: false } as const;
    const context = { gateChange: change, headSha: A, prefix: P };
    const failing = (records: OverrideRecord[]) =>
      decideWithOverrides(reportInput, options, { ...context, records });
    const given = record({ failing: [check.item!] });
    expect(failing([]).decision.failing).toBe(true);
    expect(failing([{ ...given, headSha: B }]).decision.failing).toBe(true);
    const allowed = failing([given]);
    expect(allowed.decision).toMatchObject({ failing: false, outcome: 'overridden' });
    expect(allowed.input.checks?.[0]).toMatchObject({ verdict: 'pass' });
    expect(allowed.input.checks?.[0].markdown).toMatch(/^the gates changed; overridden by @.?mo: accepted/u);
    // An override given before the gates changed does not cover the change.
    const older = failing([record()]);
    expect(older.decision.failing).toBe(true);
    expect(older.input.overrideNote).toContain('this run also fails on gate change: 1 base rule(s)');
  });

  test('a long diff is cut with a count', () => {
    const many = Array.from({ length: 60 }, (_, i) => `line ${i}`);
    const markdown = gateChangeCheck({ changed: true, removed: many, added: [] }, P)!.markdown;
    expect(markdown.split('\n').filter((l) => l.startsWith('  - '))).toHaveLength(MAX_DIFF_LINES + 1);
    expect(markdown).toContain('  - … and 20 more lines');
  });

  test('the failing items ride along in a hidden block, capped', () => {
    const items = Array.from({ length: 150 }, (_, i) => `intents: accuracy on s${i} | <b>`);
    const read = readFailing(`report\n${failingDataLine(items)}\n`);
    expect(read).toHaveLength(MAX_FAILING_ITEMS);
    expect(read?.[0]).toBe('intents: accuracy on s0 | <b>');
    expect(readFailing('no block')).toBeUndefined();
    expect(readFailing('<!-- evalgate:failing v1 !!! -->')).toBeUndefined();
  });

  test('slices and support decide what is gated; the predictions path does not', () => {
    const slices = parseConfig(configText({ slices: '[language]', minSupport: 50 }), 'h.yml', '/tmp');
    expect(gateChange(base, slices).added).toEqual([
      'suite intents: slices ["language"] + label slices, min_support 50',
    ]);
    const moved = parseConfig(configText().replace('out/keyword', 'out/other'), 'h.yml', '/tmp');
    expect(gateChange(base, moved).changed).toBe(false);
  });
});
