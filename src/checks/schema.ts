import configSchema from '../../schema/evalgate.schema.json' with { type: 'json' };

/**
 * The JSON Schema (draft 2020-12) of a `checks:` list on its own, for integrators who validate one outside
 * a config file. Derived from the config schema's `$defs/checks` (one source: the definitions are not
 * copied, so they cannot drift); the JSON import is bundled, so the bundle stays self-contained.
 */
export const CHECKS_SCHEMA = {
  $schema: configSchema.$schema,
  $id: 'https://evalgate.dev/schema/checks.schema.json',
  title: 'CheckRules',
  $ref: '#/$defs/checks',
  $defs: configSchema.$defs,
} as const;
