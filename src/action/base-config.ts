import type { ResolvedConfig } from '../spec/config.js';
import { gateChange, gatePolicyLines, type GateChange } from '../bot/gate-change.js';
import { parseConfig } from '../config/load.js';
import { InputError } from '../io/errors.js';
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

/**
 * What the pull request's own config changes in the gates, read at its head commit through the API (never
 * run): for the workflow_run job, which has no checkout of the fork, and for the override command. A config
 * the pull request removes or breaks is a change too.
 */
export async function headGateChange(
  octokit: Octokit,
  repo: RepoRef,
  path: string,
  base: ResolvedConfig,
  headSha: string,
  root: string,
): Promise<GateChange> {
  const text = await readRepoFile(octokit, repo, path, headSha);
  if (text === undefined)
    return { changed: true, removed: gatePolicyLines(base), added: [`(the pull request removes ${path})`] };
  try {
    return gateChange(base, parseConfig(text, `${path} (head ${headSha.slice(0, 7)})`, root));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      changed: true,
      removed: [],
      added: [`(the pull request's ${path} is invalid: ${error.message})`],
    };
  }
}
