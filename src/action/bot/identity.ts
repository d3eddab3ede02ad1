import { commentIdentity } from '../comment.js';
import type { ActionSettings } from '../inputs.js';
import type { Octokit } from '../octokit.js';

/**
 * The login the token writes as (the `comment-author` input, else `GET /user`, else github-actions[bot]): only
 * comments and issues by this login are the bot's own.
 */
export function botLogin(octokit: Octokit, settings: ActionSettings): Promise<string> {
  return commentIdentity(octokit, settings.commentAuthor);
}

export function sameLogin(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}
