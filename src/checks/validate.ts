import { globProblem } from './glob.js';
import { CHECK_SEVERITIES, type CheckRule, type Condition, type Requirement } from './types.js';

/** Everything wrong with a `checks:` list, one problem per line, each naming its place in the config. */
export class CheckConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'CheckConfigError';
  }
}

type Json = Record<string, unknown>;

const RULE_KEYS = ['name', 'severity', 'when', 'unless', 'require'];
const CONDITION_KEYS = ['changed', 'golden_changed', 'metrics', 'labels', 'all', 'any'];
const REQUIREMENT_KEYS = ['changed', 'changelog', 'pr_body', 'sections', 'card'];

/**
 * Validates a `checks:` list (as parsed from YAML) and returns it typed, with `severity` defaulting to
 * `fail`. Goes beyond the JSON Schema: globs must compile, and rule names must be unique.
 * Throws a CheckConfigError listing every problem.
 */
export function parseCheckRules(value: unknown, field = 'checks'): CheckRule[] {
  const problems: string[] = [];
  const say = (where: string, message: string): void => {
    problems.push(`${where}: ${message}`);
  };
  if (!Array.isArray(value)) {
    throw new CheckConfigError([`${field}: expected a list of rules, got ${describe(value)}`]);
  }
  const names = new Map<string, number>();
  value.forEach((rule, i) => {
    const at = `${field}[${i}]`;
    if (!isObject(rule)) return say(at, `expected a rule object, got ${describe(rule)}`);
    unknownKeys(rule, RULE_KEYS, at, say);
    if (typeof rule.name !== 'string' || rule.name.trim() === '') {
      say(`${at}.name`, `expected a non-empty string, got ${describe(rule.name)}`);
    } else if (names.has(rule.name)) {
      say(`${at}.name`, `"${rule.name}" is already the name of ${field}[${names.get(rule.name)}]`);
    } else {
      names.set(rule.name, i);
    }
    if (rule.severity !== undefined && !(CHECK_SEVERITIES as readonly unknown[]).includes(rule.severity)) {
      say(`${at}.severity`, `expected "fail" or "warn", got ${describe(rule.severity)}`);
    }
    if (rule.when !== undefined) checkCondition(rule.when, `${at}.when`, say);
    if (rule.unless !== undefined) checkCondition(rule.unless, `${at}.unless`, say);
    if (rule.require === undefined) say(at, `"require" is missing: say what the rule requires`);
    else checkRequirement(rule.require, `${at}.require`, say);
  });
  if (problems.length > 0) throw new CheckConfigError(problems);
  return (value as Json[]).map((rule) => ({
    name: rule.name as string,
    severity: (rule.severity as CheckRule['severity'] | undefined) ?? 'fail',
    ...(rule.when !== undefined ? { when: rule.when as Condition } : {}),
    ...(rule.unless !== undefined ? { unless: rule.unless as Condition } : {}),
    require: rule.require as Requirement,
  }));
}

type Say = (where: string, message: string) => void;

function checkCondition(value: unknown, at: string, say: Say): void {
  if (!isObject(value)) return say(at, `expected a condition object, got ${describe(value)}`);
  unknownKeys(value, CONDITION_KEYS, at, say);
  if (value.changed !== undefined) checkGlobs(value.changed, `${at}.changed`, say);
  if (value.golden_changed !== undefined && typeof value.golden_changed !== 'boolean') {
    say(`${at}.golden_changed`, `expected true or false, got ${describe(value.golden_changed)}`);
  }
  if (value.metrics !== undefined && value.metrics !== 'changed') {
    say(`${at}.metrics`, `expected "changed", got ${describe(value.metrics)}`);
  }
  if (value.labels !== undefined) checkStrings(value.labels, `${at}.labels`, say);
  for (const key of ['all', 'any'] as const) {
    const list = value[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length === 0) {
      say(`${at}.${key}`, `expected a non-empty list of conditions, got ${describe(list)}`);
    } else {
      list.forEach((c, k) => checkCondition(c, `${at}.${key}[${k}]`, say));
    }
  }
}

function checkRequirement(value: unknown, at: string, say: Say): void {
  if (!isObject(value)) return say(at, `expected a requirement object, got ${describe(value)}`);
  const kinds = Object.keys(value).filter((k) => REQUIREMENT_KEYS.includes(k));
  unknownKeys(value, REQUIREMENT_KEYS, at, say);
  if (kinds.length !== 1) {
    return say(
      at,
      `expected exactly one of ${REQUIREMENT_KEYS.join(', ')}, got ${kinds.join(', ') || 'none'}`,
    );
  }
  const kind = kinds[0];
  const spec = value[kind];
  const where = `${at}.${kind}`;
  if (kind === 'changed') return checkGlobs(spec, where, say);
  if (kind === 'changelog') return checkPath(spec, where, say);
  if (!isObject(spec)) return say(where, `expected an object, got ${describe(spec)}`);
  if (kind === 'pr_body') {
    unknownKeys(spec, ['sections', 'min_words'], where, say);
    if (spec.sections === undefined && spec.min_words === undefined)
      say(where, 'give "sections", "min_words" or both');
    if (spec.sections !== undefined) checkStrings(spec.sections, `${where}.sections`, say);
    if (
      spec.min_words !== undefined &&
      !(Number.isInteger(spec.min_words) && (spec.min_words as number) >= 0)
    ) {
      say(`${where}.min_words`, `expected a whole number ≥ 0, got ${describe(spec.min_words)}`);
    }
  } else if (kind === 'sections') {
    unknownKeys(spec, ['file', 'headings'], where, say);
    checkPath(spec.file, `${where}.file`, say);
    checkStrings(spec.headings, `${where}.headings`, say);
  } else {
    unknownKeys(spec, ['file', 'result', 'tolerance'], where, say);
    checkPath(spec.file, `${where}.file`, say);
    if (spec.result !== undefined) checkPath(spec.result, `${where}.result`, say);
    if (spec.tolerance !== undefined && !(typeof spec.tolerance === 'number' && spec.tolerance >= 0)) {
      say(`${where}.tolerance`, `expected a number ≥ 0, got ${describe(spec.tolerance)}`);
    }
  }
}

function checkGlobs(value: unknown, at: string, say: Say): void {
  if (!Array.isArray(value) || value.length === 0) {
    return say(at, `expected a non-empty list of globs, got ${describe(value)}`);
  }
  value.forEach((glob, k) => {
    const why = globProblem(glob);
    if (why !== null) say(`${at}[${k}]`, `invalid glob ${describe(glob)}: ${why}`);
  });
}

function checkStrings(value: unknown, at: string, say: Say): void {
  if (!Array.isArray(value) || value.length === 0) {
    return say(at, `expected a non-empty list of strings, got ${describe(value)}`);
  }
  value.forEach((item, k) => {
    if (typeof item !== 'string' || item.trim() === '') {
      say(`${at}[${k}]`, `expected a non-empty string, got ${describe(item)}`);
    }
  });
}

function checkPath(value: unknown, at: string, say: Say): void {
  if (typeof value !== 'string' || value.trim() === '') {
    say(at, `expected a file path, got ${describe(value)}`);
  } else if (value.startsWith('/')) {
    say(at, `paths are relative to the repository root: drop the leading "/" of "${value}"`);
  }
}

function unknownKeys(value: Json, allowed: readonly string[], at: string, say: Say): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) say(at, `unknown key "${key}"; allowed: ${allowed.join(', ')}`);
  }
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list (${JSON.stringify(value).slice(0, 60)})`;
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}
