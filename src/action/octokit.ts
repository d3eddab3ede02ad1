import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

/** Rate-limit waits longer than this are not worth holding a runner for. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;

/**
 * The one Octokit of a run: REST methods and pagination (from @actions/github, which reads GITHUB_API_URL),
 * plus retries of 5xx/network errors (@octokit/plugin-retry: 3 retries, (n+1)² s apart; never 4xx) and
 * GitHub's rate-limit rules (@octokit/plugin-throttling: honours retry-after and x-ratelimit-reset).
 */
export function createOctokit(token: string, options: { retryAfterBaseMs?: number } = {}): Octokit {
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const again = retryCount < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
      core.warning(
        `GitHub ${kind} rate limit hit on ${request.method} ${request.url}; ${again ? `retrying in ${retryAfter} s` : 'giving up'}.`,
      );
      return again;
    };
  return getOctokit(
    token,
    {
      retry: { retryAfterBaseValue: options.retryAfterBaseMs ?? 1000 },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    },
    retry,
    throttling,
  );
}
