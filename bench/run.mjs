// `npm run bench`: evalgate's speed and memory on the refbench data, next to the Node JSON.parse floor
// and (with --ref) the scikit-learn reference evaluator. Prints figures; asserts nothing.
//
//   npm run bench                         # 100k and 1m
//   npm run bench -- --scales 100k        # one scale
//   npm run bench -- --ref                # also time ../shared/refbench/ref_eval.py (slow: ~2 min at 1m)
//   npm run bench -- --no-shards          # without the shard merge (bench/merge.mjs, at 1m)
//
// Data: ../shared/refbench/gen.py (needs Debian's python3-numpy) writes it once into .bench/data/<scale>.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const refbench = resolve(repo, '..', 'shared', 'refbench');
const work = join(repo, '.bench');
const python = '/usr/bin/python3';
const args = process.argv.slice(2);
const scales = (args.includes('--scales') ? args[args.indexOf('--scales') + 1] : '100k,1m').split(',');
const withRef = args.includes('--ref');
const withRanking = !args.includes('--no-ranking');
const withShards = !args.includes('--no-shards');
const N = { '10k': 10000, '100k': 100000, '1m': 1000000 };

function log(line) {
  process.stderr.write(`${line}\n`);
}

/** Runs a command under /usr/bin/time -v; returns wall seconds and peak RSS in MiB. */
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
  return {
    seconds,
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

const cli = join(repo, 'dist', 'cli.js');
const rows = [];
for (const scale of scales) {
  const dir = ensureData(scale);
  log(`[${scale}] floor ...`);
  const floorOut = execFileSync(
    process.execPath,
    [
      join(refbench, 'floor.mjs'),
      '--reps',
      '1',
      '--only',
      'parse',
      join(dir, 'golden.jsonl'),
      join(dir, 'candidate.jsonl'),
    ],
    {
      encoding: 'utf8',
    },
  );
  const floor = Number(/^parse\s+([\d.]+)/m.exec(floorOut)[1]);
  const baseConfig = writeConfig(dir, 'baseline');
  const headConfig = writeConfig(dir, 'candidate');
  log(`[${scale}] evaluate baseline ...`);
  const base = timed(process.execPath, [
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
  const head = timed(process.execPath, [
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
  const gate = timed(
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
  if (withRef) {
    log(`[${scale}] reference ref_eval.py ...`);
    const r = timed(python, [join(refbench, 'ref_eval.py'), '--data', dir, '--out', join(dir, 'ref.json')]);
    ref = { seconds: r.seconds, rssMiB: r.rssMiB };
  }
  rows.push({ scale, floor, base, head, gate, verdict, ref });
}

const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const lines = [
  '',
  '| scale | JSON.parse floor s | evaluate s (× floor) | evaluate peak RSS MiB | compare+gates s | evaluate + compare + gates s (× floor) | peak RSS MiB | verdict | reference s (evalgate speedup) |',
  '|---|---|---|---|---|---|---|---|---|',
];
for (const r of rows) {
  const total = r.head.seconds + r.gate.seconds;
  const ref = r.ref ? `${f(r.ref.seconds, 1)} (${f(r.ref.seconds / total, 1)}×)` : '–';
  lines.push(
    `| ${r.scale} | ${f(r.floor)} | ${f(r.head.seconds)} (${f(r.head.seconds / r.floor)}×) | ${f(r.head.rssMiB, 0)} | ${f(r.gate.seconds)} | ${f(total)} (${f(total / r.floor)}×) | ${f(Math.max(r.head.rssMiB, r.gate.rssMiB), 0)} | ${r.verdict} | ${ref} |`,
  );
}
lines.push(
  '',
  'Targets at 1m: evaluate ≤ 1.3× the floor; evaluate + compare + gates ≤ 1.3× the floor and ≥ 15× faster than the reference; peak RSS ≤ 600 MiB.',
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
