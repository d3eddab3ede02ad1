import { api } from '../api-errors.js';
import type { RepoRef } from '../events.js';
import type { Octokit } from '../octokit.js';

/**
 * 👀 when a command is heard, then 👍 when it was carried out or 👎 when it was refused or failed (GitHub's
 * reactions have no ✅/❌).
 */
export type Reaction = 'eyes' | '+1' | '-1';

export async function react(
  octokit: Octokit,
  repo: RepoRef,
  commentId: number,
  content: Reaction,
): Promise<void> {
  await api(`Reacting to comment ${commentId}`, 'pull-requests: write', () =>
    octokit.rest.reactions.createForIssueComment({
      owner: repo.owner,
      repo: repo.repo,
      comment_id: commentId,
      content,
    }),
  );
}
