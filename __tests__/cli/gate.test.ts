import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { tempProject, writeJsonl } from '../helpers/suite.js';

function streams() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: { write: (t: string) => (out.stdout += t) },
      stderr: { write: (t: string) => (out.stderr += t) },
    },
  };
}

/** A project whose base model is right 80% of the time and whose head model loses `drop` of group x. */
function project(
  drop: boolean,
  gate: Record<string, unknown>,
  mode: 'enforce' | 'advisory' = 'enforce',
): string {
  const root = tempProject();
  const golden = Array.from({ length: 400 }, (_, i) => ({
    id: `e${i}`,
    label: ['a', 'b', 'c'][i % 3],
    group: i < 200 ? 'x' : 'y',
  }));
  writeJsonl(join(root, 'golden.jsonl'), golden);
  const predict = (worse: boolean) =>
    golden.map((g, i) => {
      const right = i % 5 !== 0 && !(worse && i < 200 && i % 4 === 1);
      return { id: g.id, prediction: right ? g.label : g.label === 'a' ? 'b' : 'a' };
    });
  writeJsonl(join(root, 'base.jsonl'), predict(false));
  writeJsonl(join(root, 'head.jsonl'), predict(drop));
  const suite = (predictions: string) => ({
    version: 1,
    suites: [
      {
        name: 'toy',
        task: 'classification',
        golden: 'golden.jsonl',
        predictions,
        slices: ['group'],
        min_support: 50,
        gates: [gate],
        mode,
      },
    ],
  });
  writeFileSync(join(root, 'base.yml'), stringify(suite('base.jsonl')));
  writeFileSync(join(root, 'head.yml'), stringify(suite('head.jsonl')));
  return root;
}

async function evaluateBoth(root: string) {
  for (const side of ['base', 'head']) {
    const { io } = streams();
    expect(
      await main(
        [
          'evaluate',
          '--config',
          join(root, `${side}.yml`),
          '--out',
          join(root, `${side}.json`),
          '--format',
          'none',
        ],
        io,
      ),
    ).toBe(0);
  }
}

async function gate(root: string, extra: string[] = []) {
  const { io, out } = streams();
  const code = await main(
    [
      'gate',
      '--base',
      join(root, 'base.json'),
      '--head',
      join(root, 'head.json'),
      '--config',
      join(root, 'base.yml'),
      '--out',
      join(root, 'cmp.json'),
      ...extra,
    ],
    io,
  );
  return { code, ...out };
}

describe('evalgate gate exit codes', () => {
  test('1 when a gate fails, with the report on stdout and the comparison written', async () => {
    const root = project(true, { metric: 'accuracy', slices: 'fields', max_drop: 1 });
    await evaluateBoth(root);
    const r = await gate(root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('## ❌ evalgate / toy: fail');
    expect(r.stderr).toContain('verdict: fail (exit 1)');
    expect(JSON.parse(readFileSync(join(root, 'cmp.json'), 'utf8')).verdict).toBe('fail');
    // --fail-on never reports without failing
    expect((await gate(root, ['--fail-on', 'never'])).code).toBe(0);
  });

  test('0 when every gate passes, and 0 in advisory mode even when one fails', async () => {
    const pass = project(false, { metric: 'accuracy', slices: 'fields', max_drop: 1 });
    await evaluateBoth(pass);
    expect((await gate(pass)).code).toBe(0);
    const advisory = project(true, { metric: 'accuracy', slices: 'fields', max_drop: 1 }, 'advisory');
    await evaluateBoth(advisory);
    const r = await gate(advisory);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(advisory: never fails the check)');
  });

  test('a warning fails only with --fail-on warn', async () => {
    const root = project(true, { metric: 'accuracy', slices: 'fields', max_drop: 1, severity: 'warn' });
    await evaluateBoth(root);
    expect((await gate(root)).code).toBe(0);
    expect((await gate(root, ['--fail-on', 'warn'])).code).toBe(1);
  });

  test('2 on usage and input errors, with one line', async () => {
    const root = project(false, { metric: 'accuracy', max_drop: 1 });
    const missing = await gate(root);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toMatch(
      /^evalgate gate: .*base\.json: cannot read the result \(no such file\)$/,
    );
    const { io, out } = streams();
    expect(await main(['gate', '--head', 'x.json'], io)).toBe(2);
    expect(out.stderr).toContain('--base and --head are required');
    writeFileSync(join(root, 'base.json'), '{"kind":"evalgate-result","schema_version":1}');
    writeFileSync(join(root, 'head.json'), '{}');
    const bad = await gate(root);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/base\.json: .*not a valid evalgate result: missing required key/);
  });

  test('compare never fails on the verdict and prints JSON on request', async () => {
    const root = project(true, { metric: 'accuracy', slices: 'fields', max_drop: 1 });
    await evaluateBoth(root);
    const { io, out } = streams();
    const code = await main(
      [
        'compare',
        '--base',
        join(root, 'base.json'),
        '--head',
        join(root, 'head.json'),
        '--config',
        join(root, 'base.yml'),
        '--format',
        'json',
      ],
      io,
    );
    expect(code).toBe(0);
    expect(JSON.parse(out.stdout).kind).toBe('evalgate-comparison');
  });
});
