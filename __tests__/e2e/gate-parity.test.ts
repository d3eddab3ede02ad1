import { beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import { markerLine, parseMarker } from '../../src/action/comment.js';
import type { FakeGitHub } from '../github/harness/fake-github.js';
import { fakePerTest } from './fake-per-test.js';
import { REPO_ROOT } from '../github/harness/paths.js';
import { deepMerge } from '../github/harness/run-action.js';
import {
  baselineResult,
  BASE_SHA,
  configText,
  degraded,
  HEAD_SHA,
  PR,
  predictions,
  pullRequestPayload,
  runPullRequest,
  workspace,
} from './pr-fixtures.js';

/**
 * `evalgate gate` prints the comment the action posts (issue #9): the bundled action runs on a pull request
 * against the fake, then the CLI gets the same baseline, head result, config, changed files and description,
 * and its stdout must equal the posted body byte for byte, minus the sticky-comment marker line.
 */
const CHECKS = [
  'checks:',
  '  - name: model card follows model changes',
  "    when: { changed: ['models/**'] }",
  "    require: { changed: ['docs/MODEL_CARD.md'] }",
  '  - name: PR description',
  '    require: { pr_body: { min_words: 10 } }',
  '',
].join('\n');
const CONFIG = configText() + CHECKS;
const CHANGED = ['models/keyword.mjs', 'data/golden/intents.jsonl'];
const PR_BODY = 'Retrains the keyword model.';

let baseline: EvalgateResult;
const fakes = fakePerTest();
let gh: FakeGitHub;

beforeAll(async () => {
  baseline = await baselineResult({ config: CONFIG });
});

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const code = await main(argv, {
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
  });
  return { code, ...out };
}

describe('evalgate gate prints the comment the action posts', () => {
  test('a regression with failing documentation checks: the same body, byte for byte', async () => {
    gh = await fakes.seeded(baseline, { config: CONFIG });
    gh.setPullFiles(
      PR,
      CHANGED.map((filename) => ({ filename })),
    );
    const ws = workspace({ config: CONFIG, predictions: degraded(predictions()) });
    cpSync(join(REPO_ROOT, 'examples/intents/docs'), join(ws, 'docs'), { recursive: true });
    const run = await runPullRequest(gh, ws, {
      runId: 321,
      example: {
        event: 'pull_request',
        action: 'synchronize',
        overrides: deepMerge(pullRequestPayload(), { pull_request: { body: PR_BODY } }),
      },
    });
    expect(run.code).toBe(1);
    const [comment] = gh.commentsOn(PR);
    const marker = parseMarker(comment.body)!;
    const prefix = `${markerLine(marker)}\n`;
    expect(comment.body.startsWith(prefix)).toBe(true);
    const posted = comment.body.slice(prefix.length);
    expect(posted).toBe(run.outputs.markdown + (run.outputs.markdown.endsWith('\n') ? '' : '\n'));
    // what the action alone knows: where it found the baseline and which run it is
    const baselineNote = /^Baseline: commit .*$/m.exec(posted)![0];
    const runUrl = `${/\]\((\S+\/actions\/runs\/321)\)/.exec(posted)![1]}`;

    const dir = join(ws, 'out');
    writeFileSync(join(dir, 'base.json'), JSON.stringify(baseline));
    writeFileSync(join(dir, 'changed.txt'), CHANGED.join('\n') + '\n');
    writeFileSync(join(dir, 'body.md'), PR_BODY);
    const gate = await cli(
      'gate',
      '--base',
      join(dir, 'base.json'),
      '--head',
      run.outputs['result-path'],
      '--config',
      join(ws, '.github/evalgate.yml'),
      '--root',
      ws,
      '--changed-files',
      join(dir, 'changed.txt'),
      '--pr-body',
      join(dir, 'body.md'),
      '--baseline-note',
      baselineNote,
      '--footer',
      `<sub>${HEAD_SHA.slice(0, 7)} · [run 321](${runUrl})</sub>`,
    );
    expect(gate.stderr).toBe('verdict: fail (exit 1)\n');
    expect(gate.code).toBe(1);
    // the comment is not trivially short: the regression, both checks and the footer are in it
    expect(posted).toMatch(/^## ❌ evalgate \/ intents: fail/);
    expect(posted).toContain('PR description');
    expect(posted).toContain('model card follows model changes');
    expect(gate.stdout).toBe(posted);
    expect(readFileSync(join(dir, 'base.json'), 'utf8')).toContain(BASE_SHA);
  });
});
