// Phases of `evalgate merge` in one process (bench/merge.mjs runs it): read and check the partial results,
// merge (row checks, golden order, the family's aggregation), write. Prints one JSON line of seconds: wall
// time per phase, and the process's CPU time (user + sys, all threads: GC included) per phase, which a
// machine shared with other jobs disturbs less.
//   node --import tsx bench/merge-phases.ts CONFIG OUT PART...
import { loadConfig } from '../src/config/load.js';
import { mergeShardsForWriting } from '../src/evaluate/merge.js';
import { readResult, writeResult } from '../src/result/result-file.js';

const [configPath, out, ...parts] = process.argv.slice(2);
const config = await loadConfig(configPath);
const clock = () => Number(process.hrtime.bigint()) / 1e9;
const cpuClock = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const round = (x: number) => Math.round(x * 1000) / 1000;
let t = clock();
let c = cpuClock();
const phase = () => {
  const wall = clock() - t;
  const cpu = cpuClock() - c;
  t = clock();
  c = cpuClock();
  return [round(wall), round(cpu)];
};
const inputs = [];
for (const file of parts) inputs.push({ file, result: await readResult(file) });
const [read, readCpu] = phase();
const merged = await mergeShardsForWriting(inputs, config);
const [merge, mergeCpu] = phase();
await writeResult(out, merged.result, merged.idsJson);
const [write, writeCpu] = phase();
process.stdout.write(
  `${JSON.stringify({ read, merge, write, cpu: { read: readCpu, merge: mergeCpu, write: writeCpu } })}\n`,
);
