/* Generated from schema/evalgate.schema.json by scripts/gen-types.mjs (ajv standalone). Do not edit. */
/* eslint-disable */
// @ts-nocheck

function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 0xfc00) === 0xdc00) pos++;
    }
  }
  return length;
}
export const validate = validate20;
export default validate20;
const schema31 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://evalgate.dev/schema/evalgate.schema.json',
  title: 'EvalgateConfig',
  description: 'evalgate configuration (.github/evalgate.yml), version 1.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'suites'],
  properties: {
    $schema: { type: 'string' },
    version: { const: 1, description: 'Config format version. Always 1.' },
    suites: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/suite' },
      description: 'The evaluation suites: one golden set and one predictions file each.',
    },
    comparison: { $ref: '#/$defs/comparison' },
    examples: { $ref: '#/$defs/examples' },
    checks: { $ref: '#/$defs/checks' },
    baseline: { $ref: '#/$defs/baseline' },
  },
  $defs: {
    suite: {
      title: 'SuiteConfig',
      type: 'object',
      additionalProperties: false,
      required: ['name', 'task', 'golden', 'predictions'],
      properties: {
        name: {
          type: 'string',
          pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$',
          maxLength: 64,
          description: "Unique suite name: letters, digits, '_', '.', '-'.",
        },
        task: {
          enum: ['classification', 'ranking', 'generation', 'spans', 'scored'],
          description: 'Task family of the suite.',
        },
        golden: {
          type: 'string',
          minLength: 1,
          description:
            "Golden set file (.jsonl, .jsonl.gz, .csv or .json), relative to the config's project root.",
        },
        predictions: {
          type: 'string',
          minLength: 1,
          description: 'Predictions file, in the same formats as the golden set.',
        },
        train: {
          type: 'string',
          minLength: 1,
          description:
            'Training set file (.jsonl, .jsonl.gz, .csv or .json), relative to the project root: `evalgate validate` reports golden inputs that also occur in it (leakage). Its text field is fields.text.',
        },
        run: {
          type: 'string',
          minLength: 1,
          description: 'Shell command that writes the predictions file; run before evaluating.',
        },
        format: {
          type: 'object',
          additionalProperties: false,
          properties: {
            golden: { enum: ['jsonl', 'csv', 'json', 'trec'] },
            predictions: { enum: ['jsonl', 'csv', 'json', 'trec'] },
          },
          description: 'Override the format detected from the file extension.',
        },
        fields: { $ref: '#/$defs/fields' },
        labels: {
          type: 'array',
          minItems: 2,
          uniqueItems: true,
          items: { type: ['string', 'number'] },
          description:
            'The full class list. Default: the sorted union of golden labels, predicted labels and score keys. When given, any other label is an error.',
        },
        multilabel: {
          type: 'boolean',
          default: false,
          description: 'Each example has a set of labels (arrays in the label and prediction fields).',
        },
        positive_label: {
          type: ['string', 'number'],
          description:
            'Binary tasks: the positive class for ROC-AUC and average precision. Default: the second label in sorted order.',
        },
        slices: {
          type: 'array',
          items: {
            anyOf: [
              { type: 'string', minLength: 1 },
              {
                type: 'array',
                minItems: 2,
                maxItems: 4,
                uniqueItems: true,
                items: { type: 'string', minLength: 1 },
              },
            ],
          },
          description:
            'Golden-set fields to slice by; an array of fields is a cross (every combination of their values).',
        },
        label_slices: {
          type: 'boolean',
          default: true,
          description: 'Also report one slice per true class (one-vs-rest precision, recall, F1).',
        },
        min_support: {
          type: 'integer',
          minimum: 1,
          default: 30,
          description: 'Slices with fewer examples are reported as insufficient.',
        },
        max_slices: {
          type: 'integer',
          minimum: 1,
          default: 5000,
          description:
            'Most slices (overall, field values, crosses, label slices) a suite may have; more is an error before any metric is computed. Raise it for a deliberately fine-grained suite.',
        },
        max_labels: {
          type: 'integer',
          minimum: 2,
          default: 1000,
          description:
            'Most distinct labels a suite may have (golden and predicted together); more is an error before any metric is computed.',
        },
        missing_predictions: {
          enum: ['error', 'count_as_wrong'],
          default: 'error',
          description:
            'A golden example without a prediction: stop with an error, or count it as wrong and report coverage.',
        },
        extra_predictions: {
          enum: ['error', 'ignore'],
          description:
            "A prediction (or ranked query) whose id is not in the golden set: stop with an error naming its line, or leave it out and say how many in the suite's notes. Default: error; ranking: ignore, as trec_eval ignores run queries without judgements.",
        },
        metrics: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { type: 'string' },
          description:
            'Metrics to compute (see the metric registry in the README). Default: accuracy, macro_f1, weighted_f1, micro_f1, per_class_f1, plus ece and brier when scores are given.',
        },
        top_k: { type: 'integer', minimum: 1, default: 3, description: 'k for top_k_accuracy.' },
        ece_bins: {
          type: 'integer',
          minimum: 2,
          maximum: 1000,
          default: 15,
          description: 'Equal-width bins for ECE.',
        },
        store_examples: {
          type: 'boolean',
          default: true,
          description:
            'Store compact per-example records in the result so a later comparison can pair examples.',
        },
        gates: {
          type: 'array',
          items: { $ref: '#/$defs/gate' },
          description: 'Regression gates checked against the baseline result.',
        },
        mode: {
          enum: ['enforce', 'advisory'],
          default: 'enforce',
          description: 'advisory: report every verdict but never fail.',
        },
        unconfirmed: {
          enum: ['fail', 'warn', 'pass'],
          default: 'warn',
          description:
            "Default for the suite's gates: what a possible regression (significant alone, not after the correction across gates) does.",
        },
        burden: {
          enum: ['detect_harm', 'prove_safe'],
          default: 'detect_harm',
          description:
            "Default for the suite's gates: detect_harm fails on a shown regression; prove_safe passes only on a shown non-regression (see How evalgate decides).",
        },
        checks: { $ref: '#/$defs/checks' },
        ranking: { $ref: '#/$defs/ranking' },
        ops: { $ref: '#/$defs/ops' },
        spans: { $ref: '#/$defs/spanOptions' },
        scored: { $ref: '#/$defs/scoredOptions' },
      },
    },
    spanOptions: {
      title: 'SpanOptions',
      type: 'object',
      additionalProperties: false,
      description: 'task: spans. How entities are read from the golden and predicted fields.',
      properties: {
        format: {
          enum: ['tags', 'offsets'],
          default: 'tags',
          description:
            'tags: one tag per token (BIO/BIOES); offsets: character spans {start, end, type} with end exclusive.',
        },
        scheme: { enum: ['IOB2', 'IOBES'], default: 'IOB2', description: 'Tagging scheme of tag sequences.' },
        mode: {
          enum: ['default', 'strict'],
          default: 'default',
          description:
            'default: seqeval/conlleval chunking (an orphan I- starts an entity); strict: seqeval strict mode (entities must follow the scheme; an invalid golden sequence is an error).',
        },
      },
    },
    scoredOptions: {
      title: 'ScoredOptions',
      type: 'object',
      additionalProperties: false,
      description: 'task: scored. How judged scores and verdicts are read.',
      properties: {
        pass_threshold: {
          type: 'number',
          description:
            'A run without a verdict passes when its score is at least this value. Without it, pass_rate needs a verdict on every run.',
        },
      },
    },
    fields: {
      title: 'FieldMapping',
      type: 'object',
      additionalProperties: false,
      properties: {
        id: { type: 'string', minLength: 1, default: 'id', description: 'Example id, in both files.' },
        label: {
          type: 'string',
          minLength: 1,
          default: 'label',
          description: 'True label in the golden set.',
        },
        prediction: {
          type: 'string',
          minLength: 1,
          default: 'prediction',
          description: 'Predicted label in the predictions file.',
        },
        scores: {
          type: 'string',
          minLength: 1,
          description: 'Object of class -> probability in the predictions file (optional).',
        },
        references: {
          type: 'string',
          minLength: 1,
          default: 'references',
          description: 'task: generation. Reference text or array of reference texts in the golden set.',
        },
        tokens: {
          type: 'string',
          minLength: 1,
          default: 'tokens',
          description:
            'task: spans (tags). Optional token list in the golden set; tag sequences must match its length.',
        },
        text: {
          type: 'string',
          minLength: 1,
          default: 'text',
          description:
            'Input text in the golden and training sets, for golden-set hygiene (duplicates, leakage); task: spans (offsets): the text the golden spans must end within.',
        },
        score: {
          type: 'string',
          minLength: 1,
          default: 'score',
          description: 'task: scored. Numeric score of a run in the predictions file.',
        },
        verdict: {
          type: 'string',
          minLength: 1,
          default: 'verdict',
          description: 'task: scored. Pass/fail verdict of a run (true/false, "pass"/"fail" or 1/0).',
        },
        run: {
          type: 'string',
          minLength: 1,
          default: 'run',
          description: 'task: scored. Run (repeat) identifier; several rows per example id, one per run.',
        },
      },
      description: 'Names of the fields in the data files.',
    },
    comparison: {
      title: 'ComparisonSettings',
      type: 'object',
      additionalProperties: false,
      description: 'How deltas are tested. The same inputs always give the same output.',
      properties: {
        resamples: {
          type: 'integer',
          minimum: 100,
          maximum: 100000,
          default: 1000,
          description: 'Bootstrap resamples.',
        },
        confidence: {
          type: 'number',
          exclusiveMinimum: 0.5,
          exclusiveMaximum: 1,
          default: 0.95,
          description:
            'Two-sided confidence level of the intervals; a regression is significant at one-sided level (1 − confidence) / 2.',
        },
        seed: { type: 'integer', minimum: 0, maximum: 4294967295, default: 12345 },
        method: {
          enum: ['multinomial', 'rows'],
          default: 'multinomial',
          description:
            'multinomial: draw resample counts over distinct per-example states (fast, exact in distribution); rows: resample row indices with the portable hash32 generator (matches the reference evaluator bit for bit).',
        },
        correction: {
          enum: ['holm', 'bh', 'none'],
          default: 'holm',
          description:
            'Error control across the gated slices of a suite: Holm (family-wise), Benjamini–Hochberg (false discovery rate) or none.',
        },
      },
    },
    gate: {
      title: 'GateRule',
      type: 'object',
      additionalProperties: false,
      required: ['metric'],
      properties: {
        metric: { type: 'string', minLength: 1, description: 'A scalar metric the suite computes.' },
        slices: { $ref: '#/$defs/sliceSelector' },
        max_drop: {
          $ref: '#/$defs/tolerance',
          description:
            'Higher-is-better metrics: the largest allowed fall. A number is in display units (points for proportions, e.g. 0.5 = 0.5 pts); "2%" is relative to the baseline value.',
        },
        max_increase: {
          $ref: '#/$defs/tolerance',
          description:
            'Lower-is-better metrics (latency, cost, loss): the largest allowed rise, in display units (ms, $, raw) or "2%".',
        },
        min: {
          type: 'number',
          description:
            'Absolute floor on the head value (higher-is-better metrics), in display units like every threshold: points for proportions (85 = 85% accuracy).',
        },
        max: {
          type: 'number',
          description:
            'Absolute ceiling on the head value (lower-is-better metrics), in display units: ms for latency (e.g. 300), points for proportions.',
        },
        severity: { enum: ['fail', 'warn'], default: 'fail' },
        require_significance: {
          type: 'boolean',
          default: true,
          description:
            'Fail only when the regression is also statistically significant after correction across slices.',
        },
        confidence: {
          enum: ['default', 'strict'],
          default: 'default',
          description: 'strict: the whole confidence interval must lie beyond the tolerance.',
        },
        unconfirmed: {
          enum: ['fail', 'warn', 'pass'],
          description:
            "What a possible regression does — beyond tolerance and significant on its own, but not after the correction across gates: fail, warn (the default) or pass (still listed). Overrides the suite's `unconfirmed`.",
        },
        burden: {
          enum: ['detect_harm', 'prove_safe'],
          description:
            "detect_harm (default): fail when a drop beyond tolerance is shown (significant after correction). prove_safe (non-inferiority): pass only when the interval shows the drop is within tolerance — for high-stakes releases. Overrides the suite's `burden`.",
        },
      },
    },
    tolerance: {
      anyOf: [
        { type: 'number', minimum: 0 },
        { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)? ?%$' },
      ],
    },
    sliceSelector: {
      description:
        'Which slices a gate checks: all | overall | fields | crosses | labels, a list of slice keys such as ["language=de", "language=de,domain=billing"], {field: language} for every slice of a field, or {top: 5, by: support, field: label} for the largest slices of a field.',
      anyOf: [
        { enum: ['all', 'overall', 'fields', 'crosses', 'labels'] },
        { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
        {
          type: 'object',
          additionalProperties: false,
          required: ['field'],
          properties: {
            field: { type: 'string', minLength: 1 },
            top: { type: 'integer', minimum: 1 },
            by: { enum: ['support'], default: 'support' },
          },
        },
      ],
      default: 'overall',
    },
    checks: {
      title: 'CheckRules',
      description:
        'Documentation checks (`checks:`): each rule says what a PR must also change or contain when a condition holds.',
      type: 'array',
      items: { $ref: '#/$defs/checkRule' },
    },
    checkRule: {
      title: 'CheckRuleConfig',
      type: 'object',
      additionalProperties: false,
      required: ['name', 'require'],
      properties: {
        name: { type: 'string', minLength: 1, description: 'Unique name, shown in the report.' },
        severity: {
          enum: ['fail', 'warn'],
          default: 'fail',
          description: '`fail`: an unmet requirement fails the verdict; `warn`: it is only reported.',
        },
        when: { $ref: '#/$defs/checkCondition' },
        unless: { $ref: '#/$defs/checkCondition' },
        require: { $ref: '#/$defs/checkRequirement' },
      },
    },
    checkCondition: {
      title: 'CheckCondition',
      type: 'object',
      additionalProperties: false,
      description:
        '`when`: the rule applies only when this holds. `unless`: the rule is waived when it holds. Every key given must hold.',
      properties: {
        changed: { $ref: '#/$defs/checkGlobs' },
        golden_changed: {
          type: 'boolean',
          description: "true: some suite's golden file changed in the PR; false: none did.",
        },
        metrics: {
          const: 'changed',
          description: 'Some gated metric moved significantly against the baseline.',
        },
        labels: { $ref: '#/$defs/checkStrings' },
        all: {
          type: 'array',
          minItems: 1,
          items: { $ref: '#/$defs/checkCondition' },
          description: 'Every condition holds.',
        },
        any: {
          type: 'array',
          minItems: 1,
          items: { $ref: '#/$defs/checkCondition' },
          description: 'At least one condition holds.',
        },
      },
    },
    checkRequirement: {
      title: 'CheckRequirement',
      description: 'Exactly one kind of requirement.',
      oneOf: [
        {
          title: 'ChangedRequirementConfig',
          type: 'object',
          additionalProperties: false,
          required: ['changed'],
          properties: { changed: { $ref: '#/$defs/checkGlobs' } },
          description: 'Some changed file matches one of these globs.',
        },
        {
          title: 'ChangelogRequirementConfig',
          type: 'object',
          additionalProperties: false,
          required: ['changelog'],
          properties: { changelog: { $ref: '#/$defs/checkPath' } },
          description: 'A Keep a Changelog file that must gain an entry under `## [Unreleased]`.',
        },
        {
          title: 'PrBodyRequirementConfig',
          type: 'object',
          additionalProperties: false,
          required: ['pr_body'],
          properties: {
            pr_body: {
              type: 'object',
              additionalProperties: false,
              minProperties: 1,
              properties: {
                sections: { $ref: '#/$defs/checkStrings' },
                min_words: {
                  type: 'integer',
                  minimum: 0,
                  description: 'Words outside HTML comments, template placeholders and headings.',
                },
              },
            },
          },
          description: 'The PR description has these sections filled in and at least this many words.',
        },
        {
          title: 'SectionsRequirementConfig',
          type: 'object',
          additionalProperties: false,
          required: ['sections'],
          properties: {
            sections: {
              type: 'object',
              additionalProperties: false,
              required: ['file', 'headings'],
              properties: { file: { $ref: '#/$defs/checkPath' }, headings: { $ref: '#/$defs/checkStrings' } },
            },
          },
          description:
            'The file (at head) has all these headings (ATX or setext; case, markup and trailing punctuation ignored).',
        },
        {
          title: 'CardRequirementConfig',
          type: 'object',
          additionalProperties: false,
          required: ['card'],
          properties: {
            card: {
              type: 'object',
              additionalProperties: false,
              required: ['file'],
              properties: {
                file: { $ref: '#/$defs/checkPath' },
                result: { $ref: '#/$defs/checkPath' },
                tolerance: {
                  type: 'number',
                  minimum: 0,
                  default: 0,
                  description: 'Absolute slack per value, on top of the rounding of the printed number.',
                },
              },
            },
          },
          description:
            "The model card's `<!-- evalgate:metrics -->` … `<!-- /evalgate:metrics -->` block shows the head metrics; `result` names the result artifact to compare with (default: this run's head result).",
        },
      ],
    },
    checkGlobs: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', minLength: 1 },
      description: 'picomatch globs over repository-relative paths, e.g. `models/**`.',
    },
    checkStrings: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', minLength: 1 },
      description: 'A non-empty list of non-empty strings.',
    },
    checkPath: {
      type: 'string',
      minLength: 1,
      pattern: '^[^/]',
      description: 'A path relative to the repository root.',
    },
    ranking: {
      title: 'RankingOptions',
      type: 'object',
      additionalProperties: false,
      description:
        'Options of a ranking suite (task: ranking). Its golden set is a TREC qrels file (.qrels, .txt, .trec, or format: trec) or JSONL with a query id, slice fields and judgements {docid: grade}; its predictions a TREC run file or JSONL with a query id and a ranked list [{docid, score}].',
      properties: {
        cutoffs: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { type: 'integer', minimum: 1 },
          default: [10],
          description: 'k of the default @k metrics (metrics listed explicitly may name any k).',
        },
        gain: {
          enum: ['linear', 'exponential'],
          default: 'linear',
          description: 'nDCG gain: the grade (trec_eval, sklearn) or 2^grade − 1.',
        },
        relevance_level: {
          type: 'integer',
          minimum: 0,
          default: 1,
          description:
            'A judged document is relevant when its grade is at least this (trec_eval -l); nDCG uses the grades themselves.',
        },
        missing_queries: {
          enum: ['zero', 'skip'],
          default: 'zero',
          description:
            'A golden query without predictions: score 0 on every metric (trec_eval -c) or leave it out of the averages (trec_eval default).',
        },
        ndcg: {
          enum: ['trec', 'sklearn'],
          default: 'trec',
          description:
            "ndcg@k's ideal DCG: over all judged documents (trec_eval ndcg_cut) or over the retrieved list with tied scores averaged (sklearn ndcg_score).",
        },
        queries: {
          type: 'string',
          minLength: 1,
          description:
            'With a TREC qrels golden file: a JSONL file of query records (id field plus slice fields).',
        },
        judgements_field: {
          type: 'string',
          minLength: 1,
          default: 'judgements',
          description: 'JSONL golden: the field holding {docid: grade}.',
        },
        ranking_field: {
          type: 'string',
          minLength: 1,
          default: 'ranking',
          description:
            'JSONL predictions: the field holding the ranked list [{docid, score}] (or docids in rank order).',
        },
      },
    },
    ops: {
      title: 'OpsOptions',
      type: 'object',
      additionalProperties: false,
      description:
        'Operational metrics (p50/p95/p99_latency_ms, cost_per_1k) read from per-example fields of the predictions.',
      properties: {
        latency_field: {
          type: 'string',
          minLength: 1,
          default: 'latency_ms',
          description: 'Per-example latency in milliseconds.',
        },
        cost_field: {
          type: 'string',
          minLength: 1,
          default: 'cost',
          description: 'Per-example cost (used when no prices are given).',
        },
        input_tokens_field: { type: 'string', minLength: 1, default: 'input_tokens' },
        output_tokens_field: { type: 'string', minLength: 1, default: 'output_tokens' },
        prices: {
          type: 'object',
          additionalProperties: false,
          required: ['input_per_million', 'output_per_million'],
          description:
            'Cost from token counts: (input × input_per_million + output × output_per_million) / 1e6.',
          properties: {
            input_per_million: { type: 'number', minimum: 0 },
            output_per_million: { type: 'number', minimum: 0 },
          },
        },
      },
    },
    baseline: {
      title: 'BaselineSettings',
      type: 'object',
      additionalProperties: false,
      description: "Where the action finds the base branch's result to compare a pull request with.",
      properties: {
        from: {
          enum: ['artifact', 'file', 'none'],
          default: 'artifact',
          description:
            "artifact: the named artifact of the latest successful push run on the base branch (at the pull request's merge base, else its newest ancestor); file: a result JSON committed in the repository, read at the base commit; none: never compare (report head metrics only).",
        },
        artifact: {
          type: 'string',
          minLength: 1,
          maxLength: 200,
          pattern: '^[^"<>|*?\\\\/:\\r\\n]+$',
          description:
            'Artifact name the workflows upload the result under (from: artifact). Default: evalgate-result.',
        },
        workflow: {
          type: 'string',
          minLength: 1,
          description:
            "Workflow file name whose push runs hold the baseline artifact, e.g. evalgate-baseline.yml (default: any workflow's push runs; the artifact name picks the run).",
        },
        branch: {
          type: 'string',
          minLength: 1,
          description:
            "Branch whose push runs publish the baseline (default: the pull request's base branch).",
        },
        path: {
          type: 'string',
          minLength: 1,
          description: 'Result JSON in the repository, relative to its root (from: file).',
        },
        required: {
          type: 'boolean',
          default: false,
          description:
            "Fail when no baseline is found (default: report head metrics with the verdict 'no baseline' and pass).",
        },
        fallback: {
          enum: ['none', 'evaluate'],
          default: 'none',
          description:
            "What the pull_request job does when no baseline is found (no artifact, or it expired): none reports 'no baseline'; evaluate checks out the merge base in a git worktree and evaluates it there with the base branch's config and run: commands (never the pull request's), and compares with that. Not used by the workflow_run report of fork pull requests.",
        },
      },
    },
    examples: {
      title: 'ExampleSettings',
      type: 'object',
      additionalProperties: false,
      description:
        'Which examples flipped between base and head, listed in the comparison and under each failing or unconfirmed slice of the report. Does not change any metric.',
      properties: {
        top: {
          type: 'integer',
          minimum: 0,
          maximum: 100,
          default: 10,
          description:
            'Broken examples listed per gated slice (most severe first, then by id); 0 lists none (the counts stay).',
        },
        excerpt_field: {
          type: 'string',
          minLength: 1,
          description:
            "Golden-record field whose text is shown beside each listed example. Default: the suite's fields.text, else `text` when the records have it.",
        },
        excerpt_length: {
          type: 'integer',
          minimum: 10,
          maximum: 1000,
          default: 120,
          description: 'Characters of the excerpt shown (longer text is cut, with …).',
        },
        redact: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          default: [],
          description:
            'Regular expressions (JavaScript syntax, matched globally) whose matches in the excerpt are replaced by █ before it reaches the comparison, the comment or the job summary.',
        },
        f1_pass: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description:
            'task: generation. An answer passes when its SQuAD token F1 reaches this; unset: when its exact match is 1.',
        },
      },
    },
  },
};
const schema55 = {
  title: 'ComparisonSettings',
  type: 'object',
  additionalProperties: false,
  description: 'How deltas are tested. The same inputs always give the same output.',
  properties: {
    resamples: {
      type: 'integer',
      minimum: 100,
      maximum: 100000,
      default: 1000,
      description: 'Bootstrap resamples.',
    },
    confidence: {
      type: 'number',
      exclusiveMinimum: 0.5,
      exclusiveMaximum: 1,
      default: 0.95,
      description:
        'Two-sided confidence level of the intervals; a regression is significant at one-sided level (1 − confidence) / 2.',
    },
    seed: { type: 'integer', minimum: 0, maximum: 4294967295, default: 12345 },
    method: {
      enum: ['multinomial', 'rows'],
      default: 'multinomial',
      description:
        'multinomial: draw resample counts over distinct per-example states (fast, exact in distribution); rows: resample row indices with the portable hash32 generator (matches the reference evaluator bit for bit).',
    },
    correction: {
      enum: ['holm', 'bh', 'none'],
      default: 'holm',
      description:
        'Error control across the gated slices of a suite: Holm (family-wise), Benjamini–Hochberg (false discovery rate) or none.',
    },
  },
};
const schema56 = {
  title: 'ExampleSettings',
  type: 'object',
  additionalProperties: false,
  description:
    'Which examples flipped between base and head, listed in the comparison and under each failing or unconfirmed slice of the report. Does not change any metric.',
  properties: {
    top: {
      type: 'integer',
      minimum: 0,
      maximum: 100,
      default: 10,
      description:
        'Broken examples listed per gated slice (most severe first, then by id); 0 lists none (the counts stay).',
    },
    excerpt_field: {
      type: 'string',
      minLength: 1,
      description:
        "Golden-record field whose text is shown beside each listed example. Default: the suite's fields.text, else `text` when the records have it.",
    },
    excerpt_length: {
      type: 'integer',
      minimum: 10,
      maximum: 1000,
      default: 120,
      description: 'Characters of the excerpt shown (longer text is cut, with …).',
    },
    redact: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      default: [],
      description:
        'Regular expressions (JavaScript syntax, matched globally) whose matches in the excerpt are replaced by █ before it reaches the comparison, the comment or the job summary.',
    },
    f1_pass: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description:
        'task: generation. An answer passes when its SQuAD token F1 reaches this; unset: when its exact match is 1.',
    },
  },
};
const schema57 = {
  title: 'BaselineSettings',
  type: 'object',
  additionalProperties: false,
  description: "Where the action finds the base branch's result to compare a pull request with.",
  properties: {
    from: {
      enum: ['artifact', 'file', 'none'],
      default: 'artifact',
      description:
        "artifact: the named artifact of the latest successful push run on the base branch (at the pull request's merge base, else its newest ancestor); file: a result JSON committed in the repository, read at the base commit; none: never compare (report head metrics only).",
    },
    artifact: {
      type: 'string',
      minLength: 1,
      maxLength: 200,
      pattern: '^[^"<>|*?\\\\/:\\r\\n]+$',
      description:
        'Artifact name the workflows upload the result under (from: artifact). Default: evalgate-result.',
    },
    workflow: {
      type: 'string',
      minLength: 1,
      description:
        "Workflow file name whose push runs hold the baseline artifact, e.g. evalgate-baseline.yml (default: any workflow's push runs; the artifact name picks the run).",
    },
    branch: {
      type: 'string',
      minLength: 1,
      description: "Branch whose push runs publish the baseline (default: the pull request's base branch).",
    },
    path: {
      type: 'string',
      minLength: 1,
      description: 'Result JSON in the repository, relative to its root (from: file).',
    },
    required: {
      type: 'boolean',
      default: false,
      description:
        "Fail when no baseline is found (default: report head metrics with the verdict 'no baseline' and pass).",
    },
    fallback: {
      enum: ['none', 'evaluate'],
      default: 'none',
      description:
        "What the pull_request job does when no baseline is found (no artifact, or it expired): none reports 'no baseline'; evaluate checks out the merge base in a git worktree and evaluates it there with the base branch's config and run: commands (never the pull request's), and compares with that. Not used by the workflow_run report of fork pull requests.",
    },
  },
};
const schema32 = {
  title: 'SuiteConfig',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'task', 'golden', 'predictions'],
  properties: {
    name: {
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$',
      maxLength: 64,
      description: "Unique suite name: letters, digits, '_', '.', '-'.",
    },
    task: {
      enum: ['classification', 'ranking', 'generation', 'spans', 'scored'],
      description: 'Task family of the suite.',
    },
    golden: {
      type: 'string',
      minLength: 1,
      description:
        "Golden set file (.jsonl, .jsonl.gz, .csv or .json), relative to the config's project root.",
    },
    predictions: {
      type: 'string',
      minLength: 1,
      description: 'Predictions file, in the same formats as the golden set.',
    },
    train: {
      type: 'string',
      minLength: 1,
      description:
        'Training set file (.jsonl, .jsonl.gz, .csv or .json), relative to the project root: `evalgate validate` reports golden inputs that also occur in it (leakage). Its text field is fields.text.',
    },
    run: {
      type: 'string',
      minLength: 1,
      description: 'Shell command that writes the predictions file; run before evaluating.',
    },
    format: {
      type: 'object',
      additionalProperties: false,
      properties: {
        golden: { enum: ['jsonl', 'csv', 'json', 'trec'] },
        predictions: { enum: ['jsonl', 'csv', 'json', 'trec'] },
      },
      description: 'Override the format detected from the file extension.',
    },
    fields: { $ref: '#/$defs/fields' },
    labels: {
      type: 'array',
      minItems: 2,
      uniqueItems: true,
      items: { type: ['string', 'number'] },
      description:
        'The full class list. Default: the sorted union of golden labels, predicted labels and score keys. When given, any other label is an error.',
    },
    multilabel: {
      type: 'boolean',
      default: false,
      description: 'Each example has a set of labels (arrays in the label and prediction fields).',
    },
    positive_label: {
      type: ['string', 'number'],
      description:
        'Binary tasks: the positive class for ROC-AUC and average precision. Default: the second label in sorted order.',
    },
    slices: {
      type: 'array',
      items: {
        anyOf: [
          { type: 'string', minLength: 1 },
          {
            type: 'array',
            minItems: 2,
            maxItems: 4,
            uniqueItems: true,
            items: { type: 'string', minLength: 1 },
          },
        ],
      },
      description:
        'Golden-set fields to slice by; an array of fields is a cross (every combination of their values).',
    },
    label_slices: {
      type: 'boolean',
      default: true,
      description: 'Also report one slice per true class (one-vs-rest precision, recall, F1).',
    },
    min_support: {
      type: 'integer',
      minimum: 1,
      default: 30,
      description: 'Slices with fewer examples are reported as insufficient.',
    },
    max_slices: {
      type: 'integer',
      minimum: 1,
      default: 5000,
      description:
        'Most slices (overall, field values, crosses, label slices) a suite may have; more is an error before any metric is computed. Raise it for a deliberately fine-grained suite.',
    },
    max_labels: {
      type: 'integer',
      minimum: 2,
      default: 1000,
      description:
        'Most distinct labels a suite may have (golden and predicted together); more is an error before any metric is computed.',
    },
    missing_predictions: {
      enum: ['error', 'count_as_wrong'],
      default: 'error',
      description:
        'A golden example without a prediction: stop with an error, or count it as wrong and report coverage.',
    },
    extra_predictions: {
      enum: ['error', 'ignore'],
      description:
        "A prediction (or ranked query) whose id is not in the golden set: stop with an error naming its line, or leave it out and say how many in the suite's notes. Default: error; ranking: ignore, as trec_eval ignores run queries without judgements.",
    },
    metrics: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string' },
      description:
        'Metrics to compute (see the metric registry in the README). Default: accuracy, macro_f1, weighted_f1, micro_f1, per_class_f1, plus ece and brier when scores are given.',
    },
    top_k: { type: 'integer', minimum: 1, default: 3, description: 'k for top_k_accuracy.' },
    ece_bins: {
      type: 'integer',
      minimum: 2,
      maximum: 1000,
      default: 15,
      description: 'Equal-width bins for ECE.',
    },
    store_examples: {
      type: 'boolean',
      default: true,
      description: 'Store compact per-example records in the result so a later comparison can pair examples.',
    },
    gates: {
      type: 'array',
      items: { $ref: '#/$defs/gate' },
      description: 'Regression gates checked against the baseline result.',
    },
    mode: {
      enum: ['enforce', 'advisory'],
      default: 'enforce',
      description: 'advisory: report every verdict but never fail.',
    },
    unconfirmed: {
      enum: ['fail', 'warn', 'pass'],
      default: 'warn',
      description:
        "Default for the suite's gates: what a possible regression (significant alone, not after the correction across gates) does.",
    },
    burden: {
      enum: ['detect_harm', 'prove_safe'],
      default: 'detect_harm',
      description:
        "Default for the suite's gates: detect_harm fails on a shown regression; prove_safe passes only on a shown non-regression (see How evalgate decides).",
    },
    checks: { $ref: '#/$defs/checks' },
    ranking: { $ref: '#/$defs/ranking' },
    ops: { $ref: '#/$defs/ops' },
    spans: { $ref: '#/$defs/spanOptions' },
    scored: { $ref: '#/$defs/scoredOptions' },
  },
};
const schema33 = {
  title: 'FieldMapping',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 1, default: 'id', description: 'Example id, in both files.' },
    label: { type: 'string', minLength: 1, default: 'label', description: 'True label in the golden set.' },
    prediction: {
      type: 'string',
      minLength: 1,
      default: 'prediction',
      description: 'Predicted label in the predictions file.',
    },
    scores: {
      type: 'string',
      minLength: 1,
      description: 'Object of class -> probability in the predictions file (optional).',
    },
    references: {
      type: 'string',
      minLength: 1,
      default: 'references',
      description: 'task: generation. Reference text or array of reference texts in the golden set.',
    },
    tokens: {
      type: 'string',
      minLength: 1,
      default: 'tokens',
      description:
        'task: spans (tags). Optional token list in the golden set; tag sequences must match its length.',
    },
    text: {
      type: 'string',
      minLength: 1,
      default: 'text',
      description:
        'Input text in the golden and training sets, for golden-set hygiene (duplicates, leakage); task: spans (offsets): the text the golden spans must end within.',
    },
    score: {
      type: 'string',
      minLength: 1,
      default: 'score',
      description: 'task: scored. Numeric score of a run in the predictions file.',
    },
    verdict: {
      type: 'string',
      minLength: 1,
      default: 'verdict',
      description: 'task: scored. Pass/fail verdict of a run (true/false, "pass"/"fail" or 1/0).',
    },
    run: {
      type: 'string',
      minLength: 1,
      default: 'run',
      description: 'task: scored. Run (repeat) identifier; several rows per example id, one per run.',
    },
  },
  description: 'Names of the fields in the data files.',
};
const schema51 = {
  title: 'RankingOptions',
  type: 'object',
  additionalProperties: false,
  description:
    'Options of a ranking suite (task: ranking). Its golden set is a TREC qrels file (.qrels, .txt, .trec, or format: trec) or JSONL with a query id, slice fields and judgements {docid: grade}; its predictions a TREC run file or JSONL with a query id and a ranked list [{docid, score}].',
  properties: {
    cutoffs: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'integer', minimum: 1 },
      default: [10],
      description: 'k of the default @k metrics (metrics listed explicitly may name any k).',
    },
    gain: {
      enum: ['linear', 'exponential'],
      default: 'linear',
      description: 'nDCG gain: the grade (trec_eval, sklearn) or 2^grade − 1.',
    },
    relevance_level: {
      type: 'integer',
      minimum: 0,
      default: 1,
      description:
        'A judged document is relevant when its grade is at least this (trec_eval -l); nDCG uses the grades themselves.',
    },
    missing_queries: {
      enum: ['zero', 'skip'],
      default: 'zero',
      description:
        'A golden query without predictions: score 0 on every metric (trec_eval -c) or leave it out of the averages (trec_eval default).',
    },
    ndcg: {
      enum: ['trec', 'sklearn'],
      default: 'trec',
      description:
        "ndcg@k's ideal DCG: over all judged documents (trec_eval ndcg_cut) or over the retrieved list with tied scores averaged (sklearn ndcg_score).",
    },
    queries: {
      type: 'string',
      minLength: 1,
      description:
        'With a TREC qrels golden file: a JSONL file of query records (id field plus slice fields).',
    },
    judgements_field: {
      type: 'string',
      minLength: 1,
      default: 'judgements',
      description: 'JSONL golden: the field holding {docid: grade}.',
    },
    ranking_field: {
      type: 'string',
      minLength: 1,
      default: 'ranking',
      description:
        'JSONL predictions: the field holding the ranked list [{docid, score}] (or docids in rank order).',
    },
  },
};
const schema52 = {
  title: 'OpsOptions',
  type: 'object',
  additionalProperties: false,
  description:
    'Operational metrics (p50/p95/p99_latency_ms, cost_per_1k) read from per-example fields of the predictions.',
  properties: {
    latency_field: {
      type: 'string',
      minLength: 1,
      default: 'latency_ms',
      description: 'Per-example latency in milliseconds.',
    },
    cost_field: {
      type: 'string',
      minLength: 1,
      default: 'cost',
      description: 'Per-example cost (used when no prices are given).',
    },
    input_tokens_field: { type: 'string', minLength: 1, default: 'input_tokens' },
    output_tokens_field: { type: 'string', minLength: 1, default: 'output_tokens' },
    prices: {
      type: 'object',
      additionalProperties: false,
      required: ['input_per_million', 'output_per_million'],
      description: 'Cost from token counts: (input × input_per_million + output × output_per_million) / 1e6.',
      properties: {
        input_per_million: { type: 'number', minimum: 0 },
        output_per_million: { type: 'number', minimum: 0 },
      },
    },
  },
};
const schema53 = {
  title: 'SpanOptions',
  type: 'object',
  additionalProperties: false,
  description: 'task: spans. How entities are read from the golden and predicted fields.',
  properties: {
    format: {
      enum: ['tags', 'offsets'],
      default: 'tags',
      description:
        'tags: one tag per token (BIO/BIOES); offsets: character spans {start, end, type} with end exclusive.',
    },
    scheme: { enum: ['IOB2', 'IOBES'], default: 'IOB2', description: 'Tagging scheme of tag sequences.' },
    mode: {
      enum: ['default', 'strict'],
      default: 'default',
      description:
        'default: seqeval/conlleval chunking (an orphan I- starts an entity); strict: seqeval strict mode (entities must follow the scheme; an invalid golden sequence is an error).',
    },
  },
};
const schema54 = {
  title: 'ScoredOptions',
  type: 'object',
  additionalProperties: false,
  description: 'task: scored. How judged scores and verdicts are read.',
  properties: {
    pass_threshold: {
      type: 'number',
      description:
        'A run without a verdict passes when its score is at least this value. Without it, pass_rate needs a verdict on every run.',
    },
  },
};
const func1 = Object.prototype.hasOwnProperty;
const func2 = ucs2length;
const pattern4 = new RegExp('^[A-Za-z0-9][A-Za-z0-9_.-]*$', 'u');
const schema34 = {
  title: 'GateRule',
  type: 'object',
  additionalProperties: false,
  required: ['metric'],
  properties: {
    metric: { type: 'string', minLength: 1, description: 'A scalar metric the suite computes.' },
    slices: { $ref: '#/$defs/sliceSelector' },
    max_drop: {
      $ref: '#/$defs/tolerance',
      description:
        'Higher-is-better metrics: the largest allowed fall. A number is in display units (points for proportions, e.g. 0.5 = 0.5 pts); "2%" is relative to the baseline value.',
    },
    max_increase: {
      $ref: '#/$defs/tolerance',
      description:
        'Lower-is-better metrics (latency, cost, loss): the largest allowed rise, in display units (ms, $, raw) or "2%".',
    },
    min: {
      type: 'number',
      description:
        'Absolute floor on the head value (higher-is-better metrics), in display units like every threshold: points for proportions (85 = 85% accuracy).',
    },
    max: {
      type: 'number',
      description:
        'Absolute ceiling on the head value (lower-is-better metrics), in display units: ms for latency (e.g. 300), points for proportions.',
    },
    severity: { enum: ['fail', 'warn'], default: 'fail' },
    require_significance: {
      type: 'boolean',
      default: true,
      description:
        'Fail only when the regression is also statistically significant after correction across slices.',
    },
    confidence: {
      enum: ['default', 'strict'],
      default: 'default',
      description: 'strict: the whole confidence interval must lie beyond the tolerance.',
    },
    unconfirmed: {
      enum: ['fail', 'warn', 'pass'],
      description:
        "What a possible regression does — beyond tolerance and significant on its own, but not after the correction across gates: fail, warn (the default) or pass (still listed). Overrides the suite's `unconfirmed`.",
    },
    burden: {
      enum: ['detect_harm', 'prove_safe'],
      description:
        "detect_harm (default): fail when a drop beyond tolerance is shown (significant after correction). prove_safe (non-inferiority): pass only when the interval shows the drop is within tolerance — for high-stakes releases. Overrides the suite's `burden`.",
    },
  },
};
const schema35 = {
  description:
    'Which slices a gate checks: all | overall | fields | crosses | labels, a list of slice keys such as ["language=de", "language=de,domain=billing"], {field: language} for every slice of a field, or {top: 5, by: support, field: label} for the largest slices of a field.',
  anyOf: [
    { enum: ['all', 'overall', 'fields', 'crosses', 'labels'] },
    { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    {
      type: 'object',
      additionalProperties: false,
      required: ['field'],
      properties: {
        field: { type: 'string', minLength: 1 },
        top: { type: 'integer', minimum: 1 },
        by: { enum: ['support'], default: 'support' },
      },
    },
  ],
  default: 'overall',
};
const schema36 = {
  anyOf: [
    { type: 'number', minimum: 0 },
    { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)? ?%$' },
  ],
};
const pattern5 = new RegExp('^[0-9]+(\\.[0-9]+)? ?%$', 'u');
function validate22(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.metric === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'metric' },
        message: "must have required property '" + 'metric' + "'",
        schema: schema34.required,
        parentSchema: schema34,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema34.properties, key0)) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema34,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.metric !== undefined) {
      let data0 = data.metric;
      if (typeof data0 === 'string') {
        if (func2(data0) < 1) {
          const err2 = {
            instancePath: instancePath + '/metric',
            schemaPath: '#/properties/metric/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema34.properties.metric,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/metric',
          schemaPath: '#/properties/metric/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema34.properties.metric.type,
          parentSchema: schema34.properties.metric,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.slices !== undefined) {
      let data1 = data.slices;
      const _errs6 = errors;
      let valid2 = false;
      const _errs7 = errors;
      if (!(
        data1 === 'all' ||
        data1 === 'overall' ||
        data1 === 'fields' ||
        data1 === 'crosses' ||
        data1 === 'labels'
      )) {
        const err4 = {
          instancePath: instancePath + '/slices',
          schemaPath: '#/$defs/sliceSelector/anyOf/0/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.anyOf[0].enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.anyOf[0].enum,
          parentSchema: schema35.anyOf[0],
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      valid2 = valid2 || _valid0;
      const _errs8 = errors;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err5 = {
            instancePath: instancePath + '/slices',
            schemaPath: '#/$defs/sliceSelector/anyOf/1/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema35.anyOf[1],
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === 'string') {
            if (func2(data2) < 1) {
              const err6 = {
                instancePath: instancePath + '/slices/' + i0,
                schemaPath: '#/$defs/sliceSelector/anyOf/1/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema35.anyOf[1].items,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + '/slices/' + i0,
              schemaPath: '#/$defs/sliceSelector/anyOf/1/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema35.anyOf[1].items.type,
              parentSchema: schema35.anyOf[1].items,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/slices',
          schemaPath: '#/$defs/sliceSelector/anyOf/1/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema35.anyOf[1].type,
          parentSchema: schema35.anyOf[1],
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      valid2 = valid2 || _valid0;
      const _errs12 = errors;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (data1.field === undefined) {
          const err9 = {
            instancePath: instancePath + '/slices',
            schemaPath: '#/$defs/sliceSelector/anyOf/2/required',
            keyword: 'required',
            params: { missingProperty: 'field' },
            message: "must have required property '" + 'field' + "'",
            schema: schema35.anyOf[2].required,
            parentSchema: schema35.anyOf[2],
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === 'field' || key1 === 'top' || key1 === 'by')) {
            const err10 = {
              instancePath: instancePath + '/slices',
              schemaPath: '#/$defs/sliceSelector/anyOf/2/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema35.anyOf[2],
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data1.field !== undefined) {
          let data3 = data1.field;
          if (typeof data3 === 'string') {
            if (func2(data3) < 1) {
              const err11 = {
                instancePath: instancePath + '/slices/field',
                schemaPath: '#/$defs/sliceSelector/anyOf/2/properties/field/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema35.anyOf[2].properties.field,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = {
              instancePath: instancePath + '/slices/field',
              schemaPath: '#/$defs/sliceSelector/anyOf/2/properties/field/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema35.anyOf[2].properties.field.type,
              parentSchema: schema35.anyOf[2].properties.field,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.top !== undefined) {
          let data4 = data1.top;
          if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
            const err13 = {
              instancePath: instancePath + '/slices/top',
              schemaPath: '#/$defs/sliceSelector/anyOf/2/properties/top/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema35.anyOf[2].properties.top.type,
              parentSchema: schema35.anyOf[2].properties.top,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (typeof data4 == 'number' && isFinite(data4)) {
            if (data4 < 1 || isNaN(data4)) {
              const err14 = {
                instancePath: instancePath + '/slices/top',
                schemaPath: '#/$defs/sliceSelector/anyOf/2/properties/top/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema35.anyOf[2].properties.top,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        }
        if (data1.by !== undefined) {
          let data5 = data1.by;
          if (!(data5 === 'support')) {
            const err15 = {
              instancePath: instancePath + '/slices/by',
              schemaPath: '#/$defs/sliceSelector/anyOf/2/properties/by/enum',
              keyword: 'enum',
              params: { allowedValues: schema35.anyOf[2].properties.by.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema35.anyOf[2].properties.by.enum,
              parentSchema: schema35.anyOf[2].properties.by,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/slices',
          schemaPath: '#/$defs/sliceSelector/anyOf/2/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema35.anyOf[2].type,
          parentSchema: schema35.anyOf[2],
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var _valid0 = _errs12 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const err17 = {
          instancePath: instancePath + '/slices',
          schemaPath: '#/$defs/sliceSelector/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
          schema: schema35.anyOf,
          parentSchema: schema35,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.max_drop !== undefined) {
      let data6 = data.max_drop;
      const _errs22 = errors;
      let valid7 = false;
      const _errs23 = errors;
      if (typeof data6 == 'number' && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err18 = {
            instancePath: instancePath + '/max_drop',
            schemaPath: '#/$defs/tolerance/anyOf/0/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema36.anyOf[0],
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/max_drop',
          schemaPath: '#/$defs/tolerance/anyOf/0/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema36.anyOf[0].type,
          parentSchema: schema36.anyOf[0],
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid1 = _errs23 === errors;
      valid7 = valid7 || _valid1;
      const _errs25 = errors;
      if (typeof data6 === 'string') {
        if (!pattern5.test(data6)) {
          const err20 = {
            instancePath: instancePath + '/max_drop',
            schemaPath: '#/$defs/tolerance/anyOf/1/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]+(\\.[0-9]+)? ?%$' },
            message: 'must match pattern "' + '^[0-9]+(\\.[0-9]+)? ?%$' + '"',
            schema: '^[0-9]+(\\.[0-9]+)? ?%$',
            parentSchema: schema36.anyOf[1],
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/max_drop',
          schemaPath: '#/$defs/tolerance/anyOf/1/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema36.anyOf[1].type,
          parentSchema: schema36.anyOf[1],
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var _valid1 = _errs25 === errors;
      valid7 = valid7 || _valid1;
      if (!valid7) {
        const err22 = {
          instancePath: instancePath + '/max_drop',
          schemaPath: '#/$defs/tolerance/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
          schema: schema36.anyOf,
          parentSchema: schema36,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      } else {
        errors = _errs22;
        if (vErrors !== null) {
          if (_errs22) {
            vErrors.length = _errs22;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.max_increase !== undefined) {
      let data7 = data.max_increase;
      const _errs29 = errors;
      let valid9 = false;
      const _errs30 = errors;
      if (typeof data7 == 'number' && isFinite(data7)) {
        if (data7 < 0 || isNaN(data7)) {
          const err23 = {
            instancePath: instancePath + '/max_increase',
            schemaPath: '#/$defs/tolerance/anyOf/0/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema36.anyOf[0],
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/max_increase',
          schemaPath: '#/$defs/tolerance/anyOf/0/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema36.anyOf[0].type,
          parentSchema: schema36.anyOf[0],
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid2 = _errs30 === errors;
      valid9 = valid9 || _valid2;
      const _errs32 = errors;
      if (typeof data7 === 'string') {
        if (!pattern5.test(data7)) {
          const err25 = {
            instancePath: instancePath + '/max_increase',
            schemaPath: '#/$defs/tolerance/anyOf/1/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]+(\\.[0-9]+)? ?%$' },
            message: 'must match pattern "' + '^[0-9]+(\\.[0-9]+)? ?%$' + '"',
            schema: '^[0-9]+(\\.[0-9]+)? ?%$',
            parentSchema: schema36.anyOf[1],
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/max_increase',
          schemaPath: '#/$defs/tolerance/anyOf/1/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema36.anyOf[1].type,
          parentSchema: schema36.anyOf[1],
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      var _valid2 = _errs32 === errors;
      valid9 = valid9 || _valid2;
      if (!valid9) {
        const err27 = {
          instancePath: instancePath + '/max_increase',
          schemaPath: '#/$defs/tolerance/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
          schema: schema36.anyOf,
          parentSchema: schema36,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      } else {
        errors = _errs29;
        if (vErrors !== null) {
          if (_errs29) {
            vErrors.length = _errs29;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.min !== undefined) {
      let data8 = data.min;
      if (!(typeof data8 == 'number' && isFinite(data8))) {
        const err28 = {
          instancePath: instancePath + '/min',
          schemaPath: '#/properties/min/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema34.properties.min.type,
          parentSchema: schema34.properties.min,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.max !== undefined) {
      let data9 = data.max;
      if (!(typeof data9 == 'number' && isFinite(data9))) {
        const err29 = {
          instancePath: instancePath + '/max',
          schemaPath: '#/properties/max/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema34.properties.max.type,
          parentSchema: schema34.properties.max,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.severity !== undefined) {
      let data10 = data.severity;
      if (!(data10 === 'fail' || data10 === 'warn')) {
        const err30 = {
          instancePath: instancePath + '/severity',
          schemaPath: '#/properties/severity/enum',
          keyword: 'enum',
          params: { allowedValues: schema34.properties.severity.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema34.properties.severity.enum,
          parentSchema: schema34.properties.severity,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.require_significance !== undefined) {
      let data11 = data.require_significance;
      if (typeof data11 !== 'boolean') {
        const err31 = {
          instancePath: instancePath + '/require_significance',
          schemaPath: '#/properties/require_significance/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema34.properties.require_significance.type,
          parentSchema: schema34.properties.require_significance,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.confidence !== undefined) {
      let data12 = data.confidence;
      if (!(data12 === 'default' || data12 === 'strict')) {
        const err32 = {
          instancePath: instancePath + '/confidence',
          schemaPath: '#/properties/confidence/enum',
          keyword: 'enum',
          params: { allowedValues: schema34.properties.confidence.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema34.properties.confidence.enum,
          parentSchema: schema34.properties.confidence,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.unconfirmed !== undefined) {
      let data13 = data.unconfirmed;
      if (!(data13 === 'fail' || data13 === 'warn' || data13 === 'pass')) {
        const err33 = {
          instancePath: instancePath + '/unconfirmed',
          schemaPath: '#/properties/unconfirmed/enum',
          keyword: 'enum',
          params: { allowedValues: schema34.properties.unconfirmed.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema34.properties.unconfirmed.enum,
          parentSchema: schema34.properties.unconfirmed,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.burden !== undefined) {
      let data14 = data.burden;
      if (!(data14 === 'detect_harm' || data14 === 'prove_safe')) {
        const err34 = {
          instancePath: instancePath + '/burden',
          schemaPath: '#/properties/burden/enum',
          keyword: 'enum',
          params: { allowedValues: schema34.properties.burden.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema34.properties.burden.enum,
          parentSchema: schema34.properties.burden,
          data: data14,
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema34.type,
      parentSchema: schema34,
      data,
    };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema38 = {
  title: 'CheckRules',
  description:
    'Documentation checks (`checks:`): each rule says what a PR must also change or contain when a condition holds.',
  type: 'array',
  items: { $ref: '#/$defs/checkRule' },
};
const schema39 = {
  title: 'CheckRuleConfig',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'require'],
  properties: {
    name: { type: 'string', minLength: 1, description: 'Unique name, shown in the report.' },
    severity: {
      enum: ['fail', 'warn'],
      default: 'fail',
      description: '`fail`: an unmet requirement fails the verdict; `warn`: it is only reported.',
    },
    when: { $ref: '#/$defs/checkCondition' },
    unless: { $ref: '#/$defs/checkCondition' },
    require: { $ref: '#/$defs/checkRequirement' },
  },
};
const schema40 = {
  title: 'CheckCondition',
  type: 'object',
  additionalProperties: false,
  description:
    '`when`: the rule applies only when this holds. `unless`: the rule is waived when it holds. Every key given must hold.',
  properties: {
    changed: { $ref: '#/$defs/checkGlobs' },
    golden_changed: {
      type: 'boolean',
      description: "true: some suite's golden file changed in the PR; false: none did.",
    },
    metrics: { const: 'changed', description: 'Some gated metric moved significantly against the baseline.' },
    labels: { $ref: '#/$defs/checkStrings' },
    all: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/checkCondition' },
      description: 'Every condition holds.',
    },
    any: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/checkCondition' },
      description: 'At least one condition holds.',
    },
  },
};
const schema41 = {
  type: 'array',
  minItems: 1,
  items: { type: 'string', minLength: 1 },
  description: 'picomatch globs over repository-relative paths, e.g. `models/**`.',
};
const schema42 = {
  type: 'array',
  minItems: 1,
  items: { type: 'string', minLength: 1 },
  description: 'A non-empty list of non-empty strings.',
};
const wrapper0 = { validate: validate26 };
function validate26(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'changed' ||
        key0 === 'golden_changed' ||
        key0 === 'metrics' ||
        key0 === 'labels' ||
        key0 === 'all' ||
        key0 === 'any'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema40,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.changed !== undefined) {
      let data0 = data.changed;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err1 = {
            instancePath: instancePath + '/changed',
            schemaPath: '#/$defs/checkGlobs/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema41,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === 'string') {
            if (func2(data1) < 1) {
              const err2 = {
                instancePath: instancePath + '/changed/' + i0,
                schemaPath: '#/$defs/checkGlobs/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema41.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = {
              instancePath: instancePath + '/changed/' + i0,
              schemaPath: '#/$defs/checkGlobs/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema41.items.type,
              parentSchema: schema41.items,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/changed',
          schemaPath: '#/$defs/checkGlobs/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema41.type,
          parentSchema: schema41,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.golden_changed !== undefined) {
      let data2 = data.golden_changed;
      if (typeof data2 !== 'boolean') {
        const err5 = {
          instancePath: instancePath + '/golden_changed',
          schemaPath: '#/properties/golden_changed/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema40.properties.golden_changed.type,
          parentSchema: schema40.properties.golden_changed,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.metrics !== undefined) {
      let data3 = data.metrics;
      if ('changed' !== data3) {
        const err6 = {
          instancePath: instancePath + '/metrics',
          schemaPath: '#/properties/metrics/const',
          keyword: 'const',
          params: { allowedValue: 'changed' },
          message: 'must be equal to constant',
          schema: 'changed',
          parentSchema: schema40.properties.metrics,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.labels !== undefined) {
      let data4 = data.labels;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err7 = {
            instancePath: instancePath + '/labels',
            schemaPath: '#/$defs/checkStrings/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema42,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (typeof data5 === 'string') {
            if (func2(data5) < 1) {
              const err8 = {
                instancePath: instancePath + '/labels/' + i1,
                schemaPath: '#/$defs/checkStrings/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema42.items,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = {
              instancePath: instancePath + '/labels/' + i1,
              schemaPath: '#/$defs/checkStrings/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema42.items.type,
              parentSchema: schema42.items,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/labels',
          schemaPath: '#/$defs/checkStrings/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema42.type,
          parentSchema: schema42,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.all !== undefined) {
      let data6 = data.all;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err11 = {
            instancePath: instancePath + '/all',
            schemaPath: '#/properties/all/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema40.properties.all,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len2 = data6.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (
            !wrapper0.validate(data6[i2], {
              instancePath: instancePath + '/all/' + i2,
              parentData: data6,
              parentDataProperty: i2,
              rootData,
              dynamicAnchors,
            })
          ) {
            if (vErrors === null) vErrors = wrapper0.validate.errors.slice();
            else for (const e of wrapper0.validate.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/all',
          schemaPath: '#/properties/all/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema40.properties.all.type,
          parentSchema: schema40.properties.all,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.any !== undefined) {
      let data8 = data.any;
      if (Array.isArray(data8)) {
        if (data8.length < 1) {
          const err13 = {
            instancePath: instancePath + '/any',
            schemaPath: '#/properties/any/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema40.properties.any,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        const len3 = data8.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (
            !wrapper0.validate(data8[i3], {
              instancePath: instancePath + '/any/' + i3,
              parentData: data8,
              parentDataProperty: i3,
              rootData,
              dynamicAnchors,
            })
          ) {
            if (vErrors === null) vErrors = wrapper0.validate.errors.slice();
            else for (const e of wrapper0.validate.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/any',
          schemaPath: '#/properties/any/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema40.properties.any.type,
          parentSchema: schema40.properties.any,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema40.type,
      parentSchema: schema40,
      data,
    };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema43 = {
  title: 'CheckRequirement',
  description: 'Exactly one kind of requirement.',
  oneOf: [
    {
      title: 'ChangedRequirementConfig',
      type: 'object',
      additionalProperties: false,
      required: ['changed'],
      properties: { changed: { $ref: '#/$defs/checkGlobs' } },
      description: 'Some changed file matches one of these globs.',
    },
    {
      title: 'ChangelogRequirementConfig',
      type: 'object',
      additionalProperties: false,
      required: ['changelog'],
      properties: { changelog: { $ref: '#/$defs/checkPath' } },
      description: 'A Keep a Changelog file that must gain an entry under `## [Unreleased]`.',
    },
    {
      title: 'PrBodyRequirementConfig',
      type: 'object',
      additionalProperties: false,
      required: ['pr_body'],
      properties: {
        pr_body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            sections: { $ref: '#/$defs/checkStrings' },
            min_words: {
              type: 'integer',
              minimum: 0,
              description: 'Words outside HTML comments, template placeholders and headings.',
            },
          },
        },
      },
      description: 'The PR description has these sections filled in and at least this many words.',
    },
    {
      title: 'SectionsRequirementConfig',
      type: 'object',
      additionalProperties: false,
      required: ['sections'],
      properties: {
        sections: {
          type: 'object',
          additionalProperties: false,
          required: ['file', 'headings'],
          properties: { file: { $ref: '#/$defs/checkPath' }, headings: { $ref: '#/$defs/checkStrings' } },
        },
      },
      description:
        'The file (at head) has all these headings (ATX or setext; case, markup and trailing punctuation ignored).',
    },
    {
      title: 'CardRequirementConfig',
      type: 'object',
      additionalProperties: false,
      required: ['card'],
      properties: {
        card: {
          type: 'object',
          additionalProperties: false,
          required: ['file'],
          properties: {
            file: { $ref: '#/$defs/checkPath' },
            result: { $ref: '#/$defs/checkPath' },
            tolerance: {
              type: 'number',
              minimum: 0,
              default: 0,
              description: 'Absolute slack per value, on top of the rounding of the printed number.',
            },
          },
        },
      },
      description:
        "The model card's `<!-- evalgate:metrics -->` … `<!-- /evalgate:metrics -->` block shows the head metrics; `result` names the result artifact to compare with (default: this run's head result).",
    },
  ],
};
const schema45 = {
  type: 'string',
  minLength: 1,
  pattern: '^[^/]',
  description: 'A path relative to the repository root.',
};
const pattern7 = new RegExp('^[^/]', 'u');
function validate29(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.changed === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'changed' },
        message: "must have required property '" + 'changed' + "'",
        schema: schema43.oneOf[0].required,
        parentSchema: schema43.oneOf[0],
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'changed')) {
        const err1 = {
          instancePath,
          schemaPath: '#/oneOf/0/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema43.oneOf[0],
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.changed !== undefined) {
      let data0 = data.changed;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err2 = {
            instancePath: instancePath + '/changed',
            schemaPath: '#/$defs/checkGlobs/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema41,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === 'string') {
            if (func2(data1) < 1) {
              const err3 = {
                instancePath: instancePath + '/changed/' + i0,
                schemaPath: '#/$defs/checkGlobs/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema41.items,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = {
              instancePath: instancePath + '/changed/' + i0,
              schemaPath: '#/$defs/checkGlobs/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema41.items.type,
              parentSchema: schema41.items,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/changed',
          schemaPath: '#/$defs/checkGlobs/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema41.type,
          parentSchema: schema41,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/oneOf/0/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema43.oneOf[0].type,
      parentSchema: schema43.oneOf[0],
      data,
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = true;
  }
  const _errs9 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.changelog === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'changelog' },
        message: "must have required property '" + 'changelog' + "'",
        schema: schema43.oneOf[1].required,
        parentSchema: schema43.oneOf[1],
        data,
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key1 in data) {
      if (!(key1 === 'changelog')) {
        const err8 = {
          instancePath,
          schemaPath: '#/oneOf/1/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key1 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema43.oneOf[1],
          data,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.changelog !== undefined) {
      let data2 = data.changelog;
      if (typeof data2 === 'string') {
        if (func2(data2) < 1) {
          const err9 = {
            instancePath: instancePath + '/changelog',
            schemaPath: '#/$defs/checkPath/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema45,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern7.test(data2)) {
          const err10 = {
            instancePath: instancePath + '/changelog',
            schemaPath: '#/$defs/checkPath/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^/]' },
            message: 'must match pattern "' + '^[^/]' + '"',
            schema: '^[^/]',
            parentSchema: schema45,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/changelog',
          schemaPath: '#/$defs/checkPath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema45.type,
          parentSchema: schema45,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/oneOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema43.oneOf[1].type,
      parentSchema: schema43.oneOf[1],
      data,
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  var _valid0 = _errs9 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = true;
      }
    }
    const _errs15 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.pr_body === undefined) {
        const err13 = {
          instancePath,
          schemaPath: '#/oneOf/2/required',
          keyword: 'required',
          params: { missingProperty: 'pr_body' },
          message: "must have required property '" + 'pr_body' + "'",
          schema: schema43.oneOf[2].required,
          parentSchema: schema43.oneOf[2],
          data,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      for (const key2 in data) {
        if (!(key2 === 'pr_body')) {
          const err14 = {
            instancePath,
            schemaPath: '#/oneOf/2/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key2 },
            message: 'must NOT have additional properties',
            schema: false,
            parentSchema: schema43.oneOf[2],
            data,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      if (data.pr_body !== undefined) {
        let data3 = data.pr_body;
        if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
          if (Object.keys(data3).length < 1) {
            const err15 = {
              instancePath: instancePath + '/pr_body',
              schemaPath: '#/oneOf/2/properties/pr_body/minProperties',
              keyword: 'minProperties',
              params: { limit: 1 },
              message: 'must NOT have fewer than 1 properties',
              schema: 1,
              parentSchema: schema43.oneOf[2].properties.pr_body,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          for (const key3 in data3) {
            if (!(key3 === 'sections' || key3 === 'min_words')) {
              const err16 = {
                instancePath: instancePath + '/pr_body',
                schemaPath: '#/oneOf/2/properties/pr_body/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key3 },
                message: 'must NOT have additional properties',
                schema: false,
                parentSchema: schema43.oneOf[2].properties.pr_body,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          if (data3.sections !== undefined) {
            let data4 = data3.sections;
            if (Array.isArray(data4)) {
              if (data4.length < 1) {
                const err17 = {
                  instancePath: instancePath + '/pr_body/sections',
                  schemaPath: '#/$defs/checkStrings/minItems',
                  keyword: 'minItems',
                  params: { limit: 1 },
                  message: 'must NOT have fewer than 1 items',
                  schema: 1,
                  parentSchema: schema42,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              const len1 = data4.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data5 = data4[i1];
                if (typeof data5 === 'string') {
                  if (func2(data5) < 1) {
                    const err18 = {
                      instancePath: instancePath + '/pr_body/sections/' + i1,
                      schemaPath: '#/$defs/checkStrings/items/minLength',
                      keyword: 'minLength',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 characters',
                      schema: 1,
                      parentSchema: schema42.items,
                      data: data5,
                    };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                } else {
                  const err19 = {
                    instancePath: instancePath + '/pr_body/sections/' + i1,
                    schemaPath: '#/$defs/checkStrings/items/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema42.items.type,
                    parentSchema: schema42.items,
                    data: data5,
                  };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
            } else {
              const err20 = {
                instancePath: instancePath + '/pr_body/sections',
                schemaPath: '#/$defs/checkStrings/type',
                keyword: 'type',
                params: { type: 'array' },
                message: 'must be array',
                schema: schema42.type,
                parentSchema: schema42,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          if (data3.min_words !== undefined) {
            let data6 = data3.min_words;
            if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
              const err21 = {
                instancePath: instancePath + '/pr_body/min_words',
                schemaPath: '#/oneOf/2/properties/pr_body/properties/min_words/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
                schema: schema43.oneOf[2].properties.pr_body.properties.min_words.type,
                parentSchema: schema43.oneOf[2].properties.pr_body.properties.min_words,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (typeof data6 == 'number' && isFinite(data6)) {
              if (data6 < 0 || isNaN(data6)) {
                const err22 = {
                  instancePath: instancePath + '/pr_body/min_words',
                  schemaPath: '#/oneOf/2/properties/pr_body/properties/min_words/minimum',
                  keyword: 'minimum',
                  params: { comparison: '>=', limit: 0 },
                  message: 'must be >= 0',
                  schema: 0,
                  parentSchema: schema43.oneOf[2].properties.pr_body.properties.min_words,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          }
        } else {
          const err23 = {
            instancePath: instancePath + '/pr_body',
            schemaPath: '#/oneOf/2/properties/pr_body/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema43.oneOf[2].properties.pr_body.type,
            parentSchema: schema43.oneOf[2].properties.pr_body,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    } else {
      const err24 = {
        instancePath,
        schemaPath: '#/oneOf/2/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
        schema: schema43.oneOf[2].type,
        parentSchema: schema43.oneOf[2],
        data,
      };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    var _valid0 = _errs15 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
        if (props0 !== true) {
          props0 = true;
        }
      }
      const _errs28 = errors;
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.sections === undefined) {
          const err25 = {
            instancePath,
            schemaPath: '#/oneOf/3/required',
            keyword: 'required',
            params: { missingProperty: 'sections' },
            message: "must have required property '" + 'sections' + "'",
            schema: schema43.oneOf[3].required,
            parentSchema: schema43.oneOf[3],
            data,
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        for (const key4 in data) {
          if (!(key4 === 'sections')) {
            const err26 = {
              instancePath,
              schemaPath: '#/oneOf/3/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema43.oneOf[3],
              data,
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data.sections !== undefined) {
          let data7 = data.sections;
          if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
            if (data7.file === undefined) {
              const err27 = {
                instancePath: instancePath + '/sections',
                schemaPath: '#/oneOf/3/properties/sections/required',
                keyword: 'required',
                params: { missingProperty: 'file' },
                message: "must have required property '" + 'file' + "'",
                schema: schema43.oneOf[3].properties.sections.required,
                parentSchema: schema43.oneOf[3].properties.sections,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data7.headings === undefined) {
              const err28 = {
                instancePath: instancePath + '/sections',
                schemaPath: '#/oneOf/3/properties/sections/required',
                keyword: 'required',
                params: { missingProperty: 'headings' },
                message: "must have required property '" + 'headings' + "'",
                schema: schema43.oneOf[3].properties.sections.required,
                parentSchema: schema43.oneOf[3].properties.sections,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            for (const key5 in data7) {
              if (!(key5 === 'file' || key5 === 'headings')) {
                const err29 = {
                  instancePath: instancePath + '/sections',
                  schemaPath: '#/oneOf/3/properties/sections/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key5 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema43.oneOf[3].properties.sections,
                  data: data7,
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data7.file !== undefined) {
              let data8 = data7.file;
              if (typeof data8 === 'string') {
                if (func2(data8) < 1) {
                  const err30 = {
                    instancePath: instancePath + '/sections/file',
                    schemaPath: '#/$defs/checkPath/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema45,
                    data: data8,
                  };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                if (!pattern7.test(data8)) {
                  const err31 = {
                    instancePath: instancePath + '/sections/file',
                    schemaPath: '#/$defs/checkPath/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[^/]' },
                    message: 'must match pattern "' + '^[^/]' + '"',
                    schema: '^[^/]',
                    parentSchema: schema45,
                    data: data8,
                  };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = {
                  instancePath: instancePath + '/sections/file',
                  schemaPath: '#/$defs/checkPath/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema45.type,
                  parentSchema: schema45,
                  data: data8,
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data7.headings !== undefined) {
              let data9 = data7.headings;
              if (Array.isArray(data9)) {
                if (data9.length < 1) {
                  const err33 = {
                    instancePath: instancePath + '/sections/headings',
                    schemaPath: '#/$defs/checkStrings/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                    schema: 1,
                    parentSchema: schema42,
                    data: data9,
                  };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                const len2 = data9.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data10 = data9[i2];
                  if (typeof data10 === 'string') {
                    if (func2(data10) < 1) {
                      const err34 = {
                        instancePath: instancePath + '/sections/headings/' + i2,
                        schemaPath: '#/$defs/checkStrings/items/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                        schema: 1,
                        parentSchema: schema42.items,
                        data: data10,
                      };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  } else {
                    const err35 = {
                      instancePath: instancePath + '/sections/headings/' + i2,
                      schemaPath: '#/$defs/checkStrings/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema42.items.type,
                      parentSchema: schema42.items,
                      data: data10,
                    };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
              } else {
                const err36 = {
                  instancePath: instancePath + '/sections/headings',
                  schemaPath: '#/$defs/checkStrings/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema42.type,
                  parentSchema: schema42,
                  data: data9,
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          } else {
            const err37 = {
              instancePath: instancePath + '/sections',
              schemaPath: '#/oneOf/3/properties/sections/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema43.oneOf[3].properties.sections.type,
              parentSchema: schema43.oneOf[3].properties.sections,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = {
          instancePath,
          schemaPath: '#/oneOf/3/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema43.oneOf[3].type,
          parentSchema: schema43.oneOf[3],
          data,
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      var _valid0 = _errs28 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
          if (props0 !== true) {
            props0 = true;
          }
        }
        const _errs42 = errors;
        if (data && typeof data == 'object' && !Array.isArray(data)) {
          if (data.card === undefined) {
            const err39 = {
              instancePath,
              schemaPath: '#/oneOf/4/required',
              keyword: 'required',
              params: { missingProperty: 'card' },
              message: "must have required property '" + 'card' + "'",
              schema: schema43.oneOf[4].required,
              parentSchema: schema43.oneOf[4],
              data,
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          for (const key6 in data) {
            if (!(key6 === 'card')) {
              const err40 = {
                instancePath,
                schemaPath: '#/oneOf/4/additionalProperties',
                keyword: 'additionalProperties',
                params: { additionalProperty: key6 },
                message: 'must NOT have additional properties',
                schema: false,
                parentSchema: schema43.oneOf[4],
                data,
              };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
          if (data.card !== undefined) {
            let data11 = data.card;
            if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
              if (data11.file === undefined) {
                const err41 = {
                  instancePath: instancePath + '/card',
                  schemaPath: '#/oneOf/4/properties/card/required',
                  keyword: 'required',
                  params: { missingProperty: 'file' },
                  message: "must have required property '" + 'file' + "'",
                  schema: schema43.oneOf[4].properties.card.required,
                  parentSchema: schema43.oneOf[4].properties.card,
                  data: data11,
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              for (const key7 in data11) {
                if (!(key7 === 'file' || key7 === 'result' || key7 === 'tolerance')) {
                  const err42 = {
                    instancePath: instancePath + '/card',
                    schemaPath: '#/oneOf/4/properties/card/additionalProperties',
                    keyword: 'additionalProperties',
                    params: { additionalProperty: key7 },
                    message: 'must NOT have additional properties',
                    schema: false,
                    parentSchema: schema43.oneOf[4].properties.card,
                    data: data11,
                  };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              }
              if (data11.file !== undefined) {
                let data12 = data11.file;
                if (typeof data12 === 'string') {
                  if (func2(data12) < 1) {
                    const err43 = {
                      instancePath: instancePath + '/card/file',
                      schemaPath: '#/$defs/checkPath/minLength',
                      keyword: 'minLength',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 characters',
                      schema: 1,
                      parentSchema: schema45,
                      data: data12,
                    };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                  if (!pattern7.test(data12)) {
                    const err44 = {
                      instancePath: instancePath + '/card/file',
                      schemaPath: '#/$defs/checkPath/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^[^/]' },
                      message: 'must match pattern "' + '^[^/]' + '"',
                      schema: '^[^/]',
                      parentSchema: schema45,
                      data: data12,
                    };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                } else {
                  const err45 = {
                    instancePath: instancePath + '/card/file',
                    schemaPath: '#/$defs/checkPath/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema45.type,
                    parentSchema: schema45,
                    data: data12,
                  };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              }
              if (data11.result !== undefined) {
                let data13 = data11.result;
                if (typeof data13 === 'string') {
                  if (func2(data13) < 1) {
                    const err46 = {
                      instancePath: instancePath + '/card/result',
                      schemaPath: '#/$defs/checkPath/minLength',
                      keyword: 'minLength',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 characters',
                      schema: 1,
                      parentSchema: schema45,
                      data: data13,
                    };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                  if (!pattern7.test(data13)) {
                    const err47 = {
                      instancePath: instancePath + '/card/result',
                      schemaPath: '#/$defs/checkPath/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^[^/]' },
                      message: 'must match pattern "' + '^[^/]' + '"',
                      schema: '^[^/]',
                      parentSchema: schema45,
                      data: data13,
                    };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                } else {
                  const err48 = {
                    instancePath: instancePath + '/card/result',
                    schemaPath: '#/$defs/checkPath/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema45.type,
                    parentSchema: schema45,
                    data: data13,
                  };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              }
              if (data11.tolerance !== undefined) {
                let data14 = data11.tolerance;
                if (typeof data14 == 'number' && isFinite(data14)) {
                  if (data14 < 0 || isNaN(data14)) {
                    const err49 = {
                      instancePath: instancePath + '/card/tolerance',
                      schemaPath: '#/oneOf/4/properties/card/properties/tolerance/minimum',
                      keyword: 'minimum',
                      params: { comparison: '>=', limit: 0 },
                      message: 'must be >= 0',
                      schema: 0,
                      parentSchema: schema43.oneOf[4].properties.card.properties.tolerance,
                      data: data14,
                    };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                } else {
                  const err50 = {
                    instancePath: instancePath + '/card/tolerance',
                    schemaPath: '#/oneOf/4/properties/card/properties/tolerance/type',
                    keyword: 'type',
                    params: { type: 'number' },
                    message: 'must be number',
                    schema: schema43.oneOf[4].properties.card.properties.tolerance.type,
                    parentSchema: schema43.oneOf[4].properties.card.properties.tolerance,
                    data: data14,
                  };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
            } else {
              const err51 = {
                instancePath: instancePath + '/card',
                schemaPath: '#/oneOf/4/properties/card/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema43.oneOf[4].properties.card.type,
                parentSchema: schema43.oneOf[4].properties.card,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
        } else {
          const err52 = {
            instancePath,
            schemaPath: '#/oneOf/4/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema43.oneOf[4].type,
            parentSchema: schema43.oneOf[4],
            data,
          };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        var _valid0 = _errs42 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 4];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 4;
            if (props0 !== true) {
              props0 = true;
            }
          }
        }
      }
    }
  }
  if (!valid0) {
    const err53 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
      schema: schema43.oneOf,
      parentSchema: schema43,
      data,
    };
    if (vErrors === null) {
      vErrors = [err53];
    } else {
      vErrors.push(err53);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate29.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate29.evaluated = { dynamicProps: true, dynamicItems: false };
function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
        schema: schema39.required,
        parentSchema: schema39,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.require === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'require' },
        message: "must have required property '" + 'require' + "'",
        schema: schema39.required,
        parentSchema: schema39,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'name' ||
        key0 === 'severity' ||
        key0 === 'when' ||
        key0 === 'unless' ||
        key0 === 'require'
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema39,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 === 'string') {
        if (func2(data0) < 1) {
          const err3 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema39.properties.name,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema39.properties.name.type,
          parentSchema: schema39.properties.name,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.severity !== undefined) {
      let data1 = data.severity;
      if (!(data1 === 'fail' || data1 === 'warn')) {
        const err5 = {
          instancePath: instancePath + '/severity',
          schemaPath: '#/properties/severity/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.severity.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema39.properties.severity.enum,
          parentSchema: schema39.properties.severity,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.when !== undefined) {
      if (
        !validate26(data.when, {
          instancePath: instancePath + '/when',
          parentData: data,
          parentDataProperty: 'when',
          rootData,
          dynamicAnchors,
        })
      ) {
        if (vErrors === null) vErrors = validate26.errors.slice();
        else for (const e of validate26.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.unless !== undefined) {
      if (
        !validate26(data.unless, {
          instancePath: instancePath + '/unless',
          parentData: data,
          parentDataProperty: 'unless',
          rootData,
          dynamicAnchors,
        })
      ) {
        if (vErrors === null) vErrors = validate26.errors.slice();
        else for (const e of validate26.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.require !== undefined) {
      if (
        !validate29(data.require, {
          instancePath: instancePath + '/require',
          parentData: data,
          parentDataProperty: 'require',
          rootData,
          dynamicAnchors,
        })
      ) {
        if (vErrors === null) vErrors = validate29.errors.slice();
        else for (const e of validate29.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema39.type,
      parentSchema: schema39,
      data,
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate24(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (
        !validate25(data[i0], {
          instancePath: instancePath + '/' + i0,
          parentData: data,
          parentDataProperty: i0,
          rootData,
          dynamicAnchors,
        })
      ) {
        if (vErrors === null) vErrors = validate25.errors.slice();
        else for (const e of validate25.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
      schema: schema38.type,
      parentSchema: schema38,
      data,
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
        schema: schema32.required,
        parentSchema: schema32,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.task === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'task' },
        message: "must have required property '" + 'task' + "'",
        schema: schema32.required,
        parentSchema: schema32,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.golden === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'golden' },
        message: "must have required property '" + 'golden' + "'",
        schema: schema32.required,
        parentSchema: schema32,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.predictions === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'predictions' },
        message: "must have required property '" + 'predictions' + "'",
        schema: schema32.required,
        parentSchema: schema32,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema32,
          data,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err5 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema32.properties.name,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err6 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' },
            message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9_.-]*$' + '"',
            schema: '^[A-Za-z0-9][A-Za-z0-9_.-]*$',
            parentSchema: schema32.properties.name,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.properties.name.type,
          parentSchema: schema32.properties.name,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.task !== undefined) {
      let data1 = data.task;
      if (!(
        data1 === 'classification' ||
        data1 === 'ranking' ||
        data1 === 'generation' ||
        data1 === 'spans' ||
        data1 === 'scored'
      )) {
        const err8 = {
          instancePath: instancePath + '/task',
          schemaPath: '#/properties/task/enum',
          keyword: 'enum',
          params: { allowedValues: schema32.properties.task.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema32.properties.task.enum,
          parentSchema: schema32.properties.task,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.golden !== undefined) {
      let data2 = data.golden;
      if (typeof data2 === 'string') {
        if (func2(data2) < 1) {
          const err9 = {
            instancePath: instancePath + '/golden',
            schemaPath: '#/properties/golden/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema32.properties.golden,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/golden',
          schemaPath: '#/properties/golden/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.properties.golden.type,
          parentSchema: schema32.properties.golden,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.predictions !== undefined) {
      let data3 = data.predictions;
      if (typeof data3 === 'string') {
        if (func2(data3) < 1) {
          const err11 = {
            instancePath: instancePath + '/predictions',
            schemaPath: '#/properties/predictions/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema32.properties.predictions,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/predictions',
          schemaPath: '#/properties/predictions/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.properties.predictions.type,
          parentSchema: schema32.properties.predictions,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.train !== undefined) {
      let data4 = data.train;
      if (typeof data4 === 'string') {
        if (func2(data4) < 1) {
          const err13 = {
            instancePath: instancePath + '/train',
            schemaPath: '#/properties/train/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema32.properties.train,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/train',
          schemaPath: '#/properties/train/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.properties.train.type,
          parentSchema: schema32.properties.train,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.run !== undefined) {
      let data5 = data.run;
      if (typeof data5 === 'string') {
        if (func2(data5) < 1) {
          const err15 = {
            instancePath: instancePath + '/run',
            schemaPath: '#/properties/run/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema32.properties.run,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/run',
          schemaPath: '#/properties/run/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.properties.run.type,
          parentSchema: schema32.properties.run,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.format !== undefined) {
      let data6 = data.format;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (!(key1 === 'golden' || key1 === 'predictions')) {
            const err17 = {
              instancePath: instancePath + '/format',
              schemaPath: '#/properties/format/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema32.properties.format,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data6.golden !== undefined) {
          let data7 = data6.golden;
          if (!(data7 === 'jsonl' || data7 === 'csv' || data7 === 'json' || data7 === 'trec')) {
            const err18 = {
              instancePath: instancePath + '/format/golden',
              schemaPath: '#/properties/format/properties/golden/enum',
              keyword: 'enum',
              params: { allowedValues: schema32.properties.format.properties.golden.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema32.properties.format.properties.golden.enum,
              parentSchema: schema32.properties.format.properties.golden,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data6.predictions !== undefined) {
          let data8 = data6.predictions;
          if (!(data8 === 'jsonl' || data8 === 'csv' || data8 === 'json' || data8 === 'trec')) {
            const err19 = {
              instancePath: instancePath + '/format/predictions',
              schemaPath: '#/properties/format/properties/predictions/enum',
              keyword: 'enum',
              params: { allowedValues: schema32.properties.format.properties.predictions.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema32.properties.format.properties.predictions.enum,
              parentSchema: schema32.properties.format.properties.predictions,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/format',
          schemaPath: '#/properties/format/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema32.properties.format.type,
          parentSchema: schema32.properties.format,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.fields !== undefined) {
      let data9 = data.fields;
      if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
        for (const key2 in data9) {
          if (!func1.call(schema33.properties, key2)) {
            const err21 = {
              instancePath: instancePath + '/fields',
              schemaPath: '#/$defs/fields/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema33,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data9.id !== undefined) {
          let data10 = data9.id;
          if (typeof data10 === 'string') {
            if (func2(data10) < 1) {
              const err22 = {
                instancePath: instancePath + '/fields/id',
                schemaPath: '#/$defs/fields/properties/id/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema33.properties.id,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/fields/id',
              schemaPath: '#/$defs/fields/properties/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.properties.id.type,
              parentSchema: schema33.properties.id,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data9.label !== undefined) {
          let data11 = data9.label;
          if (typeof data11 === 'string') {
            if (func2(data11) < 1) {
              const err24 = {
                instancePath: instancePath + '/fields/label',
                schemaPath: '#/$defs/fields/properties/label/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema33.properties.label,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = {
              instancePath: instancePath + '/fields/label',
              schemaPath: '#/$defs/fields/properties/label/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.properties.label.type,
              parentSchema: schema33.properties.label,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data9.prediction !== undefined) {
          let data12 = data9.prediction;
          if (typeof data12 === 'string') {
            if (func2(data12) < 1) {
              const err26 = {
                instancePath: instancePath + '/fields/prediction',
                schemaPath: '#/$defs/fields/properties/prediction/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema33.properties.prediction,
                data: data12,
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = {
              instancePath: instancePath + '/fields/prediction',
              schemaPath: '#/$defs/fields/properties/prediction/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.properties.prediction.type,
              parentSchema: schema33.properties.prediction,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data9.scores !== undefined) {
          let data13 = data9.scores;
          if (typeof data13 === 'string') {
            if (func2(data13) < 1) {
              const err28 = {
                instancePath: instancePath + '/fields/scores',
                schemaPath: '#/$defs/fields/properties/scores/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema33.properties.scores,
                data: data13,
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = {
              instancePath: instancePath + '/fields/scores',
              schemaPath: '#/$defs/fields/properties/scores/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.properties.scores.type,
              parentSchema: schema33.properties.scores,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data9.references !== undefined) {
          let data14 = data9.references;
          if (typeof data14 === 'string') {
            if (func2(data14) < 1) {
              const err30 = {
                instancePath: instancePath + '/fields/references',
                schemaPath: '#/$defs/fields/properties/references/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema33.properties.references,
                data: data14,
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = {
              instancePath: instancePath + '/fields/references',
              schemaPath: '#/$defs/fields/properties/references/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.properties.references.type,
              parentSchema: schema33.properties.references,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data9.tokens !== undefined) {
          let data15 = data9.tokens;
          if (typeof data15 === 'string') {
            if (func2(data15) < 1) {
              const err32 = {
                instancePath: instancePath + '/fields/tokens',
                schemaPath: '#/$defs/fields/properties/tokens/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema33.properties.tokens,
                data: data15,
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = {
              instancePath: instancePath + '/fields/tokens',
              schemaPath: '#/$defs/fields/properties/tokens/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.properties.tokens.type,
              parentSchema: schema33.properties.tokens,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data9.text !== undefined) {
          let data16 = data9.text;
          if (typeof data16 === 'string') {
            if (func2(data16) < 1) {
              const err34 = {
                instancePath: instancePath + '/fields/text',
                schemaPath: '#/$defs/fields/properties/text/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema33.properties.text,
                data: data16,
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = {
              instancePath: instancePath + '/fields/text',
              schemaPath: '#/$defs/fields/properties/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.properties.text.type,
              parentSchema: schema33.properties.text,
              data: data16,
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data9.score !== undefined) {
          let data17 = data9.score;
          if (typeof data17 === 'string') {
            if (func2(data17) < 1) {
              const err36 = {
                instancePath: instancePath + '/fields/score',
                schemaPath: '#/$defs/fields/properties/score/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema33.properties.score,
                data: data17,
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = {
              instancePath: instancePath + '/fields/score',
              schemaPath: '#/$defs/fields/properties/score/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.properties.score.type,
              parentSchema: schema33.properties.score,
              data: data17,
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data9.verdict !== undefined) {
          let data18 = data9.verdict;
          if (typeof data18 === 'string') {
            if (func2(data18) < 1) {
              const err38 = {
                instancePath: instancePath + '/fields/verdict',
                schemaPath: '#/$defs/fields/properties/verdict/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema33.properties.verdict,
                data: data18,
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = {
              instancePath: instancePath + '/fields/verdict',
              schemaPath: '#/$defs/fields/properties/verdict/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.properties.verdict.type,
              parentSchema: schema33.properties.verdict,
              data: data18,
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data9.run !== undefined) {
          let data19 = data9.run;
          if (typeof data19 === 'string') {
            if (func2(data19) < 1) {
              const err40 = {
                instancePath: instancePath + '/fields/run',
                schemaPath: '#/$defs/fields/properties/run/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema33.properties.run,
                data: data19,
              };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = {
              instancePath: instancePath + '/fields/run',
              schemaPath: '#/$defs/fields/properties/run/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.properties.run.type,
              parentSchema: schema33.properties.run,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = {
          instancePath: instancePath + '/fields',
          schemaPath: '#/$defs/fields/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema33.type,
          parentSchema: schema33,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.labels !== undefined) {
      let data20 = data.labels;
      if (Array.isArray(data20)) {
        if (data20.length < 2) {
          const err43 = {
            instancePath: instancePath + '/labels',
            schemaPath: '#/properties/labels/minItems',
            keyword: 'minItems',
            params: { limit: 2 },
            message: 'must NOT have fewer than 2 items',
            schema: 2,
            parentSchema: schema32.properties.labels,
            data: data20,
          };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        const len0 = data20.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data21 = data20[i0];
          if (typeof data21 !== 'string' && !(typeof data21 == 'number' && isFinite(data21))) {
            const err44 = {
              instancePath: instancePath + '/labels/' + i0,
              schemaPath: '#/properties/labels/items/type',
              keyword: 'type',
              params: { type: schema32.properties.labels.items.type },
              message: 'must be string,number',
              schema: schema32.properties.labels.items.type,
              parentSchema: schema32.properties.labels.items,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        let i1 = data20.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--;) {
            let item0 = data20[i1];
            if (typeof item0 !== 'string' && !(typeof item0 == 'number' && isFinite(item0))) {
              continue;
            }
            if (typeof item0 == 'string') {
              item0 += '_';
            }
            if (typeof indices0[item0] == 'number') {
              j0 = indices0[item0];
              const err45 = {
                instancePath: instancePath + '/labels',
                schemaPath: '#/properties/labels/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i1, j: j0 },
                message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                schema: true,
                parentSchema: schema32.properties.labels,
                data: data20,
              };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err46 = {
          instancePath: instancePath + '/labels',
          schemaPath: '#/properties/labels/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema32.properties.labels.type,
          parentSchema: schema32.properties.labels,
          data: data20,
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.multilabel !== undefined) {
      let data22 = data.multilabel;
      if (typeof data22 !== 'boolean') {
        const err47 = {
          instancePath: instancePath + '/multilabel',
          schemaPath: '#/properties/multilabel/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema32.properties.multilabel.type,
          parentSchema: schema32.properties.multilabel,
          data: data22,
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.positive_label !== undefined) {
      let data23 = data.positive_label;
      if (typeof data23 !== 'string' && !(typeof data23 == 'number' && isFinite(data23))) {
        const err48 = {
          instancePath: instancePath + '/positive_label',
          schemaPath: '#/properties/positive_label/type',
          keyword: 'type',
          params: { type: schema32.properties.positive_label.type },
          message: 'must be string,number',
          schema: schema32.properties.positive_label.type,
          parentSchema: schema32.properties.positive_label,
          data: data23,
        };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.slices !== undefined) {
      let data24 = data.slices;
      if (Array.isArray(data24)) {
        const len1 = data24.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data25 = data24[i2];
          const _errs53 = errors;
          let valid9 = false;
          const _errs54 = errors;
          if (typeof data25 === 'string') {
            if (func2(data25) < 1) {
              const err49 = {
                instancePath: instancePath + '/slices/' + i2,
                schemaPath: '#/properties/slices/items/anyOf/0/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema32.properties.slices.items.anyOf[0],
                data: data25,
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = {
              instancePath: instancePath + '/slices/' + i2,
              schemaPath: '#/properties/slices/items/anyOf/0/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.properties.slices.items.anyOf[0].type,
              parentSchema: schema32.properties.slices.items.anyOf[0],
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          var _valid0 = _errs54 === errors;
          valid9 = valid9 || _valid0;
          const _errs56 = errors;
          if (Array.isArray(data25)) {
            if (data25.length > 4) {
              const err51 = {
                instancePath: instancePath + '/slices/' + i2,
                schemaPath: '#/properties/slices/items/anyOf/1/maxItems',
                keyword: 'maxItems',
                params: { limit: 4 },
                message: 'must NOT have more than 4 items',
                schema: 4,
                parentSchema: schema32.properties.slices.items.anyOf[1],
                data: data25,
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data25.length < 2) {
              const err52 = {
                instancePath: instancePath + '/slices/' + i2,
                schemaPath: '#/properties/slices/items/anyOf/1/minItems',
                keyword: 'minItems',
                params: { limit: 2 },
                message: 'must NOT have fewer than 2 items',
                schema: 2,
                parentSchema: schema32.properties.slices.items.anyOf[1],
                data: data25,
              };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            const len2 = data25.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data26 = data25[i3];
              if (typeof data26 === 'string') {
                if (func2(data26) < 1) {
                  const err53 = {
                    instancePath: instancePath + '/slices/' + i2 + '/' + i3,
                    schemaPath: '#/properties/slices/items/anyOf/1/items/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema32.properties.slices.items.anyOf[1].items,
                    data: data26,
                  };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              } else {
                const err54 = {
                  instancePath: instancePath + '/slices/' + i2 + '/' + i3,
                  schemaPath: '#/properties/slices/items/anyOf/1/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema32.properties.slices.items.anyOf[1].items.type,
                  parentSchema: schema32.properties.slices.items.anyOf[1].items,
                  data: data26,
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            let i4 = data25.length;
            let j1;
            if (i4 > 1) {
              const indices1 = {};
              for (; i4--;) {
                let item1 = data25[i4];
                if (typeof item1 !== 'string') {
                  continue;
                }
                if (typeof indices1[item1] == 'number') {
                  j1 = indices1[item1];
                  const err55 = {
                    instancePath: instancePath + '/slices/' + i2,
                    schemaPath: '#/properties/slices/items/anyOf/1/uniqueItems',
                    keyword: 'uniqueItems',
                    params: { i: i4, j: j1 },
                    message:
                      'must NOT have duplicate items (items ## ' + j1 + ' and ' + i4 + ' are identical)',
                    schema: true,
                    parentSchema: schema32.properties.slices.items.anyOf[1],
                    data: data25,
                  };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i4;
              }
            }
          } else {
            const err56 = {
              instancePath: instancePath + '/slices/' + i2,
              schemaPath: '#/properties/slices/items/anyOf/1/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema32.properties.slices.items.anyOf[1].type,
              parentSchema: schema32.properties.slices.items.anyOf[1],
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          var _valid0 = _errs56 === errors;
          valid9 = valid9 || _valid0;
          if (!valid9) {
            const err57 = {
              instancePath: instancePath + '/slices/' + i2,
              schemaPath: '#/properties/slices/items/anyOf',
              keyword: 'anyOf',
              params: {},
              message: 'must match a schema in anyOf',
              schema: schema32.properties.slices.items.anyOf,
              parentSchema: schema32.properties.slices.items,
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          } else {
            errors = _errs53;
            if (vErrors !== null) {
              if (_errs53) {
                vErrors.length = _errs53;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err58 = {
          instancePath: instancePath + '/slices',
          schemaPath: '#/properties/slices/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema32.properties.slices.type,
          parentSchema: schema32.properties.slices,
          data: data24,
        };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.label_slices !== undefined) {
      let data27 = data.label_slices;
      if (typeof data27 !== 'boolean') {
        const err59 = {
          instancePath: instancePath + '/label_slices',
          schemaPath: '#/properties/label_slices/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema32.properties.label_slices.type,
          parentSchema: schema32.properties.label_slices,
          data: data27,
        };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.min_support !== undefined) {
      let data28 = data.min_support;
      if (!(typeof data28 == 'number' && !(data28 % 1) && !isNaN(data28) && isFinite(data28))) {
        const err60 = {
          instancePath: instancePath + '/min_support',
          schemaPath: '#/properties/min_support/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema32.properties.min_support.type,
          parentSchema: schema32.properties.min_support,
          data: data28,
        };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
      if (typeof data28 == 'number' && isFinite(data28)) {
        if (data28 < 1 || isNaN(data28)) {
          const err61 = {
            instancePath: instancePath + '/min_support',
            schemaPath: '#/properties/min_support/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema32.properties.min_support,
            data: data28,
          };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
      }
    }
    if (data.max_slices !== undefined) {
      let data29 = data.max_slices;
      if (!(typeof data29 == 'number' && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
        const err62 = {
          instancePath: instancePath + '/max_slices',
          schemaPath: '#/properties/max_slices/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema32.properties.max_slices.type,
          parentSchema: schema32.properties.max_slices,
          data: data29,
        };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
      if (typeof data29 == 'number' && isFinite(data29)) {
        if (data29 < 1 || isNaN(data29)) {
          const err63 = {
            instancePath: instancePath + '/max_slices',
            schemaPath: '#/properties/max_slices/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema32.properties.max_slices,
            data: data29,
          };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
      }
    }
    if (data.max_labels !== undefined) {
      let data30 = data.max_labels;
      if (!(typeof data30 == 'number' && !(data30 % 1) && !isNaN(data30) && isFinite(data30))) {
        const err64 = {
          instancePath: instancePath + '/max_labels',
          schemaPath: '#/properties/max_labels/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema32.properties.max_labels.type,
          parentSchema: schema32.properties.max_labels,
          data: data30,
        };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
      if (typeof data30 == 'number' && isFinite(data30)) {
        if (data30 < 2 || isNaN(data30)) {
          const err65 = {
            instancePath: instancePath + '/max_labels',
            schemaPath: '#/properties/max_labels/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 2 },
            message: 'must be >= 2',
            schema: 2,
            parentSchema: schema32.properties.max_labels,
            data: data30,
          };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
      }
    }
    if (data.missing_predictions !== undefined) {
      let data31 = data.missing_predictions;
      if (!(data31 === 'error' || data31 === 'count_as_wrong')) {
        const err66 = {
          instancePath: instancePath + '/missing_predictions',
          schemaPath: '#/properties/missing_predictions/enum',
          keyword: 'enum',
          params: { allowedValues: schema32.properties.missing_predictions.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema32.properties.missing_predictions.enum,
          parentSchema: schema32.properties.missing_predictions,
          data: data31,
        };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.extra_predictions !== undefined) {
      let data32 = data.extra_predictions;
      if (!(data32 === 'error' || data32 === 'ignore')) {
        const err67 = {
          instancePath: instancePath + '/extra_predictions',
          schemaPath: '#/properties/extra_predictions/enum',
          keyword: 'enum',
          params: { allowedValues: schema32.properties.extra_predictions.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema32.properties.extra_predictions.enum,
          parentSchema: schema32.properties.extra_predictions,
          data: data32,
        };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.metrics !== undefined) {
      let data33 = data.metrics;
      if (Array.isArray(data33)) {
        if (data33.length < 1) {
          const err68 = {
            instancePath: instancePath + '/metrics',
            schemaPath: '#/properties/metrics/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema32.properties.metrics,
            data: data33,
          };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        const len3 = data33.length;
        for (let i5 = 0; i5 < len3; i5++) {
          let data34 = data33[i5];
          if (typeof data34 !== 'string') {
            const err69 = {
              instancePath: instancePath + '/metrics/' + i5,
              schemaPath: '#/properties/metrics/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.properties.metrics.items.type,
              parentSchema: schema32.properties.metrics.items,
              data: data34,
            };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        let i6 = data33.length;
        let j2;
        if (i6 > 1) {
          const indices2 = {};
          for (; i6--;) {
            let item2 = data33[i6];
            if (typeof item2 !== 'string') {
              continue;
            }
            if (typeof indices2[item2] == 'number') {
              j2 = indices2[item2];
              const err70 = {
                instancePath: instancePath + '/metrics',
                schemaPath: '#/properties/metrics/uniqueItems',
                keyword: 'uniqueItems',
                params: { i: i6, j: j2 },
                message: 'must NOT have duplicate items (items ## ' + j2 + ' and ' + i6 + ' are identical)',
                schema: true,
                parentSchema: schema32.properties.metrics,
                data: data33,
              };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
              break;
            }
            indices2[item2] = i6;
          }
        }
      } else {
        const err71 = {
          instancePath: instancePath + '/metrics',
          schemaPath: '#/properties/metrics/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema32.properties.metrics.type,
          parentSchema: schema32.properties.metrics,
          data: data33,
        };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.top_k !== undefined) {
      let data35 = data.top_k;
      if (!(typeof data35 == 'number' && !(data35 % 1) && !isNaN(data35) && isFinite(data35))) {
        const err72 = {
          instancePath: instancePath + '/top_k',
          schemaPath: '#/properties/top_k/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema32.properties.top_k.type,
          parentSchema: schema32.properties.top_k,
          data: data35,
        };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
      if (typeof data35 == 'number' && isFinite(data35)) {
        if (data35 < 1 || isNaN(data35)) {
          const err73 = {
            instancePath: instancePath + '/top_k',
            schemaPath: '#/properties/top_k/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema32.properties.top_k,
            data: data35,
          };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
      }
    }
    if (data.ece_bins !== undefined) {
      let data36 = data.ece_bins;
      if (!(typeof data36 == 'number' && !(data36 % 1) && !isNaN(data36) && isFinite(data36))) {
        const err74 = {
          instancePath: instancePath + '/ece_bins',
          schemaPath: '#/properties/ece_bins/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema32.properties.ece_bins.type,
          parentSchema: schema32.properties.ece_bins,
          data: data36,
        };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
      if (typeof data36 == 'number' && isFinite(data36)) {
        if (data36 > 1000 || isNaN(data36)) {
          const err75 = {
            instancePath: instancePath + '/ece_bins',
            schemaPath: '#/properties/ece_bins/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000 },
            message: 'must be <= 1000',
            schema: 1000,
            parentSchema: schema32.properties.ece_bins,
            data: data36,
          };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        if (data36 < 2 || isNaN(data36)) {
          const err76 = {
            instancePath: instancePath + '/ece_bins',
            schemaPath: '#/properties/ece_bins/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 2 },
            message: 'must be >= 2',
            schema: 2,
            parentSchema: schema32.properties.ece_bins,
            data: data36,
          };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
      }
    }
    if (data.store_examples !== undefined) {
      let data37 = data.store_examples;
      if (typeof data37 !== 'boolean') {
        const err77 = {
          instancePath: instancePath + '/store_examples',
          schemaPath: '#/properties/store_examples/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema32.properties.store_examples.type,
          parentSchema: schema32.properties.store_examples,
          data: data37,
        };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.gates !== undefined) {
      let data38 = data.gates;
      if (Array.isArray(data38)) {
        const len4 = data38.length;
        for (let i7 = 0; i7 < len4; i7++) {
          if (
            !validate22(data38[i7], {
              instancePath: instancePath + '/gates/' + i7,
              parentData: data38,
              parentDataProperty: i7,
              rootData,
              dynamicAnchors,
            })
          ) {
            if (vErrors === null) vErrors = validate22.errors.slice();
            else for (const e of validate22.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err78 = {
          instancePath: instancePath + '/gates',
          schemaPath: '#/properties/gates/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema32.properties.gates.type,
          parentSchema: schema32.properties.gates,
          data: data38,
        };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    if (data.mode !== undefined) {
      let data40 = data.mode;
      if (!(data40 === 'enforce' || data40 === 'advisory')) {
        const err79 = {
          instancePath: instancePath + '/mode',
          schemaPath: '#/properties/mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema32.properties.mode.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema32.properties.mode.enum,
          parentSchema: schema32.properties.mode,
          data: data40,
        };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data.unconfirmed !== undefined) {
      let data41 = data.unconfirmed;
      if (!(data41 === 'fail' || data41 === 'warn' || data41 === 'pass')) {
        const err80 = {
          instancePath: instancePath + '/unconfirmed',
          schemaPath: '#/properties/unconfirmed/enum',
          keyword: 'enum',
          params: { allowedValues: schema32.properties.unconfirmed.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema32.properties.unconfirmed.enum,
          parentSchema: schema32.properties.unconfirmed,
          data: data41,
        };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data.burden !== undefined) {
      let data42 = data.burden;
      if (!(data42 === 'detect_harm' || data42 === 'prove_safe')) {
        const err81 = {
          instancePath: instancePath + '/burden',
          schemaPath: '#/properties/burden/enum',
          keyword: 'enum',
          params: { allowedValues: schema32.properties.burden.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema32.properties.burden.enum,
          parentSchema: schema32.properties.burden,
          data: data42,
        };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.checks !== undefined) {
      if (
        !validate24(data.checks, {
          instancePath: instancePath + '/checks',
          parentData: data,
          parentDataProperty: 'checks',
          rootData,
          dynamicAnchors,
        })
      ) {
        if (vErrors === null) vErrors = validate24.errors.slice();
        else for (const e of validate24.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.ranking !== undefined) {
      let data44 = data.ranking;
      if (data44 && typeof data44 == 'object' && !Array.isArray(data44)) {
        for (const key3 in data44) {
          if (!(
            key3 === 'cutoffs' ||
            key3 === 'gain' ||
            key3 === 'relevance_level' ||
            key3 === 'missing_queries' ||
            key3 === 'ndcg' ||
            key3 === 'queries' ||
            key3 === 'judgements_field' ||
            key3 === 'ranking_field'
          )) {
            const err82 = {
              instancePath: instancePath + '/ranking',
              schemaPath: '#/$defs/ranking/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key3 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema51,
              data: data44,
            };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data44.cutoffs !== undefined) {
          let data45 = data44.cutoffs;
          if (Array.isArray(data45)) {
            if (data45.length < 1) {
              const err83 = {
                instancePath: instancePath + '/ranking/cutoffs',
                schemaPath: '#/$defs/ranking/properties/cutoffs/minItems',
                keyword: 'minItems',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 items',
                schema: 1,
                parentSchema: schema51.properties.cutoffs,
                data: data45,
              };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
            const len5 = data45.length;
            for (let i8 = 0; i8 < len5; i8++) {
              let data46 = data45[i8];
              if (!(typeof data46 == 'number' && !(data46 % 1) && !isNaN(data46) && isFinite(data46))) {
                const err84 = {
                  instancePath: instancePath + '/ranking/cutoffs/' + i8,
                  schemaPath: '#/$defs/ranking/properties/cutoffs/items/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema51.properties.cutoffs.items.type,
                  parentSchema: schema51.properties.cutoffs.items,
                  data: data46,
                };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
              if (typeof data46 == 'number' && isFinite(data46)) {
                if (data46 < 1 || isNaN(data46)) {
                  const err85 = {
                    instancePath: instancePath + '/ranking/cutoffs/' + i8,
                    schemaPath: '#/$defs/ranking/properties/cutoffs/items/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                    schema: 1,
                    parentSchema: schema51.properties.cutoffs.items,
                    data: data46,
                  };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
              }
            }
            let i9 = data45.length;
            let j3;
            if (i9 > 1) {
              const indices3 = {};
              for (; i9--;) {
                let item3 = data45[i9];
                if (!(typeof item3 == 'number' && !(item3 % 1) && !isNaN(item3) && isFinite(item3))) {
                  continue;
                }
                if (typeof indices3[item3] == 'number') {
                  j3 = indices3[item3];
                  const err86 = {
                    instancePath: instancePath + '/ranking/cutoffs',
                    schemaPath: '#/$defs/ranking/properties/cutoffs/uniqueItems',
                    keyword: 'uniqueItems',
                    params: { i: i9, j: j3 },
                    message:
                      'must NOT have duplicate items (items ## ' + j3 + ' and ' + i9 + ' are identical)',
                    schema: true,
                    parentSchema: schema51.properties.cutoffs,
                    data: data45,
                  };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i9;
              }
            }
          } else {
            const err87 = {
              instancePath: instancePath + '/ranking/cutoffs',
              schemaPath: '#/$defs/ranking/properties/cutoffs/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema51.properties.cutoffs.type,
              parentSchema: schema51.properties.cutoffs,
              data: data45,
            };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data44.gain !== undefined) {
          let data47 = data44.gain;
          if (!(data47 === 'linear' || data47 === 'exponential')) {
            const err88 = {
              instancePath: instancePath + '/ranking/gain',
              schemaPath: '#/$defs/ranking/properties/gain/enum',
              keyword: 'enum',
              params: { allowedValues: schema51.properties.gain.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema51.properties.gain.enum,
              parentSchema: schema51.properties.gain,
              data: data47,
            };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data44.relevance_level !== undefined) {
          let data48 = data44.relevance_level;
          if (!(typeof data48 == 'number' && !(data48 % 1) && !isNaN(data48) && isFinite(data48))) {
            const err89 = {
              instancePath: instancePath + '/ranking/relevance_level',
              schemaPath: '#/$defs/ranking/properties/relevance_level/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema51.properties.relevance_level.type,
              parentSchema: schema51.properties.relevance_level,
              data: data48,
            };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
          if (typeof data48 == 'number' && isFinite(data48)) {
            if (data48 < 0 || isNaN(data48)) {
              const err90 = {
                instancePath: instancePath + '/ranking/relevance_level',
                schemaPath: '#/$defs/ranking/properties/relevance_level/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema51.properties.relevance_level,
                data: data48,
              };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
          }
        }
        if (data44.missing_queries !== undefined) {
          let data49 = data44.missing_queries;
          if (!(data49 === 'zero' || data49 === 'skip')) {
            const err91 = {
              instancePath: instancePath + '/ranking/missing_queries',
              schemaPath: '#/$defs/ranking/properties/missing_queries/enum',
              keyword: 'enum',
              params: { allowedValues: schema51.properties.missing_queries.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema51.properties.missing_queries.enum,
              parentSchema: schema51.properties.missing_queries,
              data: data49,
            };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
        if (data44.ndcg !== undefined) {
          let data50 = data44.ndcg;
          if (!(data50 === 'trec' || data50 === 'sklearn')) {
            const err92 = {
              instancePath: instancePath + '/ranking/ndcg',
              schemaPath: '#/$defs/ranking/properties/ndcg/enum',
              keyword: 'enum',
              params: { allowedValues: schema51.properties.ndcg.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema51.properties.ndcg.enum,
              parentSchema: schema51.properties.ndcg,
              data: data50,
            };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data44.queries !== undefined) {
          let data51 = data44.queries;
          if (typeof data51 === 'string') {
            if (func2(data51) < 1) {
              const err93 = {
                instancePath: instancePath + '/ranking/queries',
                schemaPath: '#/$defs/ranking/properties/queries/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema51.properties.queries,
                data: data51,
              };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
          } else {
            const err94 = {
              instancePath: instancePath + '/ranking/queries',
              schemaPath: '#/$defs/ranking/properties/queries/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema51.properties.queries.type,
              parentSchema: schema51.properties.queries,
              data: data51,
            };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data44.judgements_field !== undefined) {
          let data52 = data44.judgements_field;
          if (typeof data52 === 'string') {
            if (func2(data52) < 1) {
              const err95 = {
                instancePath: instancePath + '/ranking/judgements_field',
                schemaPath: '#/$defs/ranking/properties/judgements_field/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema51.properties.judgements_field,
                data: data52,
              };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          } else {
            const err96 = {
              instancePath: instancePath + '/ranking/judgements_field',
              schemaPath: '#/$defs/ranking/properties/judgements_field/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema51.properties.judgements_field.type,
              parentSchema: schema51.properties.judgements_field,
              data: data52,
            };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data44.ranking_field !== undefined) {
          let data53 = data44.ranking_field;
          if (typeof data53 === 'string') {
            if (func2(data53) < 1) {
              const err97 = {
                instancePath: instancePath + '/ranking/ranking_field',
                schemaPath: '#/$defs/ranking/properties/ranking_field/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema51.properties.ranking_field,
                data: data53,
              };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
          } else {
            const err98 = {
              instancePath: instancePath + '/ranking/ranking_field',
              schemaPath: '#/$defs/ranking/properties/ranking_field/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema51.properties.ranking_field.type,
              parentSchema: schema51.properties.ranking_field,
              data: data53,
            };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
      } else {
        const err99 = {
          instancePath: instancePath + '/ranking',
          schemaPath: '#/$defs/ranking/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema51.type,
          parentSchema: schema51,
          data: data44,
        };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data.ops !== undefined) {
      let data54 = data.ops;
      if (data54 && typeof data54 == 'object' && !Array.isArray(data54)) {
        for (const key4 in data54) {
          if (!(
            key4 === 'latency_field' ||
            key4 === 'cost_field' ||
            key4 === 'input_tokens_field' ||
            key4 === 'output_tokens_field' ||
            key4 === 'prices'
          )) {
            const err100 = {
              instancePath: instancePath + '/ops',
              schemaPath: '#/$defs/ops/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema52,
              data: data54,
            };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data54.latency_field !== undefined) {
          let data55 = data54.latency_field;
          if (typeof data55 === 'string') {
            if (func2(data55) < 1) {
              const err101 = {
                instancePath: instancePath + '/ops/latency_field',
                schemaPath: '#/$defs/ops/properties/latency_field/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema52.properties.latency_field,
                data: data55,
              };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
          } else {
            const err102 = {
              instancePath: instancePath + '/ops/latency_field',
              schemaPath: '#/$defs/ops/properties/latency_field/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema52.properties.latency_field.type,
              parentSchema: schema52.properties.latency_field,
              data: data55,
            };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data54.cost_field !== undefined) {
          let data56 = data54.cost_field;
          if (typeof data56 === 'string') {
            if (func2(data56) < 1) {
              const err103 = {
                instancePath: instancePath + '/ops/cost_field',
                schemaPath: '#/$defs/ops/properties/cost_field/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema52.properties.cost_field,
                data: data56,
              };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
          } else {
            const err104 = {
              instancePath: instancePath + '/ops/cost_field',
              schemaPath: '#/$defs/ops/properties/cost_field/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema52.properties.cost_field.type,
              parentSchema: schema52.properties.cost_field,
              data: data56,
            };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
        if (data54.input_tokens_field !== undefined) {
          let data57 = data54.input_tokens_field;
          if (typeof data57 === 'string') {
            if (func2(data57) < 1) {
              const err105 = {
                instancePath: instancePath + '/ops/input_tokens_field',
                schemaPath: '#/$defs/ops/properties/input_tokens_field/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema52.properties.input_tokens_field,
                data: data57,
              };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
          } else {
            const err106 = {
              instancePath: instancePath + '/ops/input_tokens_field',
              schemaPath: '#/$defs/ops/properties/input_tokens_field/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema52.properties.input_tokens_field.type,
              parentSchema: schema52.properties.input_tokens_field,
              data: data57,
            };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data54.output_tokens_field !== undefined) {
          let data58 = data54.output_tokens_field;
          if (typeof data58 === 'string') {
            if (func2(data58) < 1) {
              const err107 = {
                instancePath: instancePath + '/ops/output_tokens_field',
                schemaPath: '#/$defs/ops/properties/output_tokens_field/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema52.properties.output_tokens_field,
                data: data58,
              };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
          } else {
            const err108 = {
              instancePath: instancePath + '/ops/output_tokens_field',
              schemaPath: '#/$defs/ops/properties/output_tokens_field/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema52.properties.output_tokens_field.type,
              parentSchema: schema52.properties.output_tokens_field,
              data: data58,
            };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data54.prices !== undefined) {
          let data59 = data54.prices;
          if (data59 && typeof data59 == 'object' && !Array.isArray(data59)) {
            if (data59.input_per_million === undefined) {
              const err109 = {
                instancePath: instancePath + '/ops/prices',
                schemaPath: '#/$defs/ops/properties/prices/required',
                keyword: 'required',
                params: { missingProperty: 'input_per_million' },
                message: "must have required property '" + 'input_per_million' + "'",
                schema: schema52.properties.prices.required,
                parentSchema: schema52.properties.prices,
                data: data59,
              };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
            if (data59.output_per_million === undefined) {
              const err110 = {
                instancePath: instancePath + '/ops/prices',
                schemaPath: '#/$defs/ops/properties/prices/required',
                keyword: 'required',
                params: { missingProperty: 'output_per_million' },
                message: "must have required property '" + 'output_per_million' + "'",
                schema: schema52.properties.prices.required,
                parentSchema: schema52.properties.prices,
                data: data59,
              };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
            for (const key5 in data59) {
              if (!(key5 === 'input_per_million' || key5 === 'output_per_million')) {
                const err111 = {
                  instancePath: instancePath + '/ops/prices',
                  schemaPath: '#/$defs/ops/properties/prices/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key5 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema52.properties.prices,
                  data: data59,
                };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data59.input_per_million !== undefined) {
              let data60 = data59.input_per_million;
              if (typeof data60 == 'number' && isFinite(data60)) {
                if (data60 < 0 || isNaN(data60)) {
                  const err112 = {
                    instancePath: instancePath + '/ops/prices/input_per_million',
                    schemaPath: '#/$defs/ops/properties/prices/properties/input_per_million/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema52.properties.prices.properties.input_per_million,
                    data: data60,
                  };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
              } else {
                const err113 = {
                  instancePath: instancePath + '/ops/prices/input_per_million',
                  schemaPath: '#/$defs/ops/properties/prices/properties/input_per_million/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema52.properties.prices.properties.input_per_million.type,
                  parentSchema: schema52.properties.prices.properties.input_per_million,
                  data: data60,
                };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data59.output_per_million !== undefined) {
              let data61 = data59.output_per_million;
              if (typeof data61 == 'number' && isFinite(data61)) {
                if (data61 < 0 || isNaN(data61)) {
                  const err114 = {
                    instancePath: instancePath + '/ops/prices/output_per_million',
                    schemaPath: '#/$defs/ops/properties/prices/properties/output_per_million/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema52.properties.prices.properties.output_per_million,
                    data: data61,
                  };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              } else {
                const err115 = {
                  instancePath: instancePath + '/ops/prices/output_per_million',
                  schemaPath: '#/$defs/ops/properties/prices/properties/output_per_million/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema52.properties.prices.properties.output_per_million.type,
                  parentSchema: schema52.properties.prices.properties.output_per_million,
                  data: data61,
                };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
          } else {
            const err116 = {
              instancePath: instancePath + '/ops/prices',
              schemaPath: '#/$defs/ops/properties/prices/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema52.properties.prices.type,
              parentSchema: schema52.properties.prices,
              data: data59,
            };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
      } else {
        const err117 = {
          instancePath: instancePath + '/ops',
          schemaPath: '#/$defs/ops/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema52.type,
          parentSchema: schema52,
          data: data54,
        };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
    if (data.spans !== undefined) {
      let data62 = data.spans;
      if (data62 && typeof data62 == 'object' && !Array.isArray(data62)) {
        for (const key6 in data62) {
          if (!(key6 === 'format' || key6 === 'scheme' || key6 === 'mode')) {
            const err118 = {
              instancePath: instancePath + '/spans',
              schemaPath: '#/$defs/spanOptions/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key6 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema53,
              data: data62,
            };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
        if (data62.format !== undefined) {
          let data63 = data62.format;
          if (!(data63 === 'tags' || data63 === 'offsets')) {
            const err119 = {
              instancePath: instancePath + '/spans/format',
              schemaPath: '#/$defs/spanOptions/properties/format/enum',
              keyword: 'enum',
              params: { allowedValues: schema53.properties.format.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema53.properties.format.enum,
              parentSchema: schema53.properties.format,
              data: data63,
            };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
        }
        if (data62.scheme !== undefined) {
          let data64 = data62.scheme;
          if (!(data64 === 'IOB2' || data64 === 'IOBES')) {
            const err120 = {
              instancePath: instancePath + '/spans/scheme',
              schemaPath: '#/$defs/spanOptions/properties/scheme/enum',
              keyword: 'enum',
              params: { allowedValues: schema53.properties.scheme.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema53.properties.scheme.enum,
              parentSchema: schema53.properties.scheme,
              data: data64,
            };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
        }
        if (data62.mode !== undefined) {
          let data65 = data62.mode;
          if (!(data65 === 'default' || data65 === 'strict')) {
            const err121 = {
              instancePath: instancePath + '/spans/mode',
              schemaPath: '#/$defs/spanOptions/properties/mode/enum',
              keyword: 'enum',
              params: { allowedValues: schema53.properties.mode.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema53.properties.mode.enum,
              parentSchema: schema53.properties.mode,
              data: data65,
            };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
        }
      } else {
        const err122 = {
          instancePath: instancePath + '/spans',
          schemaPath: '#/$defs/spanOptions/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema53.type,
          parentSchema: schema53,
          data: data62,
        };
        if (vErrors === null) {
          vErrors = [err122];
        } else {
          vErrors.push(err122);
        }
        errors++;
      }
    }
    if (data.scored !== undefined) {
      let data66 = data.scored;
      if (data66 && typeof data66 == 'object' && !Array.isArray(data66)) {
        for (const key7 in data66) {
          if (!(key7 === 'pass_threshold')) {
            const err123 = {
              instancePath: instancePath + '/scored',
              schemaPath: '#/$defs/scoredOptions/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key7 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema54,
              data: data66,
            };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
        if (data66.pass_threshold !== undefined) {
          let data67 = data66.pass_threshold;
          if (!(typeof data67 == 'number' && isFinite(data67))) {
            const err124 = {
              instancePath: instancePath + '/scored/pass_threshold',
              schemaPath: '#/$defs/scoredOptions/properties/pass_threshold/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema54.properties.pass_threshold.type,
              parentSchema: schema54.properties.pass_threshold,
              data: data67,
            };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
        }
      } else {
        const err125 = {
          instancePath: instancePath + '/scored',
          schemaPath: '#/$defs/scoredOptions/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema54.type,
          parentSchema: schema54,
          data: data66,
        };
        if (vErrors === null) {
          vErrors = [err125];
        } else {
          vErrors.push(err125);
        }
        errors++;
      }
    }
  } else {
    const err126 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema32.type,
      parentSchema: schema32,
      data,
    };
    if (vErrors === null) {
      vErrors = [err126];
    } else {
      vErrors.push(err126);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const pattern11 = new RegExp('^[^"<>|*?\\\\/:\\r\\n]+$', 'u');
function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://evalgate.dev/schema/evalgate.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.version === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
        message: "must have required property '" + 'version' + "'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.suites === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'suites' },
        message: "must have required property '" + 'suites' + "'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === '$schema' ||
        key0 === 'version' ||
        key0 === 'suites' ||
        key0 === 'comparison' ||
        key0 === 'examples' ||
        key0 === 'checks' ||
        key0 === 'baseline'
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema31,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$schema !== undefined) {
      let data0 = data.$schema;
      if (typeof data0 !== 'string') {
        const err3 = {
          instancePath: instancePath + '/$schema',
          schemaPath: '#/properties/%24schema/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema31.properties.$schema.type,
          parentSchema: schema31.properties.$schema,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version !== undefined) {
      let data1 = data.version;
      if (1 !== data1) {
        const err4 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/properties/version/const',
          keyword: 'const',
          params: { allowedValue: 1 },
          message: 'must be equal to constant',
          schema: 1,
          parentSchema: schema31.properties.version,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.suites !== undefined) {
      let data2 = data.suites;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err5 = {
            instancePath: instancePath + '/suites',
            schemaPath: '#/properties/suites/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema31.properties.suites,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate21(data2[i0], {
              instancePath: instancePath + '/suites/' + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            if (vErrors === null) vErrors = validate21.errors.slice();
            else for (const e of validate21.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/suites',
          schemaPath: '#/properties/suites/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.suites.type,
          parentSchema: schema31.properties.suites,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.comparison !== undefined) {
      let data4 = data.comparison;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(
            key1 === 'resamples' ||
            key1 === 'confidence' ||
            key1 === 'seed' ||
            key1 === 'method' ||
            key1 === 'correction'
          )) {
            const err7 = {
              instancePath: instancePath + '/comparison',
              schemaPath: '#/$defs/comparison/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema55,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.resamples !== undefined) {
          let data5 = data4.resamples;
          if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
            const err8 = {
              instancePath: instancePath + '/comparison/resamples',
              schemaPath: '#/$defs/comparison/properties/resamples/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema55.properties.resamples.type,
              parentSchema: schema55.properties.resamples,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (typeof data5 == 'number' && isFinite(data5)) {
            if (data5 > 100000 || isNaN(data5)) {
              const err9 = {
                instancePath: instancePath + '/comparison/resamples',
                schemaPath: '#/$defs/comparison/properties/resamples/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 100000 },
                message: 'must be <= 100000',
                schema: 100000,
                parentSchema: schema55.properties.resamples,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data5 < 100 || isNaN(data5)) {
              const err10 = {
                instancePath: instancePath + '/comparison/resamples',
                schemaPath: '#/$defs/comparison/properties/resamples/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 100 },
                message: 'must be >= 100',
                schema: 100,
                parentSchema: schema55.properties.resamples,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        }
        if (data4.confidence !== undefined) {
          let data6 = data4.confidence;
          if (typeof data6 == 'number' && isFinite(data6)) {
            if (data6 >= 1 || isNaN(data6)) {
              const err11 = {
                instancePath: instancePath + '/comparison/confidence',
                schemaPath: '#/$defs/comparison/properties/confidence/exclusiveMaximum',
                keyword: 'exclusiveMaximum',
                params: { comparison: '<', limit: 1 },
                message: 'must be < 1',
                schema: 1,
                parentSchema: schema55.properties.confidence,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data6 <= 0.5 || isNaN(data6)) {
              const err12 = {
                instancePath: instancePath + '/comparison/confidence',
                schemaPath: '#/$defs/comparison/properties/confidence/exclusiveMinimum',
                keyword: 'exclusiveMinimum',
                params: { comparison: '>', limit: 0.5 },
                message: 'must be > 0.5',
                schema: 0.5,
                parentSchema: schema55.properties.confidence,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = {
              instancePath: instancePath + '/comparison/confidence',
              schemaPath: '#/$defs/comparison/properties/confidence/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema55.properties.confidence.type,
              parentSchema: schema55.properties.confidence,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data4.seed !== undefined) {
          let data7 = data4.seed;
          if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
            const err14 = {
              instancePath: instancePath + '/comparison/seed',
              schemaPath: '#/$defs/comparison/properties/seed/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema55.properties.seed.type,
              parentSchema: schema55.properties.seed,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data7 == 'number' && isFinite(data7)) {
            if (data7 > 4294967295 || isNaN(data7)) {
              const err15 = {
                instancePath: instancePath + '/comparison/seed',
                schemaPath: '#/$defs/comparison/properties/seed/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 4294967295 },
                message: 'must be <= 4294967295',
                schema: 4294967295,
                parentSchema: schema55.properties.seed,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data7 < 0 || isNaN(data7)) {
              const err16 = {
                instancePath: instancePath + '/comparison/seed',
                schemaPath: '#/$defs/comparison/properties/seed/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema55.properties.seed,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        }
        if (data4.method !== undefined) {
          let data8 = data4.method;
          if (!(data8 === 'multinomial' || data8 === 'rows')) {
            const err17 = {
              instancePath: instancePath + '/comparison/method',
              schemaPath: '#/$defs/comparison/properties/method/enum',
              keyword: 'enum',
              params: { allowedValues: schema55.properties.method.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema55.properties.method.enum,
              parentSchema: schema55.properties.method,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data4.correction !== undefined) {
          let data9 = data4.correction;
          if (!(data9 === 'holm' || data9 === 'bh' || data9 === 'none')) {
            const err18 = {
              instancePath: instancePath + '/comparison/correction',
              schemaPath: '#/$defs/comparison/properties/correction/enum',
              keyword: 'enum',
              params: { allowedValues: schema55.properties.correction.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema55.properties.correction.enum,
              parentSchema: schema55.properties.correction,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/comparison',
          schemaPath: '#/$defs/comparison/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema55.type,
          parentSchema: schema55,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.examples !== undefined) {
      let data10 = data.examples;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        for (const key2 in data10) {
          if (!(
            key2 === 'top' ||
            key2 === 'excerpt_field' ||
            key2 === 'excerpt_length' ||
            key2 === 'redact' ||
            key2 === 'f1_pass'
          )) {
            const err20 = {
              instancePath: instancePath + '/examples',
              schemaPath: '#/$defs/examples/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema56,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data10.top !== undefined) {
          let data11 = data10.top;
          if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
            const err21 = {
              instancePath: instancePath + '/examples/top',
              schemaPath: '#/$defs/examples/properties/top/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema56.properties.top.type,
              parentSchema: schema56.properties.top,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data11 == 'number' && isFinite(data11)) {
            if (data11 > 100 || isNaN(data11)) {
              const err22 = {
                instancePath: instancePath + '/examples/top',
                schemaPath: '#/$defs/examples/properties/top/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 100 },
                message: 'must be <= 100',
                schema: 100,
                parentSchema: schema56.properties.top,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data11 < 0 || isNaN(data11)) {
              const err23 = {
                instancePath: instancePath + '/examples/top',
                schemaPath: '#/$defs/examples/properties/top/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema56.properties.top,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
        if (data10.excerpt_field !== undefined) {
          let data12 = data10.excerpt_field;
          if (typeof data12 === 'string') {
            if (func2(data12) < 1) {
              const err24 = {
                instancePath: instancePath + '/examples/excerpt_field',
                schemaPath: '#/$defs/examples/properties/excerpt_field/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema56.properties.excerpt_field,
                data: data12,
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = {
              instancePath: instancePath + '/examples/excerpt_field',
              schemaPath: '#/$defs/examples/properties/excerpt_field/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema56.properties.excerpt_field.type,
              parentSchema: schema56.properties.excerpt_field,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data10.excerpt_length !== undefined) {
          let data13 = data10.excerpt_length;
          if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
            const err26 = {
              instancePath: instancePath + '/examples/excerpt_length',
              schemaPath: '#/$defs/examples/properties/excerpt_length/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema56.properties.excerpt_length.type,
              parentSchema: schema56.properties.excerpt_length,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data13 == 'number' && isFinite(data13)) {
            if (data13 > 1000 || isNaN(data13)) {
              const err27 = {
                instancePath: instancePath + '/examples/excerpt_length',
                schemaPath: '#/$defs/examples/properties/excerpt_length/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1000 },
                message: 'must be <= 1000',
                schema: 1000,
                parentSchema: schema56.properties.excerpt_length,
                data: data13,
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data13 < 10 || isNaN(data13)) {
              const err28 = {
                instancePath: instancePath + '/examples/excerpt_length',
                schemaPath: '#/$defs/examples/properties/excerpt_length/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 10 },
                message: 'must be >= 10',
                schema: 10,
                parentSchema: schema56.properties.excerpt_length,
                data: data13,
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
        }
        if (data10.redact !== undefined) {
          let data14 = data10.redact;
          if (Array.isArray(data14)) {
            const len1 = data14.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data15 = data14[i1];
              if (typeof data15 === 'string') {
                if (func2(data15) < 1) {
                  const err29 = {
                    instancePath: instancePath + '/examples/redact/' + i1,
                    schemaPath: '#/$defs/examples/properties/redact/items/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema56.properties.redact.items,
                    data: data15,
                  };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = {
                  instancePath: instancePath + '/examples/redact/' + i1,
                  schemaPath: '#/$defs/examples/properties/redact/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema56.properties.redact.items.type,
                  parentSchema: schema56.properties.redact.items,
                  data: data15,
                };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = {
              instancePath: instancePath + '/examples/redact',
              schemaPath: '#/$defs/examples/properties/redact/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema56.properties.redact.type,
              parentSchema: schema56.properties.redact,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data10.f1_pass !== undefined) {
          let data16 = data10.f1_pass;
          if (typeof data16 == 'number' && isFinite(data16)) {
            if (data16 > 1 || isNaN(data16)) {
              const err32 = {
                instancePath: instancePath + '/examples/f1_pass',
                schemaPath: '#/$defs/examples/properties/f1_pass/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1 },
                message: 'must be <= 1',
                schema: 1,
                parentSchema: schema56.properties.f1_pass,
                data: data16,
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data16 < 0 || isNaN(data16)) {
              const err33 = {
                instancePath: instancePath + '/examples/f1_pass',
                schemaPath: '#/$defs/examples/properties/f1_pass/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema56.properties.f1_pass,
                data: data16,
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = {
              instancePath: instancePath + '/examples/f1_pass',
              schemaPath: '#/$defs/examples/properties/f1_pass/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema56.properties.f1_pass.type,
              parentSchema: schema56.properties.f1_pass,
              data: data16,
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = {
          instancePath: instancePath + '/examples',
          schemaPath: '#/$defs/examples/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema56.type,
          parentSchema: schema56,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.checks !== undefined) {
      if (
        !validate24(data.checks, {
          instancePath: instancePath + '/checks',
          parentData: data,
          parentDataProperty: 'checks',
          rootData,
          dynamicAnchors,
        })
      ) {
        if (vErrors === null) vErrors = validate24.errors.slice();
        else for (const e of validate24.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.baseline !== undefined) {
      let data18 = data.baseline;
      if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
        for (const key3 in data18) {
          if (!(
            key3 === 'from' ||
            key3 === 'artifact' ||
            key3 === 'workflow' ||
            key3 === 'branch' ||
            key3 === 'path' ||
            key3 === 'required' ||
            key3 === 'fallback'
          )) {
            const err36 = {
              instancePath: instancePath + '/baseline',
              schemaPath: '#/$defs/baseline/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key3 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema57,
              data: data18,
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data18.from !== undefined) {
          let data19 = data18.from;
          if (!(data19 === 'artifact' || data19 === 'file' || data19 === 'none')) {
            const err37 = {
              instancePath: instancePath + '/baseline/from',
              schemaPath: '#/$defs/baseline/properties/from/enum',
              keyword: 'enum',
              params: { allowedValues: schema57.properties.from.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema57.properties.from.enum,
              parentSchema: schema57.properties.from,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data18.artifact !== undefined) {
          let data20 = data18.artifact;
          if (typeof data20 === 'string') {
            if (func2(data20) > 200) {
              const err38 = {
                instancePath: instancePath + '/baseline/artifact',
                schemaPath: '#/$defs/baseline/properties/artifact/maxLength',
                keyword: 'maxLength',
                params: { limit: 200 },
                message: 'must NOT have more than 200 characters',
                schema: 200,
                parentSchema: schema57.properties.artifact,
                data: data20,
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (func2(data20) < 1) {
              const err39 = {
                instancePath: instancePath + '/baseline/artifact',
                schemaPath: '#/$defs/baseline/properties/artifact/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema57.properties.artifact,
                data: data20,
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (!pattern11.test(data20)) {
              const err40 = {
                instancePath: instancePath + '/baseline/artifact',
                schemaPath: '#/$defs/baseline/properties/artifact/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^"<>|*?\\\\/:\\r\\n]+$' },
                message: 'must match pattern "' + '^[^"<>|*?\\\\/:\\r\\n]+$' + '"',
                schema: '^[^"<>|*?\\\\/:\\r\\n]+$',
                parentSchema: schema57.properties.artifact,
                data: data20,
              };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = {
              instancePath: instancePath + '/baseline/artifact',
              schemaPath: '#/$defs/baseline/properties/artifact/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema57.properties.artifact.type,
              parentSchema: schema57.properties.artifact,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data18.workflow !== undefined) {
          let data21 = data18.workflow;
          if (typeof data21 === 'string') {
            if (func2(data21) < 1) {
              const err42 = {
                instancePath: instancePath + '/baseline/workflow',
                schemaPath: '#/$defs/baseline/properties/workflow/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema57.properties.workflow,
                data: data21,
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = {
              instancePath: instancePath + '/baseline/workflow',
              schemaPath: '#/$defs/baseline/properties/workflow/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema57.properties.workflow.type,
              parentSchema: schema57.properties.workflow,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data18.branch !== undefined) {
          let data22 = data18.branch;
          if (typeof data22 === 'string') {
            if (func2(data22) < 1) {
              const err44 = {
                instancePath: instancePath + '/baseline/branch',
                schemaPath: '#/$defs/baseline/properties/branch/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema57.properties.branch,
                data: data22,
              };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = {
              instancePath: instancePath + '/baseline/branch',
              schemaPath: '#/$defs/baseline/properties/branch/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema57.properties.branch.type,
              parentSchema: schema57.properties.branch,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data18.path !== undefined) {
          let data23 = data18.path;
          if (typeof data23 === 'string') {
            if (func2(data23) < 1) {
              const err46 = {
                instancePath: instancePath + '/baseline/path',
                schemaPath: '#/$defs/baseline/properties/path/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema57.properties.path,
                data: data23,
              };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = {
              instancePath: instancePath + '/baseline/path',
              schemaPath: '#/$defs/baseline/properties/path/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema57.properties.path.type,
              parentSchema: schema57.properties.path,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data18.required !== undefined) {
          let data24 = data18.required;
          if (typeof data24 !== 'boolean') {
            const err48 = {
              instancePath: instancePath + '/baseline/required',
              schemaPath: '#/$defs/baseline/properties/required/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema57.properties.required.type,
              parentSchema: schema57.properties.required,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data18.fallback !== undefined) {
          let data25 = data18.fallback;
          if (!(data25 === 'none' || data25 === 'evaluate')) {
            const err49 = {
              instancePath: instancePath + '/baseline/fallback',
              schemaPath: '#/$defs/baseline/properties/fallback/enum',
              keyword: 'enum',
              params: { allowedValues: schema57.properties.fallback.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema57.properties.fallback.enum,
              parentSchema: schema57.properties.fallback,
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = {
          instancePath: instancePath + '/baseline',
          schemaPath: '#/$defs/baseline/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema57.type,
          parentSchema: schema57,
          data: data18,
        };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
  } else {
    const err51 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema31.type,
      parentSchema: schema31,
      data,
    };
    if (vErrors === null) {
      vErrors = [err51];
    } else {
      vErrors.push(err51);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
