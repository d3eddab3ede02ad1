/**
 * Ranking benchmark: 100k queries × 20 ranked documents (TREC qrels + two TREC runs, seeded), evaluated
 * end to end with two slice fields, then compared with paired bootstrap gates.
 *
 *   npx tsx bench/ranking.ts [--queries 100000] [--docs 20] [--resamples 1000]
 *
 * Prints the file sizes, the wall and CPU time of each step and the process's peak RSS.
 */
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { compareResults } from '../src/compare/compare.js';
import { parseConfig } from '../src/config/load.js';
import { evaluateConfig } from '../src/evaluate/evaluate.js';
import { createUniform } from '../src/stats/rng.js';

function option(flag: string, fallback: number): number {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const QUERIES = option('--queries', 100_000);
const DOCS = option('--docs', 20);
const RESAMPLES = option('--resamples', 1000);
const LANGUAGES = ['en', 'de', 'es', 'fr', 'it'];
const TOPICS = ['billing', 'shipping', 'returns', 'account', 'product', 'technical'];

const dir = mkdtempSync(join(tmpdir(), 'evalgate-bench-ranking-'));
const uniform = createUniform(20261128, 0x7a6b);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * Writes the files in blocks of queries (the whole text at once would hold ~150 MB of strings and inflate
 * the peak RSS being measured). Judged docs per query: 1 highly relevant, 2 partly relevant, 2 judged not
 * relevant; a run puts each judged doc near the top with probability `skill`, noise elsewhere.
 */
function generate(): Record<string, number> {
  const files = ['golden.qrels', 'queries.jsonl', 'base.run', 'head.run'];
  for (const f of files) writeFileSync(join(dir, f), '');
  const sizes: Record<string, number> = Object.fromEntries(files.map((f) => [f, 0]));
  const BLOCK = 5000;
  for (let from = 0; from < QUERIES; from += BLOCK) {
    const out: Record<string, string[]> = Object.fromEntries(files.map((f) => [f, []]));
    for (let q = from; q < Math.min(QUERIES, from + BLOCK); q++) {
      const qid = `q${q}`;
      out['queries.jsonl'].push(
        JSON.stringify({ id: qid, language: LANGUAGES[q % 5], topic: TOPICS[q % 6] }),
      );
      [2, 1, 1, 0, 0].forEach((rel, j) => out['golden.qrels'].push(`${qid} 0 d${q}_${j} ${rel}`));
      for (const [name, skill] of [
        ['base.run', 0.55],
        ['head.run', 0.6],
      ] as const) {
        for (let rank = 1; rank <= DOCS; rank++) {
          const j = rank - 1;
          const docid = j < 5 && uniform() < skill ? `d${q}_${j}` : `n${q}_${j}`;
          const score = Math.round((DOCS - rank + uniform()) * 1e4) / 1e4;
          out[name].push(`${qid} Q0 ${docid} ${rank} ${score} ${name.slice(0, 4)}`);
        }
      }
    }
    for (const f of files) {
      const text = out[f].join('\n') + '\n';
      appendFileSync(join(dir, f), text);
      sizes[f] += text.length;
    }
  }
  return sizes;
}

const t = performance.now();
const sizes = generate();
const generated = performance.now() - t;
process.stdout.write(
  `ranking bench: ${QUERIES.toLocaleString('en-US')} queries × ${DOCS} docs; qrels ${mb(sizes['golden.qrels'])}, runs ${mb(sizes['base.run'])} + ${mb(sizes['head.run'])} (generated in ${(generated / 1000).toFixed(1)} s)\n`,
);

const config = (predictions: string) =>
  parseConfig(
    stringify({
      version: 1,
      comparison: { resamples: RESAMPLES },
      suites: [
        {
          name: 'search',
          task: 'ranking',
          golden: 'golden.qrels',
          predictions,
          slices: ['language', 'topic'],
          metrics: ['ndcg@10', 'mrr@10', 'recall@10', 'precision@10', 'hit_rate@10', 'map'],
          ranking: { queries: 'queries.jsonl' },
          gates: [
            { metric: 'ndcg@10', slices: 'all', max_drop: 0.5 },
            { metric: 'mrr@10', slices: { field: 'language' }, max_drop: 0.5 },
          ],
        },
      ],
    }),
    join(dir, 'evalgate.yml'),
    dir,
  );

/** Wall time and CPU time (user + system, all threads) of one step, in seconds. */
async function timed<T>(step: () => Promise<T> | T): Promise<{ value: T; text: string }> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const value = await step();
  const used = process.cpuUsage(cpu);
  return {
    value,
    text: `${((performance.now() - wall) / 1000).toFixed(2)} s (cpu ${((used.user + used.system) / 1e6).toFixed(2)} s)`,
  };
}

const baseConfig = config('base.run');
const { value: base, text: evalBase } = await timed(() => evaluateConfig(baseConfig));
const { value: head, text: evalHead } = await timed(() => evaluateConfig(config('head.run')));
const { value: comparison, text: compared } = await timed(() => compareResults(base, head, baseConfig));
const overall = head.suites[0].slices[0].metrics;
const gates = comparison.suites[0].gates;
process.stdout.write(
  [
    `evaluate (qrels + run, 6 metrics, ${head.suites[0].slices.length} slices): ${evalBase} base, ${evalHead} head`,
    `head overall: ndcg@10 ${overall['ndcg@10']!.toFixed(4)}, mrr@10 ${overall['mrr@10']!.toFixed(4)}, map ${overall.map!.toFixed(4)}`,
    `compare (paired bootstrap, ${RESAMPLES} resamples, ${gates.length} gated slices): ${compared}; verdict ${comparison.verdict}`,
    `peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  ].join('\n') + '\n',
);
rmSync(dir, { recursive: true, force: true });
