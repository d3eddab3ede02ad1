import type { ResolvedConfig } from '../spec/config.js';
import { parseConfig } from '../config/load.js';
import { escapeText } from '../report/escape.js';
import type { RepoRef } from './events.js';
import type { Octokit } from './octokit.js';
import { readRepoFile } from './repo-files.js';

/**
 * The config as the base branch has it, read through the API at the base commit, so a pull request cannot
 * weaken the gate it is judged by. Undefined when the base branch has no config yet.
 */
export async function loadBaseConfig(
  octokit: Octokit,
  repo: RepoRef,
  path: string,
  baseSha: string,
  root: string,
): Promise<ResolvedConfig | undefined> {
  const text = await readRepoFile(octokit, repo, path, baseSha);
  if (text === undefined) return undefined;
  return parseConfig(text, `${path} (base ${baseSha.slice(0, 7)})`, root);
}

/** The gate rules of each suite, one line each, for showing what a pull request changed. */
function gateLines(config: ResolvedConfig): Map<string, string[]> {
  return new Map(
    config.suites.map((s) => [
      s.name,
      [`mode: ${s.mode}`, ...s.gates.map((g) => `${g.severity}: ${g.text}`)],
    ]),
  );
}

/**
 * Markdown that says the pull request changes the config, with old vs new gates per suite; empty when the
 * two configs are the same.
 */
export function configChangeMarkdown(base: ResolvedConfig, head: ResolvedConfig): string {
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
  if (changed.length === 0) lines.push('>', '> The gates are unchanged (other settings differ).');
  return lines.join('\n');
}
