import { readFileSync } from 'node:fs';
import { InputError } from '../io/errors.js';

/** The repository the workflow runs in (GITHUB_REPOSITORY and the payload's repository id). */
export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
  readonly id: number | undefined;
  readonly defaultBranch: string | undefined;
}

export interface PullRequestInfo {
  readonly number: number;
  readonly headSha: string;
  readonly headRef: string;
  readonly baseSha: string;
  readonly baseRef: string;
  /** The head repository's id; undefined when the fork was deleted. */
  readonly headRepoId: number | undefined;
  /** The PR description as the event has it; a PR without one has `''`. */
  readonly body: string;
  readonly labels: readonly string[];
  /** How many files the PR changes, when the payload says. */
  readonly changedFiles: number | undefined;
}

export interface WorkflowRunInfo {
  readonly id: number;
  readonly attempt: number;
  readonly event: string;
  readonly conclusion: string | null;
  readonly headSha: string;
  readonly headBranch: string | null;
  readonly headRepoId: number | undefined;
  readonly headOwner: string | undefined;
  /** `.github/workflows/ci.yml`. */
  readonly path: string;
  readonly actor: string | undefined;
  /** PR numbers the payload lists (empty for fork runs; may name another PR with the same branch). */
  readonly pullNumbers: readonly number[];
}

export type Trigger =
  | { readonly kind: 'push'; readonly ref: string; readonly sha: string }
  | { readonly kind: 'pull_request'; readonly pull: PullRequestInfo }
  | { readonly kind: 'workflow_run'; readonly run: WorkflowRunInfo }
  | { readonly kind: 'other'; readonly eventName: string };

export interface RunContext {
  readonly repo: RepoRef;
  readonly trigger: Trigger;
  readonly runId: number;
  readonly runAttempt: number;
  readonly actor: string | undefined;
  /** Link to this run, for statuses and the comment. */
  readonly runUrl: string;
  readonly sha: string;
}

type Json = Record<string, unknown>;

const obj = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** Label names of a pull request object (payload or API). */
export function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels.map((l) => str(obj(l).name)).filter((n): n is string => n !== undefined);
}

function required<T>(value: T | undefined, field: string, eventName: string): T {
  if (value === undefined) {
    throw new InputError({
      file: 'GITHUB_EVENT_PATH',
      field,
      message: `the ${eventName} event payload has no ${field}`,
    });
  }
  return value;
}

function pullRequestOf(payload: Json, eventName: string): PullRequestInfo {
  const pr = obj(payload.pull_request);
  const head = obj(pr.head);
  const base = obj(pr.base);
  return {
    number: required(num(pr.number) ?? num(payload.number), 'pull_request.number', eventName),
    headSha: required(str(head.sha), 'pull_request.head.sha', eventName),
    headRef: str(head.ref) ?? '',
    baseSha: required(str(base.sha), 'pull_request.base.sha', eventName),
    baseRef: required(str(base.ref), 'pull_request.base.ref', eventName),
    headRepoId: num(obj(head.repo).id),
    body: str(pr.body) ?? '',
    labels: labelNames(pr.labels),
    changedFiles: num(pr.changed_files),
  };
}

function workflowRunOf(payload: Json, eventName: string): WorkflowRunInfo {
  const run = obj(payload.workflow_run);
  const headRepo = obj(run.head_repository);
  const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  return {
    id: required(num(run.id), 'workflow_run.id', eventName),
    attempt: num(run.run_attempt) ?? 1,
    event: str(run.event) ?? '',
    conclusion: str(run.conclusion) ?? null,
    headSha: required(str(run.head_sha), 'workflow_run.head_sha', eventName),
    headBranch: str(run.head_branch) ?? null,
    headRepoId: num(headRepo.id),
    headOwner: str(obj(headRepo.owner).login),
    path: str(run.path) ?? '',
    actor: str(obj(run.actor).login),
    pullNumbers: pulls.map((p) => num(obj(p).number)).filter((n): n is number => n !== undefined),
  };
}

/** Reads the runner's environment and event payload once. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let payload: Json = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = obj(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')));
    } catch (error) {
      throw new InputError({
        file: env.GITHUB_EVENT_PATH,
        message: `cannot read the event payload (${error instanceof Error ? error.message : String(error)})`,
      });
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const repository = obj(payload.repository);
  const sha = env.GITHUB_SHA ?? '';
  let trigger: Trigger;
  if (eventName === 'push') trigger = { kind: 'push', ref: str(payload.ref) ?? env.GITHUB_REF ?? '', sha };
  else if (eventName === 'pull_request')
    trigger = { kind: 'pull_request', pull: pullRequestOf(payload, eventName) };
  else if (eventName === 'pull_request_target') {
    // It runs with a write token; evaluating the PR's files there would run fork code with it.
    throw new InputError({
      field: 'GITHUB_EVENT_NAME',
      message:
        'evalgate does not run on pull_request_target (it would evaluate fork code with a write token); use pull_request, plus workflow_run for forks (docs/action.md)',
    });
  } else if (eventName === 'workflow_run')
    trigger = { kind: 'workflow_run', run: workflowRunOf(payload, eventName) };
  else trigger = { kind: 'other', eventName };
  const runId = Number(env.GITHUB_RUN_ID ?? 0);
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    repo: {
      owner,
      repo,
      id: num(repository.id) ?? (env.GITHUB_REPOSITORY_ID ? Number(env.GITHUB_REPOSITORY_ID) : undefined),
      defaultBranch: str(repository.default_branch),
    },
    trigger,
    runId,
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1),
    actor: env.GITHUB_ACTOR,
    runUrl: `${server}/${owner}/${repo}/actions/runs/${runId}`,
    sha,
  };
}
