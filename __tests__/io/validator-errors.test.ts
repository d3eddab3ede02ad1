import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseResult } from '../../src/result/result-file.js';

/**
 * The precompiled schema validators collect every error (allErrors, for the best one-line message). ajv's
 * generated code appended each referenced schema's errors with vErrors.concat, which is quadratic: a hostile
 * result of 16,000 invalid suites (under 1 MB) took 10 s to validate. scripts/gen-types.mjs rewrites those
 * appends in place (linear: ~0.1 s here) and refuses to generate code that still concatenates.
 */
describe('precompiled validators append errors in linear time', () => {
  const dir = join(process.cwd(), 'src', 'generated');
  const validators = readdirSync(dir).filter((f) => f.endsWith('-validator.ts'));

  test('no generated validator concatenates its error list', () => {
    expect(validators.sort()).toEqual([
      'comparison-validator.ts',
      'config-validator.ts',
      'result-validator.ts',
    ]);
    for (const file of validators)
      expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(/vErrors\.concat\(/);
  });

  test('a result of 16,000 invalid suites is one line naming the first problem', () => {
    const text = `{"suites":[${Array.from({ length: 16_000 }, () => '{"examples":{"ids":[]}}').join(',')}]}`;
    expect(() => parseResult(text, 'many.json')).toThrow(
      /^many\.json: [^\n]*not a valid evalgate result: [^\n]+$/,
    );
  });
});
