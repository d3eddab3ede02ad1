import type { ResolvedBaselineSettings } from '../../spec/config.js';
import type { EvalgateResult } from '../../generated/result.js';
import { InputError } from '../../io/errors.js';
import { api } from '../api-errors.js';
import { downloadResultArtifact, findRunArtifact } from '../baseline-store.js';
import type { RepoRef } from '../events.js';
import type { Octokit } from '../octokit.js';
import { ArtifactContentError } from '../zip.js';

/** Push runs scanned (newest first) for ones old enough. */
const MAX_RUNS_SCANNED = 1000;

export interface WatchBaseline {
  readonly result: EvalgateResult;
  readonly sha: string;
  readonly createdAt: string;
  readonly source: string;
  /** What the watch compares with, in words for the issue ("the newest baseline at least 7 days old"). */
  readonly basis: string;
}

/** A push run as the runs list has it (the fields the watch reads). */
interface PushRun {
  readonly id: number;
  readonly run_number: number;
  readonly head_sha: string;
  readonly created_at: string;
}

/**
 * The first of the runs (in order) with an unexpired result artifact of the configured name, downloaded and
 * validated; undefined when none has one. An artifact that is there but unusable stops the search: the
 * watch reports it rather than comparing with an older run silently.
 */
export async function firstUsableBaseline(
  octokit: Octokit,
  repo: RepoRef,
  settings: ResolvedBaselineSettings,
  runs: readonly PushRun[],
  where: string,
  basis: string,
): Promise<WatchBaselineOutcome | undefined> {
  for (const run of runs) {
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
          source: `artifact '${settings.artifact}' of push run #${run.run_number} (id ${run.id}, ${run.created_at.slice(0, 10)}) ${where}`,
          basis,
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
  return undefined;
}

export type WatchBaselineOutcome =
  | { readonly found: true; readonly baseline: WatchBaseline }
  | { readonly found: false; readonly reason: string };

/**
 * The default branch's result of `days` days ago: the newest successful push run on the branch created at or
 * before the cut-off, of this repository's own commits, with an unexpired artifact of the configured name.
 * Runs come newest first, 100 a page; newer ones are passed over on the client (GitHub's `created` filter
 * takes `<=date`, but its OpenAPI description only allows a plain date-time there).
 */
export async function baselineDaysAgo(
  octokit: Octokit,
  repo: RepoRef,
  settings: ResolvedBaselineSettings,
  branch: string,
  days: number,
  now: Date,
): Promise<WatchBaselineOutcome> {
  const cutoff = now.getTime() - days * 86_400_000;
  const cutoffText = new Date(cutoff).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const filters = {
    owner: repo.owner,
    repo: repo.repo,
    branch,
    event: 'push',
    status: 'success' as const,
    exclude_pull_requests: true,
    per_page: 100,
  };
  const runsOf = settings.workflow ?? 'any workflow';
  const candidates = await api(
    `Listing the push runs of ${runsOf} on ${branch}`,
    'actions: read',
    async () => {
      const pages =
        settings.workflow === undefined
          ? octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunsForRepo, filters)
          : octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
              ...filters,
              workflow_id: settings.workflow,
            });
      const found = [];
      let seen = 0;
      for await (const page of pages) {
        for (const run of page.data) {
          seen += 1;
          // A fork's branch can be called main too: only runs of this repository's own commits count.
          if (repo.id !== undefined && run.head_repository?.id !== repo.id) continue;
          if (Date.parse(run.created_at) <= cutoff) found.push(run);
        }
        if (found.length >= 10 || seen >= MAX_RUNS_SCANNED) break;
      }
      return found;
    },
  );
  const found = await firstUsableBaseline(
    octokit,
    repo,
    settings,
    candidates,
    `on ${branch}`,
    `the newest baseline at least ${days} days old`,
  );
  if (found) return found;
  return {
    found: false,
    reason: `no successful push run of ${runsOf} on ${branch} from ${days} or more days ago (before ${cutoffText}) has an unexpired '${settings.artifact}' artifact`,
  };
}
