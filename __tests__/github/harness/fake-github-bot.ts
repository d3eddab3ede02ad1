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

export interface FakeBotState {
  readonly reactions: ReactionRecord[];
  readonly issues: Map<number, IssueRecord>;
  /** Role per login (case-insensitive); anyone else reads (a public repository). */
  readonly roles: Map<string, RepoRole>;
  /** Runs re-run through the API, in order. */
  readonly reruns: number[];
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
  return { reactions: [], issues: new Map(), roles: new Map(), reruns: [] };
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
