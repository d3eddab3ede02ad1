// The trend's data (issue #13): earlier baselines' overall metric values, read from the artifacts of older
// successful runs on the branch with a bounded number of API calls, and cached in the results themselves
// (`history`), so a result that carries its history costs a pull request no call at all.
import type { HistoryPoint } from '../generated/result.js';
import { InputError } from '../io/errors.js';
import { HISTORY_LENGTH, historyPoint, skippedPoint } from '../result/history.js';
import { api, GitHubApiError } from './api-errors.js';
import { BASELINE_EVENTS, downloadResultArtifact, type Baseline } from './baseline-store.js';
import type { RepoRef } from './events.js';
import type { Octokit } from './octokit.js';
import { isOwnRun } from './own-runs.js';
import { ArtifactContentError } from './zip.js';

/**
 * The most API calls one run spends on the history: 1 listing of the branch's newest 100 successful runs,
 * then per older run 1 listing of its artifacts and, when it has the baseline artifact, 1 download. With
 * HISTORY_LENGTH = 10 earlier baselines that carry no history: 1 + 2 × 10 = 21; runs without the artifact
 * cost 1 each, up to this cap.
 */
export const MAX_HISTORY_CALLS = 25;

export interface HistoryQuery {
  readonly repo: RepoRef;
  readonly branch: string;
  /** The baseline artifact's name, and the workflow whose runs publish it (any workflow when undefined). */
  readonly artifact: string;
  readonly workflow: string | undefined;
  /** Only runs older than this one count: the compared baseline's run, or the running push run. */
  readonly beforeRunId: number;
  readonly log: (line: string) => void;
}

export interface FetchedHistory {
  /** Oldest first, at most HISTORY_LENGTH. */
  readonly points: HistoryPoint[];
  /** API calls spent. */
  readonly calls: number;
}

/**
 * Earlier baselines, newest run first until HISTORY_LENGTH are known: each a point with its overall values,
 * or a skipped point saying why (expired artifact, unreadable result). The first downloaded result that
 * carries its own history ends the walk: that history holds the rest. Throws GitHubApiError only when the
 * run listing fails; a failing run is a skipped point.
 */
export async function fetchHistory(octokit: Octokit, query: HistoryQuery): Promise<FetchedHistory> {
  let calls = 0;
  const { repo } = query;
  const filters = {
    owner: repo.owner,
    repo: repo.repo,
    branch: query.branch,
    status: 'success' as const,
    exclude_pull_requests: true,
    per_page: 100,
  };
  calls += 1;
  const { data } = await api(`Listing the runs on ${query.branch} for the trend`, 'actions: read', () =>
    query.workflow === undefined
      ? octokit.rest.actions.listWorkflowRunsForRepo(filters)
      : octokit.rest.actions.listWorkflowRuns({ ...filters, workflow_id: query.workflow }),
  );
  const runs = data.workflow_runs.filter(
    (run) => run.id < query.beforeRunId && BASELINE_EVENTS.includes(run.event) && isOwnRun(run, repo),
  );
  const newestFirst: HistoryPoint[] = [];
  for (const run of runs) {
    if (newestFirst.length >= HISTORY_LENGTH) break;
    if (calls + 2 > MAX_HISTORY_CALLS) {
      query.log(`Trend: stopped after ${calls} API calls (the cap is ${MAX_HISTORY_CALLS}).`);
      break;
    }
    const ref = { id: run.id, number: run.run_number };
    const skip = (reason: string) => {
      query.log(`Trend: run #${run.run_number} (${run.head_sha.slice(0, 7)}) is skipped: ${reason}.`);
      newestFirst.push(skippedPoint(run.head_sha, ref, reason));
    };
    let artifacts;
    try {
      calls += 1;
      artifacts = (
        await api(`Listing the artifacts of run ${run.id}`, 'actions: read', () =>
          octokit.rest.actions.listWorkflowRunArtifacts({
            owner: repo.owner,
            repo: repo.repo,
            run_id: run.id,
            name: query.artifact,
            per_page: 100,
          }),
        )
      ).data.artifacts.filter((a) => a.name === query.artifact);
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      skip(`its artifacts could not be listed (${error.message})`);
      continue;
    }
    // a run of another workflow, or one that uploaded no result: not a baseline
    if (artifacts.length === 0) continue;
    const live = artifacts.find((a) => !a.expired);
    if (!live) {
      skip(`its '${query.artifact}' artifact has expired`);
      continue;
    }
    try {
      calls += 1;
      const result = await downloadResultArtifact(octokit, repo, {
        id: live.id,
        name: live.name,
        size: live.size_in_bytes,
        digest: live.digest ?? null,
        runId: run.id,
      });
      newestFirst.push(historyPoint(result, run.head_sha, ref));
      if (result.history !== undefined) {
        const points = [...result.history, ...newestFirst.reverse()].slice(-HISTORY_LENGTH);
        return { points, calls };
      }
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 410)
        skip(`its '${query.artifact}' artifact has expired`);
      else if (
        error instanceof GitHubApiError ||
        error instanceof ArtifactContentError ||
        error instanceof InputError
      )
        skip(`its result could not be read (${error.message})`);
      else throw error;
    }
  }
  return { points: newestFirst.reverse(), calls };
}

/**
 * The history for a result or a baseline; a failed lookup is a warning and no history, never a failed run.
 * `warn` gets the one line saying so.
 */
export async function lookUpHistory(
  octokit: Octokit,
  query: HistoryQuery,
  warn: (line: string) => void,
): Promise<HistoryPoint[] | undefined> {
  try {
    const { points, calls } = await fetchHistory(octokit, query);
    query.log(`Trend: ${points.length} earlier baseline(s) found with ${calls} API call(s).`);
    return points.length ? points : undefined;
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    warn(`The trend over earlier baselines is left out: ${error.message}`);
    return undefined;
  }
}

/**
 * Gives a found baseline its history: the one it carries (no API call), else the earlier baselines before
 * its run, fetched. A baseline from a committed file has no run to start from: no trend.
 */
export async function attachHistory(
  octokit: Octokit,
  baseline: Baseline,
  query: Omit<HistoryQuery, 'beforeRunId'>,
  warn: (line: string) => void,
): Promise<void> {
  if (baseline.result.history !== undefined) {
    query.log(
      `Trend: the baseline carries ${baseline.result.history.length} earlier baseline(s); no API call.`,
    );
    return;
  }
  if (baseline.runId === undefined) return;
  const history = await lookUpHistory(octokit, { ...query, beforeRunId: baseline.runId }, warn);
  if (history) baseline.result.history = history;
}
