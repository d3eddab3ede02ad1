/** What a failed request meant, in words a workflow author can act on. */
export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }

  /** A 403 on a write with a read-only token, as on fork pull requests (not a rate limit). */
  get forbidden(): boolean {
    return this.status === 403 && !this.rateLimited;
  }

  get rateLimited(): boolean {
    return /rate limit (for this token is used up|was hit)/.test(this.message);
  }
}

interface RequestErrorLike {
  status?: unknown;
  message?: unknown;
  response?: { data?: unknown; headers?: Record<string, unknown> };
}

function requestErrorOf(error: unknown): RequestErrorLike | undefined {
  return typeof error === 'object' && error !== null && 'status' in error
    ? (error as RequestErrorLike)
    : undefined;
}

function githubMessage(error: RequestErrorLike): string {
  const data = error.response?.data;
  if (data && typeof data === 'object') {
    const { message, errors } = data as { message?: unknown; errors?: unknown };
    const details = Array.isArray(errors)
      ? errors
          .map((e) =>
            typeof e === 'string'
              ? e
              : typeof e === 'object' && e !== null
                ? String((e as { message?: unknown }).message ?? JSON.stringify(e))
                : String(e),
          )
          .join('; ')
      : '';
    if (typeof message === 'string') return details ? `${message}: ${details}` : message;
  }
  return typeof error.message === 'string' ? error.message.split('\n')[0] : 'request failed';
}

/**
 * A 403/429 that is a rate limit, in words, or undefined. Primary: `x-ratelimit-remaining: 0` (reset time
 * from `x-ratelimit-reset`); secondary: GitHub's message says so, or a `retry-after` is sent.
 */
function rateLimit(error: RequestErrorLike, said: string): string | undefined {
  const headers = error.response?.headers ?? {};
  const header = (name: string): string | undefined => {
    const value = headers[name];
    return value === undefined || value === null ? undefined : String(value);
  };
  if (header('x-ratelimit-remaining') === '0') {
    const reset = Number(header('x-ratelimit-reset'));
    const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
    return `GitHub's API rate limit for this token is used up${when} (${error.status} ${said}). Re-run the job later; GITHUB_TOKEN has 1,000 requests an hour per repository.`;
  }
  const retryAfter = header('retry-after');
  if (/secondary rate limit/i.test(said) || retryAfter !== undefined) {
    return `GitHub's secondary rate limit was hit${retryAfter !== undefined ? ` (retry after ${retryAfter} s)` : ''} (${error.status} ${said}). Re-run the job later.`;
  }
  return undefined;
}

/**
 * Turns an Octokit error into one clear line. `action` says what was attempted ("updating the PR comment"),
 * `permission` the `permissions:` entry the workflow must grant for it (e.g. "pull-requests: write").
 * Never includes request headers, so the token cannot leak through a message.
 */
export function describeApiError(error: unknown, action: string, permission: string): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const request = requestErrorOf(error);
  if (!request || typeof request.status !== 'number') {
    const message = error instanceof Error ? error.message : String(error);
    return new GitHubApiError(`${action} failed: ${message.split('\n')[0]}`, undefined);
  }
  const status = request.status;
  const said = githubMessage(request);
  const accepted = request.response?.headers?.['x-accepted-github-permissions'];
  switch (status) {
    case 401:
      return new GitHubApiError(
        `${action} failed: GitHub rejected the token (401 ${said}). Check the github-token input.`,
        status,
      );
    case 403:
    case 429: {
      const limit = rateLimit(request, said);
      if (limit) return new GitHubApiError(`${action} failed: ${limit}`, status);
      if (status === 429) return new GitHubApiError(`${action} failed: HTTP 429 ${said}.`, status);
      return new GitHubApiError(
        `${action} failed: 403 ${said}. The token lacks a permission: grant \`${permission}\` in the workflow's \`permissions:\` block` +
          `${typeof accepted === 'string' && accepted ? ` (GitHub accepts: ${accepted})` : ''}; fork pull requests get a read-only token.`,
        status,
      );
    }
    case 404:
      return new GitHubApiError(
        `${action} failed: 404 not found (${said}). Check the name, or that the token can see it (\`${permission}\`).`,
        status,
      );
    case 410:
      return new GitHubApiError(`${action} failed: 410 gone (${said}).`, status);
    case 422:
      return new GitHubApiError(`${action} failed: GitHub refused the request (422 ${said}).`, status);
    default:
      return new GitHubApiError(`${action} failed: HTTP ${status} ${said}.`, status);
  }
}

/** Runs one API call and rethrows its failure as a GitHubApiError. */
export async function api<T>(action: string, permission: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw describeApiError(error, action, permission);
  }
}
