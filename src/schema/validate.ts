import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import validateComparison from '../generated/comparison-validator.js';
import validateConfig from '../generated/config-validator.js';
import validateResult from '../generated/result-validator.js';
import options from './ajv-options.json' with { type: 'json' };

// ajv-formats is CommonJS with a default export; under NodeNext the callable sits on `.default`.
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;

/**
 * The published schemas' validators, precompiled by `npm run gen:types` (ajv standalone code, the same
 * options): compiling the result schema at run time took ~0.2 s of CPU in every process reading a result.
 */
const PRECOMPILED: Record<string, ValidateFunction> = {
  'https://evalgate.dev/schema/evalgate.schema.json': validateConfig as unknown as ValidateFunction,
  'https://evalgate.dev/schema/result.schema.json': validateResult as unknown as ValidateFunction,
  'https://evalgate.dev/schema/comparison.schema.json': validateComparison as unknown as ValidateFunction,
};

/** One ajv instance for any other schema, made on first use; compiled validators are cached by schema id. */
let ajv: Ajv2020 | undefined;
const cache = new Map<string, ValidateFunction>();

export function validatorFor(schema: { $id?: string } & object): ValidateFunction {
  const id = schema.$id ?? JSON.stringify(schema);
  let validate = cache.get(id) ?? PRECOMPILED[id];
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv2020(options);
      addFormats(ajv);
    }
    validate = ajv.compile(schema);
    cache.set(id, validate);
  }
  return validate;
}

/** JSON pointer `/suites/0/metrics/2` → path segments `['suites', 0, 'metrics', 2]`. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `['suites', 0, 'metrics', 2]` → `suites[0].metrics[2]`. */
export function pathToString(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out || '(top level)';
}

/**
 * Picks the error a person should see first: the deepest one, preferring concrete complaints over the
 * "must match a schema in anyOf" summaries that ajv adds above them.
 */
export function primaryError(errors: readonly ErrorObject[]): ErrorObject {
  // An unknown key is usually a misspelling of the missing one, so it is the more useful message.
  const bonus: Record<string, number> = { anyOf: 0, oneOf: 0, if: 0, required: 4, additionalProperties: 6 };
  const weight = (e: ErrorObject): number =>
    pointerToPath(e.instancePath).length * 10 + (bonus[e.keyword] ?? 5);
  return [...errors].sort((a, b) => weight(b) - weight(a))[0];
}

/** Says what an ajv error means in words a person can act on. */
export function describeSchemaError(error: ErrorObject, value: unknown): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      const hint = didYouMean(key, allowed);
      return `unknown key ${JSON.stringify(key)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; allowed: ${allowed.join(', ')}`;
    }
    case 'required':
      return `missing required key ${JSON.stringify(p.missingProperty)}`;
    case 'enum':
      return `expected one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)}${enumHint(value, p.allowedValues as unknown[])}`;
    case 'const':
      return `expected ${JSON.stringify(p.allowedValue)}, got ${JSON.stringify(value)}`;
    case 'type':
      return `expected ${String(p.type).replace(',', ' or ')}, got ${typeName(value)}${listHint(p.type, value)}`;
    case 'pattern':
      return `${JSON.stringify(value)} does not match the expected form ${String(p.pattern)}`;
    case 'minItems':
      return `expected at least ${String(p.limit)} item(s)`;
    case 'maxItems':
      return `expected at most ${String(p.limit)} item(s)`;
    case 'uniqueItems':
      return `items must be unique (items ${String(p.j)} and ${String(p.i)} are the same)`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `expected a number ${String(p.comparison)} ${String(p.limit)}, got ${JSON.stringify(value)}`;
    case 'minLength':
      return 'expected a non-empty string';
    case 'maxLength':
      return `expected at most ${String(p.limit)} characters`;
    case 'anyOf':
    case 'oneOf':
      return `expected ${(error.parentSchema as { description?: string })?.description ?? 'one of the allowed forms'}, got ${typeName(value)}`;
    default:
      return error.message ?? 'invalid value';
  }
}

/** `slices: language` where a list is expected: show the list of one. */
function listHint(expected: unknown, value: unknown): string {
  if (expected !== 'array' || (typeof value !== 'string' && typeof value !== 'number')) return '';
  return ` (a list of one is written [${String(value)}])`;
}

function enumHint(value: unknown, allowed: unknown[]): string {
  if (typeof value !== 'string') return '';
  const hint = didYouMean(
    value,
    allowed.filter((a): a is string => typeof a === 'string'),
  );
  return hint ? ` (did you mean ${JSON.stringify(hint)}?)` : '';
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** The closest candidate by edit distance, if it is close enough to be a likely typo. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}
