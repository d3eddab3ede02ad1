// Routing over the committed OpenAPI subset: which operation a request path belongs to, and its path params.
import { readFileSync } from 'node:fs';
import { SUBSET_SPEC_PATH } from './paths.js';

export type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
  'x-multi-segment'?: boolean;
}

interface Reference {
  $ref: string;
}

export interface OpenApiOperation {
  operationId: string;
  parameters?: (OpenApiParameter | Reference)[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, unknown>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation | unknown>>;
  components: {
    schemas?: Record<string, JsonSchema>;
    parameters?: Record<string, OpenApiParameter>;
    [kind: string]: Record<string, unknown> | undefined;
  };
}

/** One method on one path template, compiled for matching. */
export interface SpecOperation {
  method: string;
  template: string;
  operationId: string;
  operation: OpenApiOperation;
  parameters: OpenApiParameter[];
  pathParamNames: string[];
  regex: RegExp;
  /** Literal segments count: more literal templates win over more generic ones. */
  specificity: number;
}

export interface OperationMatch {
  op: SpecOperation;
  pathParams: Record<string, string>;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function loadSubsetSpec(path = SUBSET_SPEC_PATH): OpenApiDocument {
  return JSON.parse(readFileSync(path, 'utf8')) as OpenApiDocument;
}

function isReference(value: unknown): value is Reference {
  return typeof value === 'object' && value !== null && typeof (value as Reference).$ref === 'string';
}

function resolveParameter(spec: OpenApiDocument, parameter: OpenApiParameter | Reference): OpenApiParameter {
  if (!isReference(parameter)) return parameter;
  const name = parameter.$ref.replace('#/components/parameters/', '');
  const resolved = spec.components.parameters?.[name];
  if (!resolved) throw new Error(`Unresolved parameter reference '${parameter.$ref}'.`);
  return resolved;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileOperations(spec: OpenApiDocument): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    const shared = ((item as { parameters?: (OpenApiParameter | Reference)[] }).parameters ?? []).map((p) =>
      resolveParameter(spec, p),
    );
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OpenApiOperation | undefined;
      if (!operation) continue;
      const own = (operation.parameters ?? []).map((p) => resolveParameter(spec, p));
      const parameters = [
        ...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)),
        ...own,
      ];
      const pathParamNames: string[] = [];
      let specificity = 0;
      const pattern = template
        .split('/')
        .map((segment) =>
          segment.replace(/\{([^}]+)\}|[^{}]+/g, (part, name: string | undefined) => {
            if (name === undefined) {
              specificity += 1;
              return escapeRegex(part);
            }
            pathParamNames.push(name);
            const multi = parameters.find((p) => p.in === 'path' && p.name === name)?.['x-multi-segment'];
            return multi ? '(.+)' : '([^/]+)';
          }),
        )
        .join('/');
      operations.push({
        method: method.toUpperCase(),
        template,
        operationId: operation.operationId,
        operation,
        parameters,
        pathParamNames,
        regex: new RegExp(`^${pattern}$`),
        specificity,
      });
    }
  }
  return operations.sort((a, b) => b.specificity - a.specificity);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Finds the operation for a method and a raw (still percent-encoded) path. */
export function matchOperation(
  operations: readonly SpecOperation[],
  method: string,
  rawPath: string,
): OperationMatch | undefined {
  for (const op of operations) {
    if (op.method !== method.toUpperCase()) continue;
    const match = op.regex.exec(rawPath);
    if (!match) continue;
    const pathParams = Object.fromEntries(
      op.pathParamNames.map((name, i) => [name, safeDecode(match[i + 1])]),
    );
    return { op, pathParams };
  }
  return undefined;
}

/** True when some operation (any method) has this path: tells 405 from 404. */
export function pathExists(operations: readonly SpecOperation[], rawPath: string): boolean {
  return operations.some((op) => op.regex.test(rawPath));
}

/**
 * Re-encodes multi-segment path params (contents path, compare basehead, a ref as sha) so a router that
 * only knows single segments, like Prism's, still finds the operation: `a/b.json` becomes `a%2Fb.json`.
 */
export function encodeMultiSegmentParams(
  operations: readonly SpecOperation[],
  method: string,
  rawPath: string,
): string {
  const found = matchOperation(operations, method, rawPath);
  if (!found) return rawPath;
  return found.op.template.replace(/\{([^}]+)\}/g, (_whole, name: string) =>
    encodeURIComponent(found.pathParams[name] ?? ''),
  );
}
