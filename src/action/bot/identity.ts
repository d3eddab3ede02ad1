import { describeApiError } from '../api-errors.js';
import type { Octokit } from '../octokit.js';

/** The login GITHUB_TOKEN writes as. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * The login the token writes as: `GET /user` for a personal token; GITHUB_TOKEN (an installation token) gets
 * 403 there and writes as github-actions[bot]. Only comments and issues by this login are the bot's own.
 */
export async function tokenLogin(octokit: Octokit): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status === 403 || status === 401 || status === 404) return ACTIONS_BOT_LOGIN;
    throw describeApiError(error, "Reading the token's identity", 'none (any token may read itself)');
  }
}

export function sameLogin(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}
