import { beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import type { EvalgateResult } from '../../src/generated/result.js';
import type { FakeGitHub } from '../github/harness/fake-github.js';
import { fakePerTest } from './fake-per-test.js';
import { runAction } from '../github/harness/run-action.js';
import {
  BASE_SHA,
  baselineResult,
  CONFIG_PATH,
  configText,
  PR,
  runPullRequest,
  workspace,
} from './pr-fixtures.js';
import { forkRepository, phaseOneRun, phaseTwo, zipOneFile, type ForkSetup } from './hardening-fixtures.js';

/**
 * Issue #11, what the pull request's own files and artifacts can do to the bundled action: mentions in its
 * data, paths out of the workspace, oversized or crafted artifacts, glob-hostile file names, YAML bombs.
 */
const fakes = fakePerTest();
let gh: FakeGitHub | undefined;

async function fake(baseline: EvalgateResult | undefined, config?: string): Promise<FakeGitHub> {
  gh = await fakes.seeded(baseline, { config });
  return gh;
}

/** Golden data whose slice values are mentions, references, URLs and math (finding 5). */
const HOSTILE_DOMAINS: Record<string, string> = {
  shipping: '@evalgate-victim',
  billing: '@some-org/some-team',
  account: 'octo-org/octo-repo#1 and #123',
};
function hostileGolden(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.trim()) return line;
      const row = JSON.parse(line) as { domain: string; language: string };
      row.domain = HOSTILE_DOMAINS[row.domain] ?? row.domain;
      if (row.language === 'de') row.language = 'https://evil.example/$x$';
      return JSON.stringify(row);
    })
    .join('\n');
}

describe('finding 5: slice values from the PR cannot ping, cross-link or render math', () => {
  test('mentions, references, bare URLs and $math$ are inert in the posted comment', async () => {
    const baseline = await baselineResult({ golden: hostileGolden });
    await fake(baseline);
    const run = await runPullRequest(gh!, workspace({ golden: hostileGolden }));
    expect(run.code).toBe(0);
    const [comment] = gh!.commentsOn(PR);
    // The values are shown (with an invisible joiner), never live.
    expect(comment.body).toContain('some-org/some-team');
    expect(comment.body).toContain('evil.example');
    // As GitHub reads it: entities decoded, then mentions, references and autolinks found.
    const live = comment.body.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
    expect(live).not.toMatch(/@[A-Za-z0-9]/);
    expect(live).not.toMatch(/repo#\d|and #\d|#123/);
    expect(live).not.toMatch(/:\/\/evil/);
    expect(live).toContain('octo-org/octo-repo#\u200D1 and #\u200D123');
    expect(comment.body).not.toContain('$x$');
  });
});

describe('finding 7: paths stay inside the workspace', () => {
  const outside = mkdtempSync(join(tmpdir(), 'evalgate-outside-'));
  const secret = join(outside, 'secret.jsonl');
  beforeAll(() => {
    writeFileSync(secret, '{"id":"x","label":"RUNNER-SECRET-42","language":"en","domain":"d"}\n');
  });

  const cases: [string, (ws: string) => string][] = [
    ['an absolute golden path', () => secret],
    ['a ../ golden path', (ws) => relative(ws, secret)],
    [
      'a golden file that is a symlink to outside',
      (ws) => {
        rmSync(join(ws, 'data/golden/intents.jsonl'));
        symlinkSync(secret, join(ws, 'data/golden/intents.jsonl'));
        return 'data/golden/intents.jsonl';
      },
    ],
  ];
  test.each(cases)('%s is refused with a one-line error naming it', async (_name, golden) => {
    const ws = workspace();
    const config = configText().replace('data/golden/intents.jsonl', golden(ws));
    writeFileSync(join(ws, CONFIG_PATH), config);
    const run = await runAction({
      apiUrl: 'http://127.0.0.1:9',
      workspace: ws,
      example: { event: 'push', overrides: { after: BASE_SHA, ref: 'refs/heads/main' } },
      inputs: { 'run-commands': 'false', 'github-token': '' },
    });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors.at(-1)).toMatch(/suite intents: golden.*(outside the workspace|leaves the workspace)/);
    expect(run.stdout).not.toContain('RUNNER-SECRET-42');
    expect(run.stdout).not.toContain('internal error');
  });

  test('a config file committed as a symlink to outside is refused before it is read', async () => {
    const ws = workspace();
    writeFileSync(join(outside, 'evalgate.yml'), 'version: 1\nsuites: RUNNER-SECRET-43\n');
    rmSync(join(ws, CONFIG_PATH));
    symlinkSync(join(outside, 'evalgate.yml'), join(ws, CONFIG_PATH));
    const run = await runAction({
      apiUrl: 'http://127.0.0.1:9',
      workspace: ws,
      example: { event: 'push' },
      inputs: { 'run-commands': 'false', 'github-token': '' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*input config.*\.github\/evalgate\.yml.*link that leads outside/);
    expect(run.stdout).not.toContain('RUNNER-SECRET-43');
  });

  test('a documentation check does not quote a head file that links outside the workspace', async () => {
    const baseline = await baselineResult();
    const rules = [
      'checks:',
      '  - name: model card complete',
      "    require: { sections: { file: docs/MODEL_CARD.md, headings: ['Intended use'] } }",
      '',
    ].join('\n');
    await fake(baseline, configText() + rules);
    gh!.setPullFiles(PR, [{ filename: 'docs/MODEL_CARD.md' }]);
    writeFileSync(join(outside, 'card.md'), '# Card\n\n## Limitations\n\nRUNNER-SECRET-44\n');
    const ws = workspace({ config: configText() + rules });
    symlinkSync(outside, join(ws, 'docs'));
    const run = await runPullRequest(gh!, ws);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*docs\/MODEL_CARD\.md.*link that leads outside the workspace/);
    const everything =
      run.stdout +
      run.summary +
      gh!
        .commentsOn(PR)
        .map((c) => c.body)
        .join('');
    expect(everything).not.toContain('RUNNER-SECRET-44');
    expect(gh!.statuses.every((s) => s.state !== 'success')).toBe(true);
  });
});

describe('finding 8 and 12: crafted artifacts end with a message and a final status', () => {
  let baseline: EvalgateResult;
  let fork: ForkSetup;
  beforeAll(async () => {
    baseline = await baselineResult();
  });

  test('a 400 MB JSON of "0," deflated to 400 KB: refused before inflating, failure status posted', async () => {
    fork = await forkRepository(fakes, baseline);
    const zip = zipOneFile('evalgate-result.json', Buffer.alloc(400 * 1024 * 1024, '0,'));
    expect(zip.byteLength).toBeLessThan(1024 * 1024);
    const run = await phaseTwo(fork, phaseOneRun(fork, zip));
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*unpacks to more than 134217728 bytes/);
    expect(fork.gh.statuses).toEqual([
      expect.objectContaining({
        state: 'failure',
        description: expect.stringContaining('unpacks to more than') as unknown,
      }),
    ]);
  });

  test('a 100 MB result of tiny values under the byte cap: refused before JSON.parse', async () => {
    fork = await forkRepository(fakes, baseline);
    const body = `{"kind":"evalgate-result","schema_version":1,"suites":[${'0,'.repeat(50 * 1024 * 1024)}0]}`;
    const run = await phaseTwo(
      fork,
      phaseOneRun(fork, zipOneFile('evalgate-result.json', Buffer.from(body))),
    );
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*more than 16000000 JSON values/);
    expect(run.stdout).not.toContain('internal error');
    expect(fork.gh.statuses).toEqual([expect.objectContaining({ state: 'failure' })]);
  });

  test('an artifact of 65,000 .json entries (the most a zip without zip64 holds): the error names a few, on a short line', async () => {
    fork = await forkRepository(fakes, baseline);
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 65_000; i++) files[`r${i}.json`] = new Uint8Array([123, 125]);
    const run = await phaseTwo(fork, phaseOneRun(fork, zipSync(files, { level: 0 })));
    expect(run.code).toBe(1);
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error::'));
    expect(error).toContain('it holds 65000: "r0.json"');
    expect(error).toContain('and 64995 more');
    expect(error!.length).toBeLessThan(600);
  });
});

describe('finding 11: base-config globs against hostile PR file names', () => {
  test('**/*a*a*a*b against 3,000 names of 4,096 characters finishes quickly', async () => {
    const baseline = await baselineResult();
    const rules = [
      'checks:',
      '  - name: weird files need a card',
      "    when: { changed: ['**/*a*a*a*b'] }",
      "    require: { changed: ['docs/MODEL_CARD.md'] }",
      '',
    ].join('\n');
    await fake(baseline, configText() + rules);
    gh!.setPullFiles(
      PR,
      Array.from({ length: 300 }, (_, i) => ({ filename: `d${i}/${'a'.repeat(4090)}` })),
    );
    const started = Date.now();
    const run = await runPullRequest(gh!, workspace({ config: configText() + rules }), { timeoutMs: 60_000 });
    expect(run.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(gh!.commentsOn(PR)[0].body).toMatch(/⏭️ \*\*weird files need a card\*\*/);
  });
});

describe('finding 13: a YAML alias bomb is a config error', () => {
  test('the billion-laughs config fails with "invalid YAML", not an internal error', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 8; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const ws = workspace({ config: `${levels.join('\n')}\nversion: 1\nsuites: *h\n` });
    const run = await runAction({
      apiUrl: 'http://127.0.0.1:9',
      workspace: ws,
      example: { event: 'push' },
      inputs: { 'run-commands': 'false', 'github-token': '' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*evalgate\.yml.*invalid YAML \(Excessive alias count/);
    expect(run.stdout).not.toContain('internal error');
  });
});
