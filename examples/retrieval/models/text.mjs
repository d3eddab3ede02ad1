// Shared plumbing of the example rankers: flags, JSONL in/out, a Unicode word tokenizer, and the
// timed loop that writes each question's ranked list with its measured latency.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

export function readFlags(usage) {
  const { values } = parseArgs({
    options: { docs: { type: 'string' }, in: { type: 'string' }, out: { type: 'string' } },
  });
  if (!values.docs || !values.in || !values.out) {
    console.error(`Usage: ${usage}`);
    process.exit(2);
  }
  return values;
}

export function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/** Lower-cased words of any script (letters and digits), e.g. "Zurückschicken" -> "zurückschicken". */
export function words(text) {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Ranks every question with `search(text) -> [[docid, score], ...]` and writes
 * {id, ranking: [{docid, score}], latency_ms} per line; latency is the search call's wall time.
 */
export function rankAll(queries, search, out, limit = 20) {
  const lines = queries.map((q) => {
    const start = performance.now();
    const hits = search(q.text).slice(0, limit);
    const latency = performance.now() - start;
    return JSON.stringify({
      id: q.id,
      ranking: hits.map(([docid, score]) => ({ docid, score: Math.round(score * 1e6) / 1e6 })),
      latency_ms: Math.round(latency * 1000) / 1000,
    });
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, lines.join('\n') + '\n');
}
