// Runs the bundled action (`node dist/index.js`) as a child process with the environment a GitHub runner gives
// it, and reads back what it wrote: exit code, stdout/stderr, GITHUB_OUTPUT outputs and the step summary.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.js';

export type JsonObject = { [key: string]: unknown };

export interface WebhookExampleSelector {
  /** Webhook event name, e.g. `pull_request`, `push`, `workflow_run`. */
  event: string;
  /** Payload `action`, e.g. `opened`, `synchronize`, `completed`; omit for `push`. */
  action?: string;
  /** Which of the matching examples (default the first). */
  index?: number;
  /** Deep-merged over the example: objects merge key by key, arrays and scalars replace. */
  overrides?: JsonObject;
}

interface WebhookDefinition {
  name: string;
  examples: JsonObject[];
}

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepMerge(base: JsonObject, overrides: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return out;
}

/** A payload from @octokit/webhooks-examples (GitHub's documented examples), with overrides deep-merged. */
export function loadWebhookPayload(selector: WebhookExampleSelector): JsonObject {
  const require = createRequire(import.meta.url);
  const definitions = require('@octokit/webhooks-examples') as WebhookDefinition[];
  const definition = definitions.find((d) => d.name === selector.event);
  if (!definition) throw new Error(`No webhook examples for event '${selector.event}'.`);
  const examples = definition.examples.filter(
    (e) => selector.action === undefined || e.action === selector.action,
  );
  const example = examples[selector.index ?? 0];
  if (!example) {
    const actions = [...new Set(definition.examples.map((e) => String(e.action)))].join(', ');
    throw new Error(
      `No example ${selector.index ?? 0} for '${selector.event}' action '${selector.action}'. Actions: ${actions}.`,
    );
  }
  return deepMerge(structuredClone(example), selector.overrides ?? {});
}

/** The environment variable @actions/core reads an input from: `INPUT_` + name, spaces to `_`, upper-cased. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Parses a GITHUB_OUTPUT file: `name<<DELIMITER` … `DELIMITER` blocks as @actions/core writes them, and
 * plain `name=value` lines.
 */
export function parseGithubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const end = lines.indexOf(delimiter, i + 1);
      if (end === -1) throw new Error(`Output '${name}' has no closing delimiter '${delimiter}'.`);
      outputs[name] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq === -1) throw new Error(`Unreadable GITHUB_OUTPUT line: '${line}'.`);
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

export interface RunActionOptions {
  /** GitHub API base URL on loopback (FakeGitHub.url or PrismServer.url). */
  apiUrl: string;
  /** Script to run; default `<repo>/dist/index.js`. */
  entry?: string;
  /** Action inputs by their action.yml names, e.g. { 'github-token': 't', config: 'evalgate.yml' }. */
  inputs?: Record<string, string>;
  /** Event name (GITHUB_EVENT_NAME); default `example.event`. */
  eventName?: string;
  /** Payload for GITHUB_EVENT_PATH, loaded from @octokit/webhooks-examples. */
  example?: WebhookExampleSelector;
  /** Payload for GITHUB_EVENT_PATH, given whole (wins over `example`). */
  payload?: JsonObject;
  /** owner/repo; default the payload's repository.full_name. */
  repository?: string;
  /** GITHUB_SHA; default the payload's `after` (push) or pull request merge/head sha, else 40 zeros. */
  sha?: string;
  ref?: string;
  /** The action's working directory and GITHUB_WORKSPACE; default a fresh temp dir. */
  workspace?: string;
  runId?: number;
  runAttempt?: number;
  workflowRef?: string;
  /** Extra variables, applied last (may override any of the above). */
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The temp dir holding event.json, output, summary, env and runner_temp/. */
  tempDir: string;
  eventPath: string;
  /** The environment the child got (for debugging a failing test). */
  env: Record<string, string>;
}

function pick(payload: JsonObject, ...path: string[]): unknown {
  let value: unknown = payload;
  for (const key of path) value = isPlainObject(value) ? value[key] : undefined;
  return value;
}

function defaultRef(eventName: string, payload: JsonObject): string {
  const number = pick(payload, 'pull_request', 'number') ?? pick(payload, 'number');
  if (eventName.startsWith('pull_request') && number !== undefined)
    return `refs/pull/${String(number)}/merge`;
  const ref = pick(payload, 'ref');
  if (typeof ref === 'string') return ref;
  return `refs/heads/${String(pick(payload, 'repository', 'default_branch') ?? 'main')}`;
}

function defaultSha(payload: JsonObject): string {
  // Mirrors the runner: push → after; pull_request → the merge commit (the payload has none, so head);
  // workflow_run → the default branch head, which examples do not carry.
  const candidates = [
    pick(payload, 'after'),
    pick(payload, 'pull_request', 'merge_commit_sha'),
    pick(payload, 'pull_request', 'head', 'sha'),
  ];
  const sha = candidates.find((c) => typeof c === 'string' && /^[0-9a-f]{40}$/.test(c));
  return typeof sha === 'string' ? sha : '0'.repeat(40);
}

/** Runs the action once; never throws for a non-zero exit (inspect `code`). */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const tempDir = await mkdtemp(join(tmpdir(), 'evalgate-action-'));
  const payload: JsonObject = options.payload ?? (options.example ? loadWebhookPayload(options.example) : {});
  const eventName = options.eventName ?? options.example?.event;
  if (!eventName) throw new Error('runAction needs eventName (or example) to set GITHUB_EVENT_NAME.');
  const repository =
    options.repository ?? String(pick(payload, 'repository', 'full_name') ?? 'octo-org/octo-repo');
  const workspace = options.workspace ?? (await mkdtemp(join(tmpdir(), 'evalgate-workspace-')));
  const eventPath = join(tempDir, 'event.json');
  const outputPath = join(tempDir, 'output');
  const summaryPath = join(tempDir, 'summary.md');
  const runnerTemp = await mkdtemp(join(tempDir, 'runner_temp-'));
  await writeFile(eventPath, JSON.stringify(payload, null, 2));
  await Promise.all(
    [outputPath, summaryPath, join(tempDir, 'env'), join(tempDir, 'path'), join(tempDir, 'state')].map((p) =>
      writeFile(p, ''),
    ),
  );

  const serverUrl = 'https://github.com';
  const ref = options.ref ?? defaultRef(eventName, payload);
  const env: Record<string, string> = {
    // Only what a runner provides: none of the developer's or CI's own GITHUB_* variables leak in.
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? tempDir,
    TMPDIR: tmpdir(),
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'evalgate-test-runner',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(tempDir, 'toolcache'),
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_ENV: join(tempDir, 'env'),
    GITHUB_PATH: join(tempDir, 'path'),
    GITHUB_STATE: join(tempDir, 'state'),
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    GITHUB_REPOSITORY_ID: String(pick(payload, 'repository', 'id') ?? 1296269),
    GITHUB_SHA: options.sha ?? defaultSha(payload),
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: String(options.runId ?? 4242),
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_WORKFLOW: 'CI',
    GITHUB_WORKFLOW_REF: options.workflowRef ?? `${repository}/.github/workflows/ci.yml@${ref}`,
    GITHUB_JOB: 'evalgate',
    GITHUB_ACTION: 'evalgate',
    GITHUB_ACTOR: String(pick(payload, 'sender', 'login') ?? 'octocat'),
    GITHUB_RETENTION_DAYS: '90',
  };
  if (eventName.startsWith('pull_request')) {
    env.GITHUB_BASE_REF = String(pick(payload, 'pull_request', 'base', 'ref') ?? '');
    env.GITHUB_HEAD_REF = String(pick(payload, 'pull_request', 'head', 'ref') ?? '');
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputEnvName(name)] = value;
  Object.assign(env, options.env);

  const entry = options.entry ?? join(REPO_ROOT, 'dist', 'index.js');
  const { code, signal, stdout, stderr } = await new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve, reject) => {
    const child = spawn(process.execPath, [entry], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (exitCode, exitSignal) => {
      clearTimeout(timer);
      resolve({ code: exitCode, signal: exitSignal, stdout: out, stderr: err });
    });
  });

  return {
    code,
    signal,
    stdout,
    stderr,
    outputs: parseGithubOutput(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
    tempDir,
    eventPath,
    env,
  };
}
