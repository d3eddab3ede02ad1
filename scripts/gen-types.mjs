// Generates TypeScript types from the published JSON Schemas, so the types follow from the schemas.
// Run `npm run gen:types`; CI fails when src/generated/ is stale.
import { compile } from 'json-schema-to-typescript';
import { readFile, writeFile, mkdir } from 'node:fs/promises';

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
