// A glob matcher whose cost is bounded by (pattern length × path length): no regular expression, so no
// backtracking blow-up when a base-config glob like `**/*a*a*a*b` meets a 4,096-character PR file name.
// Syntax (the picomatch subset the docs promise): `*`, `?`, `[...]` classes (`^` negation, ranges),
// `**` as a whole segment (any number of segments, none included), `{a,b}` alternatives, `\x` escapes,
// and a leading `!` to negate the whole pattern. Dotfiles match like any name (picomatch's `dot: true`).

/** Patterns longer than this are refused: a glob over repository paths never needs more. */
export const MAX_GLOB_LENGTH = 512;
/** `{a,b}` alternatives may expand to at most this many patterns. */
export const MAX_BRACE_EXPANSIONS = 256;

type CharTest = (c: string) => boolean;
/** One segment's pattern: literal characters, `?`/class tests and `*` (any run of characters). */
type SegmentToken = { kind: 'char'; test: CharTest } | { kind: 'star' };
type Segment = { kind: 'globstar' } | { kind: 'tokens'; tokens: SegmentToken[] };

/** Expands `{a,b}` (nested, escaped characters kept); throws when the expansion grows past the cap. */
export function expandBraces(pattern: string): string[] {
  const open = findUnescaped(pattern, '{', 0);
  if (open < 0) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      close = i;
      break;
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  // Unbalanced, or `{a}` without a comma: literal braces (picomatch does the same).
  if (close < 0) return [pattern];
  const head = pattern.slice(0, open);
  const tails = expandBraces(pattern.slice(close + 1));
  if (commas.length === 0) return tails.map((t) => `${head}\\{${pattern.slice(open + 1, close)}\\}${t}`);
  const bounds = [open, ...commas, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    for (const alternative of expandBraces(pattern.slice(bounds[k] + 1, bounds[k + 1]))) {
      for (const tail of tails) {
        out.push(head + alternative + tail);
        if (out.length > MAX_BRACE_EXPANSIONS)
          throw new Error(`the braces expand to more than ${MAX_BRACE_EXPANSIONS} patterns`);
      }
    }
  }
  return out;
}

function findUnescaped(text: string, char: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === char) return i;
  }
  return -1;
}

/** `[...]` starting at `start` (the `[`): the test and the index after `]`. */
function parseClass(segment: string, start: number): { test: CharTest; end: number } {
  let i = start + 1;
  // Like picomatch, only `^` negates (`[!a]` is a class of `!` and `a`).
  const negated = segment[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  let first = true;
  for (; i < segment.length; i++) {
    let c = segment[i];
    if (c === ']' && !first) break;
    first = false;
    if (c === '\\' && i + 1 < segment.length) c = segment[++i];
    if (segment[i + 1] === '-' && i + 2 < segment.length && segment[i + 2] !== ']') {
      let hi = segment[i + 2];
      i += 2;
      if (hi === '\\' && i + 1 < segment.length) hi = segment[++i];
      ranges.push([c, hi]);
    } else ranges.push([c, c]);
  }
  if (i >= segment.length) throw new Error('Missing closing: "]"');
  const inClass = (c: string) => ranges.some(([lo, hi]) => c >= lo && c <= hi);
  return { test: negated ? (c) => c !== '/' && !inClass(c) : inClass, end: i + 1 };
}

function parseSegment(segment: string): Segment {
  if (segment === '**') return { kind: 'globstar' };
  const tokens: SegmentToken[] = [];
  for (let i = 0; i < segment.length;) {
    const c = segment[i];
    if (c === '*') {
      // `a**b` inside a segment is one star; consecutive stars collapse.
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
      i++;
    } else if (c === '?') {
      tokens.push({ kind: 'char', test: () => true });
      i++;
    } else if (c === '[') {
      const { test, end } = parseClass(segment, i);
      tokens.push({ kind: 'char', test });
      i = end;
    } else {
      const literal = c === '\\' && i + 1 < segment.length ? segment[i + 1] : c;
      tokens.push({ kind: 'char', test: (x) => x === literal });
      i += c === '\\' ? 2 : 1;
    }
  }
  return { kind: 'tokens', tokens };
}

/** Wildcard match of one segment: greedy with a single backtrack point, O(tokens × text) at worst. */
function matchSegment(tokens: readonly SegmentToken[], text: string): boolean {
  let t = 0;
  let s = 0;
  let starT = -1;
  let starS = 0;
  while (s < text.length) {
    const token = tokens[t];
    if (token?.kind === 'char' && token.test(text[s])) {
      t++;
      s++;
    } else if (token?.kind === 'star') {
      starT = t++;
      starS = s;
    } else if (starT >= 0) {
      t = starT + 1;
      s = ++starS;
    } else return false;
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}

/** Splits on unescaped `/` (an escaped one stays in its segment, escaped). */
function splitSegments(pattern: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\' && i + 1 < pattern.length) {
      current += pattern.slice(i, i + 2);
      i++;
    } else if (pattern[i] === '/') {
      out.push(current);
      current = '';
    } else current += pattern[i];
  }
  out.push(current);
  return out;
}

/** Segment-level match with `**` (memoised over pattern × path segments, so linear in their product). */
function matchSegments(pattern: readonly Segment[], path: readonly string[]): boolean {
  const memo = new Map<number, boolean>();
  const width = path.length + 1;
  const go = (p: number, s: number): boolean => {
    const key = p * width + s;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    const segment = pattern[p];
    if (segment === undefined) result = s === path.length;
    else if (segment.kind === 'globstar') result = go(p + 1, s) || (s < path.length && go(p, s + 1));
    else result = s < path.length && matchSegment(segment.tokens, path[s]) && go(p + 1, s + 1);
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

/** Compiles one glob (already validated) into a predicate over `/`-separated relative paths. */
export function compileGlob(pattern: string): (path: string) => boolean {
  if (pattern.length > MAX_GLOB_LENGTH)
    throw new Error(`the pattern is longer than ${MAX_GLOB_LENGTH} characters`);
  const negated = pattern.startsWith('!') && !pattern.startsWith('!(');
  const body = negated ? pattern.slice(1) : pattern;
  const alternatives = expandBraces(body).map((p) => splitSegments(p).map(parseSegment));
  return (path) => {
    const segments = path.split('/');
    const hit = alternatives.some((segs) => matchSegments(segs, segments));
    return negated ? !hit : hit;
  };
}
