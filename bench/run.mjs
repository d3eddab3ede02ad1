// `npm run bench`: evalgate's speed and memory on the refbench data, each figure beside the Node
// JSON.parse floor, the scikit-learn reference evaluator and the target (issue #15), in one run. Prints
// figures; asserts nothing.
//
//   npm run bench                         # 100k and 1m, with the reference (~2 min at 1m)
//   npm run bench -- --scales 1m          # one scale (10m: 10M golden rows, 15 GB of data; no reference)
//   npm run bench -- --no-ref             # skip ../shared/refbench/ref_eval.py
//   npm run bench -- --runs 3             # best of 3 runs of each evalgate step (shared machines are noisy)
//   npm run bench -- --no-shards          # without the shard merge (bench/merge.mjs, at 1m)
//
// Wall seconds are the figures the targets speak of; CPU seconds (user + system, all threads) are printed
// beside them because on a shared machine they move less with the load, which is printed too.
//
// Data: ../shared/refbench/gen.py (needs Debian's python3-numpy) writes it once into .bench/data/<scale>.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// ../shared/refbench beside the checkout (or beside a parent folder, for git worktrees), or $EVALGATE_REFBENCH
const refbench =
  process.env.EVALGATE_REFBENCH ??
  [resolve(repo, '..'), resolve(repo, '..', '..'), resolve(repo, '..', '..', '..')]
    .map((dir) => join(dir, 'shared', 'refbench'))
    .find((dir) => existsSync(join(dir, 'gen.py'))) ??
  resolve(repo, '..', 'shared', 'refbench');
const work = join(repo, '.bench');
const python = '/usr/bin/python3';
const args = process.argv.slice(2);
const scales = (args.includes('--scales') ? args[args.indexOf('--scales') + 1] : '100k,1m').split(',');
const withRef = !args.includes('--no-ref');
const withRanking = !args.includes('--no-ranking');
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 1;
const withShards = !args.includes('--no-shards');
const N = { '10k': 10000, '100k': 100000, '1m': 1000000, '10m': 10000000 };
/** The reference needs ~8 GiB at 1m: not run above. */
const REF_MAX = 1000000;

function log(line) {
  process.stderr.write(`${line}\n`);
}

/** Runs a command under /usr/bin/time -v; returns wall and CPU seconds and peak RSS in MiB. */
function timed(cmd, cmdArgs, options = {}) {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...cmdArgs], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    ...options,
  });
  if (r.status !== 0 && !options.allowFailure) {
    throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  }
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  return {
    seconds,
    cpu: user && sys ? Number(user[1]) + Number(sys[1]) : NaN,
    rssMiB: rss ? Number(rss[1]) / 1024 : NaN,
    stdout: r.stdout,
    stderr: r.stderr,
    status: r.status,
  };
}

function ensureData(scale) {
  const dir = join(work, 'data', scale);
  if (existsSync(join(dir, 'candidate.jsonl'))) return dir;
  if (!existsSync(python))
    throw new Error(`${python} is needed to generate the refbench data (apt-get install python3-numpy)`);
  log(`generating refbench ${scale} data into ${dir} ...`);
  mkdirSync(dir, { recursive: true });
  execFileSync(python, [join(refbench, 'gen.py'), '--n', String(N[scale]), '--out', dir], {
    stdio: 'inherit',
  });
  return dir;
}

function writeConfig(dir, model) {
  const file = join(dir, `evalgate.${model}.yml`);
  writeFileSync(
    file,
    [
      'version: 1',
      'suites:',
      '  - name: refbench',
      '    task: classification',
      '    golden: golden.jsonl',
      `    predictions: ${model}.jsonl`,
      '    fields: { scores: scores }',
      '    slices: [language, domain]',
      '    label_slices: false',
      '    metrics: [accuracy, macro_f1, weighted_f1, micro_f1, per_class_f1, ece, brier]',
      '    gates:',
      '      - { metric: macro_f1, slices: all, max_drop: 0.5 }',
      '      - { metric: accuracy, slices: all, max_drop: 0.5 }',
      '',
    ].join('\n'),
  );
  return file;
}

/** The best (shortest wall time) of `runs` runs; peak RSS is the largest seen. */
function best(cmd, cmdArgs, options) {
  let out = null;
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const r = timed(cmd, cmdArgs, options);
    rss = Math.max(rss, r.rssMiB);
    if (!out || r.seconds < out.seconds) out = r;
  }
  return { ...out, rssMiB: rss };
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const cli = join(repo, 'dist', 'cli.js');
const loadBefore = existsSync('/proc/loadavg') ? load() : '?';
const rows = [];
for (const scale of scales) {
  const dir = ensureData(scale);
  log(`[${scale}] floor ...`);
  // the floor runs single-threaded: its CPU seconds are what its wall seconds would be on an idle machine
  const floorRun = best(process.execPath, [
    join(refbench, 'floor.mjs'),
    '--reps',
    '1',
    '--only',
    'parse',
    join(dir, 'golden.jsonl'),
    join(dir, 'candidate.jsonl'),
  ]);
  const floor = Number(/^parse\s+([\d.]+)/m.exec(floorRun.stdout)[1]);
  const floorCpu = floorRun.cpu;
  const baseConfig = writeConfig(dir, 'baseline');
  const headConfig = writeConfig(dir, 'candidate');
  log(`[${scale}] evaluate baseline ...`);
  const base = best(process.execPath, [
    cli,
    'evaluate',
    '-c',
    baseConfig,
    '--out',
    join(dir, 'base.json'),
    '--format',
    'none',
  ]);
  log(`[${scale}] evaluate candidate ...`);
  const head = best(process.execPath, [
    cli,
    'evaluate',
    '-c',
    headConfig,
    '--out',
    join(dir, 'head.json'),
    '--format',
    'none',
  ]);
  log(`[${scale}] compare + gates ...`);
  const gate = best(
    process.execPath,
    [
      cli,
      'gate',
      '--base',
      join(dir, 'base.json'),
      '--head',
      join(dir, 'head.json'),
      '-c',
      baseConfig,
      '--out',
      join(dir, 'comparison.json'),
      '--format',
      'none',
    ],
    {
      allowFailure: true,
    },
  );
  const verdict = JSON.parse(readFileSync(join(dir, 'comparison.json'), 'utf8')).verdict;
  let ref = null;
  if (withRef && N[scale] <= REF_MAX) {
    log(`[${scale}] reference ref_eval.py ...`);
    const r = timed(python, [join(refbench, 'ref_eval.py'), '--data', dir, '--out', join(dir, 'ref.json')]);
    ref = { seconds: r.seconds, rssMiB: r.rssMiB };
  }
  rows.push({ scale, floor, floorCpu, base, head, gate, verdict, ref });
}

const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const mark = (ok) => (ok === null ? '' : ok ? ' ✅' : ' ❌');
const lines = [
  '',
  `load average before / after: ${loadBefore} / ${existsSync('/proc/loadavg') ? load() : '?'} (${runs} run(s) of each step, best wall time)`,
  '',
  '| scale | step | wall s | CPU s | × JSON.parse floor (wall) | × floor (CPU) | peak RSS MiB | reference s (evalgate speedup) | target |',
  '|---|---|---|---|---|---|---|---|---|',
];
for (const r of rows) {
  const total = r.head.seconds + r.gate.seconds;
  const rss = Math.max(r.head.rssMiB, r.gate.rssMiB);
  const big = N[r.scale] >= 10000000;
  const at1m = N[r.scale] === 1000000;
  const refCell = r.ref
    ? `${f(r.ref.seconds, 1)} (${f(r.ref.seconds / total, 1)}×), ${f(r.ref.rssMiB, 0)} MiB`
    : '–';
  lines.push(
    `| ${r.scale} | JSON.parse floor (golden + candidate, one thread) | ${f(r.floor)} | ${f(r.floorCpu, 1)} | 1.00× | 1.00× | | | |`,
    `| ${r.scale} | evaluate (head) | ${f(r.head.seconds)} | ${f(r.head.cpu, 1)} | ${f(r.head.seconds / r.floor)}×${at1m ? mark(r.head.seconds <= r.floor) : ''} | ${f(r.head.cpu / r.floorCpu)}× | ${f(r.head.rssMiB, 0)} | | ≤ 1.0× floor |`,
    `| ${r.scale} | compare + gates | ${f(r.gate.seconds)} | ${f(r.gate.cpu, 1)} | ${f(r.gate.seconds / r.floor)}× | ${f(r.gate.cpu / r.floorCpu)}× | ${f(r.gate.rssMiB, 0)} | | |`,
    `| ${r.scale} | evaluate + compare + gates | ${f(total)} | ${f(r.head.cpu + r.gate.cpu, 1)} | ${f(total / r.floor)}×${at1m ? mark(total <= 1.3 * r.floor) : ''} | ${f((r.head.cpu + r.gate.cpu) / r.floorCpu)}× | ${f(rss, 0)}${at1m ? mark(rss <= 512) : big ? mark(rss <= 1024) : ''} | ${refCell}${at1m && r.ref ? mark(r.ref.seconds / total >= 20) : ''} | ${big ? 'peak RSS ≤ 1 GiB, time linear in rows' : '≤ 1.3× floor, ≥ 20× faster than the reference, peak RSS ≤ 512 MiB'} |`,
  );
}
if (rows.length > 1) {
  const [first, last] = [rows[0], rows[rows.length - 1]];
  const ratio = N[last.scale] / N[first.scale];
  const time = (r) => r.head.seconds + r.gate.seconds;
  lines.push(
    '',
    `Scaling ${first.scale} → ${last.scale} (${ratio}× rows): evaluate + compare + gates ${f(time(last) / time(first), 1)}× the time (linear: ${ratio}×), the floor ${f(last.floor / first.floor, 1)}×.`,
  );
}
lines.push(
  '',
  'Targets (issue #15), at 1m: evaluate ≤ 1.0× the floor; evaluate + compare + gates ≤ 1.3× the floor and ≥ 20× faster than the reference; peak RSS ≤ 512 MiB. At 10m: peak RSS ≤ 1 GiB, time linear in rows. ✅/❌ mark the 1m and 10m figures (by wall time). On a loaded machine the wall ratios move with the load between steps; the CPU ratios (CPU of all threads over the single-threaded floor CPU) move much less; on an idle machine the wall ratio is about the CPU ratio divided by the cores the step keeps busy (1 to 2 here).',
);
process.stdout.write(lines.join('\n') + '\n');

// one non-classification family at 100k examples: ranking (100k queries × 20 documents, TREC files)
if (withRanking) {
  log('ranking: 100k queries ...');
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'bench', 'ranking.ts')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(`\n## ranking (bench/ranking.ts)\n\n${r.stdout}`);
}

// shards (issue #15): 4 partial results of ~250k examples merged, at the 1m scale
if (withShards && scales.includes('1m')) {
  const dir = join(work, 'data', '1m');
  const r = spawnSync(
    process.execPath,
    [join(repo, 'bench', 'merge.mjs'), join(dir, 'evalgate.candidate.yml'), join(dir, 'head.json')],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  process.stdout.write(r.stdout);
}
