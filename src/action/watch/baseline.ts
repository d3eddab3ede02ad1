import type { ResolvedBaselineSettings } from '../../config/types.js';
import type { EvalgateResult } from '../../generated/result.js';
import { InputError } from '../../io/errors.js';
import { api } from '../api-errors.js';
import { downloadResultArtifact, findRunArtifact } from '../baseline-store.js';
import type { RepoRef } from '../events.js';
import type { Octokit } from '../octokit.js';
import { ArtifactContentError } from '../zip.js';

/** Runs looked at (newest first, before the cut-off) for one with the artifact. */
const MAX_RUNS = 100;

export interface WatchBaseline {
  readonly result: EvalgateResult;
  readonly sha: string;
  readonly createdAt: string;
  readonly source: string;
}

export type WatchBaselineOutcome =
  | { readonly found: true; readonly baseline: WatchBaseline }
  | { readonly found: false; readonly reason: string };

/**
 * The default branch's result of `days` days ago: the newest successful push run on the branch created at or
 * before the cut-off (GitHub's `created=<=…` filter), of this repository's own commits, with an unexpired
 * artifact of the configured name.
 */
export async function baselineDaysAgo(
  octokit: Octokit,
  repo: RepoRef,
  settings: ResolvedBaselineSettings,
  branch: string,
  days: number,
  now: Date,
): Promise<WatchBaselineOutcome> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const filters = {
    owner: repo.owner,
    repo: repo.repo,
    branch,
    event: 'push',
    status: 'success' as const,
    created: `<=${cutoff}`,
    exclude_pull_requests: true,
    per_page: MAX_RUNS,
  };
  const runsOf = settings.workflow ?? 'any workflow';
  const { data } = await api(`Listing the push runs of ${runsOf} on ${branch}`, 'actions: read', () =>
    settings.workflow === undefined
      ? octokit.rest.actions.listWorkflowRunsForRepo(filters)
      : octokit.rest.actions.listWorkflowRuns({ ...filters, workflow_id: settings.workflow }),
  );
  for (const run of data.workflow_runs) {
    // A fork's branch can be called main too: only runs of this repository's own commits count.
    if (repo.id !== undefined && run.head_repository?.id !== repo.id) continue;
    const artifact = await findRunArtifact(octokit, repo, run.id, settings.artifact);
    if (!artifact) continue;
    try {
      const result = await downloadResultArtifact(octokit, repo, artifact);
      return {
        found: true,
        baseline: {
          result,
          sha: run.head_sha,
          createdAt: run.created_at,
          source: `artifact '${settings.artifact}' of push run #${run.run_number} (id ${run.id}, ${run.created_at.slice(0, 10)}) on ${branch}`,
        },
      };
    } catch (error) {
      if (error instanceof ArtifactContentError || error instanceof InputError)
        return {
          found: false,
          reason: `the baseline artifact of run ${run.id} is unusable: ${error.message}`,
        };
      throw error;
    }
  }
  return {
    found: false,
    reason: `no successful push run of ${runsOf} on ${branch} from ${days} or more days ago (before ${cutoff}) has an unexpired '${settings.artifact}' artifact`,
  };
}
