// Shared plumbing of the example models: CLI flags, JSONL in/out and probability rounding.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';

const DECIMALS = 6;
const SCALE = 10 ** DECIMALS;

/** Parses `--in`, `--out` and any extra string flags; exits with a usage line when one is missing. */
export function readFlags(usage, required) {
  const options = Object.fromEntries(required.map((name) => [name, { type: 'string' }]));
  const { values } = parseArgs({ options, strict: true });
  const missing = required.filter((name) => !values[name]);
  if (missing.length > 0) {
    console.error(`Missing --${missing.join(', --')}. Usage: ${usage}`);
    process.exit(2);
  }
  return values;
}

export function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line);
      } catch (error) {
        throw new Error(`${path}:${index + 1}: not valid JSON (${error.message}).`, { cause: error });
      }
    });
}

/**
 * Rounds a distribution to 6 decimals so that the rounded values still sum to exactly 1e6 millionths:
 * the rounding remainder goes to the predicted label, which stays the arg max.
 */
export function roundDistribution(probabilities, labels, predicted) {
  const micro = labels.map((label) => Math.round(probabilities[label] * SCALE));
  const remainder = SCALE - micro.reduce((a, b) => a + b, 0);
  micro[labels.indexOf(predicted)] += remainder;
  return Object.fromEntries(labels.map((label, i) => [label, micro[i] / SCALE]));
}

/** Arg max with ties broken by label order, so predictions are deterministic. */
export function argMax(probabilities, labels) {
  let best = labels[0];
  for (const label of labels) if (probabilities[label] > probabilities[best]) best = label;
  return best;
}

export function softmax(logits, labels) {
  const max = Math.max(...labels.map((label) => logits[label]));
  const exps = labels.map((label) => Math.exp(logits[label] - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return Object.fromEntries(labels.map((label, i) => [label, exps[i] / total]));
}

export function writePredictions(path, predictions) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, predictions.map((row) => JSON.stringify(row)).join('\n') + '\n');
}
