import { createHash } from 'node:crypto';
import type { ResolvedBaselineSettings } from '../spec/config.js';
import type { EvalgateResult } from '../generated/result.js';
import { InputError } from '../io/errors.js';
import { MAX_RESULT_BYTES, parseResult } from '../result/result-file.js';
import { api, describeApiError, GitHubApiError } from './api-errors.js';
import type { RepoRef } from './events.js';
import type { Octokit } from './octokit.js';
import { isOwnRun } from './own-runs.js';
import { readRepoFile } from './repo-files.js';
import { ArtifactContentError, jsonFromZip } from './zip.js';

/** Zips larger than this are not downloaded (a result for 1M examples zips to a few MB). */
export const MAX_ARTIFACT_ZIP_BYTES = 64 * 1024 * 1024;
/** The JSON inside may not unpack to more than a result may be (checked before inflating). */
export const MAX_ARTIFACT_JSON_BYTES = MAX_RESULT_BYTES;
/** How many base-branch runs are scanned for a baseline, and how many ancestry checks are spent on them. */
const MAX_RUNS_SCANNED = 300;
const MAX_ANCESTRY_CHECKS = 20;

export interface Baseline {
  readonly result: EvalgateResult;
  /** The commit the baseline was computed on. */
  readonly sha: string;
  /** Where it came from, in words ("artifact evalgate-result of push run 123 on main"). */
  readonly source: string;
  /** The base branch it was looked up on. */
  readonly branch: string;
  /** Commits on the base branch after the baseline's commit (0 = at the tip); null when unknown. */
  readonly behindBy: number | null;
  /** True when the baseline commit is the pull request's merge base. */
  readonly atMergeBase: boolean;
  /** The comment's whole "Baseline: …" line, when the usual one does not fit (baseline-fallback.ts). */
  readonly note?: string;
  /** The run whose artifact it is (the trend's earlier baselines are older runs). */
  readonly runId?: number;
}

export type BaselineOutcome =
  | { readonly found: true; readonly baseline: Baseline }
  /** `problem`: a baseline existed but could not be used (damaged zip, invalid result): worth a warning. */
  | {
      readonly found: false;
      readonly reason: string;
      readonly problem?: string;
      readonly lookupFailed?: false;
    }
  /**
   * The API failed while looking (rate limit, 5xx, 403, 410): "could not look" is not "none exists", so this
   * is an error, never a pass. `reason` carries the API's own words.
   */
  | {
      readonly found: false;
      readonly lookupFailed: true;
      readonly reason: string;
      readonly problem?: undefined;
    };

/** Base-branch events whose successful runs may publish the baseline (issue #12). */
export const BASELINE_EVENTS: readonly string[] = ['push', 'schedule', 'workflow_dispatch'];

function lookupFailed(error: unknown, action: string): BaselineOutcome {
  const described = describeApiError(error, action, 'actions: read');
  return { found: false, lookupFailed: true, reason: described.message };
}

export interface BaselineQuery {
  readonly settings: ResolvedBaselineSettings;
  readonly repo: RepoRef;
  /** The base branch and its tip at the time of the event. */
  readonly branch: string;
  readonly baseSha: string;
  readonly headSha: string;
  readonly log: (line: string) => void;
}

export interface ArtifactRef {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  readonly digest: string | null;
  readonly runId: number;
}

const short = (sha: string): string => sha.slice(0, 7);

/** Finds the base branch's result as the config says: a workflow artifact, a committed file, or none. */
export async function findBaseline(octokit: Octokit, query: BaselineQuery): Promise<BaselineOutcome> {
  const { settings } = query;
  if (settings.from === 'none') return { found: false, reason: 'the config sets baseline.from: none' };
  if (settings.from === 'file') return fileBaseline(octokit, query, settings.path ?? '');
  return artifactBaseline(octokit, query);
}

async function fileBaseline(octokit: Octokit, query: BaselineQuery, path: string): Promise<BaselineOutcome> {
  let text: string | undefined;
  try {
    text = await readRepoFile(octokit, query.repo, path, query.baseSha);
  } catch (error) {
    return lookupFailed(error, `Reading the baseline file ${path} at ${short(query.baseSha)}`);
  }
  if (text === undefined)
    return { found: false, reason: `${path} does not exist at the base commit ${short(query.baseSha)}` };
  try {
    const result = parseResult(text, `${path}@${short(query.baseSha)}`);
    return {
      found: true,
      baseline: {
        result,
        sha: query.baseSha,
        source: `file ${path} at ${query.branch} (${short(query.baseSha)})`,
        branch: query.branch,
        behindBy: 0,
        atMergeBase: false,
      },
    };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { found: false, reason: `the baseline file is not a valid result`, problem: error.message };
  }
}

interface RunSummary {
  id: number;
  runNumber: number;
  headSha: string;
  event: string;
  trusted: boolean;
}

async function mergeBaseOf(octokit: Octokit, query: BaselineQuery): Promise<string> {
  try {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      owner: query.repo.owner,
      repo: query.repo.repo,
      basehead: `${query.baseSha}...${query.headSha}`,
      per_page: 1,
    });
    return data.merge_base_commit.sha;
  } catch (error) {
    query.log(
      `Cannot compute the merge base (${describeApiError(error, 'comparing commits', 'contents: read').message}); using the base tip.`,
    );
    return query.baseSha;
  }
}

/** How `descendant` relates to `ancestor`: commits it is ahead by, or null when it is not a descendant. */
async function aheadOf(
  octokit: Octokit,
  repo: RepoRef,
  ancestor: string,
  descendant: string,
): Promise<number | null | 'unknown'> {
  if (ancestor === descendant) return 0;
  try {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      owner: repo.owner,
      repo: repo.repo,
      basehead: `${ancestor}...${descendant}`,
      per_page: 1,
    });
    if (data.status === 'identical') return 0;
    if (data.status === 'ahead') return data.ahead_by;
    return null;
  } catch {
    return 'unknown';
  }
}

/**
 * Successful push, schedule and workflow_dispatch runs on the base branch, newest first: of one workflow when
 * `workflow` is set, else of any workflow (the artifact name then picks the run that published the
 * baseline). The API filters one event at a time, so the events are filtered here.
 */
async function* baseRuns(
  octokit: Octokit,
  query: BaselineQuery,
  workflow: string | undefined,
): AsyncGenerator<RunSummary> {
  let seen = 0;
  const filters = {
    owner: query.repo.owner,
    repo: query.repo.repo,
    branch: query.branch,
    status: 'success' as const,
    exclude_pull_requests: true,
    per_page: 100,
  };
  const iterator =
    workflow === undefined
      ? octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunsForRepo, filters)
      : octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
          ...filters,
          workflow_id: workflow,
        });
  for await (const page of iterator) {
    for (const run of page.data) {
      seen += 1;
      if (seen > MAX_RUNS_SCANNED) return;
      if (!BASELINE_EVENTS.includes(run.event)) continue;
      const trusted = isOwnRun(run, query.repo);
      yield { id: run.id, runNumber: run.run_number, headSha: run.head_sha, event: run.event, trusted };
    }
  }
}

/** The newest unexpired artifact of that name in a run, if any. */
export async function findRunArtifact(
  octokit: Octokit,
  repo: RepoRef,
  runId: number,
  name: string,
): Promise<ArtifactRef | undefined> {
  const { data } = await api(`Listing the artifacts of run ${runId}`, 'actions: read', () =>
    octokit.rest.actions.listWorkflowRunArtifacts({
      owner: repo.owner,
      repo: repo.repo,
      run_id: runId,
      name,
      per_page: 100,
    }),
  );
  const artifact = data.artifacts.find((a) => a.name === name && !a.expired);
  return artifact
    ? {
        id: artifact.id,
        name: artifact.name,
        size: artifact.size_in_bytes,
        digest: artifact.digest ?? null,
        runId,
      }
    : undefined;
}

/**
 * Downloads an artifact and returns the result inside, validated against the result schema. GitHub answers
 * the download with a 302 to a signed storage URL; the fetch follows it and drops the Authorization header
 * on the cross-origin hop (undici), as the storage requires.
 */
export async function downloadResultArtifact(
  octokit: Octokit,
  repo: RepoRef,
  artifact: ArtifactRef,
): Promise<EvalgateResult> {
  const what = `artifact '${artifact.name}' (id ${artifact.id}, run ${artifact.runId})`;
  if (artifact.size > MAX_ARTIFACT_ZIP_BYTES)
    throw new ArtifactContentError(
      `${what} is ${artifact.size} bytes; the limit is ${MAX_ARTIFACT_ZIP_BYTES}.`,
    );
  const response = await api(`Downloading ${what}`, 'actions: read', () =>
    octokit.rest.actions.downloadArtifact({
      owner: repo.owner,
      repo: repo.repo,
      artifact_id: artifact.id,
      archive_format: 'zip',
    }),
  );
  const data: unknown = response.data;
  const zip =
    data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : data instanceof Uint8Array
        ? data
        : typeof data === 'string'
          ? new Uint8Array(Buffer.from(data, 'binary'))
          : new Uint8Array();
  if (artifact.digest?.startsWith('sha256:')) {
    const actual = `sha256:${createHash('sha256').update(zip).digest('hex')}`;
    if (actual !== artifact.digest) {
      throw new ArtifactContentError(
        `${what} does not match its digest (expected ${artifact.digest}, got ${actual} over ${zip.byteLength} bytes): the download is incomplete or altered.`,
      );
    }
  }
  const { name, text } = jsonFromZip(zip, what, MAX_ARTIFACT_JSON_BYTES);
  return parseResult(text, `${what}: ${name}`);
}

type Candidate = { run: RunSummary; artifact: ArtifactRef; ahead: number | null };

/** How many artifacts that expired between listing and download (410) are skipped before giving up. */
const MAX_EXPIRED_SKIPS = 3;

/**
 * Scans the base branch's runs for the baseline: the newest run at or before the merge base with the
 * artifact, else the first whose ancestry is unknown. Artifacts in `skip` (expired since) are passed over.
 */
async function scanRuns(
  octokit: Octokit,
  query: BaselineQuery,
  mergeBase: string,
  ancestry: Map<string, number | null | 'unknown'>,
  skip: ReadonlySet<number>,
): Promise<{ pick?: Candidate; untrusted: number }> {
  const { settings, repo } = query;
  let untrusted = 0;
  let fallback: Candidate | undefined;
  for await (const run of baseRuns(octokit, query, settings.workflow)) {
    if (!run.trusted) {
      untrusted += 1;
      continue;
    }
    // Several workflows' runs share a commit: ask about each commit once.
    let ahead: number | null | 'unknown' =
      run.headSha === mergeBase ? 0 : (ancestry.get(run.headSha) ?? 'unknown');
    // The map holds one entry per ancestry check spent.
    if (ahead === 'unknown' && !ancestry.has(run.headSha) && ancestry.size < MAX_ANCESTRY_CHECKS) {
      ahead = await aheadOf(octokit, repo, run.headSha, mergeBase);
      ancestry.set(run.headSha, ahead);
    }
    // Runs on commits after the merge base are not what this PR started from.
    if (ahead === null) continue;
    const artifact = await findRunArtifact(octokit, repo, run.id, settings.artifact);
    if (!artifact || skip.has(artifact.id)) continue;
    if (ahead === 'unknown') {
      fallback ??= { run, artifact, ahead: null };
      if (ancestry.size >= MAX_ANCESTRY_CHECKS) break;
      continue;
    }
    return { pick: { run, artifact, ahead }, untrusted };
  }
  return { pick: fallback, untrusted };
}

async function artifactBaseline(octokit: Octokit, query: BaselineQuery): Promise<BaselineOutcome> {
  const { settings, repo } = query;
  const runsOf = settings.workflow === undefined ? 'any workflow' : settings.workflow;
  const mergeBase = await mergeBaseOf(octokit, query);
  const ancestry = new Map<string, number | null | 'unknown'>();
  const expired = new Set<number>();
  for (;;) {
    let scan: Awaited<ReturnType<typeof scanRuns>>;
    try {
      scan = await scanRuns(octokit, query, mergeBase, ancestry, expired);
    } catch (error) {
      return lookupFailed(error, `Listing the runs of ${runsOf} on ${query.branch}`);
    }
    if (scan.untrusted > 0 && expired.size === 0)
      query.log(`Skipped ${scan.untrusted} run(s) on '${query.branch}' whose head repository is a fork.`);
    const pick = scan.pick;
    if (!pick) {
      return {
        found: false,
        reason: `no successful ${BASELINE_EVENTS.join(', ')} run of ${runsOf} on ${query.branch} has an unexpired '${settings.artifact}' artifact`,
      };
    }
    let result: EvalgateResult;
    try {
      result = await downloadResultArtifact(octokit, repo, pick.artifact);
    } catch (error) {
      if (error instanceof ArtifactContentError || error instanceof InputError) {
        return { found: false, reason: 'the baseline artifact could not be read', problem: error.message };
      }
      // Expired between listing and download: an older run's artifact may still be there.
      if (error instanceof GitHubApiError && error.status === 410 && expired.size < MAX_EXPIRED_SKIPS) {
        query.log(`${error.message} Trying the next run.`);
        expired.add(pick.artifact.id);
        continue;
      }
      return lookupFailed(error, `Downloading the baseline artifact of run ${pick.run.id}`);
    }
    return found(octokit, query, pick, result, mergeBase);
  }
}

async function found(
  octokit: Octokit,
  query: BaselineQuery,
  pick: Candidate,
  result: EvalgateResult,
  mergeBase: string,
): Promise<BaselineOutcome> {
  if (result.git?.sha && result.git.sha !== pick.run.headSha) {
    query.log(
      `The baseline result says it was computed on ${result.git.sha}, but its run built ${pick.run.headSha}; the run's commit is used.`,
    );
  }
  const behindBy =
    pick.run.headSha === query.baseSha
      ? 0
      : await aheadOf(octokit, query.repo, pick.run.headSha, query.baseSha);
  return {
    found: true,
    baseline: {
      result,
      sha: pick.run.headSha,
      source: `artifact '${query.settings.artifact}' of ${pick.run.event} run #${pick.run.runNumber} (id ${pick.run.id}) on ${query.branch}`,
      branch: query.branch,
      behindBy: typeof behindBy === 'number' ? behindBy : null,
      atMergeBase: pick.run.headSha === mergeBase,
      runId: pick.run.id,
    },
  };
}
