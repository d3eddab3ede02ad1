import schema from '../../schema/comparison.schema.json' with { type: 'json' };
import {
  describeSchemaError,
  pathToString,
  pointerToPath,
  primaryError,
  validatorFor,
} from '../schema/validate.js';
import type { Comparison } from '../generated/comparison.js';
import { InputError } from '../io/errors.js';
import { writeFileAtomic } from '../result/io.js';

export function validateComparison(value: unknown, file: string): asserts value is Comparison {
  const validate = validatorFor(schema);
  if (!validate(value)) {
    const error = primaryError(validate.errors ?? []);
    throw new InputError({
      file,
      field: pathToString(pointerToPath(error.instancePath)),
      message: `not a valid evalgate comparison: ${describeSchemaError(error, error.data)}`,
    });
  }
}

/** Serialises a comparison: pretty JSON, stable key order as built, no timestamps of its own. */
export function comparisonJson(comparison: Comparison): string {
  return `${JSON.stringify(comparison, null, 2)}\n`;
}

export async function writeComparison(path: string, comparison: Comparison): Promise<void> {
  validateComparison(comparison, path);
  await writeFileAtomic(path, comparisonJson(comparison));
}
