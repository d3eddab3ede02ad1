import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseResult } from '../../src/result/result-file.js';
import { runAction } from '../github/harness/run-action.js';
import { REPO_ROOT } from '../github/harness/paths.js';

/**
 * The bundled action (dist/index.js) run as GitHub's runner runs it: a child process with INPUT_*,
 * GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT. No API is needed to evaluate.
 */
function demoWorkspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'evalgate-ws-'));
  cpSync(join(REPO_ROOT, 'examples/intents/data'), join(ws, 'data'), { recursive: true });
  cpSync(join(REPO_ROOT, 'examples/intents/.github'), join(ws, '.github'), { recursive: true });
  cpSync(join(REPO_ROOT, 'examples/intents/models'), join(ws, 'models'), { recursive: true });
  cpSync(join(REPO_ROOT, 'examples/intents/intents.mjs'), join(ws, 'intents.mjs'));
  return ws;
}

describe('the bundled action evaluates the demo suite', () => {
  test('writes the result, the job summary and the outputs', async () => {
    const ws = demoWorkspace();
    // The keyword model needs no npm package, so the workspace can live outside the repository.
    const run = await runAction({
      apiUrl: 'http://127.0.0.1:9',
      workspace: ws,
      eventName: 'push',
      example: { event: 'push' },
      inputs: { config: '.github/evalgate.base.yml', 'result-path': 'out/result.json' },
    });
    expect(run.stderr).toBe('keyword: wrote 2400 predictions to out/keyword.predictions.jsonl\n'); // the run: command's own log
    expect(run.code).toBe(0);
    expect(run.outputs['result-path']).toBe(join(ws, 'out/result.json'));
    expect(run.outputs.suites).toBe('1');
    const result = parseResult(readFileSync(join(ws, 'out/result.json'), 'utf8'), 'result.json');
    const suite = result.suites[0];
    expect(suite.golden.n).toBe(2400);
    expect(suite.slices.map((s) => s.key)).toEqual(
      expect.arrayContaining(['overall', 'language=de', 'domain=billing', 'language=de,domain=billing']),
    );
    expect(run.summary).toContain('### intents (classification, multiclass)');
    expect(run.summary).toContain('| language=de');
    expect(run.summary.trim()).toBe(run.outputs.markdown.trim());
  });

  test('bad data fails the step with a file/line annotation and a one-line message', async () => {
    const ws = demoWorkspace();
    const golden = readFileSync(join(ws, 'data/golden/intents.jsonl'), 'utf8').split('\n');
    golden[6] = '{"id": "intent-00007", "label": ';
    writeFileSync(join(ws, 'data/golden/intents.jsonl'), golden.join('\n'));
    const run = await runAction({
      apiUrl: 'http://127.0.0.1:9',
      workspace: ws,
      eventName: 'push',
      example: { event: 'push' },
      inputs: { config: '.github/evalgate.base.yml', 'run-commands': 'false' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=evalgate input error,file=data/golden/intents.jsonl,line=7::malformed JSON',
    );
    expect(run.stdout).toMatch(/::error::data\/golden\/intents\.jsonl:7: malformed JSON \([^\n]*\)\n/);
    expect(run.stdout).not.toMatch(/\n\s+at /); // no stack trace
  });
});
