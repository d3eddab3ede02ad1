import { api } from '../api-errors.js';
import type { RepoRef } from '../events.js';
import type { Octokit } from '../octokit.js';
import { REPO_ROLES } from './settings.js';

/** A user's standing on the repository, from `GET /repos/{o}/{r}/collaborators/{user}/permission`. */
export interface RepoStanding {
  /** `role_name`: admin, maintain, write, triage, read, or a custom role's name. */
  readonly role: string;
  /** The built-in roles the user holds (admin holds them all), from `user.permissions`. */
  readonly holds: readonly string[];
}

const FLAG_OF: Record<string, string> = {
  admin: 'admin',
  maintain: 'maintain',
  write: 'push',
  triage: 'triage',
  read: 'pull',
};

export async function repoStanding(octokit: Octokit, repo: RepoRef, login: string): Promise<RepoStanding> {
  const { data } = await api(
    `Reading the repository permission of @${login}`,
    'metadata: read (always granted)',
    () =>
      octokit.rest.repos.getCollaboratorPermissionLevel({
        owner: repo.owner,
        repo: repo.repo,
        username: login,
      }),
  );
  const role = (data.role_name || data.permission || 'none').toLowerCase();
  const flags = (data.user?.permissions ?? {}) as Record<string, boolean | undefined>;
  // `permission` shows maintain as write and triage as read; role_name and the flags keep them apart.
  const holds = REPO_ROLES.filter((r) => flags[FLAG_OF[r]] === true || r === role);
  return { role, holds };
}

/** Allowed when the user's role, or a built-in role the user holds, is in the list. */
export function isAllowed(standing: RepoStanding, allowed: readonly string[]): boolean {
  return allowed.includes(standing.role) || standing.holds.some((r) => allowed.includes(r));
}
