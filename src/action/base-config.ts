import type { ResolvedConfig } from '../spec/config.js';
import { parseConfig } from '../config/load.js';
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
