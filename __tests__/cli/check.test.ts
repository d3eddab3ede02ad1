import { describe, expect, test } from '@jest/globals';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckResult } from '../../src/checks/index.js';
import { cli, copyProject, git, gitProject, PROJECT } from './helpers.js';

interface JsonOut {
  checks: CheckResult[];
  failed: number;
}

function byName(out: JsonOut, name: string): CheckResult {
  const found = out.checks.find((c) => c.name === name);
  if (!found) throw new Error(`no check ${name}`);
  return found;
}

/** A PR on the git fixture: the model changes, nothing else. */
function modelChangePr(): string {
  const dir = gitProject();
  writeFileSync(join(dir, 'models/model.txt'), 'keyword model v2\n');
  git(dir, 'commit', '-qam', 'model v2');
  return dir;
}

describe('evalgate check with --base (git diff BASE...HEAD, git show BASE:path)', () => {
  test('a model change without a model-card update fails with its fix line (exit 1)', async () => {
    const dir = modelChangePr();
    const run = await cli('check', '--config', join(dir, 'evalgate.yml'), '--base', 'base');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('### Checks\n\n**2 failed**, 2 skipped\n');
    expect(run.stdout).toContain(
      '- ❌ **model card follows model changes**: models/model.txt changed (matching "models/&#42;&#42;"), but "docs/MODEL_CARD.md" did not change.\n' +
        '  **Fix:** Update docs/MODEL_CARD.md in this PR, or add the label "no-docs-needed" if none is needed.',
    );
    // The changelog is unchanged against base: its Unreleased section is empty on both sides.
    expect(run.stdout).toContain('- ❌ **changelog entry**: models/model.txt changed');
    expect(run.stdout).toContain('no entry was added under "## &#91;Unreleased&#93;" in CHANGELOG.md.');
    // Without --pr-body and --result those rules cannot be decided: skipped, folded.
    expect(run.stdout).toContain('<details><summary>2 skipped</summary>');
    expect(run.stdout).toContain('⏭️ **PR description**: No PR description is available');
  });

  test('the waiver label, a changelog entry committed on the branch and a PR body make it pass (exit 0)', async () => {
    const dir = modelChangePr();
    const changelog = join(dir, 'CHANGELOG.md');
    writeFileSync(
      changelog,
      readFileSync(changelog, 'utf8').replace(
        '## [Unreleased]\n',
        '## [Unreleased]\n\n### Changed\n\n- Keyword model v2: German stems added.\n',
      ),
    );
    git(dir, 'commit', '-qam', 'changelog');
    const run = await cli(
      'check',
      '--config',
      join(dir, 'evalgate.yml'),
      '--base',
      'base',
      '--labels',
      ' docs-later , NO-DOCS-NEEDED',
      '--pr-body',
      join(dir, 'pr-body.md'),
      '--format',
      'json',
    );
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as JsonOut;
    expect(out.failed).toBe(0);
    expect(byName(out, 'model card follows model changes')).toMatchObject({
      status: 'skipped',
      reason: 'Waived: the PR has the label "no-docs-needed".',
    });
    expect(byName(out, 'changelog entry')).toMatchObject({
      status: 'pass',
      reason: 'CHANGELOG.md: 1 entry added under [Unreleased] ("Keyword model v2: German stems added.").',
    });
    expect(byName(out, 'PR description')).toMatchObject({ status: 'pass' });
  });

  test('a renamed file counts under both names', async () => {
    const dir = gitProject();
    git(dir, 'mv', 'models/model.txt', 'models/keyword.txt');
    git(dir, 'commit', '-qm', 'rename');
    const run = await cli(
      'check',
      '--config',
      join(dir, 'evalgate.yml'),
      '--base',
      'base',
      '--format',
      'json',
    );
    const out = JSON.parse(run.stdout) as JsonOut;
    expect(byName(out, 'model card follows model changes').reason).toMatch(
      /^models\/keyword\.txt and 1 more file\(s\) changed/,
    );
  });

  test('an unknown base ref is an input error (exit 2)', async () => {
    const dir = gitProject();
    const run = await cli('check', '--config', join(dir, 'evalgate.yml'), '--base', 'no-such-ref');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^evalgate check: --base: git diff --name-only no-such-ref\.\.\.HEAD failed in .+: fatal: /,
    );
  });
});

describe('evalgate check with --changed-files, --result and --comparison', () => {
  test('metrics: changed from the comparison; card rule against --result', async () => {
    const dir = copyProject();
    const list = join(dir, 'changed.txt');
    writeFileSync(list, '# what the PR changed\n\nCHANGELOG.md\r\n./docs/MODEL_CARD.md\n');
    const comparison = join(dir, 'comparison.json');
    writeFileSync(
      comparison,
      JSON.stringify({ suites: [{ gates: [{ significant: false }, { ci: [-0.05, -0.01] }] }] }),
    );
    const result = join(dir, 'head.json');
    expect(
      (
        await cli(
          'evaluate',
          '--config',
          join(dir, 'evalgate.yml'),
          '--out',
          result,
          '--no-run',
          '--format',
          'none',
        )
      ).code,
    ).toBe(0);
    const args = [
      'check',
      '--config',
      join(dir, 'evalgate.yml'),
      '--changed-files',
      list,
      '--comparison',
      comparison,
    ];
    const before = JSON.parse((await cli(...args, '--result', result, '--format', 'json')).stdout) as JsonOut;
    // Without a --base, a listed changelog has no known base version: all its Unreleased entries are new,
    // and this one has none.
    expect(byName(before, 'changelog entry')).toMatchObject({
      status: 'fail',
      reason:
        'A gated metric changed significantly, but no entry was added under "## [Unreleased]" in CHANGELOG.md.',
    });
    expect(byName(before, 'model card numbers')).toMatchObject({
      status: 'fail',
      reason:
        'docs/MODEL_CARD.md has no metrics block (<!-- evalgate:metrics --> … <!-- /evalgate:metrics -->).',
      fix: 'Run `evalgate card --update` to rewrite the metrics block of docs/MODEL_CARD.md, and commit it.',
    });
    expect(byName(before, 'model card follows model changes').status).toBe('skipped');

    const card = join(dir, 'docs/MODEL_CARD.md');
    expect((await cli('card', '--update', '--result', result, '--file', card)).code).toBe(0);
    appendFileSync(join(dir, 'CHANGELOG.md'), '');
    const after = JSON.parse((await cli(...args, '--result', result, '--format', 'json')).stdout) as JsonOut;
    expect(byName(after, 'model card numbers')).toMatchObject({
      status: 'pass',
      reason: 'docs/MODEL_CARD.md shows the head numbers (6 metrics).',
    });
  });

  test('usage and input errors exit 2 with one line', async () => {
    const config = join(PROJECT, 'evalgate.yml');
    const noChanges = await cli('check', '--config', config);
    expect(noChanges.code).toBe(2);
    expect(noChanges.stderr.split('\n')[0]).toBe(
      'evalgate check: say what changed: --base REF (git diff) or --changed-files FILE',
    );
    const missing = await cli('check', '--config', config, '--changed-files', join(PROJECT, 'nope.txt'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.txt: --changed-files: cannot read the file/);
    const format = await cli('check', '--config', config, '--changed-files', config, '--format', 'html');
    expect(format.code).toBe(2);
  });
});

describe('the demo project (examples/intents)', () => {
  test('its pull request fails exactly one check: the model changed, the model card did not', async () => {
    const project = fileURLToPath(new URL('../../examples/intents/', import.meta.url));
    const run = await cli(
      'check',
      '--config',
      join(project, '.github/evalgate.yml'),
      '--changed-files',
      join(project, '.github/changed-files.txt'),
      '--pr-body',
      join(project, '.github/pr-body.md'),
      '--format',
      'json',
    );
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as JsonOut;
    expect(out.checks.map((c) => [c.name, c.status])).toEqual([
      ['model card follows model changes', 'fail'],
      // `metrics: changed` needs the comparison (the demo passes out/comparison.json)
      ['behaviour change is documented', 'skipped'],
      ['PR description', 'pass'],
      ['model card complete', 'pass'],
      ['model card numbers', 'skipped'],
      ['golden set provenance', 'skipped'],
    ]);
    expect(out.checks[1].reason).toBe('Cannot tell whether it applies: no baseline comparison is available.');
    expect(out.checks[0].fix).toBe(
      'Update docs/MODEL_CARD.md in this PR, or add the label "no-docs-needed" if none is needed.',
    );
  });
});

describe('suite rules', () => {
  test('see their suite golden file, are named "suite: rule", and run after the top-level rules', async () => {
    const dir = copyProject();
    const yml = join(dir, 'evalgate.yml');
    writeFileSync(
      yml,
      readFileSync(yml, 'utf8').replace(
        '    metrics: [accuracy, macro_f1, per_class_f1]\n',
        '    metrics: [accuracy, macro_f1, per_class_f1]\n    checks:\n      - name: datasheet\n        when: { golden_changed: true }\n        require: { changed: [data/DATASHEET.md] }\n',
      ),
    );
    const list = join(dir, 'changed.txt');
    writeFileSync(list, 'data/golden.jsonl\n');
    const run = await cli('check', '--config', yml, '--changed-files', list, '--format', 'json');
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as JsonOut;
    expect(out.checks.map((c) => c.name)).toEqual([
      'model card follows model changes',
      'changelog entry',
      'PR description',
      'model card numbers',
      'support: datasheet',
    ]);
    expect(byName(out, 'support: datasheet')).toMatchObject({
      status: 'fail',
      reason: 'The golden set data/golden.jsonl changed, but "data/DATASHEET.md" did not change.',
      fix: 'Update data/DATASHEET.md in this PR.',
    });
    const unknown = await cli('check', '--config', yml, '--changed-files', list, '--suite', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe(`evalgate check: no suite named "nope" in ${yml}`);
  });
});

describe('metrics: changed from a real comparison (evalgate compare --out)', () => {
  test('a significant drop decides it true; identical results decide it false', async () => {
    const dir = copyProject();
    const yml = join(dir, 'evalgate.yml');
    writeFileSync(
      yml,
      readFileSync(yml, 'utf8').replace(
        '    metrics: [accuracy, macro_f1, per_class_f1]\n',
        '    metrics: [accuracy, macro_f1, per_class_f1]\n    gates: [{ metric: accuracy, slices: overall, max_drop: 1 }]\n',
      ),
    );
    const evaluate = async (out: string) =>
      expect(
        (await cli('evaluate', '--config', yml, '--out', out, '--no-run', '--format', 'none')).code,
      ).toBe(0);
    // Three copies of the 10 examples: below 20 paired examples no interval is given (docs/bootstrap.md).
    for (const file of ['data/golden.jsonl', 'data/predictions.jsonl']) {
      const lines = readFileSync(join(dir, file), 'utf8').trim().split('\n');
      const copies = [0, 1, 2].flatMap((c) =>
        lines.map((l) => l.replace(/"id": "(\w+)"/, `"id": "$1-${c}"`)),
      );
      writeFileSync(join(dir, file), copies.join('\n') + '\n');
    }
    const base = join(dir, 'base.json');
    await evaluate(base);
    // The head model predicts "technical" for everything: accuracy 21/30 → 3/30.
    const predictions = join(dir, 'data/predictions.jsonl');
    writeFileSync(
      predictions,
      readFileSync(predictions, 'utf8').replace(/"prediction": "\w+"/g, '"prediction": "technical"'),
    );
    const head = join(dir, 'head.json');
    await evaluate(head);
    const compare = async (h: string, out: string) =>
      (await cli('compare', '--base', base, '--head', h, '--config', yml, '--out', out, '--format', 'none'))
        .code;
    const moved = join(dir, 'moved.json');
    const same = join(dir, 'same.json');
    expect(await compare(head, moved)).toBeLessThan(2);
    expect(await compare(base, same)).toBe(0);

    const list = join(dir, 'changed.txt');
    writeFileSync(list, 'CHANGELOG.md\n');
    const changelogRule = async (comparison: string) => {
      const run = await cli(
        'check',
        '--config',
        yml,
        '--changed-files',
        list,
        '--comparison',
        comparison,
        '--format',
        'json',
      );
      return byName(JSON.parse(run.stdout) as JsonOut, 'changelog entry');
    };
    expect(await changelogRule(moved)).toMatchObject({
      status: 'fail',
      reason:
        'A gated metric changed significantly, but no entry was added under "## [Unreleased]" in CHANGELOG.md.',
    });
    expect(await changelogRule(same)).toMatchObject({
      status: 'skipped',
      reason:
        'Not applicable: no gated metric changed significantly and no changed file matches "models/**".',
    });
  });
});

describe('inputs from files', () => {
  test("a card rule's own result file is read relative to the project root", async () => {
    const dir = copyProject();
    const yml = join(dir, 'evalgate.yml');
    writeFileSync(
      yml,
      readFileSync(yml, 'utf8').replace(
        'require: { card: { file: docs/MODEL_CARD.md } }',
        'require: { card: { file: docs/MODEL_CARD.md, result: results/head.json } }',
      ),
    );
    const result = join(dir, 'results/head.json');
    mkdirSync(join(dir, 'results'));
    expect(
      (await cli('evaluate', '--config', yml, '--out', result, '--no-run', '--format', 'none')).code,
    ).toBe(0);
    expect(
      (await cli('card', '--update', '--result', result, '--file', join(dir, 'docs/MODEL_CARD.md'))).code,
    ).toBe(0);
    const list = join(dir, 'changed.txt');
    writeFileSync(list, 'docs/MODEL_CARD.md\n');
    const run = await cli('check', '--config', yml, '--changed-files', list, '--format', 'json');
    expect(byName(JSON.parse(run.stdout) as JsonOut, 'model card numbers')).toMatchObject({
      status: 'pass',
      reason: 'docs/MODEL_CARD.md shows the head numbers (6 metrics).',
    });
  });

  test('a PR body that is not UTF-8 is an input error; an empty one fails the PR description rule', async () => {
    const dir = copyProject();
    const list = join(dir, 'changed.txt');
    writeFileSync(list, '');
    const body = join(dir, 'body.md');
    writeFileSync(body, Buffer.from([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9])); // "Résumé" in Latin-1
    const bad = await cli(
      'check',
      '--config',
      join(dir, 'evalgate.yml'),
      '--changed-files',
      list,
      '--pr-body',
      body,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`evalgate check: ${body}: --pr-body: the file is not valid UTF-8\n`);
    writeFileSync(body, '\n');
    const empty = await cli(
      'check',
      '--config',
      join(dir, 'evalgate.yml'),
      '--changed-files',
      list,
      '--pr-body',
      body,
      '--format',
      'json',
    );
    expect(byName(JSON.parse(empty.stdout) as JsonOut, 'PR description')).toMatchObject({
      status: 'warn',
      reason: 'The PR description is empty.',
      fix: 'Edit the PR description: write the sections "What changed", "Risks" and at least 10 words.',
    });
    // A warning does not fail the run.
    expect(empty.code).toBe(0);
  });
});
