/**
 * Entities from BIO-style tag sequences, following seqeval: the default (conlleval-like) mode and the strict
 * mode for IOB2 and IOBES, plus entities given directly as character-offset spans.
 * An entity is a typed half-open interval [start, end) of token indices (tags) or character offsets (spans).
 */
import { SpanInputError, type SourceLocation } from './errors.js';

export interface Entity {
  readonly type: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

export const TAG_SCHEMES = ['IOB2', 'IOBES'] as const;
export type TagScheme = (typeof TAG_SCHEMES)[number];

export const ENTITY_MODES = ['default', 'strict'] as const;
/** `default`: seqeval/conlleval chunking, lenient about orphan I- tags; `strict`: entities must match the scheme. */
export type EntityMode = (typeof ENTITY_MODES)[number];

type Prefix = 'B' | 'I' | 'E' | 'S' | 'O';

const ALLOWED_PREFIXES: Readonly<Record<TagScheme, readonly Prefix[]>> = {
  IOB2: ['B', 'I', 'O'],
  IOBES: ['B', 'I', 'E', 'S', 'O'],
};

interface ParsedTag {
  readonly prefix: Prefix;
  /** Empty for O. */
  readonly type: string;
}

export interface TagOptions {
  readonly scheme: TagScheme;
  readonly mode: EntityMode;
  /** Name of the field in error messages (default `tags`). */
  readonly field?: string;
  readonly location?: SourceLocation;
}

function parseTags(tags: readonly string[], options: TagOptions): ParsedTag[] {
  const field = options.field ?? 'tags';
  const allowed = ALLOWED_PREFIXES[options.scheme];
  return tags.map((tag, index) => {
    if (tag === 'O') return { prefix: 'O', type: '' };
    const prefix = tag.charAt(0) as Prefix;
    if (tag.charAt(1) !== '-' || tag.length < 3 || !allowed.includes(prefix) || prefix === 'O') {
      const prefixes = allowed
        .filter((p) => p !== 'O')
        .map((p) => `${p}-`)
        .join('/');
      throw new SpanInputError(
        field,
        `invalid tag ${JSON.stringify(tag)} at position ${index}: expected O or a ${prefixes} prefix followed by a type (${options.scheme})`,
        options.location,
      );
    }
    return { prefix, type: tag.slice(2) };
  });
}

/** Throws `<field>: length N does not match <otherField> length M` when two parallel sequences differ in length. */
export function assertSameLength(
  field: string,
  length: number,
  otherField: string,
  otherLength: number,
  location?: SourceLocation,
): void {
  if (length !== otherLength) {
    throw new SpanInputError(
      field,
      `length ${length} does not match ${otherField} length ${otherLength}`,
      location,
    );
  }
}

// seqeval's default mode compares types, and O carries the placeholder type '_'.
const OUTSIDE_TYPE = '_';

function endsChunk(prev: ParsedTag, current: ParsedTag): boolean {
  if (prev.prefix === 'E' || prev.prefix === 'S') return true;
  if ((prev.prefix === 'B' || prev.prefix === 'I') && ['B', 'S', 'O'].includes(current.prefix)) return true;
  return prev.prefix !== 'O' && typeOf(prev) !== typeOf(current);
}

function startsChunk(prev: ParsedTag, current: ParsedTag): boolean {
  if (current.prefix === 'B' || current.prefix === 'S') return true;
  if (['E', 'S', 'O'].includes(prev.prefix) && (current.prefix === 'E' || current.prefix === 'I'))
    return true;
  return current.prefix !== 'O' && typeOf(prev) !== typeOf(current);
}

function typeOf(tag: ParsedTag): string {
  return tag.prefix === 'O' ? OUTSIDE_TYPE : tag.type;
}

const OUTSIDE: ParsedTag = { prefix: 'O', type: '' };

/** seqeval `get_entities` on one sentence: an orphan I- starts an entity; a type change splits one. */
function defaultModeEntities(tags: readonly ParsedTag[]): Entity[] {
  const entities: Entity[] = [];
  let prev = OUTSIDE;
  let begin = 0;
  [...tags, OUTSIDE].forEach((current, i) => {
    if (endsChunk(prev, current)) entities.push({ type: prev.type, start: begin, end: i });
    if (startsChunk(prev, current)) begin = i;
    prev = current;
  });
  return entities;
}

/** Strict-mode transition rules of one scheme (seqeval `scheme.py`). */
interface StrictRules {
  isStart(prev: ParsedTag, current: ParsedTag): boolean;
  isInside(prev: ParsedTag, current: ParsedTag): boolean;
  isEnd(prev: ParsedTag, current: ParsedTag): boolean;
}

const sameType = (prev: ParsedTag, current: ParsedTag): boolean => typeOf(prev) === typeOf(current);

const STRICT_RULES: Readonly<Record<TagScheme, StrictRules>> = {
  IOB2: {
    isStart: (_prev, current) => current.prefix === 'B',
    isInside: (prev, current) =>
      (prev.prefix === 'B' || prev.prefix === 'I') && current.prefix === 'I' && sameType(prev, current),
    isEnd: (prev, current) =>
      (prev.prefix === 'B' || prev.prefix === 'I') &&
      (current.prefix === 'O' ||
        current.prefix === 'B' ||
        (current.prefix === 'I' && !sameType(prev, current))),
  },
  IOBES: {
    isStart: (_prev, current) => current.prefix === 'B' || current.prefix === 'S',
    isInside: (prev, current) =>
      (prev.prefix === 'B' || prev.prefix === 'I') &&
      (current.prefix === 'I' || current.prefix === 'E') &&
      sameType(prev, current),
    isEnd: (prev) => prev.prefix === 'E' || prev.prefix === 'S',
  },
};

/**
 * seqeval strict mode (`Tokens.entities`): an entity starts where the scheme allows a start, extends while tokens
 * are "inside", and is kept only if the token after it is a valid end. Orphan I- tags never start entities.
 */
function strictModeEntities(tags: readonly ParsedTag[], rules: StrictRules): Entity[] {
  const extended = [...tags, OUTSIDE];
  const entities: Entity[] = [];
  let prev = OUTSIDE;
  let i = 0;
  while (i < extended.length) {
    const token = extended[i];
    if (rules.isStart(prev, token)) {
      let end = i + 1;
      let last = token;
      while (end < extended.length && rules.isInside(last, extended[end])) last = extended[end++];
      if (rules.isEnd(extended[end - 1], extended[end])) entities.push({ type: token.type, start: i, end });
      i = end;
    } else {
      i += 1;
    }
    prev = extended[i - 1];
  }
  return entities;
}

/** Entities of one sentence's tag sequence. Throws SpanInputError on a tag the scheme does not allow. */
export function entitiesFromTags(tags: readonly string[], options: TagOptions): Entity[] {
  const parsed = parseTags(tags, options);
  return options.mode === 'strict'
    ? strictModeEntities(parsed, STRICT_RULES[options.scheme])
    : defaultModeEntities(parsed);
}

export interface CharSpanOptions {
  /** Length of the text the offsets point into; spans must end at or before it. */
  readonly textLength?: number;
  readonly field?: string;
  readonly location?: SourceLocation;
}

/** Validates character-offset spans `{start, end, type}` (end exclusive) and returns them as entities. */
export function entitiesFromCharSpans(spans: readonly unknown[], options: CharSpanOptions = {}): Entity[] {
  const field = options.field ?? 'spans';
  return spans.map((span, index) => {
    const fail = (detail: string): never => {
      throw new SpanInputError(field, `span ${index}: ${detail}`, options.location);
    };
    if (typeof span !== 'object' || span === null) return fail('expected an object {start, end, type}');
    const { start, end, type } = span as Record<string, unknown>;
    if (typeof type !== 'string' || type.length === 0)
      return fail(`type must be a non-empty string, got ${JSON.stringify(type)}`);
    if (!Number.isInteger(start) || (start as number) < 0)
      return fail(`start must be an integer >= 0, got ${JSON.stringify(start)}`);
    if (!Number.isInteger(end) || (end as number) <= (start as number)) {
      return fail(`end must be an integer > start (${String(start)}), got ${JSON.stringify(end)}`);
    }
    if (options.textLength !== undefined && (end as number) > options.textLength) {
      return fail(`end ${String(end)} is past the end of the text (length ${options.textLength})`);
    }
    return { type, start: start as number, end: end as number };
  });
}
