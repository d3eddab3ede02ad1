import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/load.js';
import { evaluateConfig } from '../evaluate/evaluate.js';
import { commandEnvironment } from '../evaluate/run-command.js';
import type { ResolvedConfig } from '../spec/config.js';
import type { BaselineOutcome } from './baseline-store.js';

/**
 * `baseline.fallback: evaluate` (issue #12): when the pull_request job finds no stored baseline, it checks
 * out the merge base in a git worktree and evaluates it there, with the base branch's config and `run:`
 * commands, never the pull request's. The result is used for this comparison only: nothing is written
 * where the workflow would upload or cache it. Any failure is an error outcome, never "no baseline".
 */

/** The git operations the fallback needs, behind an interface so tests can point it at a real temp repo. */
export interface GitOps {
  isShallow(): Promise<boolean>;
  hasCommit(sha: string): Promise<boolean>;
  fetchCommit(sha: string): Promise<void>;
  addWorktree(path: string, sha: string): Promise<void>;
  removeWorktree(path: string): Promise<void>;
}

/** GitOps with the git CLI in `repoDir` (the action's checkout), without the withheld variables. */
export function gitCli(repoDir: string): GitOps {
  const git = (args: readonly string[]): Promise<string> =>
    new Promise((resolve, reject) => {
      execFile(
        'git',
        // No hooks: a checkout's .git/hooks run nothing here.
        ['-c', 'core.hooksPath=/dev/null', ...args],
        { cwd: repoDir, env: commandEnvironment(process.env), maxBuffer: 1024 * 1024 },
        (error, stdout, stderr) => {
          if (!error) return resolve(stdout.trim());
          const detail = stderr.trim().split('\n').slice(-2).join(' | ') || error.message;
          reject(new Error(`git ${args.join(' ')}: ${detail}`));
        },
      );
    });
  return {
    isShallow: async () => (await git(['rev-parse', '--is-shallow-repository'])) === 'true',
    hasCommit: (sha) =>
      git(['cat-file', '-e', `${sha}^{commit}`]).then(
        () => true,
        () => false,
      ),
    fetchCommit: async (sha) => {
      await git(['fetch', '--no-tags', '--depth=1', 'origin', sha]);
    },
    addWorktree: async (path, sha) => {
      await git(['worktree', 'add', '--detach', path, sha]);
    },
    removeWorktree: async (path) => {
      await git(['worktree', 'remove', '--force', path]);
    },
  };
}

export interface FallbackRequest {
  readonly git: GitOps;
  readonly baseSha: string;
  readonly baseBranch: string;
  /** The base branch's config as the API returned it (the gating config). */
  readonly gateConfig: ResolvedConfig;
  /** The config file's path inside the repository. */
  readonly configPath: string;
  /** Why no stored baseline was found, for the comment. */
  readonly reason: string;
  readonly suite?: string;
  readonly runCommands: boolean;
  readonly passEnv: readonly string[];
  readonly log: (line: string) => void;
  /** Where the worktree goes (the runner's temp directory); the OS temp directory by default. */
  readonly tempDir?: string;
}

/** True when the outcome is "none exists" (not "could not look") and the base config asks to evaluate. */
export function wantsFallback(
  outcome: BaselineOutcome,
  gateConfigIsBase: boolean,
  config: ResolvedConfig,
): boolean {
  const settings = config.baseline;
  return (
    gateConfigIsBase &&
    !outcome.found &&
    outcome.lookupFailed !== true &&
    settings?.fallback === 'evaluate' &&
    settings.from !== 'none'
  );
}

/** Evaluates the merge base in a worktree; `found` with that result, or an error outcome with the reason. */
export async function evaluateMergeBase(request: FallbackRequest): Promise<BaselineOutcome> {
  const short = request.baseSha.slice(0, 7);
  const dir = await mkdtemp(join(request.tempDir ?? tmpdir(), 'evalgate-base-'));
  const worktree = join(dir, 'base');
  let added = false;
  try {
    if ((await request.git.isShallow()) || !(await request.git.hasCommit(request.baseSha))) {
      request.log(`Fetching the merge base ${request.baseSha}.`);
      await request.git.fetchCommit(request.baseSha);
    }
    await request.git.addWorktree(worktree, request.baseSha);
    added = true;
    // The same file the API returned for this commit; resolved again so its paths point into the worktree.
    const config = await loadConfig(join(worktree, request.configPath), { root: worktree });
    if (config.fingerprint !== request.gateConfig.fingerprint) {
      throw new Error(
        `${request.configPath} in the worktree differs from the base branch's config read through the API`,
      );
    }
    const result = await evaluateConfig(config, {
      suite: request.suite,
      runCommands: request.runCommands,
      git: { sha: request.baseSha, ref: `refs/heads/${request.baseBranch}` },
      log: request.log,
      confineTo: worktree,
      passEnv: request.passEnv,
    });
    return {
      found: true,
      baseline: {
        result,
        sha: request.baseSha,
        source: `an evaluation of the merge base in this job`,
        branch: request.baseBranch,
        behindBy: null,
        atMergeBase: true,
        note: `Baseline: evaluated here at the merge base \`${short}\` (no stored baseline: ${request.reason}).`,
      },
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      found: false,
      lookupFailed: true,
      reason: `baseline.fallback could not evaluate the merge base ${short} (no stored baseline: ${request.reason}): ${message}`,
    };
  } finally {
    if (added) await request.git.removeWorktree(worktree).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}
