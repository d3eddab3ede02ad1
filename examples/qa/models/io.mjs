// Shared plumbing of the QA example systems: CLI flags, JSONL in/out, tokens and sentence choice.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';

export function readFlags(usage) {
  const { values } = parseArgs({
    options: { in: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  if (!values.in || !values.out) {
    console.error(`Missing --in or --out. Usage: ${usage}`);
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

export function writeJsonl(path, rows) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
}

const STOPWORDS = new Set(
  'a an the of in on at to for by is was were does did do what which who whom where when how many much'
    .split(' ')
    .concat('and or from with its it has have had be been this that'.split(' ')),
);

/** Lower-cased word tokens without stopwords. */
export function contentWords(text) {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOPWORDS.has(w));
}

/** Sentences of a context (it is written as simple sentences ending in a period). */
export function sentences(context) {
  return context.match(/[^.]+\./g)?.map((s) => s.trim()) ?? [context];
}

/** Word overlap of a sentence with the question; ties keep the earlier sentence. */
export function overlap(sentence, questionWords) {
  const words = new Set(contentWords(sentence));
  return questionWords.filter((w) => words.has(w)).length;
}
