import { api } from './api-errors.js';
import { labelNames, type RepoRef, type WorkflowRunInfo } from './events.js';
import type { Octokit } from './octokit.js';

/** The pull request as GitHub has it now (never as a payload or an artifact claims it). */
export interface LivePull {
  readonly number: number;
  readonly state: string;
  readonly headSha: string;
  readonly headRef: string;
  readonly headRepoId: number | undefined;
  readonly baseSha: string;
  readonly baseRef: string;
  /** The PR description; a PR without one has `''`. */
  readonly body: string;
  readonly labels: readonly string[];
  readonly changedFiles: number | undefined;
}

export async function getPull(octokit: Octokit, repo: RepoRef, number: number): Promise<LivePull> {
  const { data } = await api(`Reading pull request #${number}`, 'pull-requests: read', () =>
    octokit.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: number }),
  );
  return {
    number: data.number,
    state: data.state,
    headSha: data.head.sha,
    headRef: data.head.ref,
    headRepoId: data.head.repo?.id,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    body: data.body ?? '',
    labels: labelNames(data.labels),
    changedFiles: typeof data.changed_files === 'number' ? data.changed_files : undefined,
  };
}

export type Recovery =
  { readonly ok: true; readonly pull: LivePull } | { readonly ok: false; readonly reason: string };

/**
 * Finds the pull request a `workflow_run` evaluated. `pull_requests` is empty for fork runs (and may name
 * another PR on the same branch), so candidates also come from listing open PRs by the fork's
 * `owner:branch`. Each candidate is re-read and accepted only if its head is exactly the run's head SHA.
 */
export async function recoverPull(octokit: Octokit, repo: RepoRef, run: WorkflowRunInfo): Promise<Recovery> {
  const candidates = new Set<number>(run.pullNumbers);
  if (run.headOwner && run.headBranch) {
    const { data } = await api('Listing open pull requests', 'pull-requests: read', () =>
      octokit.rest.pulls.list({
        owner: repo.owner,
        repo: repo.repo,
        state: 'open',
        head: `${run.headOwner}:${run.headBranch}`,
        per_page: 100,
      }),
    );
    for (const pull of data) candidates.add(pull.number);
  }
  if (candidates.size === 0) {
    return {
      ok: false,
      reason: `no open pull request has the head ${run.headOwner ?? '?'}:${run.headBranch ?? '?'} of run ${run.id}`,
    };
  }
  const mismatched: string[] = [];
  for (const number of [...candidates].sort((a, b) => a - b)) {
    const pull = await getPull(octokit, repo, number);
    if (pull.state !== 'open') {
      mismatched.push(`#${number} is ${pull.state}`);
      continue;
    }
    if (pull.headSha !== run.headSha) {
      mismatched.push(`#${number} has head ${pull.headSha.slice(0, 7)}`);
      continue;
    }
    return { ok: true, pull };
  }
  return {
    ok: false,
    reason: `head SHA mismatch: run ${run.id} evaluated ${run.headSha.slice(0, 7)}, but ${mismatched.join(', ')} (a newer push is being evaluated, or the run is not for this PR)`,
  };
}
