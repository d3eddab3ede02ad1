import { METRICS_BY_TASK, type TaskName } from '../tasks/registry.js';

/** Replaces the text between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`; no-op without markers. */
export function replaceBetweenMarkers(text: string, name: string, content: string): string {
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) return text;
  return `${text.slice(0, i + start.length)}\n${content.trimEnd()}\n${text.slice(j)}`;
}

type Schema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  $ref?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  $defs?: Record<string, Schema>;
  title?: string;
  minimum?: number;
  maximum?: number;
};

function resolveRef(root: Schema, s: Schema): Schema {
  if (!s.$ref) return s;
  const name = s.$ref.replace('#/$defs/', '');
  return { ...root.$defs![name], ...(s.description ? { description: s.description } : {}) };
}

function typeOf(root: Schema, s0: Schema): string {
  const s = resolveRef(root, s0);
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum) return s.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (s.anyOf || s.oneOf) return (s.anyOf ?? s.oneOf)!.map((x) => branchType(root, x)).join(' \\| ');
  if (s.type === 'array') return `list of ${s.items ? typeOf(root, s.items) : 'values'}`;
  if (s.type === 'object' && s.properties) return 'object (below)';
  if (Array.isArray(s.type)) return s.type.join(' \\| ');
  return s.type ?? 'value';
}

/** A union branch: the rows below never expand it, so an object shows its keys, e.g. `{ changed }`. */
function branchType(root: Schema, s0: Schema): string {
  const s = resolveRef(root, s0);
  if (s.type === 'object' && s.properties) return `\`{ ${Object.keys(s.properties).join(', ')} }\``;
  return typeOf(root, s0);
}

/** `seen`: the definitions being expanded on this path, so a recursive one (`all: [condition]`) stops. */
function rows(
  root: Schema,
  s0: Schema,
  prefix: string,
  out: string[][],
  seen: ReadonlySet<string> = new Set(),
): void {
  const s = resolveRef(root, s0);
  for (const [key, child0] of Object.entries(s.properties ?? {})) {
    if (key === '$schema') continue;
    const child = resolveRef(root, child0);
    const path = `${prefix}${key}`;
    const required = s.required?.includes(key) ? 'yes' : '';
    const def = child.default !== undefined ? `\`${JSON.stringify(child.default)}\`` : '';
    out.push([
      `\`${path}\``,
      typeOf(root, child0),
      required,
      def,
      (child.description ?? '').replace(/\|/g, '\\|'),
    ]);
    const inner = (target: Schema, at: string): void => {
      if (target.$ref && seen.has(target.$ref)) return;
      const next = target.$ref ? new Set([...seen, target.$ref]) : seen;
      rows(root, target, at, out, next);
    };
    if (child.type === 'object' && child.properties) inner(child0, `${path}.`);
    if (child.type === 'array' && child.items) {
      const item = resolveRef(root, child.items);
      if (item.properties) inner(child.items, `${path}[].`);
    }
  }
}

/** A table per nesting level of the config schema: key, type, required, default, description. */
export function renderConfigReference(schema: Schema): string {
  const out: string[][] = [];
  rows(schema, schema, '', out);
  const lines = [
    '| key | type | required | default | description |',
    '|---|---|---|---|---|',
    ...out.map((r) => `| ${r.join(' | ')} |`),
  ];
  return lines.join('\n');
}

/** Every metric of every task family: name, direction, unit, definition, reference. */
export function renderMetricTable(): string {
  const lines = ['| task | metric | better | shown as | definition | matches |', '|---|---|---|---|---|---|'];
  for (const [task, defs] of Object.entries(METRICS_BY_TASK) as [
    TaskName,
    (typeof METRICS_BY_TASK)[TaskName],
  ][]) {
    for (const d of defs) {
      const unit = { proportion: 'points (0–100)', score: 'number', ms: 'ms', usd: '$', count: 'count' }[
        d.unit
      ];
      lines.push(
        `| ${task} | \`${d.name}\` | ${d.direction === 'higher' ? 'higher' : 'lower'} | ${unit}${d.table ? ' (table)' : ''} | ${d.description.replace(/\|/g, '\\|')} | ${d.reference.replace(/\|/g, '\\|')} |`,
      );
    }
  }
  return lines.join('\n');
}

function cell(text: unknown): string {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

interface ActionSpec {
  inputs?: Record<string, { description?: string; default?: string | number | boolean }>;
  outputs?: Record<string, { description?: string }>;
}

/** The inputs and outputs tables of action.yml (parsed). */
export function renderActionReference(action: ActionSpec): string {
  const code = (v: unknown): string =>
    v === undefined || v === '' ? '' : `\`${String(v).replace(/`/g, "'")}\``;
  return [
    '### Inputs',
    '',
    '| input | default | description |',
    '| --- | --- | --- |',
    ...Object.entries(action.inputs ?? {}).map(
      ([name, spec]) => `| \`${name}\` | ${code(spec.default)} | ${cell(spec.description)} |`,
    ),
    '',
    '### Outputs',
    '',
    '| output | description |',
    '| --- | --- |',
    ...Object.entries(action.outputs ?? {}).map(
      ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`,
    ),
  ].join('\n');
}

/** One section per command with its `--help` text, the overview first. */
export function renderCliReference(helps: readonly { command: string; help: string }[]): string {
  return helps
    .map(({ command, help }) =>
      [`### \`evalgate${command ? ` ${command}` : ''}\``, '', '```text', help.trimEnd(), '```'].join('\n'),
    )
    .join('\n\n');
}
