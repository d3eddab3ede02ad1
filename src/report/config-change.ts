import type { ResolvedConfig } from '../spec/config.js';
import { escapeText } from './escape.js';

/** The gate rules of each suite, one line each, for showing what a pull request changed. */
function gateLines(config: ResolvedConfig): Map<string, string[]> {
  return new Map(
    config.suites.map((s) => [
      s.name,
      [`mode: ${s.mode}`, ...s.gates.map((g) => `${g.severity}: ${g.text}`)],
    ]),
  );
}

/** A suite setting the pull request changes that stays as the base has it until merge (config/gating-config). */
export interface DefinitionChange {
  readonly suite: string;
  readonly setting: string;
  readonly base: string;
  readonly head: string;
}

/**
 * Markdown that says the pull request changes the config: old vs new gates per suite, then each definition
 * setting (slices, min_support, fields, ...) it changes, which the evaluation keeps at the base's value until
 * merge. Empty when nothing that decides the gate differs.
 */
export function configChangeMarkdown(
  base: ResolvedConfig,
  head: ResolvedConfig,
  definitions: readonly DefinitionChange[] = [],
): string {
  if (base.fingerprint === head.fingerprint) return '';
  const before = gateLines(base);
  const after = gateLines(head);
  const lines = [
    '> [!NOTE]',
    '> This pull request changes the evalgate config. Gates are enforced as the **base branch** has them; the new ones apply after merge.',
  ];
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
    (name) => JSON.stringify(before.get(name)) !== JSON.stringify(after.get(name)),
  );
  for (const name of changed) {
    lines.push('>', `> **${escapeText(name)}**`);
    const old = before.get(name);
    const next = after.get(name);
    lines.push(`> - base: ${old ? old.map(escapeText).join('; ') || 'no gates' : 'no such suite'}`);
    lines.push(`> - this PR: ${next ? next.map(escapeText).join('; ') || 'no gates' : 'suite removed'}`);
  }
  if (definitions.length > 0) lines.push('>');
  for (const d of definitions)
    lines.push(
      `> - this PR changes ${escapeText(d.setting)} ${escapeText(d.base)} → ${escapeText(d.head)} for suite ${escapeText(d.suite)}: evaluated with the base branch's value until merged`,
    );
  if (changed.length === 0 && definitions.length === 0) return '';
  return lines.join('\n');
}
