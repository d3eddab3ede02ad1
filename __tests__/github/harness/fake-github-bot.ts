// The fake's endpoints for the bot and the watch: reactions on comments, collaborator permissions, issues
// (list / create / update) and workflow re-runs. State lives in FakeBotState; FakeGitHub wires these handlers
// in next to its own (GET /user is its own: it answers for the fake's actor).
import {
  userJson,
  type CommentRecord,
  type FakeRepo,
  type FakeUser,
  type PullRecord,
  type WorkflowRunRecord,
} from './fake-github-model.js';

export const REPO_ROLES = ['admin', 'maintain', 'write', 'triage', 'read'] as const;
export type RepoRole = (typeof REPO_ROLES)[number];

export interface ReactionRecord {
  id: number;
  commentId: number;
  content: string;
  user: FakeUser;
  createdAt: string;
}

export interface IssueRecord {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: string | null;
  user: FakeUser;
  labels: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Every update body received, in order. */
  history: Record<string, unknown>[];
}

export interface ReleaseRecord {
  id: number;
  tag: string;
  /** The commit the tag points at. */
  sha: string;
  draft: boolean;
  prerelease: boolean;
  publishedAt: string;
}

export interface FakeBotState {
  readonly reactions: ReactionRecord[];
  readonly issues: Map<number, IssueRecord>;
  /** Role per login (case-insensitive); anyone else reads (a public repository). */
  readonly roles: Map<string, RepoRole>;
  /** Runs re-run through the API, in order. */
  readonly reruns: number[];
  /** Releases (GET releases/latest answers the newest published full release; none → 404). */
  readonly releases: ReleaseRecord[];
  /** Tag → commit, for GET commits/{ref} (release tags resolve too). */
  readonly tags: Map<string, string>;
  /** `org/team-slug` → login (lower case) → membership state; a team missing here is 404. */
  readonly teams: Map<string, Map<string, 'active' | 'pending'>>;
}

/** What the handlers need from the fake. */
export interface FakeHost {
  readonly url: string;
  readonly repo: FakeRepo;
  readonly bot: FakeBotState;
  readonly actorUser: FakeUser;
  readonly comments: Map<number, CommentRecord>;
  readonly pulls: Map<number, PullRecord>;
  readonly workflowRuns: Map<number, WorkflowRunRecord>;
  nextRecordId(): number;
  paginate<T>(ctx: HostContext, items: T[], cap?: number): { page: T[]; headers: Record<string, string> };
}

export interface HostContext {
  pathParams: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  accept: string;
  pathname: string;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const DOCS = 'https://docs.github.com/rest';
const NOT_FOUND: Answer = { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function newBotState(): FakeBotState {
  return {
    reactions: [],
    issues: new Map(),
    roles: new Map(),
    reruns: [],
    releases: [],
    tags: new Map(),
    teams: new Map(),
  };
}

function issueJson(host: FakeHost, issue: IssueRecord, pull?: PullRecord): Record<string, unknown> {
  const fullName = `${host.repo.owner}/${host.repo.name}`;
  const api = `${host.url}/repos/${fullName}/issues/${issue.number}`;
  const comments = [...host.comments.values()].filter((c) => c.issueNumber === issue.number).length;
  return {
    id: 20_000 + issue.number,
    node_id: `I_${issue.number}`,
    url: api,
    repository_url: `${host.url}/repos/${fullName}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `https://github.com/${fullName}/${pull ? 'pull' : 'issues'}/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: userJson(issue.user),
    labels: issue.labels.map((name, i) => ({ id: i + 1, name, color: 'ededed', default: false })),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    comments,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: issue.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    ...(pull
      ? {
          pull_request: {
            url: `${host.url}/repos/${fullName}/pulls/${pull.number}`,
            html_url: `https://github.com/${fullName}/pull/${pull.number}`,
            diff_url: `https://github.com/${fullName}/pull/${pull.number}.diff`,
            patch_url: `https://github.com/${fullName}/pull/${pull.number}.patch`,
          },
        }
      : {}),
  };
}

/** A pull request as the issues list shows it (GitHub lists pull requests among issues). */
function pullAsIssue(pull: PullRecord): IssueRecord {
  return {
    number: pull.number,
    title: pull.title,
    body: pull.body,
    state: pull.state,
    stateReason: null,
    user: pull.user,
    labels: [],
    createdAt: pull.createdAt,
    updatedAt: pull.updatedAt,
    closedAt: null,
    history: [],
  };
}

function legacyPermission(role: RepoRole): string {
  return role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
}

export function botHandlers(host: FakeHost): Record<string, (ctx: HostContext) => Answer> {
  const { bot } = host;
  return {
    'reactions/create-for-issue-comment': (ctx) => {
      const commentId = Number(ctx.pathParams.comment_id);
      if (!host.comments.has(commentId)) return NOT_FOUND;
      const content = String(ctx.body.content);
      const user = host.actorUser;
      const existing = bot.reactions.find(
        (r) => r.commentId === commentId && r.content === content && r.user.login === user.login,
      );
      const reaction = existing ?? { id: host.nextRecordId(), commentId, content, user, createdAt: now() };
      if (!existing) bot.reactions.push(reaction);
      return {
        status: existing ? 200 : 201,
        body: {
          id: reaction.id,
          node_id: `REA_${reaction.id}`,
          user: userJson(reaction.user),
          content: reaction.content,
          created_at: reaction.createdAt,
        },
      };
    },

    'repos/get-collaborator-permission-level': (ctx) => {
      const login = ctx.pathParams.username;
      const role = bot.roles.get(login.toLowerCase()) ?? 'read';
      const rank = REPO_ROLES.indexOf(role);
      return {
        status: 200,
        body: {
          permission: legacyPermission(role),
          role_name: role,
          user: {
            ...userJson({ login, id: 5000 + login.length, type: 'User' }),
            permissions: {
              admin: rank <= 0,
              maintain: rank <= 1,
              push: rank <= 2,
              triage: rank <= 3,
              pull: true,
            },
            role_name: role,
          },
        },
      };
    },

    'issues/list-for-repo': (ctx) => {
      const state = ctx.query.get('state') ?? 'open';
      const creator = ctx.query.get('creator');
      const direction = ctx.query.get('direction') ?? 'desc';
      const entries: [IssueRecord, PullRecord | undefined][] = [
        ...[...bot.issues.values()].map((i): [IssueRecord, undefined] => [i, undefined]),
        ...[...host.pulls.values()].map((p): [IssueRecord, PullRecord] => [pullAsIssue(p), p]),
      ];
      const matching = entries
        .filter(([i]) => state === 'all' || i.state === state)
        .filter(([i]) => creator === null || i.user.login.toLowerCase() === creator.toLowerCase())
        .sort(([a], [b]) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
      const { page, headers } = host.paginate(ctx, matching);
      return { status: 200, body: page.map(([i, p]) => issueJson(host, i, p)), headers };
    },

    'issues/create': (ctx) => {
      const numbers = [...bot.issues.keys(), ...host.pulls.keys()];
      const stamp = now();
      const issue: IssueRecord = {
        number: Math.max(0, ...numbers) + 1,
        title: String(ctx.body.title),
        body: typeof ctx.body.body === 'string' ? ctx.body.body : null,
        state: 'open',
        stateReason: null,
        user: host.actorUser,
        labels: Array.isArray(ctx.body.labels) ? ctx.body.labels.map(String) : [],
        createdAt: stamp,
        updatedAt: stamp,
        closedAt: null,
        history: [ctx.body],
      };
      bot.issues.set(issue.number, issue);
      return { status: 201, body: issueJson(host, issue) };
    },

    'issues/update': (ctx) => {
      const issue = bot.issues.get(Number(ctx.pathParams.issue_number));
      if (!issue) return NOT_FOUND;
      issue.history.push(ctx.body);
      if (typeof ctx.body.title === 'string') issue.title = ctx.body.title;
      if (typeof ctx.body.body === 'string') issue.body = ctx.body.body;
      if (ctx.body.state === 'closed' && issue.state === 'open') {
        issue.state = 'closed';
        issue.closedAt = now();
        issue.stateReason = typeof ctx.body.state_reason === 'string' ? ctx.body.state_reason : 'completed';
      } else if (ctx.body.state === 'open' && issue.state === 'closed') {
        issue.state = 'open';
        issue.closedAt = null;
        issue.stateReason = 'reopened';
      }
      issue.updatedAt = now();
      return { status: 200, body: issueJson(host, issue) };
    },

    'repos/get-latest-release': () => {
      const latest = bot.releases
        .filter((r) => !r.draft && !r.prerelease)
        .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0];
      if (!latest) return NOT_FOUND;
      const fullName = `${host.repo.owner}/${host.repo.name}`;
      const api = `${host.url}/repos/${fullName}/releases/${latest.id}`;
      return {
        status: 200,
        body: {
          url: api,
          html_url: `https://github.com/${fullName}/releases/tag/${latest.tag}`,
          assets_url: `${api}/assets`,
          upload_url: `${api}/assets{?name,label}`,
          tarball_url: null,
          zipball_url: null,
          id: latest.id,
          node_id: `RE_${latest.id}`,
          tag_name: latest.tag,
          target_commitish: latest.sha,
          name: latest.tag,
          body: null,
          draft: false,
          prerelease: false,
          created_at: latest.publishedAt,
          published_at: latest.publishedAt,
          author: userJson(host.actorUser),
          assets: [],
        },
      };
    },

    'repos/get-commit': (ctx) => {
      const ref = ctx.pathParams.ref;
      const sha = /^[0-9a-f]{40}$/.test(ref)
        ? ref
        : (bot.tags.get(ref) ?? bot.releases.find((r) => r.tag === ref)?.sha);
      if (!sha)
        return {
          status: 422,
          body: { message: `No commit found for SHA: ${ref}`, documentation_url: DOCS },
        };
      const fullName = `${host.repo.owner}/${host.repo.name}`;
      return {
        status: 200,
        body: {
          url: `${host.url}/repos/${fullName}/commits/${sha}`,
          sha,
          node_id: `C_${sha.slice(0, 8)}`,
          html_url: `https://github.com/${fullName}/commit/${sha}`,
          comments_url: `${host.url}/repos/${fullName}/commits/${sha}/comments`,
          commit: {
            url: `${host.url}/repos/${fullName}/git/commits/${sha}`,
            author: null,
            committer: null,
            message: 'release',
            comment_count: 0,
            tree: { sha: '0'.repeat(40), url: `${host.url}/repos/${fullName}/git/trees/${'0'.repeat(40)}` },
          },
          author: null,
          committer: null,
          parents: [],
          files: [],
        },
      };
    },

    'teams/get-membership-for-user-in-org': (ctx) => {
      const team = bot.teams.get(`${ctx.pathParams.org}/${ctx.pathParams.team_slug}`.toLowerCase());
      const state = team?.get(ctx.pathParams.username.toLowerCase());
      if (!state) return NOT_FOUND;
      return {
        status: 200,
        body: {
          url: `${host.url}/orgs/${ctx.pathParams.org}/teams/${ctx.pathParams.team_slug}/memberships/${ctx.pathParams.username}`,
          role: 'member',
          state,
        },
      };
    },

    'actions/re-run-workflow': (ctx) => {
      const run = host.workflowRuns.get(Number(ctx.pathParams.run_id));
      if (!run) return NOT_FOUND;
      if (run.status !== 'completed')
        return {
          status: 403,
          body: { message: 'This workflow is already running', documentation_url: DOCS },
        };
      bot.reruns.push(run.id);
      run.runAttempt += 1;
      run.status = 'queued';
      run.conclusion = null;
      return { status: 201, body: {} };
    },
  };
}
