// `npm run bench` (part): issue #15's shard merge. Evaluates the refbench 1m candidate in 4 shards of ~250k
// examples (`evaluate --shard i/4`), then times `evalgate merge` of the 4 partial results (the whole CLI
// process: start, read and check 4 files, merge, write) and checks the merged file against the unsharded
// result the main bench wrote (head.json), byte for byte but created_at.
//
//   node bench/merge.mjs .bench/data/1m/evalgate.candidate.yml .bench/data/1m/head.json
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(repo, 'dist', 'cli.js');
const [config, whole] = process.argv.slice(2);
const dir = dirname(config);
const COUNT = 4;

function run(args) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`evalgate ${args[0]} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return seconds;
}

const parts = [];
let slowest = 0;
for (let i = 1; i <= COUNT; i++) {
  const out = join(dir, `part-${i}.json`);
  process.stderr.write(`merge bench: evaluate --shard ${i}/${COUNT} ...\n`);
  slowest = Math.max(
    slowest,
    run(['evaluate', '-c', config, '--shard', `${i}/${COUNT}`, '--out', out, '--format', 'none']),
  );
  parts.push(out);
}
const sizes = parts.map((p) => JSON.parse(readFileSync(p, 'utf8')).suites[0].golden.n);
const merged = join(dir, 'merged.json');
const times = [];
for (let rep = 0; rep < 3; rep++)
  times.push(run(['merge', ...parts, '-c', config, '--out', merged, '--format', 'none']));
const best = Math.min(...times);
// the same merge in one process, by phase (bench/merge-phases.ts)
const phases = spawnSync(
  process.execPath,
  ['--import', 'tsx', join(repo, 'bench', 'merge-phases.ts'), config, merged, ...parts],
  { encoding: 'utf8', cwd: repo },
);
if (phases.status !== 0) throw new Error(`merge-phases failed: ${phases.stderr.slice(-2000)}`);
const phase = JSON.parse(phases.stdout);
const normalised = (file) => readFileSync(file, 'utf8').replace(/"created_at":"[^"]*"/, '');
const identical = whole ? normalised(merged) === normalised(whole) : null;
process.stdout.write(
  [
    '',
    '## shards (bench/merge.mjs)',
    '',
    '| shards | examples per shard | slowest shard evaluate s | merge s (best of 3, whole CLI process) | of which read + check / merge / write s | merged = unsharded (bytes) |',
    '|---|---|---|---|---|---|',
    `| ${COUNT} | ${sizes.map((n) => n.toLocaleString('en-US')).join(' / ')} | ${slowest.toFixed(2)} | ${best.toFixed(2)} | ${[phase.read, phase.merge, phase.write].map((x) => x.toFixed(2)).join(' / ')} | ${identical === null ? '–' : identical ? 'yes' : 'NO'} |`,
    '',
    'Target: merge of 4 × 250k shards ≤ 1 s.',
    '',
  ].join('\n'),
);
