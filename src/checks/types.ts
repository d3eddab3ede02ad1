/** A documentation rule from the `checks:` config list. */
export interface CheckRule {
  name: string;
  /** `fail` makes the verdict fail when the requirement is not met; `warn` only reports it. */
  severity: CheckSeverity;
  /** The rule applies only when this holds. Absent: always. */
  when?: Condition;
  /** The rule is waived when this holds (typically a label such as `no-docs-needed`). */
  unless?: Condition;
  require: Requirement;
}

export const CHECK_SEVERITIES = ['fail', 'warn'] as const;
export type CheckSeverity = (typeof CHECK_SEVERITIES)[number];

/** Every key given must hold (AND). `{}` always holds. */
export interface Condition {
  /** Some changed file matches one of these globs. */
  changed?: string[];
  /** `true`: some suite's golden file changed; `false`: none did. */
  golden_changed?: boolean;
  /** Some gated metric moved significantly in the comparison. */
  metrics?: 'changed';
  /** The PR carries at least one of these labels (case-insensitive). */
  labels?: string[];
  all?: Condition[];
  any?: Condition[];
}

export type Requirement =
  ChangedRequirement | ChangelogRequirement | PrBodyRequirement | SectionsRequirement | CardRequirement;

/** Some changed file matches one of these globs. */
export interface ChangedRequirement {
  changed: string[];
}

/** An entry was added under `## [Unreleased]` of this Keep a Changelog file. */
export interface ChangelogRequirement {
  changelog: string;
}

export interface PrBodyRequirement {
  pr_body: {
    /** Sections that must be present and filled in: `## What changed` or a bold line `**What changed**`. */
    sections?: string[];
    /** Words outside HTML comments, template placeholders and headings. */
    min_words?: number;
  };
}

/** The file (at head) has all these headings. */
export interface SectionsRequirement {
  sections: { file: string; headings: string[] };
}

/** The metrics block of the model card matches the head metrics. */
export interface CardRequirement {
  card: {
    file: string;
    /** The result artifact whose metrics the card must show; absent: this run's head result. */
    result?: string;
    /** Absolute slack on each value, on top of the rounding of the number printed in the card. */
    tolerance?: number;
  };
}

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
