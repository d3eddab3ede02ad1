// Records held by the in-memory GitHub fake, and the JSON shapes it answers with (the fields GitHub's REST API
// documents for these endpoints that a client is likely to read).

export interface FakeUser {
  login: string;
  id: number;
  type: 'Bot' | 'User' | 'Organization';
}

/** The identity GITHUB_TOKEN posts as. */
export const GITHUB_ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface FakeRepo {
  id: number;
  owner: string;
  name: string;
  fork: boolean;
  defaultBranch: string;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
}

export interface StatusRecord {
  id: number;
  sha: string;
  state: string;
  context: string;
  description: string | null;
  targetUrl: string | null;
  createdAt: string;
}

export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations: unknown[] };
  startedAt: string | null;
  completedAt: string | null;
  /** Every create/update body received, in order. */
  history: Record<string, unknown>[];
}

export interface PullRecord {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
  user: FakeUser;
  draft: boolean;
  merged: boolean;
  head: { ref: string; sha: string; repo: FakeRepo };
  base: { ref: string; sha: string };
  createdAt: string;
  updatedAt: string;
}

export interface PullFileRecord {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  changes: number;
  sha: string;
  patch?: string;
  previous_filename?: string;
}

export interface WorkflowRunRecord {
  id: number;
  name: string;
  /** Workflow file path, e.g. `.github/workflows/ci.yml`; `workflow_id` may be its base name. */
  path: string;
  workflowId: number;
  headBranch: string | null;
  headSha: string;
  event: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  headRepository: FakeRepo;
  runAttempt: number;
  runNumber: number;
  pullRequests: { number: number; head: { ref: string; sha: string }; base: { ref: string; sha: string } }[];
  actor: FakeUser;
  createdAt: string;
}

export interface ArtifactRecord {
  id: number;
  runId: number;
  name: string;
  data: Uint8Array;
  expired: boolean;
  /** Serve only the first half of the bytes, as a dropped download would. */
  truncated: boolean;
  digest: string | null;
  createdAt: string;
  expiresAt: string;
}

export interface CompareRecord {
  status: 'diverged' | 'ahead' | 'behind' | 'identical';
  aheadBy: number;
  behindBy: number;
  mergeBaseSha: string;
  files: PullFileRecord[];
}

export function userJson(user: FakeUser): Record<string, unknown> {
  return {
    login: user.login,
    id: user.id,
    node_id: `U_${user.id}`,
    type: user.type,
    site_admin: false,
    html_url: `https://github.com/${user.login}`,
  };
}

export function repoJson(repo: FakeRepo, apiUrl: string): Record<string, unknown> {
  const fullName = `${repo.owner}/${repo.name}`;
  return {
    id: repo.id,
    node_id: `R_${repo.id}`,
    name: repo.name,
    full_name: fullName,
    private: false,
    fork: repo.fork,
    owner: userJson({ login: repo.owner, id: repo.id + 1_000_000, type: 'User' }),
    html_url: `https://github.com/${fullName}`,
    url: `${apiUrl}/repos/${fullName}`,
    default_branch: repo.defaultBranch,
    visibility: 'public',
  };
}

export function commentJson(comment: CommentRecord, repo: FakeRepo, apiUrl: string): Record<string, unknown> {
  const fullName = `${repo.owner}/${repo.name}`;
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${apiUrl}/repos/${fullName}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${fullName}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${apiUrl}/repos/${fullName}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER',
  };
}

export function statusJson(status: StatusRecord, repo: FakeRepo, apiUrl: string): Record<string, unknown> {
  return {
    id: status.id,
    node_id: `SC_${status.id}`,
    url: `${apiUrl}/repos/${repo.owner}/${repo.name}/statuses/${status.sha}`,
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    creator: userJson(GITHUB_ACTIONS_BOT),
  };
}

export function checkRunJson(run: CheckRunRecord, repo: FakeRepo, apiUrl: string): Record<string, unknown> {
  return {
    id: run.id,
    node_id: `CR_${run.id}`,
    head_sha: run.headSha,
    external_id: run.externalId,
    url: `${apiUrl}/repos/${repo.owner}/${repo.name}/check-runs/${run.id}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    name: run.name,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${apiUrl}/repos/${repo.owner}/${repo.name}/check-runs/${run.id}/annotations`,
    },
    app: { id: 15368, slug: 'github-actions', name: 'GitHub Actions' },
    pull_requests: [],
  };
}

export function pullJson(pull: PullRecord, repo: FakeRepo, apiUrl: string): Record<string, unknown> {
  const fullName = `${repo.owner}/${repo.name}`;
  return {
    url: `${apiUrl}/repos/${fullName}/pulls/${pull.number}`,
    id: 10_000 + pull.number,
    node_id: `PR_${pull.number}`,
    html_url: `https://github.com/${fullName}/pull/${pull.number}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    body: pull.body,
    user: userJson(pull.user),
    draft: pull.draft,
    merged: pull.merged,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    head: {
      label: `${pull.head.repo.owner}:${pull.head.ref}`,
      ref: pull.head.ref,
      sha: pull.head.sha,
      user: userJson({ login: pull.head.repo.owner, id: pull.head.repo.id + 1_000_000, type: 'User' }),
      repo: repoJson(pull.head.repo, apiUrl),
    },
    base: {
      label: `${repo.owner}:${pull.base.ref}`,
      ref: pull.base.ref,
      sha: pull.base.sha,
      user: userJson({ login: repo.owner, id: repo.id + 1_000_000, type: 'User' }),
      repo: repoJson(repo, apiUrl),
    },
    author_association: 'CONTRIBUTOR',
  };
}

export function pullFileJson(file: PullFileRecord, repo: FakeRepo): Record<string, unknown> {
  const blob = `https://github.com/${repo.owner}/${repo.name}/blob/${file.sha}/${file.filename}`;
  return { ...file, blob_url: blob, raw_url: blob.replace('/blob/', '/raw/'), contents_url: blob };
}

export function workflowRunJson(
  run: WorkflowRunRecord,
  repo: FakeRepo,
  apiUrl: string,
): Record<string, unknown> {
  const fullName = `${repo.owner}/${repo.name}`;
  return {
    id: run.id,
    node_id: `WFR_${run.id}`,
    name: run.name,
    path: run.path,
    workflow_id: run.workflowId,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    url: `${apiUrl}/repos/${fullName}/actions/runs/${run.id}`,
    html_url: `https://github.com/${fullName}/actions/runs/${run.id}`,
    artifacts_url: `${apiUrl}/repos/${fullName}/actions/runs/${run.id}/artifacts`,
    pull_requests: run.pullRequests.map((pr) => ({
      id: 10_000 + pr.number,
      number: pr.number,
      url: `${apiUrl}/repos/${fullName}/pulls/${pr.number}`,
      head: { ...pr.head, repo: { id: repo.id, url: `${apiUrl}/repos/${fullName}`, name: repo.name } },
      base: { ...pr.base, repo: { id: repo.id, url: `${apiUrl}/repos/${fullName}`, name: repo.name } },
    })),
    actor: userJson(run.actor),
    triggering_actor: userJson(run.actor),
    created_at: run.createdAt,
    updated_at: run.createdAt,
    run_started_at: run.createdAt,
    head_commit: { id: run.headSha, tree_id: run.headSha, message: 'commit', timestamp: run.createdAt },
    repository: repoJson(repo, apiUrl),
    head_repository: repoJson(run.headRepository, apiUrl),
    head_repository_id: run.headRepository.id,
  };
}

export function artifactJson(
  artifact: ArtifactRecord,
  run: WorkflowRunRecord | undefined,
  repo: FakeRepo,
  apiUrl: string,
): Record<string, unknown> {
  const base = `${apiUrl}/repos/${repo.owner}/${repo.name}/actions/artifacts/${artifact.id}`;
  return {
    id: artifact.id,
    node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
    name: artifact.name,
    size_in_bytes: artifact.data.byteLength,
    url: base,
    archive_download_url: `${base}/zip`,
    expired: artifact.expired,
    created_at: artifact.createdAt,
    updated_at: artifact.createdAt,
    expires_at: artifact.expiresAt,
    digest: artifact.digest,
    workflow_run: run
      ? {
          id: run.id,
          repository_id: repo.id,
          head_repository_id: run.headRepository.id,
          head_branch: run.headBranch,
          head_sha: run.headSha,
        }
      : null,
  };
}
