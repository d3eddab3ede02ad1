import { relative, sep } from 'node:path';
import { compareResults } from '../../compare/compare.js';
import { DEFAULT_BASELINE } from '../../config/load.js';
import type { ResolvedConfig } from '../../spec/config.js';
import type { Comparison } from '../../generated/comparison.js';
import { InputError } from '../../io/errors.js';
import { api } from '../api-errors.js';
import { loadBaseConfig } from '../base-config.js';
import {
  downloadResultArtifact,
  findBaseline,
  findRunArtifact,
  type ArtifactRef,
} from '../baseline-store.js';
import type { RepoRef } from '../events.js';
import type { ActionSettings } from '../inputs.js';
import type { Octokit } from '../octokit.js';
import type { LivePull } from '../pull-recovery.js';
import { ArtifactContentError } from '../zip.js';

/** Pull request runs of the head looked at for the result artifact. */
const MAX_HEAD_RUNS = 20;

export interface HeadRun {
  readonly runId: number;
  readonly runNumber: number;
  readonly artifact: ArtifactRef;
}

/** The config's path inside the repository, for the contents API. */
export function repoConfigPath(settings: ActionSettings): string {
  return relative(settings.workspace, settings.configPath).split(sep).join('/');
}

/** The base branch's config at the pull request's base commit (the gates in force), or why there is none. */
export async function baseConfigOf(
  octokit: Octokit,
  repo: RepoRef,
  settings: ActionSettings,
  pull: LivePull,
): Promise<ResolvedConfig | string> {
  const path = repoConfigPath(settings);
  const config = await loadBaseConfig(octokit, repo, path, pull.baseSha, settings.workspace);
  return config ?? `the base branch (${pull.baseRef}) has no ${path}`;
}

/**
 * The newest pull_request run of this head commit that uploaded the result artifact: the run `rerun` repeats
 * and whose result `explain` and `override` read.
 */
export async function latestHeadRun(
  octokit: Octokit,
  repo: RepoRef,
  headSha: string,
  artifactName: string,
): Promise<HeadRun | undefined> {
  const { data } = await api(`Listing the runs of ${headSha.slice(0, 7)}`, 'actions: read', () =>
    octokit.rest.actions.listWorkflowRunsForRepo({
      owner: repo.owner,
      repo: repo.repo,
      head_sha: headSha,
      event: 'pull_request',
      per_page: MAX_HEAD_RUNS,
    }),
  );
  for (const run of data.workflow_runs) {
    const artifact = await findRunArtifact(octokit, repo, run.id, artifactName);
    if (artifact) return { runId: run.id, runNumber: run.run_number, artifact };
  }
  return undefined;
}

export type HeadComparison =
  | { readonly ok: true; readonly comparison: Comparison; readonly source: string; readonly run: HeadRun }
  | { readonly ok: false; readonly reason: string };

/**
 * The comparison of the pull request's current head, recomputed here the way the fork workflow_run job does
 * it: the head result from the newest pull_request run's artifact (data only, validated, and required to be
 * for this head), the baseline and the gates from the base branch. Nothing from the pull request runs.
 */
export async function headComparison(
  octokit: Octokit,
  repo: RepoRef,
  config: ResolvedConfig,
  pull: LivePull,
  log: (line: string) => void,
): Promise<HeadComparison> {
  const settings = config.baseline ?? DEFAULT_BASELINE;
  const run = await latestHeadRun(octokit, repo, pull.headSha, settings.artifact);
  if (!run) {
    return {
      ok: false,
      reason: `no pull_request run of ${pull.headSha.slice(0, 7)} uploaded a '${settings.artifact}' artifact yet`,
    };
  }
  let head;
  try {
    head = await downloadResultArtifact(octokit, repo, run.artifact);
  } catch (error) {
    if (error instanceof ArtifactContentError || error instanceof InputError)
      return { ok: false, reason: `the head result of run ${run.runId} is unusable: ${error.message}` };
    throw error;
  }
  if (head.git?.sha !== pull.headSha) {
    return {
      ok: false,
      reason: `run ${run.runId}'s result is for ${head.git?.sha?.slice(0, 7) ?? 'an unknown commit'}, not the head ${pull.headSha.slice(0, 7)}`,
    };
  }
  const baseline = await findBaseline(octokit, {
    settings,
    repo,
    branch: settings.branch ?? pull.baseRef,
    baseSha: pull.baseSha,
    headSha: pull.headSha,
    log,
  });
  if (!baseline.found) return { ok: false, reason: `no baseline: ${baseline.reason}` };
  const comparison = compareResults(baseline.baseline.result, head, config);
  return {
    ok: true,
    comparison,
    run,
    source: `head result of run ${run.runId} vs baseline ${baseline.baseline.sha.slice(0, 7)}, recomputed under the base branch's gates`,
  };
}
