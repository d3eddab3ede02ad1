// Generates TypeScript types from the published JSON Schemas, so the types follow from the schemas.
// Run `npm run gen:types`; CI fails when src/generated/ is stale.
import { compile } from 'json-schema-to-typescript';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as prettier from 'prettier';

const schemas = [
  ['schema/evalgate.schema.json', 'src/generated/config.ts'],
  ['schema/result.schema.json', 'src/generated/result.ts'],
  ['schema/comparison.schema.json', 'src/generated/comparison.ts'],
];

await mkdir('src/generated', { recursive: true });
for (const [input, output] of schemas) {
  const schema = JSON.parse(await readFile(input, 'utf8'));
  const ts = await compile(schema, schema.title, {
    bannerComment: `/* Generated from ${input} by scripts/gen-types.mjs. Do not edit. */`,
    additionalProperties: false,
    unreachableDefinitions: false,
    declareExternallyReferenced: true,
    style: { singleQuote: true, printWidth: 110 },
  });
  await writeFile(output, ts);
}

// Precompiled validators (ajv standalone code): compiling the result schema took ~0.2 s of CPU in every
// process that read a result (a third of a 4-shard merge's budget). src/schema/validate.ts uses these for
// the published schemas, with the same ajv options, so errors are the same as a runtime compile's.
const validators = [
  ['schema/evalgate.schema.json', 'src/generated/config-validator.ts'],
  ['schema/result.schema.json', 'src/generated/result-validator.ts'],
  ['schema/comparison.schema.json', 'src/generated/comparison-validator.ts'],
];
const require = createRequire(import.meta.url);
const { Ajv2020 } = require('ajv/dist/2020.js');
const standaloneCode = require('ajv/dist/standalone').default;
const { _ } = require('ajv/dist/compile/codegen');
const addFormats = require('ajv-formats').default;
const AJV_OPTIONS = JSON.parse(await readFile('src/schema/ajv-options.json', 'utf8'));
// ajv's code point count for minLength/maxLength (ajv/dist/runtime/ucs2length), inlined: the generated
// module imports nothing CommonJS but ajv-formats' formats.
const UCS2LENGTH = `function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 0xfc00) === 0xdc00) pos++;
    }
  }
  return length;
}`;
for (const [input, output] of validators) {
  const schema = JSON.parse(await readFile(input, 'utf8'));
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true, formats: _`fullFormats` } });
  addFormats(ajv);
  let code = standaloneCode(ajv, ajv.compile(schema));
  const runtime = /require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g;
  code = code.replace(runtime, 'ucs2length');
  // ajv appends a referenced schema's errors with vErrors.concat(...), which is quadratic in the errors: a
  // hostile result of 16,000 invalid suites (under 1 MB) took 10 s to validate. Append in place instead.
  const concat = /vErrors = vErrors === null \? ([\w.]+)\.errors : vErrors\.concat\(\1\.errors\);/g;
  code = code.replace(
    concat,
    'if (vErrors === null) vErrors = $1.errors.slice(); else for (const e of $1.errors) vErrors.push(e);',
  );
  if (/vErrors\.concat\(/.test(code))
    throw new Error(`${output}: ajv appends errors in a way this script does not rewrite (vErrors.concat)`);
  if (/require\(/.test(code))
    throw new Error(`${output}: the standalone code requires a module this script does not inline`);
  const header = [
    `/* Generated from ${input} by scripts/gen-types.mjs (ajv standalone). Do not edit. */`,
    '/* eslint-disable */',
    '// @ts-nocheck',
    code.includes('fullFormats') ? "import { fullFormats } from 'ajv-formats/dist/formats.js';" : '',
    code.includes('ucs2length') ? UCS2LENGTH : '',
  ].join('\n');
  const text = await prettier.format(`${header}\n${code.replace(/^"use strict";/, '')}`, {
    ...(await prettier.resolveConfig(output)),
    filepath: output,
  });
  await writeFile(output, text);
}
