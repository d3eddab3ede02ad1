import type { CheckSeverity } from '../spec/checks.js';

export { CHECK_SEVERITIES } from '../spec/checks.js';
export type {
  CheckRule,
  CheckSeverity,
  Condition,
  Requirement,
  ChangedRequirement,
  ChangelogRequirement,
  PrBodyRequirement,
  SectionsRequirement,
  CardRequirement,
} from '../spec/checks.js';

/** One metric as shown in the model card's metrics block. */
export interface CardRow {
  suite: string;
  slice: string;
  metric: string;
  value: number;
  /** The value as printed, e.g. `0.912` or `91.2%`. */
  display: string;
}

export type FileRef = 'head' | 'base';

/** What the checks may know about the PR. Built by the action (GitHub API) or the CLI (git). */
export interface CheckContext {
  /** Paths relative to the repository root, `/`-separated. */
  changedFiles: string[];
  /** The list stopped at a cap (GitHub lists at most 3,000 files of a PR). */
  changedFilesTruncated: boolean;
  /** `null`: no PR description available (local run without `--pr-body`). An empty PR body is `''`. */
  prBody: string | null;
  labels: string[];
  /** `null`: no comparison with a baseline is available. */
  metricsChanged: boolean | null;
  /** The golden files of every suite, relative to the repository root. */
  goldenFiles: string[];
  /** The file's bytes at head or base; `null` when it does not exist there. */
  readFile(path: string, ref: FileRef): Promise<Buffer | null>;
  /**
   * The metrics a `card` rule compares with: from the given result artifact, or this run's head result
   * when `result` is absent. `null` or absent: no metrics available, and card rules are skipped.
   */
  cardRows?(result: string | undefined): Promise<CardRow[] | null>;
}

export const CHECK_STATUSES = ['pass', 'fail', 'warn', 'skipped'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export interface CheckResult {
  name: string;
  severity: CheckSeverity;
  /** `fail`/`warn`: the requirement is not met (by the rule's severity); `skipped`: the rule did not apply. */
  status: CheckStatus;
  /** What was found, in words. */
  reason: string;
  /** How to fix it: set exactly when status is `fail` or `warn`. */
  fix: string | null;
}
