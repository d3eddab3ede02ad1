import { escapeCell } from '../report/escape.js';

/**
 * The audit trail of `/evalgate override`: who let which head commit pass, when, why, over which failing gates.
 * It lives in a hidden, machine-readable block at the end of the bot's own sticky comment (base64 JSON, so no
 * comment text can close the HTML comment early) and is rendered as an "Overrides" section above it. Later
 * report updates carry the block over; an override counts only for the head commit it was given on.
 */
export interface OverrideRecord {
  /** GitHub login of the user who overrode. */
  readonly user: string;
  readonly reason: string;
  /** ISO 8601 time of the command. */
  readonly at: string;
  /** The pull request head the override was given on; it expires when the head moves. */
  readonly headSha: string;
  /** The failing gates (and a gate change) at that head, in words. */
  readonly failing: readonly string[];
  /** The command comment, for the record. */
  readonly commentUrl?: string;
}

/** Records kept in the block; older ones are dropped (each also sits in its run's job summary). */
export const MAX_OVERRIDES_KEPT = 20;
/** Reason text kept per record. */
export const MAX_REASON_CHARS = 500;

const SECTION_START = '<!-- evalgate:overrides-start -->';
const DATA_PATTERN = /<!-- evalgate:overrides v1 ([A-Za-z0-9+/=]*) -->/;

const isString = (v: unknown): v is string => typeof v === 'string';

function recordOf(value: unknown): OverrideRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  if (!isString(r.user) || !isString(r.reason) || !isString(r.at) || !isString(r.headSha)) return undefined;
  if (!/^[0-9a-f]{40}$/.test(r.headSha) || Number.isNaN(Date.parse(r.at))) return undefined;
  if (!Array.isArray(r.failing) || !r.failing.every(isString)) return undefined;
  return {
    user: r.user,
    reason: r.reason.slice(0, MAX_REASON_CHARS),
    at: r.at,
    headSha: r.headSha,
    failing: r.failing,
    ...(isString(r.commentUrl) ? { commentUrl: r.commentUrl } : {}),
  };
}

/** The records in a comment body; a missing or unreadable block gives none. */
export function readOverrides(body: string | null | undefined): OverrideRecord[] {
  const match = DATA_PATTERN.exec(body ?? '');
  if (!match) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(match[1], 'base64').toString('utf8'));
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.map(recordOf).filter((r): r is OverrideRecord => r !== undefined);
}

/** The body without its Overrides section and data block. */
export function stripOverrides(body: string): string {
  const start = body.indexOf(SECTION_START);
  const cut = start === -1 ? body : body.slice(0, start);
  return cut.replace(DATA_PATTERN, '').replace(/\s+$/, '') + '\n';
}

/** The override that lets this head pass: the newest one given on it. */
export function activeOverride(
  records: readonly OverrideRecord[],
  headSha: string,
): OverrideRecord | undefined {
  return [...records].reverse().find((r) => r.headSha === headSha);
}

function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/**
 * The "Overrides" section: newest first, each marked active (this head), expired (the head moved on), or
 * not covering (the report shows failures the override was not given over: `activeCovers` false).
 */
export function overridesMarkdown(
  records: readonly OverrideRecord[],
  currentHeadSha: string,
  activeCovers = true,
): string {
  if (records.length === 0) return '';
  const active = activeOverride(records, currentHeadSha);
  const rows = [...records].reverse().map((r) => {
    const state =
      r === active
        ? activeCovers
          ? '✅ active'
          : '⚠️ does not cover the new failures'
        : r.headSha === currentHeadSha
          ? 'superseded'
          : 'expired (new push)';
    const failing = r.failing.length > 0 ? r.failing.map(escapeCell).join('; ') : '–';
    return `| ${escapeCell(r.at.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC'))} | ${escapeCell(`@${r.user}`)} | \`${shortSha(r.headSha)}\` | ${failing} | ${escapeCell(r.reason)} | ${state} |`;
  });
  return [
    '#### Overrides',
    '',
    'An override lets one head commit pass despite its failing gates; it expires when the pull request gets a new commit.',
    '',
    '| when | by | head | failing gates | reason | state |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The hidden block holding the records (the newest MAX_OVERRIDES_KEPT). */
export function overridesDataLine(records: readonly OverrideRecord[]): string {
  const kept = records.slice(-MAX_OVERRIDES_KEPT);
  return `<!-- evalgate:overrides v1 ${Buffer.from(JSON.stringify(kept), 'utf8').toString('base64')} -->`;
}

/**
 * The comment body with the Overrides section and the data block (replacing any old ones) at its end. With no
 * records it is the body unchanged, so a pull request that was never overridden gets no section.
 */
export function withOverrides(
  body: string,
  records: readonly OverrideRecord[],
  currentHeadSha: string,
  activeCovers = true,
): string {
  const base = stripOverrides(body);
  if (records.length === 0) return base;
  const kept = records.slice(-MAX_OVERRIDES_KEPT);
  return `${base}\n${SECTION_START}\n\n${overridesMarkdown(kept, currentHeadSha, activeCovers)}\n\n${overridesDataLine(kept)}\n`;
}

/** Characters the Overrides section and block add to a report (kept out of the report's size budget). */
export function overridesLength(records: readonly OverrideRecord[], currentHeadSha: string): number {
  return withOverrides('', records, currentHeadSha).length;
}

/**
 * A report about to replace an older one keeps the older one's overrides: the hook for the sticky comment's
 * update. The marker's head decides which override is active; `activeCovers` false when the new report
 * fails on more than the active override was given over.
 */
export function carryOverrides(
  newBody: string,
  oldBody: string | null | undefined,
  headSha: string,
  activeCovers = true,
): string {
  return withOverrides(newBody, readOverrides(oldBody), headSha, activeCovers);
}

/** Failing items kept in a report's block (each also in the report itself). */
export const MAX_FAILING_ITEMS = 100;
const FAILING_PATTERN = /<!-- evalgate:failing v1 ([A-Za-z0-9+/=]*) -->/;

/**
 * The hidden line a report carries with what made its run fail (report/run-decision `failingItems`), so an
 * override records exactly what the report it was given on showed failing, in the words a re-run compares.
 */
export function failingDataLine(items: readonly string[]): string {
  const kept = items.slice(0, MAX_FAILING_ITEMS).map((item) => item.slice(0, MAX_REASON_CHARS));
  return `<!-- evalgate:failing v1 ${Buffer.from(JSON.stringify(kept), 'utf8').toString('base64')} -->`;
}

/** The failing items of a report; undefined when it has no readable block (a report of an older version). */
export function readFailing(body: string | null | undefined): string[] | undefined {
  const match = FAILING_PATTERN.exec(body ?? '');
  if (!match) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(match[1], 'base64').toString('utf8'));
    return Array.isArray(parsed) && parsed.every(isString) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
