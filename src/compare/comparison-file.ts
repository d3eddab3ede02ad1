import schema from '../../schema/comparison.schema.json' with { type: 'json' };
import type { Comparison } from '../generated/comparison.js';
import { InputError } from '../io/errors.js';
import {
  MAX_RESULT_BYTES,
  MAX_RESULT_JSON_VALUES,
  jsonValueCount,
  parseJsonText,
  parseResult,
  writeFileAtomic,
  assertSchema,
} from '../result/result-file.js';
import type { EvalgateResult } from '../generated/result.js';
import { readFile, stat } from 'node:fs/promises';
import { describeFsError } from '../io/lines.js';

export function validateComparison(value: unknown, file: string): asserts value is Comparison {
  assertSchema(schema, value, file, 'comparison');
}

/** Serialises a comparison: pretty JSON, stable key order as built, no timestamps of its own. */
export function comparisonJson(comparison: Comparison): string {
  return `${JSON.stringify(comparison, null, 2)}\n`;
}

export async function writeComparison(path: string, comparison: Comparison): Promise<void> {
  validateComparison(comparison, path);
  await writeFileAtomic(path, comparisonJson(comparison));
}

/**
 * Reads a result or a comparison artifact (told apart by its `kind`) and validates it against its schema;
 * a bad file is an InputError naming it.
 */
export async function readArtifact(
  path: string,
): Promise<{ kind: 'result'; result: EvalgateResult } | { kind: 'comparison'; comparison: Comparison }> {
  let text: string;
  try {
    if ((await stat(path)).size > MAX_RESULT_BYTES)
      throw new InputError({ file: path, message: `the file is larger than ${MAX_RESULT_BYTES} bytes` });
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError({ file: path, message: `cannot read the file (${describeFsError(error)})` });
  }
  // the same bound as a result's, before JSON.parse builds anything
  if (jsonValueCount(text, MAX_RESULT_JSON_VALUES) > MAX_RESULT_JSON_VALUES)
    throw new InputError({
      file: path,
      message: `the file holds more than ${MAX_RESULT_JSON_VALUES} JSON values`,
    });
  const value = parseJsonText(text, path);
  if ((value as { kind?: unknown } | null)?.kind !== 'evalgate-comparison')
    return { kind: 'result', result: parseResult(text, path) };
  validateComparison(value, path);
  return { kind: 'comparison', comparison: value };
}
