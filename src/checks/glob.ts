import picomatch from 'picomatch';
import { compileGlob, MAX_GLOB_LENGTH } from './glob-engine.js';

/** A glob in a check rule that cannot be used, with the reason in words. */
export class GlobError extends Error {
  constructor(
    readonly pattern: string,
    readonly why: string,
  ) {
    super(`invalid glob ${JSON.stringify(pattern)}: ${why}`);
    this.name = 'GlobError';
  }
}

const OPTIONS: picomatch.PicomatchOptions = {
  // Fail on `[abc`, `a{b`, `foo(` instead of silently matching nothing.
  strictBrackets: true,
  // `**/*.yml` should reach `.github/workflows/ci.yml`: changed-file lists contain dotfiles.
  dot: true,
};

/** The reason a pattern is unusable, or `null` when it is fine. */
export function globProblem(pattern: unknown): string | null {
  if (typeof pattern !== 'string')
    return `expected a string, got ${pattern === null ? 'null' : typeof pattern}`;
  if (pattern.trim() === '') return 'the pattern is empty';
  if (pattern.length > MAX_GLOB_LENGTH) return `the pattern is longer than ${MAX_GLOB_LENGTH} characters`;
  if (pattern !== pattern.trim()) return 'the pattern has leading or trailing spaces';
  if (pattern.startsWith('/')) return 'paths are relative to the repository root: drop the leading "/"';
  if (/(^|\/)\.\.(\/|$)/.test(pattern)) return '".." cannot match: paths are relative to the repository root';
  if (/\\(?![[\]{}()*?!+@|\\])/.test(pattern)) {
    return 'use "/" as the path separator; "\\" only escapes a special character';
  }
  let re: RegExp;
  try {
    re = picomatch.makeRe(stripDotSlash(pattern), OPTIONS);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  // picomatch returns a never-matching regex for patterns it cannot parse (e.g. a trailing backslash).
  if (re.source === '$^') return 'the pattern cannot match any path';
  // picomatch only validates: matching uses the linear engine, which has no groups or extglobs.
  if (/(^|[^\\])[()|]/.test(pattern)) {
    return 'groups and extglobs ("(", ")", "|") are not supported: list alternatives as {a,b}, or escape the character';
  }
  try {
    compileGlob(stripDotSlash(pattern));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return null;
}

/** Throws a GlobError for the first unusable pattern. */
export function assertGlobs(patterns: readonly string[]): void {
  for (const pattern of patterns) {
    const why = globProblem(pattern);
    if (why !== null) throw new GlobError(pattern, why);
  }
}

/**
 * A matcher for any of the patterns; throws a GlobError for an unusable one. Matching takes time bounded by
 * pattern length × path length (glob-engine.ts), whatever file names the pull request brings.
 */
export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  assertGlobs(patterns);
  const matchers = patterns.map((p) => compileGlob(stripDotSlash(p)));
  return (path) => {
    const normalised = stripDotSlash(path.replace(/\\/g, '/'));
    return matchers.some((m) => m(normalised));
  };
}

/** The changed files that match any of the patterns. */
export function matchingFiles(files: readonly string[], patterns: readonly string[]): string[] {
  const matches = globMatcher(patterns);
  return files.filter(matches);
}

function stripDotSlash(path: string): string {
  return path.replace(/^(\.\/)+/, '');
}
