// Checks a request's path params, query and JSON body against the OpenAPI subset with ajv, the way Prism does,
// so the stateful fake can report "invalid request" too.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema, OpenApiDocument, SpecOperation } from './openapi.js';

// ajv-formats is CommonJS: under NodeNext the default import is module.exports, whose `default` is the plugin.
const addFormats = addFormatsModule.default;

const SPEC_ID = 'github-subset';
// Keys whose children are names (property names, component names), not schema keywords.
const NAME_MAPS = new Set(['properties', 'patternProperties', 'definitions']);

/**
 * OpenAPI 3.0 schema → JSON Schema as ajv reads it: `nullable` without `type` becomes `anyOf [.., null]`, and
 * local `#/components/...` references point into the registered subset document.
 */
function toAjvSchema(value: unknown, keysAreNames = false): unknown {
  if (Array.isArray(value)) return value.map((item) => toAjvSchema(item));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (keysAreNames) out[key] = toAjvSchema(child);
    else if (key === '$ref' && typeof child === 'string' && child.startsWith('#/'))
      out[key] = `${SPEC_ID}${child}`;
    else if (key === 'example' || key === 'examples' || key === 'discriminator') continue;
    else out[key] = toAjvSchema(child, NAME_MAPS.has(key));
  }
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

function newAjv(coerceTypes: boolean | 'array'): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes, logger: false });
  addFormats(ajv);
  return ajv;
}

interface CompiledOperation {
  params: ValidateFunction;
  query: ValidateFunction;
  queryNames: Set<string>;
  body?: ValidateFunction;
  bodyRequired: boolean;
}

export interface RequestUnderTest {
  pathParams: Record<string, string>;
  query: URLSearchParams;
  contentType: string | undefined;
  /** The raw body text ('' when none). */
  body: string;
}

export class RequestValidator {
  private readonly paramAjv = newAjv('array');
  private readonly bodyAjv = newAjv(false);
  private readonly compiled = new Map<string, CompiledOperation>();

  constructor(spec: OpenApiDocument) {
    const schemas = Object.fromEntries(
      Object.entries(spec.components.schemas ?? {}).map(([name, schema]) => [name, toAjvSchema(schema)]),
    );
    this.paramAjv.addSchema({ $id: SPEC_ID, components: { schemas } });
    this.bodyAjv.addSchema({ $id: SPEC_ID, components: { schemas } });
  }

  /** Returns the violations found; an empty list means the request is valid. */
  validate(op: SpecOperation, request: RequestUnderTest): string[] {
    const compiled = this.compile(op);
    const problems: string[] = [];
    const pathParams = { ...request.pathParams };
    if (!compiled.params(pathParams)) problems.push(...describe('path', compiled.params));

    const query: Record<string, string | string[]> = {};
    for (const name of new Set(request.query.keys())) {
      const values = request.query.getAll(name);
      query[name] = values.length === 1 ? values[0] : values;
      if (!compiled.queryNames.has(name)) problems.push(`query.${name}: unknown query parameter`);
    }
    if (!compiled.query(query)) problems.push(...describe('query', compiled.query));

    const hasBody = request.body.trim().length > 0;
    if (compiled.body) {
      if (!hasBody) {
        if (compiled.bodyRequired) problems.push('body: a JSON request body is required');
      } else if (!/^application\/json\b/i.test(request.contentType ?? '')) {
        problems.push(`body: content-type '${request.contentType ?? ''}' is not application/json`);
      } else {
        let parsed: unknown;
        try {
          parsed = JSON.parse(request.body);
        } catch (error) {
          problems.push(`body: not JSON (${(error as Error).message})`);
          return problems;
        }
        if (!compiled.body(parsed)) problems.push(...describe('body', compiled.body));
      }
    } else if (hasBody && op.method !== 'GET') {
      problems.push('body: this operation takes no request body');
    }
    return problems;
  }

  private compile(op: SpecOperation): CompiledOperation {
    const key = `${op.method} ${op.template}`;
    const cached = this.compiled.get(key);
    if (cached) return cached;
    const objectOf = (location: 'path' | 'query'): JsonSchema => {
      const params = op.parameters.filter((p) => p.in === location);
      return {
        type: 'object',
        properties: Object.fromEntries(params.map((p) => [p.name, toAjvSchema(p.schema ?? {})])),
        required: params.filter((p) => p.required || location === 'path').map((p) => p.name),
      };
    };
    const bodySchema = op.operation.requestBody?.content['application/json']?.schema;
    const compiled: CompiledOperation = {
      params: this.paramAjv.compile(objectOf('path')),
      query: this.paramAjv.compile(objectOf('query')),
      queryNames: new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name)),
      body: bodySchema ? this.bodyAjv.compile(toAjvSchema(bodySchema) as JsonSchema) : undefined,
      bodyRequired: op.operation.requestBody?.required === true,
    };
    this.compiled.set(key, compiled);
    return compiled;
  }
}

function describe(where: string, validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((error) => {
    const at = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const detail =
      error.keyword === 'enum'
        ? `${error.message}: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
        : error.message;
    return `${where}${at ? `.${at}` : ''}: ${detail ?? error.keyword}`;
  });
}
