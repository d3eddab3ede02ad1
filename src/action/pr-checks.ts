import { readFile } from 'node:fs/promises';
import {
  cardRowsFromResult,
  metricsChangedFrom,
  runConfigChecks,
  type CardRow,
  type CheckContext,
  type CheckResult,
} from '../checks/index.js';
import type { ResolvedConfig } from '../spec/config.js';
import type { Comparison } from '../generated/comparison.js';
import type { EvalgateResult } from '../generated/result.js';
import { resolveInside } from '../io/contained.js';
import { InputError } from '../io/errors.js';
import { describeFsError } from '../io/lines.js';
import { parseResult } from '../result/result-file.js';
import { api } from './api-errors.js';
import type { RepoRef } from './events.js';
import type { Octokit } from './octokit.js';
import { readRepoBytes } from './repo-files.js';

/** GitHub lists at most 3,000 files of a pull request. */
export const PULL_FILES_CAP = 3000;
const PER_PAGE = 100;

export interface PullFiles {
  /** Repository-relative paths; a renamed file is listed under its old and its new name. */
  readonly files: string[];
  /** The list stopped at GitHub's cap, so some changed files are missing from it. */
  readonly truncated: boolean;
}

/**
 * The pull request's changed files (`GET /repos/{owner}/{repo}/pulls/{pull_number}/files`, 100 a page),
 * stopping at GitHub's 3,000-file cap. `changedFiles` is the PR's own count when known: a list that
 * reaches the cap is truncated unless that count says it holds exactly 3,000 files.
 */
export async function listPullFiles(
  octokit: Octokit,
  repo: RepoRef,
  pullNumber: number,
  changedFiles?: number,
): Promise<PullFiles> {
  const files: string[] = [];
  let listed = 0;
  for (let page = 1; listed < PULL_FILES_CAP; page++) {
    const { data } = await api(
      `Listing the files of pull request #${pullNumber}`,
      'pull-requests: read',
      () =>
        octokit.rest.pulls.listFiles({
          owner: repo.owner,
          repo: repo.repo,
          pull_number: pullNumber,
          per_page: PER_PAGE,
          page,
        }),
    );
    for (const file of data) {
      files.push(file.filename);
      if (file.previous_filename && file.previous_filename !== file.filename)
        files.push(file.previous_filename);
    }
    listed += data.length;
    if (data.length < PER_PAGE) break;
  }
  // Only a count of exactly the cap says a full list is complete; a missing or stale count does not.
  const truncated = listed >= PULL_FILES_CAP && changedFiles !== listed;
  return { files: [...new Set(files)], truncated };
}

/** Where the checks read the pull request's head files from. */
export type HeadFiles =
  | { readonly from: 'workspace'; readonly root: string }
  /** workflow_run: no checkout of the fork, so its files come through the API at the head commit. */
  | { readonly from: 'api' };

export interface PullCheckSource {
  readonly octokit: Octokit;
  readonly repo: RepoRef;
  readonly pullNumber: number;
  readonly baseSha: string;
  readonly headSha: string;
  /** The PR description; a PR without one has `''`. */
  readonly body: string;
  readonly labels: readonly string[];
  /** The PR's `changed_files` count, when the payload has it. */
  readonly changedFiles?: number;
  readonly headFiles: HeadFiles;
}

export interface PullChecks {
  readonly results: CheckResult[];
  /** GitHub's list of changed files stopped at 3,000: rules on changed files saw only those. */
  readonly changedFilesTruncated: boolean;
}

/** Whether the config has any documentation rule (top level or in a suite). */
export function hasCheckRules(config: ResolvedConfig, suite?: string): boolean {
  return (
    (config.checks?.length ?? 0) > 0 ||
    config.suites.some((s) => (suite === undefined || s.name === suite) && (s.checks?.length ?? 0) > 0)
  );
}

/**
 * Runs the config's documentation rules (the base branch's config, so a PR cannot weaken its own checks)
 * against the pull request: its changed files, description and labels from GitHub, metrics from this
 * run's comparison and head result.
 */
export async function runPullChecks(
  config: ResolvedConfig,
  source: PullCheckSource,
  head: EvalgateResult,
  comparison: Comparison | undefined,
  suite?: string,
): Promise<PullChecks> {
  const { files, truncated } = await listPullFiles(
    source.octokit,
    source.repo,
    source.pullNumber,
    source.changedFiles,
  );
  const headRows = cardRowsFromResult(head);
  const ctx: CheckContext = {
    changedFiles: files,
    changedFilesTruncated: truncated,
    prBody: source.body,
    labels: [...source.labels],
    metricsChanged: comparison ? metricsChangedFrom(comparison) : null,
    goldenFiles: config.suites.map((s) => s.golden.display),
    readFile: fileReader(source),
    cardRows: cardRowsReader(source, headRows),
  };
  return { results: await runConfigChecks(config, ctx, suite), changedFilesTruncated: truncated };
}

function fileReader(source: PullCheckSource): CheckContext['readFile'] {
  return async (path, ref) => {
    if (ref === 'base') return repoBytes(source, path, source.baseSha);
    if (source.headFiles.from === 'workspace') return readWorkspaceFile(source.headFiles.root, path);
    return repoBytes(source, path, source.headSha);
  };
}

async function repoBytes(source: PullCheckSource, path: string, sha: string): Promise<Buffer | null> {
  return (await readRepoBytes(source.octokit, source.repo, path, sha)) ?? null;
}

/** A head file from the checkout; a path or symlink that leads outside the workspace is refused. */
async function readWorkspaceFile(root: string, path: string): Promise<Buffer | null> {
  const full = resolveInside(root, path, 'a documentation check');
  try {
    return await readFile(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw new InputError({ file: path, message: `cannot read the file (${describeFsError(error)})` });
  }
}

/**
 * Metrics for `card` rules: this run's head result, or a rule's own result artifact read at the head
 * commit (through the API on workflow_run, where the fork is not checked out).
 */
function cardRowsReader(
  source: PullCheckSource,
  headRows: CardRow[],
): (result: string | undefined) => Promise<CardRow[] | null> {
  const cache = new Map<string, Promise<CardRow[] | null>>();
  return (result) => {
    if (result === undefined) return Promise.resolve(headRows);
    let rows = cache.get(result);
    if (!rows) {
      rows = fileReader(source)(result, 'head').then((bytes) => {
        if (bytes === null) return null;
        return cardRowsFromResult(parseResult(bytes.toString('utf8'), result));
      });
      cache.set(result, rows);
    }
    return rows;
  };
}
