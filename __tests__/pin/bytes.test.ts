import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

// Pins the bytes of the result and comparison JSON the CLI writes for the demo projects and the refbench
// 10k data, so a refactoring that changes any number, key order or formatting fails here. The hashes were
// recorded on main before the restructuring (issue #9); the comparison hashes re-recorded for issue #16 (interval methods). Only `created_at` (the wall clock) and `git` (the checkout's commit) are normalised.
// To re-record after an intended change: EVALGATE_PIN_PRINT=1 npm test -- __tests__/pin
// All re-recorded for issue #13: result and comparison schema_version 2, the comparison's reliability bins
// and label slices' false positives. refbench-multinomial's comparison re-recorded for issue #15: its
// `overall` slice (10,000 examples, > 1024 states, every class ≥ 20) takes the linearized score interval of
// macro-F1 instead of BCa draws ([5.153, 8.108] → [5.170, 8.180] pts); every other slice is unchanged.
const repo = join(import.meta.dirname, '../..');

async function cli(...argv: string[]): Promise<void> {
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: () => true },
    stderr: { write: (t: string) => (stderr += t) },
  });
  if (code > 1) throw new Error(`evalgate ${argv[0]} exited with ${code}: ${stderr}`);
}

function digest(file: string): string {
  const text = readFileSync(file, 'utf8')
    .replace(/"created_at":\s*"[^"]*"/g, '"created_at": "(normalised)"')
    .replace(/"git":\s*(null|\{[^}]*\})/g, '"git": "(normalised)"');
  return createHash('sha256').update(text).digest('hex');
}

/** Evaluates base and head configs and gates head against base; returns the three files' hashes. */
async function run(
  base: string,
  head: string,
  out: string,
  options: { root?: string; noRun?: boolean } = {},
): Promise<Record<string, string>> {
  const rootArgs = options.root ? ['--root', options.root] : [];
  const runArgs = options.noRun ? ['--no-run'] : [];
  for (const [config, side] of [
    [base, 'base'],
    [head, 'head'],
  ])
    await cli(
      'evaluate',
      '--config',
      config,
      ...rootArgs,
      ...runArgs,
      '--out',
      join(out, `${side}.json`),
      '--format',
      'none',
    );
  await cli(
    'gate',
    '--base',
    join(out, 'base.json'),
    '--head',
    join(out, 'head.json'),
    '--config',
    base,
    ...rootArgs,
    '--out',
    join(out, 'comparison.json'),
    '--format',
    'none',
  );
  return Object.fromEntries(
    ['base.json', 'head.json', 'comparison.json'].map((f) => [f, digest(join(out, f))]),
  );
}

const PINNED: Record<string, Record<string, string>> = {
  intents: {
    'base.json': '7b9ce0b77a5f7d6447d866a74c18bba90d2f5c87a941f369e6d361d7292d83b7',
    'head.json': '68ebb7bd5a67c84131bf77c715dc4e5fd3774e9fc2a2a253e4f013e1a05f7f3a',
    'comparison.json': '4a20fc388136de648e9d4669b0dd7df7238c68070a0489458050246a6cda2e63',
  },
  qa: {
    'base.json': '062cecbeae469379bffd462cc178694e5ea9504488260fba11665220e607c487',
    'head.json': '0683170b073d69f3dec7ecb7d730e52b8a188fa880704962d5ae6f0e9bff40ec',
    'comparison.json': '002a79a20f4f00397bd96c601f4faeb95fd01e6553c7af71a37daaa1ba40fffa',
  },
  retrieval: {
    'base.json': '1ea78cfd2bac0f70fb11894e4c141659c4c24107afbea06b92892af5f35d9e90',
    'head.json': 'e6e05cb3272e7a491110e9662cf6eacf89e6d9e9167cad16f833d34d17b98215',
    'comparison.json': 'b5f13f743c009d089b4b6b54da7e1d214ce31591c4aba4042d5a4a90e96fad8e',
  },
  'refbench-rows': {
    'base.json': 'db865e8c3a6a84ab729ce02f2438ff911293ee4b50557437703da5ae3a661bba',
    'head.json': '10157c3b60eb5a071681adcb86e72e6fa6f021c0184008bc4a339b7386b64630',
    'comparison.json': 'a32a69100f7a35822aae6627dde39da685a4e656c7f6a457ae4fdc3d884f7a06',
  },
  'refbench-multinomial': {
    'base.json': 'f37989ed165c17cfc4d9637e8836eb5f1055b70fd45798a88f97ae4fcd16d906',
    'head.json': 'dd91ac202e8a2e01e0b5239de9f846f1d36e3b414eb03012530b679cb9f82003',
    'comparison.json': 'dcea1c673429ab2aeea07ade39563db5e8148a73a600136efe4af44833614056',
  },
};

function check(name: string, got: Record<string, string>) {
  if (process.env.EVALGATE_PIN_PRINT) process.stderr.write(`${JSON.stringify({ [name]: got })}\n`);
  else expect(got).toEqual(PINNED[name]);
}

describe('result and comparison bytes are pinned', () => {
  for (const name of ['intents', 'qa', 'retrieval']) {
    test(`demo project ${name}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), `evalgate-pin-${name}-`));
      cpSync(join(repo, 'examples', name), dir, { recursive: true, filter: (p) => !p.endsWith('/out') });
      // the models import their npm packages from the repository's node_modules
      symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
      const github = join(dir, '.github');
      const [base, head, out] = [
        join(github, 'evalgate.base.yml'),
        join(github, 'evalgate.yml'),
        join(dir, 'out'),
      ];
      // run the models once; where they measured latencies (wall time), pin those and evaluate again
      const first = await run(base, head, out);
      let timed = false;
      for (const file of readdirSync(out).filter((f) => f.endsWith('.jsonl'))) {
        let line = 0;
        const text = readFileSync(join(out, file), 'utf8');
        const fixed = text.replace(/"latency_ms":[0-9.e+-]+/g, () => `"latency_ms":${(line++ % 37) / 10}`);
        if (fixed === text) continue;
        timed = true;
        writeFileSync(join(out, file), fixed);
      }
      check(name, timed ? await run(base, head, out, { noRun: true }) : first);
    }, 60_000);
  }

  test('refbench 10k', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-pin-refbench-'));
    const data = join(repo, '__tests__/fixtures/refbench');
    const config = (model: string, method: string) =>
      [
        'version: 1',
        `comparison: { method: ${method} }`,
        'suites:',
        '  - name: refbench',
        '    task: classification',
        '    golden: 10k/golden.jsonl.gz',
        `    predictions: 10k/${model}.jsonl.gz`,
        '    fields: { scores: scores }',
        '    slices: [language, domain]',
        '    metrics: [accuracy, macro_f1, weighted_f1, ece]',
        '    gates:',
        '      - { metric: macro_f1, slices: all, max_drop: 0 }',
        '      - { metric: accuracy, slices: all, max_drop: 0.5, severity: warn }',
        '',
      ].join('\n');
    for (const method of ['rows', 'multinomial']) {
      writeFileSync(join(dir, `base-${method}.yml`), config('baseline', method));
      writeFileSync(join(dir, `head-${method}.yml`), config('candidate', method));
      const out = mkdtempSync(join(dir, `out-${method}-`));
      check(
        `refbench-${method}`,
        await run(join(dir, `base-${method}.yml`), join(dir, `head-${method}.yml`), out, { root: data }),
      );
    }
  }, 60_000);
});
