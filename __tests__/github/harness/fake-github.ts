// A stateful in-memory fake of the GitHub REST endpoints evalgate uses, on 127.0.0.1, for lifecycle tests.
// Every request is matched to an operation of the committed OpenAPI subset and checked with ajv (path params,
// query, JSON body); violations are recorded so a test can assert that the client sent no invalid request.
// Artifact downloads answer 302 to a blob server on another port (another origin), which, like Azure Blob
// Storage, rejects requests that carry an Authorization header.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  artifactJson,
  checkRunJson,
  commentJson,
  GITHUB_ACTIONS_BOT,
  pullFileJson,
  pullJson,
  repoJson,
  statusJson,
  workflowRunJson,
  type ArtifactRecord,
  type CheckRunRecord,
  type CommentRecord,
  type CompareRecord,
  type FakeRepo,
  type FakeUser,
  type PullFileRecord,
  type PullRecord,
  type StatusRecord,
  type WorkflowRunRecord,
  userJson,
} from './fake-github-model.js';
import {
  compileOperations,
  loadSubsetSpec,
  matchOperation,
  pathExists,
  type SpecOperation,
} from './openapi.js';
import { RequestValidator } from './request-validator.js';
import { botHandlers, newBotState, type FakeBotState, type RepoRole } from './fake-github-bot.js';

export * from './fake-github-model.js';
export * from './fake-github-bot.js';

export interface FakeRequestLogEntry {
  method: string;
  /** Path and query as sent. */
  path: string;
  /** The spec's operationId, e.g. `issues/create-comment`; undefined when no operation matched. */
  operationId: string | undefined;
  status: number;
  /** Spec violations of this request (empty when valid). */
  violations: string[];
  authorization: string | undefined;
  accept: string | undefined;
}

export interface BlobRequestLogEntry {
  path: string;
  status: number;
  authorization: string | undefined;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  repoId?: number;
  defaultBranch?: string;
  /** The user comments are created as. Defaults to github-actions[bot]. */
  actor?: FakeUser;
  /** When set, requests must carry `Authorization: token|Bearer <this>` or get 401. */
  requiredToken?: string;
  /**
   * When set, organization endpoints (`/orgs/…`: team memberships) take this token instead: the repository's
   * token gets 403 there, as a GITHUB_TOKEN does, and any other 401.
   */
  orgToken?: string;
  specPath?: string;
  /** Seconds a signed blob URL stays valid (GitHub: 60). */
  blobUrlTtlSeconds?: number;
}

export interface FailureSpec {
  status: number;
  /** How many upcoming requests of the operation fail (default 1). */
  times?: number;
  /** How many requests of the operation succeed before the failures start (default 0). */
  after?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface HandlerContext {
  pathParams: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  accept: string;
  pathname: string;
}

type Handler = (ctx: HandlerContext) => FakeResponse;

const DOCS = 'https://docs.github.com/rest';
const NOT_FOUND: FakeResponse = { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
const ONE_MEGABYTE = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function listen(server: Server, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('Server has no TCP address.'));
      else resolve(address.port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** GitHub wraps base64 file content at 60 characters, like Ruby's Base64.encode64. */
function wrappedBase64(data: Uint8Array): string {
  const flat = Buffer.from(data).toString('base64');
  return (flat.match(/.{1,60}/g) ?? []).map((line) => `${line}\n`).join('');
}

/** GitHub's date qualifiers on `created`: `<=T`, `>=T`, `<T`, `>T`, `A..B`, or a bare date (that day). */
function createdMatches(createdAt: string, filter: string | null): boolean {
  if (filter === null) return true;
  const at = Date.parse(createdAt);
  const range = /^(.+)\.\.(.+)$/.exec(filter);
  if (range) return at >= Date.parse(range[1]) && at <= Date.parse(range[2]);
  const op = /^(<=|>=|<|>)(.+)$/.exec(filter);
  if (!op) return createdAt.slice(0, 10) === filter.slice(0, 10);
  const t = Date.parse(op[2]);
  return op[1] === '<=' ? at <= t : op[1] === '>=' ? at >= t : op[1] === '<' ? at < t : at > t;
}

function gitBlobSha(data: Uint8Array): string {
  return createHash('sha1').update(`blob ${data.byteLength}\0`).update(data).digest('hex');
}

export class FakeGitHub {
  /** API base URL, e.g. http://127.0.0.1:43123 — use as Octokit's baseUrl or GITHUB_API_URL. */
  url = '';
  /** Blob storage origin the artifact redirect points to (another port, so another origin). */
  blobUrl = '';
  readonly requests: FakeRequestLogEntry[] = [];
  readonly blobRequests: BlobRequestLogEntry[] = [];
  readonly repo: FakeRepo;

  private readonly actor: FakeUser;
  private readonly requiredToken: string | undefined;
  private readonly orgToken: string | undefined;
  private readonly blobUrlTtlMs: number;
  private readonly operations: SpecOperation[];
  private readonly validator: RequestValidator;
  private readonly apiServer: Server;
  private readonly blobServer: Server;
  private readonly handlers: Record<string, Handler>;
  private readonly failures = new Map<string, FailureSpec[]>();
  private readonly forbidden = new Set<string>();
  private readonly signedBlobs = new Map<string, { artifactId: number; expires: number }>();
  private nextId = 1000;

  readonly comments = new Map<number, CommentRecord>();
  readonly statuses: StatusRecord[] = [];
  readonly checkRuns = new Map<number, CheckRunRecord>();
  readonly pulls = new Map<number, PullRecord>();
  readonly pullFiles = new Map<number, PullFileRecord[]>();
  readonly files = new Map<string, Uint8Array>();
  readonly compares = new Map<string, CompareRecord>();
  readonly workflowRuns = new Map<number, WorkflowRunRecord>();
  readonly artifacts = new Map<number, ArtifactRecord>();
  /** Reactions, issues, collaborator roles, re-runs and the token's identity (fake-github-bot.ts). */
  readonly bot: FakeBotState = newBotState();

  constructor(options: FakeGitHubOptions = {}) {
    this.repo = {
      id: options.repoId ?? 1296269,
      owner: options.owner ?? 'octo-org',
      name: options.repo ?? 'octo-repo',
      fork: false,
      defaultBranch: options.defaultBranch ?? 'main',
    };
    this.actor = options.actor ?? GITHUB_ACTIONS_BOT;
    this.requiredToken = options.requiredToken;
    this.orgToken = options.orgToken;
    this.blobUrlTtlMs = (options.blobUrlTtlSeconds ?? 60) * 1000;
    const spec = loadSubsetSpec(options.specPath);
    this.operations = compileOperations(spec);
    this.validator = new RequestValidator(spec);
    this.handlers = this.buildHandlers();
    const unhandled = this.operations
      .filter((op) => !this.handlers[op.operationId])
      .map((op) => op.operationId);
    if (unhandled.length > 0) throw new Error(`The fake has no handler for: ${unhandled.join(', ')}.`);
    this.apiServer = createServer((req, res) => void this.handleApi(req, res));
    this.blobServer = createServer((req, res) => this.handleBlob(req, res));
  }

  async start(): Promise<this> {
    this.url = `http://127.0.0.1:${await listen(this.apiServer, '127.0.0.1')}`;
    this.blobUrl = `http://127.0.0.1:${await listen(this.blobServer, '127.0.0.1')}`;
    return this;
  }

  async stop(): Promise<void> {
    await Promise.all([closeServer(this.apiServer), closeServer(this.blobServer)]);
  }

  get fullName(): string {
    return `${this.repo.owner}/${this.repo.name}`;
  }

  /** Requests that broke the spec, as `METHOD path: message` lines (empty when the client behaved). */
  get violations(): string[] {
    return this.requests.flatMap((r) => r.violations.map((v) => `${r.method} ${r.path}: ${v}`));
  }

  // ---- seeding -------------------------------------------------------------------------------------------

  private id(): number {
    this.nextId += 1;
    return this.nextId;
  }

  nextRecordId(): number {
    return this.id();
  }

  /** The identity writes are made as (comments, reactions, issues). */
  get actorUser(): FakeUser {
    return this.actor;
  }

  /** A user's role on the repository, as the collaborator permission endpoint reports it. */
  setRole(login: string, role: RepoRole): void {
    this.bot.roles.set(login.toLowerCase(), role);
  }

  /** A repository other than the fake's own, e.g. a fork for head_repository / pull head. */
  makeRepo(owner: string, name = this.repo.name, fork = true): FakeRepo {
    return { id: this.id(), owner, name, fork, defaultBranch: this.repo.defaultBranch };
  }

  addComment(issueNumber: number, body: string, user: FakeUser = this.actor): CommentRecord {
    const stamp = now();
    const comment = { id: this.id(), issueNumber, body, user, createdAt: stamp, updatedAt: stamp };
    this.comments.set(comment.id, comment);
    return comment;
  }

  /** Comments on one issue, ascending by id as the API lists them. */
  commentsOn(issueNumber: number): CommentRecord[] {
    return [...this.comments.values()]
      .filter((c) => c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id);
  }

  addPull(
    pull: Partial<Omit<PullRecord, 'head' | 'base'>> & {
      head: { ref: string; sha: string; repo?: FakeRepo };
      base?: { ref?: string; sha?: string };
    },
  ): PullRecord {
    const stamp = now();
    const record: PullRecord = {
      number: pull.number ?? this.pulls.size + 1,
      state: pull.state ?? 'open',
      title: pull.title ?? 'A change',
      body: pull.body ?? null,
      user: pull.user ?? { login: 'octocat', id: 1, type: 'User' },
      draft: pull.draft ?? false,
      merged: pull.merged ?? false,
      head: { ref: pull.head.ref, sha: pull.head.sha, repo: pull.head.repo ?? this.repo },
      base: { ref: pull.base?.ref ?? this.repo.defaultBranch, sha: pull.base?.sha ?? '0'.repeat(40) },
      createdAt: pull.createdAt ?? stamp,
      updatedAt: pull.updatedAt ?? stamp,
    };
    this.pulls.set(record.number, record);
    return record;
  }

  setPullFiles(pullNumber: number, files: (Partial<PullFileRecord> & { filename: string })[]): void {
    this.pullFiles.set(
      pullNumber,
      files.map((f) => {
        const additions = f.additions ?? 1;
        const deletions = f.deletions ?? 0;
        return {
          status: 'modified',
          sha: createHash('sha1').update(f.filename).digest('hex'),
          ...f,
          additions,
          deletions,
          changes: f.changes ?? additions + deletions,
        };
      }),
    );
  }

  /** A file at a ref (branch, tag or sha). */
  setFile(ref: string, path: string, content: string | Uint8Array): void {
    this.files.set(
      `${ref}\0${path.replace(/^\/+/, '')}`,
      typeof content === 'string' ? Buffer.from(content) : content,
    );
  }

  setCompare(basehead: string, compare: Partial<CompareRecord>): void {
    this.compares.set(basehead, {
      status: compare.status ?? 'ahead',
      aheadBy: compare.aheadBy ?? 1,
      behindBy: compare.behindBy ?? 0,
      mergeBaseSha: compare.mergeBaseSha ?? '0'.repeat(40),
      files: compare.files ?? [],
    });
  }

  addWorkflowRun(run: Partial<WorkflowRunRecord> & { headSha: string }): WorkflowRunRecord {
    const id = run.id ?? this.id();
    const record: WorkflowRunRecord = {
      id,
      name: run.name ?? 'CI',
      path: run.path ?? '.github/workflows/ci.yml',
      workflowId: run.workflowId ?? 161335,
      headBranch: run.headBranch === undefined ? this.repo.defaultBranch : run.headBranch,
      headSha: run.headSha,
      event: run.event ?? 'push',
      status: run.status ?? 'completed',
      conclusion: run.conclusion === undefined ? 'success' : run.conclusion,
      headRepository: run.headRepository ?? this.repo,
      runAttempt: run.runAttempt ?? 1,
      runNumber: run.runNumber ?? this.workflowRuns.size + 1,
      pullRequests: run.pullRequests ?? [],
      actor: run.actor ?? { login: 'octocat', id: 1, type: 'User' },
      // Later additions are newer unless told otherwise, so "newest first" is well defined.
      createdAt:
        run.createdAt ?? new Date(Date.UTC(2026, 0, 1) + id * 1000).toISOString().replace('.000Z', 'Z'),
    };
    this.workflowRuns.set(id, record);
    return record;
  }

  addArtifact(
    artifact: Partial<Omit<ArtifactRecord, 'data'>> & { runId: number; name: string; data: Uint8Array },
  ): ArtifactRecord {
    const id = artifact.id ?? this.id();
    const run = this.workflowRuns.get(artifact.runId);
    const created = artifact.createdAt ?? run?.createdAt ?? now();
    const record: ArtifactRecord = {
      id,
      runId: artifact.runId,
      name: artifact.name,
      data: artifact.data,
      expired: artifact.expired ?? false,
      truncated: artifact.truncated ?? false,
      digest:
        artifact.digest === undefined
          ? `sha256:${createHash('sha256').update(artifact.data).digest('hex')}`
          : artifact.digest,
      createdAt: created,
      expiresAt: artifact.expiresAt ?? new Date(Date.parse(created) + 90 * 86_400_000).toISOString(),
    };
    this.artifacts.set(id, record);
    return record;
  }

  // ---- fault injection -----------------------------------------------------------------------------------

  /** The next `times` requests of an operation (by operationId) fail with `status`, e.g. a 502 once. */
  failNext(operationId: string, failure: FailureSpec): void {
    this.assertOperation(operationId);
    const queue = this.failures.get(operationId) ?? [];
    queue.push({ times: 1, ...failure });
    this.failures.set(operationId, queue);
  }

  /** Every request of the operation gets 403 "Resource not accessible by integration" (a read-only token). */
  forbid(operationId: string): void {
    this.assertOperation(operationId);
    this.forbidden.add(operationId);
  }

  /** From now on the artifact's download serves only the first half of its bytes. */
  truncateArtifact(artifactId: number): void {
    const artifact = this.artifacts.get(artifactId);
    if (!artifact) throw new Error(`No artifact ${artifactId}.`);
    artifact.truncated = true;
  }

  private assertOperation(operationId: string): void {
    if (!this.operations.some((op) => op.operationId === operationId)) {
      const known = [...new Set(this.operations.map((op) => op.operationId))].join(', ');
      throw new Error(`Unknown operationId '${operationId}'. Expected one of: ${known}.`);
    }
  }

  private takeFailure(operationId: string): FakeResponse | undefined {
    if (this.forbidden.has(operationId)) {
      return {
        status: 403,
        body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' },
        headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' },
      };
    }
    const queue = this.failures.get(operationId);
    const next = queue?.[0];
    if (!queue || !next) return undefined;
    if (next.after) {
      next.after -= 1;
      return undefined;
    }
    next.times = (next.times ?? 1) - 1;
    if (next.times <= 0) queue.shift();
    return {
      status: next.status,
      body: next.body ?? { message: `Injected failure ${next.status}`, documentation_url: DOCS },
      headers: next.headers,
    };
  }

  // ---- HTTP ----------------------------------------------------------------------------------------------

  private async handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    const method = req.method ?? 'GET';
    const original = req.url ?? '/';
    const url = new URL(original, this.url);
    const entry: FakeRequestLogEntry = {
      method,
      path: original,
      operationId: undefined,
      status: 0,
      violations: [],
      authorization: req.headers.authorization,
      accept: req.headers.accept,
    };
    this.requests.push(entry);
    const response = this.route(req, url, rawBody, entry);
    entry.status = response.status;
    this.send(res, response);
  }

  private route(req: IncomingMessage, url: URL, rawBody: string, entry: FakeRequestLogEntry): FakeResponse {
    const found = matchOperation(this.operations, entry.method, url.pathname);
    if (!found) {
      const allowed = pathExists(this.operations, url.pathname);
      entry.violations.push(`no ${entry.method} operation for this path in the OpenAPI subset`);
      return allowed ? { status: 405, body: { message: 'Method Not Allowed' } } : NOT_FOUND;
    }
    entry.operationId = found.op.operationId;
    const problems = this.validator.validate(found.op, {
      pathParams: found.pathParams,
      query: url.searchParams,
      contentType: req.headers['content-type'],
      body: rawBody,
    });
    entry.violations.push(...problems);
    // GitHub ignores unknown query parameters; everything else is a 422 there too.
    if (problems.some((p) => !p.endsWith('unknown query parameter'))) {
      return {
        status: 422,
        body: { message: 'Validation Failed', errors: problems, documentation_url: DOCS },
      };
    }
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (this.orgToken !== undefined && url.pathname.startsWith('/orgs/')) {
      if (token === this.requiredToken)
        return {
          status: 403,
          body: { message: 'Resource not accessible by integration', documentation_url: DOCS },
        };
      if (token !== this.orgToken)
        return { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS } };
    } else if (this.requiredToken !== undefined && token !== this.requiredToken) {
      return { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS } };
    }
    // Repository endpoints answer for the fake's repository only; `/user` has no owner/repo.
    const { owner, repo } = found.pathParams;
    if (
      owner !== undefined &&
      repo !== undefined &&
      (owner.toLowerCase() !== this.repo.owner.toLowerCase() ||
        repo.toLowerCase() !== this.repo.name.toLowerCase())
    ) {
      return NOT_FOUND;
    }
    const injected = this.takeFailure(found.op.operationId);
    if (injected) return injected;
    const handler = this.handlers[found.op.operationId];
    if (!handler) throw new Error(`No handler for ${found.op.operationId}.`);
    return handler({
      pathParams: found.pathParams,
      query: url.searchParams,
      body: rawBody.trim() ? (JSON.parse(rawBody) as Record<string, unknown>) : {},
      accept: req.headers.accept ?? '',
      pathname: url.pathname,
    });
  }

  private send(res: ServerResponse, response: FakeResponse): void {
    const headers: Record<string, string> = {
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...response.headers,
    };
    if (response.body === undefined) {
      res.writeHead(response.status, headers);
      res.end();
    } else if (response.body instanceof Uint8Array) {
      res.writeHead(response.status, { 'content-type': 'application/octet-stream', ...headers });
      res.end(response.body);
    } else {
      res.writeHead(response.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(response.body));
    }
  }

  private handleBlob(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.blobUrl);
    const log: BlobRequestLogEntry = {
      path: req.url ?? '/',
      status: 0,
      authorization: req.headers.authorization,
    };
    this.blobRequests.push(log);
    const reply = (status: number, body: string | Uint8Array, type: string): void => {
      log.status = status;
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (req.headers.authorization !== undefined) {
      reply(
        400,
        '<?xml version="1.0" encoding="utf-8"?><Error><Code>InvalidAuthenticationInfo</Code>' +
          '<Message>Authentication information is not given in the correct format.</Message></Error>',
        'application/xml',
      );
      return;
    }
    const signed = this.signedBlobs.get(url.searchParams.get('sig') ?? '');
    const artifact = signed ? this.artifacts.get(signed.artifactId) : undefined;
    if (!signed || !artifact || Date.now() > signed.expires) {
      reply(
        403,
        '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code>' +
          '<Message>Signature not valid or expired.</Message></Error>',
        'application/xml',
      );
      return;
    }
    const bytes = artifact.truncated
      ? artifact.data.subarray(0, Math.floor(artifact.data.byteLength / 2))
      : artifact.data;
    reply(200, bytes, 'application/zip');
  }

  // ---- pagination ----------------------------------------------------------------------------------------

  /** Slices one page and builds GitHub's Link header (next/last/first/prev) on loopback. */
  paginate<T>(
    ctx: HandlerContext,
    items: readonly T[],
    cap = Number.POSITIVE_INFINITY,
  ): { page: T[]; headers: Record<string, string> } {
    const perPage = Math.min(Math.max(Number(ctx.query.get('per_page') ?? 30) || 30, 1), 100);
    const pageNumber = Math.max(Number(ctx.query.get('page') ?? 1) || 1, 1);
    const visible = items.slice(0, cap);
    const lastPage = Math.max(Math.ceil(visible.length / perPage), 1);
    const page = visible.slice((pageNumber - 1) * perPage, pageNumber * perPage);
    const linkTo = (n: number): string => {
      const params = new URLSearchParams(ctx.query);
      params.set('per_page', String(perPage));
      params.set('page', String(n));
      return `<${this.url}${ctx.pathname}?${params.toString()}>`;
    };
    const links: string[] = [];
    if (pageNumber > 1) links.push(`${linkTo(pageNumber - 1)}; rel="prev"`);
    if (pageNumber < lastPage)
      links.push(`${linkTo(pageNumber + 1)}; rel="next"`, `${linkTo(lastPage)}; rel="last"`);
    if (pageNumber > 1) links.push(`${linkTo(1)}; rel="first"`);
    return { page, headers: links.length > 0 ? { link: links.join(', ') } : {} };
  }

  // ---- endpoints -----------------------------------------------------------------------------------------

  private buildHandlers(): Record<string, Handler> {
    const api = (): string => this.url;
    return {
      ...botHandlers(this),
      'repos/get': () => ({ status: 200, body: repoJson(this.repo, api()) }),
      // GITHUB_TOKEN and app installation tokens are not users: GitHub answers 403 (GITHUB-FACTS.md).
      'users/get-authenticated': () =>
        this.actor.type === 'User'
          ? { status: 200, body: { ...userJson(this.actor), name: null, email: null } }
          : {
              status: 403,
              body: { message: 'Resource not accessible by integration', documentation_url: DOCS },
            },

      'issues/list-comments': (ctx) => {
        const since = ctx.query.get('since');
        const all = this.commentsOn(Number(ctx.pathParams.issue_number)).filter(
          (c) => since === null || Date.parse(c.updatedAt) >= Date.parse(since),
        );
        const { page, headers } = this.paginate(ctx, all);
        return { status: 200, body: page.map((c) => commentJson(c, this.repo, api())), headers };
      },
      'issues/create-comment': (ctx) => {
        const comment = this.addComment(Number(ctx.pathParams.issue_number), String(ctx.body.body));
        return {
          status: 201,
          body: commentJson(comment, this.repo, api()),
          headers: { location: `${api()}/repos/${this.fullName}/issues/comments/${comment.id}` },
        };
      },
      'issues/update-comment': (ctx) => {
        const comment = this.comments.get(Number(ctx.pathParams.comment_id));
        if (!comment) return NOT_FOUND;
        comment.body = String(ctx.body.body);
        comment.updatedAt = now();
        return { status: 200, body: commentJson(comment, this.repo, api()) };
      },
      'issues/delete-comment': (ctx) => {
        const id = Number(ctx.pathParams.comment_id);
        if (!this.comments.delete(id)) return NOT_FOUND;
        return { status: 204 };
      },

      'repos/create-commit-status': (ctx) => {
        const description = (ctx.body.description as string | null | undefined) ?? null;
        if (description !== null && description.length > 140) {
          return {
            status: 422,
            body: {
              message: 'Validation Failed',
              errors: [
                {
                  resource: 'Status',
                  code: 'custom',
                  field: 'description',
                  message: 'description is too long (maximum is 140 characters)',
                },
              ],
              documentation_url: DOCS,
            },
          };
        }
        const status: StatusRecord = {
          id: this.id(),
          sha: ctx.pathParams.sha,
          state: String(ctx.body.state),
          context: (ctx.body.context as string | undefined) ?? 'default',
          description,
          targetUrl: (ctx.body.target_url as string | null | undefined) ?? null,
          createdAt: now(),
        };
        this.statuses.push(status);
        return { status: 201, body: statusJson(status, this.repo, api()) };
      },

      'checks/create': (ctx) => this.writeCheckRun(undefined, ctx.body),
      'checks/update': (ctx) => {
        const existing = this.checkRuns.get(Number(ctx.pathParams.check_run_id));
        return existing ? this.writeCheckRun(existing, ctx.body) : NOT_FOUND;
      },

      'repos/get-content': (ctx) => {
        const ref = ctx.query.get('ref') ?? this.repo.defaultBranch;
        const path = ctx.pathParams.path.replace(/^\/+/, '');
        const data = this.files.get(`${ref}\0${path}`);
        if (!data) return NOT_FOUND;
        if (/application\/vnd\.github(?:\.v3)?\.raw/i.test(ctx.accept)) {
          // The charset suffix is why Octokit hands raw content back as a string.
          return {
            status: 200,
            body: data,
            headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' },
          };
        }
        if (data.byteLength > ONE_MEGABYTE) {
          return {
            status: 403,
            body: {
              message:
                'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, ' +
                'but you can use the Git Data API to request blobs up to 100 MB in size.',
              errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }],
              documentation_url: DOCS,
            },
          };
        }
        const sha = gitBlobSha(data);
        const self = `${api()}/repos/${this.fullName}/contents/${path}?ref=${encodeURIComponent(ref)}`;
        return {
          status: 200,
          body: {
            type: 'file',
            encoding: 'base64',
            size: data.byteLength,
            name: path.split('/').pop(),
            path,
            content: wrappedBase64(data),
            sha,
            url: self,
            git_url: `${api()}/repos/${this.fullName}/git/blobs/${sha}`,
            html_url: `https://github.com/${this.fullName}/blob/${ref}/${path}`,
            download_url: null,
            _links: { self, git: `${api()}/repos/${this.fullName}/git/blobs/${sha}`, html: null },
          },
        };
      },

      'pulls/list': (ctx) => {
        const state = ctx.query.get('state') ?? 'open';
        const head = ctx.query.get('head');
        const base = ctx.query.get('base');
        const matching = [...this.pulls.values()]
          .filter((p) => state === 'all' || p.state === state)
          .filter((p) => {
            if (head === null) return true;
            const [owner, ref] = head.includes(':') ? head.split(':', 2) : [this.repo.owner, head];
            return p.head.repo.owner.toLowerCase() === owner.toLowerCase() && p.head.ref === ref;
          })
          .filter((p) => base === null || p.base.ref === base)
          .sort((a, b) => b.number - a.number);
        const { page, headers } = this.paginate(ctx, matching);
        return { status: 200, body: page.map((p) => pullJson(p, this.repo, api())), headers };
      },
      'pulls/get': (ctx) => {
        const pull = this.pulls.get(Number(ctx.pathParams.pull_number));
        return pull ? { status: 200, body: pullJson(pull, this.repo, api()) } : NOT_FOUND;
      },
      'pulls/list-files': (ctx) => {
        const number = Number(ctx.pathParams.pull_number);
        if (!this.pulls.has(number)) return NOT_FOUND;
        // GitHub lists at most 3,000 files of a pull request.
        const { page, headers } = this.paginate(ctx, this.pullFiles.get(number) ?? [], 3000);
        return { status: 200, body: page.map((f) => pullFileJson(f, this.repo)), headers };
      },
      'repos/compare-commits-with-basehead': (ctx) => {
        const compare = this.compares.get(ctx.pathParams.basehead);
        if (!compare) return NOT_FOUND;
        return {
          status: 200,
          body: {
            url: `${api()}/repos/${this.fullName}/compare/${ctx.pathParams.basehead}`,
            status: compare.status,
            ahead_by: compare.aheadBy,
            behind_by: compare.behindBy,
            total_commits: compare.aheadBy,
            merge_base_commit: { sha: compare.mergeBaseSha },
            commits: [],
            // The compare endpoint lists at most 300 files.
            files: compare.files.slice(0, 300).map((f) => pullFileJson(f, this.repo)),
          },
        };
      },
      'repos/list-pull-requests-associated-with-commit': (ctx) => {
        // Commits that exist only in a fork are unknown to the base repository: GitHub answers [].
        const pulls = [...this.pulls.values()].filter(
          (p) => p.head.sha === ctx.pathParams.commit_sha && p.head.repo.id === this.repo.id,
        );
        const { page, headers } = this.paginate(ctx, pulls);
        return { status: 200, body: page.map((p) => pullJson(p, this.repo, api())), headers };
      },

      'actions/list-workflow-runs': (ctx) => this.listRuns(ctx, ctx.pathParams.workflow_id),
      'actions/list-workflow-runs-for-repo': (ctx) => this.listRuns(ctx, undefined),
      'actions/get-workflow-run': (ctx) => {
        const run = this.workflowRuns.get(Number(ctx.pathParams.run_id));
        return run ? { status: 200, body: workflowRunJson(run, this.repo, api()) } : NOT_FOUND;
      },
      'actions/list-workflow-run-artifacts': (ctx) => {
        const runId = Number(ctx.pathParams.run_id);
        if (!this.workflowRuns.has(runId)) return NOT_FOUND;
        return this.listArtifacts(ctx, (a) => a.runId === runId);
      },
      'actions/list-artifacts-for-repo': (ctx) => this.listArtifacts(ctx, () => true),
      'actions/download-artifact': (ctx) => {
        const artifact = this.artifacts.get(Number(ctx.pathParams.artifact_id));
        if (!artifact || ctx.pathParams.archive_format !== 'zip') return NOT_FOUND;
        if (artifact.expired)
          return { status: 410, body: { message: 'Artifact has expired', documentation_url: DOCS } };
        const sig = randomBytes(16).toString('hex');
        const expires = Date.now() + this.blobUrlTtlMs;
        this.signedBlobs.set(sig, { artifactId: artifact.id, expires });
        const se = new Date(expires).toISOString();
        return {
          status: 302,
          headers: {
            location: `${this.blobUrl}/artifacts/${artifact.id}.zip?sig=${sig}&se=${encodeURIComponent(se)}`,
          },
        };
      },
    };
  }

  private writeCheckRun(existing: CheckRunRecord | undefined, body: Record<string, unknown>): FakeResponse {
    const output = body.output as
      { title?: string; summary?: string; text?: string; annotations?: unknown[] } | undefined;
    if ((output?.annotations?.length ?? 0) > 50) {
      return {
        status: 422,
        body: { message: 'Only 50 annotations may be sent per request.', documentation_url: DOCS },
      };
    }
    const stamp = now();
    const run: CheckRunRecord = existing ?? {
      id: this.id(),
      name: String(body.name),
      headSha: String(body.head_sha),
      status: 'queued',
      conclusion: null,
      detailsUrl: null,
      externalId: null,
      output: { title: null, summary: null, text: null, annotations: [] },
      startedAt: stamp,
      completedAt: null,
      history: [],
    };
    run.history.push(body);
    if (typeof body.name === 'string') run.name = body.name;
    if (typeof body.details_url === 'string') run.detailsUrl = body.details_url;
    if (typeof body.external_id === 'string') run.externalId = body.external_id;
    if (typeof body.started_at === 'string') run.startedAt = body.started_at;
    if (typeof body.status === 'string') run.status = body.status;
    // Setting a conclusion marks the run completed, whatever `status` said.
    if (typeof body.conclusion === 'string') {
      run.conclusion = body.conclusion;
      run.status = 'completed';
    }
    if (run.status === 'completed')
      run.completedAt = (body.completed_at as string | undefined) ?? run.completedAt ?? stamp;
    if (output) {
      run.output.title = output.title ?? run.output.title;
      run.output.summary = output.summary ?? run.output.summary;
      run.output.text = output.text ?? run.output.text;
      // Annotations accumulate across updates, 50 per request.
      run.output.annotations.push(...(output.annotations ?? []));
    }
    this.checkRuns.set(run.id, run);
    return { status: existing ? 200 : 201, body: checkRunJson(run, this.repo, this.url) };
  }

  private listRuns(ctx: HandlerContext, workflowId: string | undefined): FakeResponse {
    const q = ctx.query;
    const status = q.get('status');
    const conclusions = new Set([
      'action_required',
      'cancelled',
      'failure',
      'neutral',
      'skipped',
      'stale',
      'success',
      'timed_out',
    ]);
    const matching = [...this.workflowRuns.values()]
      .filter(
        (r) =>
          workflowId === undefined ||
          String(r.workflowId) === workflowId ||
          r.path === workflowId ||
          r.path.split('/').pop() === workflowId,
      )
      .filter((r) => q.get('branch') === null || r.headBranch === q.get('branch'))
      .filter((r) => q.get('event') === null || r.event === q.get('event'))
      .filter((r) => q.get('head_sha') === null || r.headSha === q.get('head_sha'))
      .filter((r) => q.get('actor') === null || r.actor.login === q.get('actor'))
      .filter((r) => createdMatches(r.createdAt, q.get('created')))
      // `status` takes a status or a conclusion.
      .filter(
        (r) => status === null || (conclusions.has(status) ? r.conclusion === status : r.status === status),
      )
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
    // Any of these filters caps a search at 1,000 listed runs (total_count here stays the full count: unverified).
    const filtered = ['actor', 'branch', 'check_suite_id', 'created', 'event', 'head_sha', 'status'].some(
      (name) => q.has(name),
    );
    const { page, headers } = this.paginate(ctx, matching, filtered ? 1000 : Number.POSITIVE_INFINITY);
    const excludePulls = q.get('exclude_pull_requests') === 'true';
    return {
      status: 200,
      body: {
        total_count: matching.length,
        workflow_runs: page.map((r) => {
          const json = workflowRunJson(r, this.repo, this.url);
          return excludePulls ? { ...json, pull_requests: [] } : json;
        }),
      },
      headers,
    };
  }

  private listArtifacts(ctx: HandlerContext, keep: (a: ArtifactRecord) => boolean): FakeResponse {
    const name = ctx.query.get('name');
    const direction = ctx.query.get('direction') ?? 'desc';
    const matching = [...this.artifacts.values()]
      .filter(keep)
      .filter((a) => name === null || a.name === name)
      .sort((a, b) => (direction === 'asc' ? a.id - b.id : b.id - a.id));
    const { page, headers } = this.paginate(ctx, matching);
    return {
      status: 200,
      body: {
        total_count: matching.length,
        artifacts: page.map((a) => artifactJson(a, this.workflowRuns.get(a.runId), this.repo, this.url)),
      },
      headers,
    };
  }
}

/** Creates and starts a fake; `await fake.stop()` when done. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  return new FakeGitHub(options).start();
}
