import { describe, expect, test } from '@jest/globals';
import { describeApiError } from '../../src/action/api-errors.js';
import { fitToBudget, markdownBlocks, type Detail } from '../../src/report/comment-budget.js';
import { markerLine, parseMarker } from '../../src/action/comment.js';
import { jsonFromZip } from '../../src/action/zip.js';
import { zipSync } from 'fflate';
import { parseConfig } from '../../src/config/load.js';
import { InputError } from '../../src/io/errors.js';
import { assertWholeTables, configText } from './pr-fixtures.js';

/** In-process checks of the action's pure pieces: size budget, marker, API error wording, zip reading. */

function table(rows: number, label: string): string {
  return [
    '| slice | n |',
    '| --- | ---: |',
    ...Array.from({ length: rows }, (_, i) => `| ${label}-${i} | ${i} |`),
  ].join('\n');
}

describe('fitToBudget', () => {
  const render = (sizes: Record<Detail, number>) => (detail: Detail) =>
    `## verdict\n\n${table(sizes[detail], detail)}\n\n<details><summary>more</summary>\n\n${table(5, 'folded')}\n\n</details>\n`;

  test('keeps the full report when it fits', () => {
    expect(
      fitToBudget(render({ full: 10, 'no-charts': 8, 'no-examples': 6, compact: 5, minimal: 1 }), 65_000)
        .detail,
    ).toBe('full');
  });

  test('drops detail in stages: charts, example tables, per-slice tables, then all but the verdict', () => {
    const big = { full: 5000, 'no-charts': 5000, 'no-examples': 5000, compact: 5000, minimal: 1 };
    expect(fitToBudget(render({ ...big, 'no-charts': 10 }), 65_000).detail).toBe('no-charts');
    expect(fitToBudget(render({ ...big, 'no-examples': 10 }), 65_000).detail).toBe('no-examples');
    expect(fitToBudget(render({ ...big, compact: 10 }), 65_000).detail).toBe('compact');
    expect(fitToBudget(render(big), 65_000).detail).toBe('minimal');
  });

  test('past the last stage keeps whole blocks only: no table is cut in half', () => {
    const text = (detail: Detail): string =>
      detail === 'minimal'
        ? `## verdict\n\n${table(100, 'a')}\n\n${table(4000, 'b')}\n\ntail`
        : 'x'.repeat(70_000);
    const fitted = fitToBudget(text, 65_000);
    expect(fitted.detail).toBe('truncated');
    expect(fitted.text.length).toBeLessThanOrEqual(65_000);
    expect(fitted.text).toContain('| a-99 | 99 |');
    expect(fitted.text).not.toContain('| b-0 |');
    expect(fitted.text).toContain('The report is too long for a comment');
    assertWholeTables(fitted.text);
  });

  test('a <details> section with blank lines inside is one block', () => {
    const blocks = markdownBlocks(`a\n\n<details>\n\n${table(2, 'x')}\n\n</details>\n\nb`);
    expect(blocks).toHaveLength(3);
    expect(blocks[1]).toMatch(/^<details>[\s\S]*<\/details>$/);
  });
});

describe('comment marker', () => {
  test('round-trips, with ids that need escaping', () => {
    const marker = { id: 'intents "v2" -->', headSha: 'a'.repeat(40), runId: 12, runAttempt: 3 };
    const line = markerLine(marker);
    expect(line).not.toContain('"v2"');
    expect(line.match(/-->/g)).toHaveLength(1);
    expect(parseMarker(`${line}\n## report`)).toEqual(marker);
  });

  test('ignores bodies without the marker', () => {
    expect(parseMarker('<!-- other-bot -->')).toBeUndefined();
    expect(parseMarker(null)).toBeUndefined();
  });
});

describe('API error messages', () => {
  const requestError = (status: number, data: unknown, headers: Record<string, string> = {}) =>
    Object.assign(new Error('HttpError'), { status, response: { data, headers } });

  test.each([
    [
      401,
      { message: 'Bad credentials' },
      'GitHub rejected the token (401 Bad credentials). Check the github-token input.',
    ],
    [
      403,
      { message: 'Resource not accessible by integration' },
      '403 Resource not accessible by integration. The token lacks a permission: grant `pull-requests: write`',
    ],
    [
      404,
      { message: 'Not Found' },
      '404 not found (Not Found). Check the name, or that the token can see it',
    ],
    [
      422,
      {
        message: 'Validation Failed',
        errors: [{ message: 'description is too long (maximum is 140 characters)' }],
      },
      'GitHub refused the request (422 Validation Failed: description is too long (maximum is 140 characters))',
    ],
    [502, { message: 'Bad Gateway' }, 'HTTP 502 Bad Gateway.'],
  ])('%i', (status, data, expected) => {
    const error = describeApiError(requestError(status, data), 'Posting', 'pull-requests: write');
    expect(error.message).toContain(`Posting failed: ${expected}`);
    expect(error.status).toBe(status);
  });

  test('403 names what GitHub says it accepts', () => {
    const error = describeApiError(
      requestError(403, { message: 'Forbidden' }, { 'x-accepted-github-permissions': 'statuses=write' }),
      'Setting the status',
      'statuses: write',
    );
    expect(error.message).toContain('grant `statuses: write`');
    expect(error.message).toContain('(GitHub accepts: statuses=write)');
    expect(error.forbidden).toBe(true);
  });
});

describe('jsonFromZip', () => {
  const zip = (files: Record<string, string>) =>
    zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextEncoder().encode(v)])));

  test('reads the one JSON file', () => {
    expect(jsonFromZip(zip({ 'r.json': '{"a":1}' }), 'artifact', 100)).toEqual({
      name: 'r.json',
      text: '{"a":1}',
    });
  });

  test('refuses zero or several JSON files, oversized content and damaged archives', () => {
    expect(() => jsonFromZip(zip({ 'a.txt': 'x' }), 'artifact x', 100)).toThrow(
      'artifact x must hold exactly one .json file; it holds none.',
    );
    expect(() => jsonFromZip(zip({ 'a.json': '1', 'b.json': '2' }), 'artifact x', 100)).toThrow(
      'it holds 2: "a.json", "b.json".',
    );
    expect(() => jsonFromZip(zip({ 'a.json': 'x'.repeat(200) }), 'artifact x', 100)).toThrow(
      'artifact x unpacks to more than 100 bytes',
    );
    const whole = zip({ 'a.json': '{"a":1}' });
    expect(() => jsonFromZip(whole.subarray(0, whole.byteLength >> 1), 'artifact x', 100)).toThrow(
      /artifact x is not a readable zip archive/,
    );
  });
});

describe('baseline config keys', () => {
  test('default to the evalgate-result artifact, not required', () => {
    expect(parseConfig(configText(), 'evalgate.yml', '/ws').baseline).toEqual({
      from: 'artifact',
      artifact: 'evalgate-result',
      required: false,
      fallback: 'none',
    });
  });

  test('are read as given', () => {
    const text = `${configText()}baseline: { from: file, path: eval/base.json, branch: release, required: true, fallback: evaluate }\n`;
    expect(parseConfig(text, 'evalgate.yml', '/ws').baseline).toEqual({
      from: 'file',
      artifact: 'evalgate-result',
      required: true,
      fallback: 'evaluate',
      branch: 'release',
      path: 'eval/base.json',
    });
  });

  test('from: file without a path names the missing key and its line', () => {
    const text = `${configText()}baseline:\n  from: file\n`;
    let error: unknown;
    try {
      parseConfig(text, 'evalgate.yml', '/ws');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      'evalgate.yml:14: baseline.path: baseline.from is "file": set baseline.path to the committed result JSON',
    );
  });

  test('an unknown key is refused by the schema', () => {
    expect(() => parseConfig(`${configText()}baseline: { form: file }\n`, 'evalgate.yml', '/ws')).toThrow(
      /unknown key "form"/,
    );
  });
});
