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
