import schema from '../../schema/comparison.schema.json' with { type: 'json' };
import type { Comparison } from '../generated/comparison.js';
import { assertSchema, writeFileAtomic } from '../result/io.js';

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
