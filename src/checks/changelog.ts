import { normaliseHeading, parseMarkdown, sectionEnd } from './markdown.js';

const BULLET = /^\s*[-*+][ \t]+(.*\S)\s*$/;

/**
 * The bullet lines under the `## [Unreleased]` heading of a Keep a Changelog file (including those under its
 * `### Added`/`### Fixed` subheadings), whitespace-collapsed; `null` when there is no such heading.
 */
export function unreleasedEntries(changelog: string): string[] | null {
  const doc = parseMarkdown(changelog);
  const index = doc.headings.findIndex((h) => /^unreleased\b/.test(normaliseHeading(h.text)));
  if (index < 0) return null;
  const entries: string[] = [];
  for (let i = doc.headings[index].bodyStart; i < sectionEnd(doc, index); i++) {
    const match = BULLET.exec(doc.lines[i]);
    if (match) entries.push(match[1].replace(/\s+/g, ' '));
  }
  return entries;
}

export type ChangelogDiff = { ok: true; added: string[] } | { ok: false; reason: string };

/**
 * The Unreleased entries in head that base does not have (as a multiset, so a repeated line counts).
 * A changelog that is new in the PR (`base` null) has all its Unreleased entries added.
 */
export function addedUnreleasedEntries(head: string, base: string | null): ChangelogDiff {
  const headEntries = unreleasedEntries(head);
  if (headEntries === null) return { ok: false, reason: 'has no "## [Unreleased]" section' };
  const remaining = new Map<string, number>();
  for (const entry of (base === null ? null : unreleasedEntries(base)) ?? []) {
    remaining.set(entry, (remaining.get(entry) ?? 0) + 1);
  }
  const added: string[] = [];
  for (const entry of headEntries) {
    const left = remaining.get(entry) ?? 0;
    if (left > 0) remaining.set(entry, left - 1);
    else added.push(entry);
  }
  return { ok: true, added };
}
