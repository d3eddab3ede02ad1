// Phases of `evalgate merge` in one process (bench/merge.mjs runs it): read and check the partial results,
// merge (row checks, golden order, the family's aggregation), write. Prints one JSON line of seconds.
//   node --import tsx bench/merge-phases.ts CONFIG OUT PART...
import { loadConfig } from '../src/config/load.js';
import { mergeShards } from '../src/evaluate/merge.js';
import { readResult, writeResult } from '../src/result/result-file.js';

const [configPath, out, ...parts] = process.argv.slice(2);
const config = await loadConfig(configPath);
const clock = () => Number(process.hrtime.bigint()) / 1e9;
let t = clock();
const inputs = [];
for (const file of parts) inputs.push({ file, result: await readResult(file) });
const read = clock() - t;
t = clock();
const merged = await mergeShards(inputs, config);
const merge = clock() - t;
t = clock();
await writeResult(out, merged);
const write = clock() - t;
process.stdout.write(`${JSON.stringify({ read, merge, write })}\n`);
