import { api } from '../api-errors.js';
import type { RepoRef } from '../events.js';
import type { Octokit } from '../octokit.js';

/** The hidden first line of a watch issue: which report and which suite it tracks. */
export function watchMarker(name: string, suite: string): string {
  return `<!-- evalgate:watch id="${encodeURIComponent(name)}" suite="${encodeURIComponent(suite)}" -->`;
}

const WATCH_PATTERN = /<!-- evalgate:watch id="([^"]*)" suite="([^"]*)" -->/;

export function parseWatchMarker(body: string | null | undefined): { id: string; suite: string } | undefined {
  const match = WATCH_PATTERN.exec(body ?? '');
  if (!match) return undefined;
  try {
    return { id: decodeURIComponent(match[1]), suite: decodeURIComponent(match[2]) };
  } catch {
    return undefined;
  }
}

export interface WatchIssue {
  readonly number: number;
  readonly url: string;
  readonly suite: string;
}

/**
 * The open watch issues of this report, by suite (oldest first when a suite has several): every page of the
 * repository's open issues, 100 at a time, keeping only issues opened by the token's own login that carry
 * the marker, so nobody else's issue can be taken over or closed.
 */
export async function openWatchIssues(
  octokit: Octokit,
  repo: RepoRef,
  name: string,
  botLogin: string,
): Promise<Map<string, WatchIssue[]>> {
  return api('Listing the open issues', 'issues: read', async () => {
    const bySuite = new Map<string, WatchIssue[]>();
    const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
      owner: repo.owner,
      repo: repo.repo,
      state: 'open',
      sort: 'created',
      direction: 'asc',
      per_page: 100,
    });
    for await (const page of pages) {
      for (const issue of page.data) {
        if (issue.pull_request) continue;
        if (issue.user?.login.toLowerCase() !== botLogin.toLowerCase()) continue;
        const marker = parseWatchMarker(issue.body);
        if (!marker || marker.id !== name) continue;
        const list = bySuite.get(marker.suite) ?? [];
        list.push({ number: issue.number, url: issue.html_url, suite: marker.suite });
        bySuite.set(marker.suite, list);
      }
    }
    return bySuite;
  });
}

export async function openIssue(
  octokit: Octokit,
  repo: RepoRef,
  title: string,
  body: string,
): Promise<{ number: number; url: string }> {
  const { data } = await api('Opening the watch issue', 'issues: write', () =>
    octokit.rest.issues.create({ owner: repo.owner, repo: repo.repo, title, body }),
  );
  return { number: data.number, url: data.html_url };
}

export async function updateIssue(
  octokit: Octokit,
  repo: RepoRef,
  number: number,
  change: { title?: string; body?: string; state?: 'closed'; state_reason?: 'completed' | 'duplicate' },
): Promise<void> {
  await api(`Updating issue #${number}`, 'issues: write', () =>
    octokit.rest.issues.update({ owner: repo.owner, repo: repo.repo, issue_number: number, ...change }),
  );
}

export async function commentOnIssue(
  octokit: Octokit,
  repo: RepoRef,
  number: number,
  body: string,
): Promise<void> {
  await api(`Commenting on issue #${number}`, 'issues: write', () =>
    octokit.rest.issues.createComment({ owner: repo.owner, repo: repo.repo, issue_number: number, body }),
  );
}
