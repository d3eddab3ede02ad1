import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { tempProject } from '../helpers/suite.js';

// Worker threads only exist in the bundle (dist/cli.js doubles as their script), so this runs it.
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const refbench = fileURLToPath(new URL('../fixtures/refbench/10k/', import.meta.url));

function run(args: string[], threads: string) {
  return spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, EVALGATE_THREADS: threads },
  });
}

describe('parallel and single-threaded runs give the same bytes', () => {
  // multinomial: every slice has an analytic interval since issue #15 (no worker starts); rows: the refbench
  // row bootstrap of all 15 slices runs on the worker threads
  test.each(['multinomial', 'rows'])(
    'gate (%s): worker threads give the single-threaded comparison',
    (method) => {
      const root = tempProject();
      const config = (model: string) => ({
        version: 1,
        comparison: { method },
        suites: [
          {
            name: 'refbench',
            task: 'classification',
            golden: join(refbench, 'golden.jsonl.gz'),
            predictions: join(refbench, `${model}.jsonl.gz`),
            slices: ['language', 'domain'],
            metrics: ['accuracy', 'macro_f1'],
            gates: [
              { metric: 'macro_f1', slices: 'all', max_drop: 0.5 },
              { metric: 'accuracy', slices: 'labels', max_drop: 0.5 },
            ],
          },
        ],
      });
      for (const model of ['baseline', 'candidate']) {
        writeFileSync(join(root, `${model}.yml`), stringify(config(model)));
        expect(
          run(
            [
              'evaluate',
              '-c',
              join(root, `${model}.yml`),
              '--out',
              join(root, `${model}.json`),
              '--format',
              'none',
            ],
            '2',
          ).status,
        ).toBe(0);
      }
      const gate = (threads: string, out: string) =>
        run(
          [
            'gate',
            '--base',
            join(root, 'baseline.json'),
            '--head',
            join(root, 'candidate.json'),
            '-c',
            join(root, 'baseline.yml'),
            '--out',
            join(root, out),
            '--format',
            'none',
          ],
          threads,
        );
      expect(gate('1', 'one.json').status).toBe(1);
      expect(gate('2', 'two.json').status).toBe(1);
      const one = readFileSync(join(root, 'one.json'), 'utf8');
      expect(readFileSync(join(root, 'two.json'), 'utf8')).toBe(one);
      const gates = JSON.parse(one).suites[0].gates as { interval_method?: string }[];
      expect(gates.length).toBeGreaterThan(30);
      expect(gates.some((g) => /bootstrap/.test(g.interval_method ?? ''))).toBe(method === 'rows');
    },
  );
});

describe('decoding in byte-range parts on worker threads', () => {
  test('gives the same result as reading on the main thread, errors included', () => {
    const root = tempProject();
    for (const model of ['golden', 'candidate']) {
      const text = spawnSync('gzip', ['-dc', join(refbench, `${model}.jsonl.gz`)], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      }).stdout;
      writeFileSync(join(root, `${model}.jsonl`), text);
    }
    writeFileSync(
      join(root, 'c.yml'),
      stringify({
        version: 1,
        suites: [
          {
            name: 'refbench',
            task: 'classification',
            golden: 'golden.jsonl',
            predictions: 'candidate.jsonl',
            fields: { scores: 'scores' },
            slices: ['language', 'domain', ['language', 'domain']],
            metrics: [
              'accuracy',
              'macro_f1',
              'weighted_f1',
              'per_class_f1',
              'ece',
              'brier',
              'log_loss',
              'top_k_accuracy',
            ],
          },
        ],
      }),
    );
    const evaluate = (out: string, env: Record<string, string>) =>
      spawnSync(
        process.execPath,
        [cli, 'evaluate', '-c', join(root, 'c.yml'), '--out', join(root, out), '--format', 'none'],
        {
          encoding: 'utf8',
          env: { ...process.env, ...env },
        },
      );
    const parallel = {
      EVALGATE_THREADS: '2',
      EVALGATE_PARALLEL_MIN_BYTES: '0',
      EVALGATE_PART_BYTES: '1000000',
    };
    expect(evaluate('one.json', { EVALGATE_THREADS: '1' }).status).toBe(0);
    expect(evaluate('many.json', parallel).status).toBe(0);
    const strip = (file: string) => {
      const r = JSON.parse(readFileSync(join(root, file), 'utf8'));
      delete r.created_at;
      return JSON.stringify(r);
    };
    expect(strip('many.json')).toBe(strip('one.json'));

    // a bad line deep in a later part is reported with its absolute line number
    const lines = readFileSync(join(root, 'candidate.jsonl'), 'utf8').split('\n');
    lines[8765] = '{"id": "broken"';
    writeFileSync(join(root, 'candidate.jsonl'), lines.join('\n'));
    const one = evaluate('x.json', { EVALGATE_THREADS: '1' });
    const many = evaluate('y.json', parallel);
    expect(one.status).toBe(2);
    expect(many.status).toBe(2);
    expect(many.stderr).toBe(one.stderr);
    expect(one.stderr).toMatch(/^evalgate evaluate: candidate\.jsonl:8766: malformed JSON/);
  });
});
