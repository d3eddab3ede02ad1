import type { ResolvedBaselineSettings } from '../../spec/config.js';
import { api, GitHubApiError } from '../api-errors.js';
import type { RepoRef } from '../events.js';
import type { Octokit } from '../octokit.js';
import { baselineDaysAgo, firstUsableBaseline, type WatchBaselineOutcome } from './baseline.js';

/** Runs of the release commit looked at for the result artifact. */
const MAX_RELEASE_RUNS = 20;

export interface LatestRelease {
  readonly tag: string;
  /** The commit the tag points at (annotated tags resolved). */
  readonly sha: string;
}

/**
 * The repository's latest release, as GitHub marks it (`GET releases/latest`: the newest published release
 * that is neither a draft nor a prerelease, unless another was made "latest"), and its tag's commit.
 * Undefined when the repository has no release.
 */
export async function latestRelease(octokit: Octokit, repo: RepoRef): Promise<LatestRelease | undefined> {
  let tag: string;
  try {
    const { data } = await api('Reading the latest release', 'contents: read', () =>
      octokit.rest.repos.getLatestRelease({ owner: repo.owner, repo: repo.repo }),
    );
    tag = data.tag_name;
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 404) return undefined;
    throw error;
  }
  const { data: commit } = await api(`Resolving the release tag ${tag}`, 'contents: read', () =>
    octokit.rest.repos.getCommit({ owner: repo.owner, repo: repo.repo, ref: tag }),
  );
  return { tag, sha: commit.sha };
}

/**
 * The baseline of a release: the newest successful push run of the release's commit (on a branch or the
 * tag itself) of this repository's own commits with an unexpired result artifact.
 */
export async function baselineOfRelease(
  octokit: Octokit,
  repo: RepoRef,
  settings: ResolvedBaselineSettings,
  release: LatestRelease,
): Promise<WatchBaselineOutcome> {
  const short = release.sha.slice(0, 7);
  const { data } = await api(
    `Listing the push runs of ${short} (release ${release.tag})`,
    'actions: read',
    () =>
      octokit.rest.actions.listWorkflowRunsForRepo({
        owner: repo.owner,
        repo: repo.repo,
        head_sha: release.sha,
        event: 'push',
        status: 'success',
        per_page: MAX_RELEASE_RUNS,
      }),
  );
  const runs = data.workflow_runs.filter(
    (run) =>
      (repo.id === undefined || run.head_repository?.id === repo.id) &&
      (settings.workflow === undefined || run.path.endsWith(`/${settings.workflow}`)),
  );
  const found = await firstUsableBaseline(
    octokit,
    repo,
    settings,
    runs,
    `at release ${release.tag} (${short})`,
    `the baseline of the latest release, ${release.tag}`,
  );
  return (
    found ?? {
      found: false,
      reason: `no successful push run of the latest release's commit ${short} (${release.tag}) has an unexpired '${settings.artifact}' artifact; artifacts expire (90 days by default): keep the release's with a longer retention-days`,
    }
  );
}

/**
 * The baseline the watch compares with: `watch-baseline: days` the newest one at least `watch-days` old;
 * `release` the latest release's, and, in a repository with no release yet, the `days` one with a notice
 * (so a new repository is watched from its first day, and says against what).
 */
export async function watchBaselineFor(
  octokit: Octokit,
  repo: RepoRef,
  settings: ResolvedBaselineSettings,
  watch: { readonly branch: string; readonly kind: 'days' | 'release'; readonly days: number },
  notice: (line: string) => void,
): Promise<WatchBaselineOutcome> {
  const byDays = () => baselineDaysAgo(octokit, repo, settings, watch.branch, watch.days, new Date());
  if (watch.kind === 'days') return byDays();
  const release = await latestRelease(octokit, repo);
  if (release) return baselineOfRelease(octokit, repo, settings, release);
  notice(
    `watch-baseline: release, but ${repo.owner}/${repo.repo} has no release yet: comparing with the newest baseline at least ${watch.days} days old instead.`,
  );
  const outcome = await byDays();
  if (!outcome.found) return outcome;
  const basis = `no release yet, so the newest baseline at least ${watch.days} days old`;
  return { found: true, baseline: { ...outcome.baseline, basis } };
}
