import { api, GitHubApiError } from '../api-errors.js';
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

/** Why a team lookup did not make the user a member, in words for the refusal. */
export interface TeamStanding {
  /** The team the user is an active member of, when one was found. */
  readonly memberOf?: string;
  /** For each team looked up without success: `org/slug: why`. */
  readonly misses: readonly string[];
}

const TEAM_TOKEN_NOTE =
  'override-teams needs a token that can read the organization’s teams (a GitHub App token with organization Members: read, or a PAT with read:org); the workflow’s GITHUB_TOKEN cannot';

/**
 * Whether the user is an active member of one of the teams, from
 * `GET /orgs/{org}/teams/{team_slug}/memberships/{username}` (pending invitations do not count). A lookup
 * that fails is a miss with its reason, never a pass: 404 means "not a member" or "the token cannot see the
 * team", which GitHub does not tell apart, so the reason names both.
 */
export async function teamStanding(
  octokit: Octokit,
  teams: readonly { org: string; slug: string }[],
  login: string,
): Promise<TeamStanding> {
  const misses: string[] = [];
  for (const { org, slug } of teams) {
    const team = `${org}/${slug}`;
    try {
      const { data } = await api(
        `Reading @${login}'s membership of ${team}`,
        'members: read (organization)',
        () => octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login }),
      );
      if (data.state === 'active') return { memberOf: team, misses };
      misses.push(`${team}: the membership is ${data.state}, not active`);
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      misses.push(
        error.status === 404
          ? `${team}: not a member, or the token cannot see the team (404; ${TEAM_TOKEN_NOTE})`
          : error.status === 403
            ? `${team}: the token may not read the team (403; ${TEAM_TOKEN_NOTE})`
            : `${team}: the lookup failed (${error.message})`,
      );
    }
  }
  return { misses };
}
