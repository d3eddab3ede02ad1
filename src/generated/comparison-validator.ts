/* Generated from schema/comparison.schema.json by scripts/gen-types.mjs (ajv standalone). Do not edit. */
/* eslint-disable */
// @ts-nocheck

export const validate = validate20;
export default validate20;
const schema31 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://evalgate.dev/schema/comparison.schema.json',
  title: 'Comparison',
  description:
    'An evalgate comparison of a head result with a baseline result: per-slice deltas, bootstrap intervals for gated metrics, and gate verdicts with reasons. Deterministic: the same inputs give byte-identical files.',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'schema_version', 'tool', 'base', 'head', 'settings', 'verdict', 'summary', 'suites'],
  properties: {
    $schema: { type: 'string' },
    kind: { const: 'evalgate-comparison' },
    schema_version: {
      enum: [1, 2],
      description: "2 adds the suites' `trend` and `reliability`; version 1 files are still read.",
    },
    tool: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      properties: { name: { const: 'evalgate' }, version: { type: 'string' } },
    },
    base: { $ref: '#/$defs/side' },
    head: { $ref: '#/$defs/side' },
    settings: {
      type: 'object',
      additionalProperties: false,
      required: ['resamples', 'confidence', 'seed', 'method', 'correction'],
      properties: {
        resamples: { type: 'integer' },
        confidence: { type: 'number' },
        seed: { type: 'integer' },
        method: { enum: ['multinomial', 'rows'] },
        correction: { enum: ['holm', 'bh', 'none'] },
      },
    },
    verdict: {
      $ref: '#/$defs/suiteVerdict',
      description: 'Overall: fail if any enforced suite fails, else warn if any gate warns, else pass.',
    },
    summary: { type: 'string', description: 'The overall verdict in one sentence.' },
    suites: { type: 'array', items: { $ref: '#/$defs/suiteComparison' } },
  },
  $defs: {
    side: {
      type: 'object',
      additionalProperties: false,
      required: ['created_at', 'git', 'config_fingerprint'],
      properties: {
        created_at: { type: 'string' },
        git: {
          type: ['object', 'null'],
          additionalProperties: false,
          required: ['sha'],
          properties: { sha: { type: 'string' }, ref: { type: ['string', 'null'] } },
        },
        config_fingerprint: { type: 'string' },
      },
    },
    suiteVerdict: { enum: ['pass', 'warn', 'fail', 'not_comparable'] },
    verdict: {
      enum: [
        'pass',
        'warn',
        'fail',
        'unconfirmed',
        'insufficient_data',
        'not_comparable',
        'new_slice',
        'missing_slice',
      ],
      description:
        'unconfirmed: beyond tolerance and significant on its own, but not after the correction across gates (a possible regression).',
    },
    suiteComparison: {
      title: 'SuiteComparison',
      type: 'object',
      additionalProperties: false,
      required: [
        'name',
        'task',
        'mode',
        'verdict',
        'comparable',
        'notes',
        'pairing',
        'golden',
        'slices',
        'gates',
      ],
      properties: {
        name: { type: 'string' },
        task: { type: 'string' },
        mode: { enum: ['enforce', 'advisory'] },
        verdict: { $ref: '#/$defs/suiteVerdict' },
        comparable: { type: 'boolean' },
        notes: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Why the suite is not comparable, or what the comparison had to do (golden set changed, unpaired fallback…), in words.',
        },
        pairing: {
          enum: ['paired', 'unpaired', 'none'],
          description:
            "paired: examples matched by id on both sides; unpaired: intervals from each side's sufficient statistics; none: no intervals.",
        },
        golden: {
          type: 'object',
          additionalProperties: false,
          required: ['same', 'base_n', 'head_n', 'shared', 'added', 'removed', 'relabelled'],
          properties: {
            same: { type: 'boolean' },
            base_n: { type: 'integer' },
            head_n: { type: 'integer' },
            shared: {
              type: 'integer',
              description: 'Examples compared: same id and same golden content on both sides.',
            },
            added: { type: 'integer' },
            removed: { type: 'integer' },
            relabelled: { type: 'integer' },
            examples: {
              type: 'object',
              additionalProperties: false,
              properties: {
                added: { type: 'array', items: { type: 'string' } },
                removed: { type: 'array', items: { type: 'string' } },
                relabelled: { type: 'array', items: { type: 'string' } },
              },
            },
          },
        },
        slices: { type: 'array', items: { $ref: '#/$defs/sliceComparison' } },
        gates: { type: 'array', items: { $ref: '#/$defs/gateResult' } },
        flips: {
          type: 'array',
          items: { $ref: '#/$defs/sliceFlips' },
          description:
            'Paired comparisons only: for each gated slice and the overall population, which examples went right → wrong (broken), wrong → right (fixed) or stayed wrong, and the worst broken ones.',
        },
        flips_unavailable: {
          type: 'string',
          description:
            "Why the examples that flipped cannot be told (no per-example records, unpaired, or this family's per-example columns are not stored).",
        },
        trend: { $ref: '#/$defs/trend' },
        reliability: { $ref: '#/$defs/reliability' },
      },
    },
    trend: {
      title: 'Trend',
      type: 'object',
      additionalProperties: false,
      required: ['baselines', 'skipped', 'metrics'],
      description:
        "The suite's gated metrics (overall slice) over the last baselines on the base branch, oldest first, the compared baseline last; from the baseline result's `history`.",
      properties: {
        baselines: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['sha', 'run_number', 'created_at'],
            properties: {
              sha: { type: 'string' },
              run_number: { type: ['integer', 'null'] },
              created_at: { type: ['string', 'null'] },
            },
          },
        },
        skipped: {
          type: 'array',
          description: 'Earlier baselines with no values, and why.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['sha', 'run_number', 'reason'],
            properties: {
              sha: { type: 'string' },
              run_number: { type: ['integer', 'null'] },
              reason: { type: 'string' },
            },
          },
        },
        metrics: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['metric', 'values', 'head'],
            properties: {
              metric: { type: 'string' },
              values: {
                type: 'array',
                items: { type: ['number', 'null'] },
                description: 'One per baseline, in the order of `baselines`.',
              },
              head: { type: ['number', 'null'] },
            },
          },
        },
      },
    },
    reliability: {
      title: 'Reliability',
      type: 'object',
      additionalProperties: false,
      required: ['slice', 'bins'],
      description:
        "Calibration of the top score on one slice, per equal-width confidence bin (lo, hi]: examples, mean confidence and accuracy on each side (null: no example in the bin); bins empty on both sides are left out. From the results' mergeable bin sums.",
      properties: {
        slice: { type: 'string' },
        bins: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['lo', 'hi', 'base', 'head'],
            properties: {
              lo: { type: 'number' },
              hi: { type: 'number' },
              base: { $ref: '#/$defs/reliabilityBin' },
              head: { $ref: '#/$defs/reliabilityBin' },
            },
          },
        },
      },
    },
    reliabilityBin: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['n', 'confidence', 'accuracy'],
      properties: {
        n: { type: 'number', minimum: 0 },
        confidence: { type: 'number' },
        accuracy: { type: 'number' },
      },
    },
    sliceComparison: {
      title: 'SliceComparison',
      type: 'object',
      additionalProperties: false,
      required: ['key', 'kind', 'base_n', 'head_n', 'metrics'],
      properties: {
        key: { type: 'string' },
        kind: { enum: ['overall', 'field', 'cross', 'label'] },
        base_n: { type: ['integer', 'null'] },
        head_n: { type: ['integer', 'null'] },
        metrics: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            additionalProperties: false,
            required: ['base', 'head', 'delta', 'relative'],
            properties: {
              base: { type: ['number', 'null'] },
              head: { type: ['number', 'null'] },
              delta: { type: ['number', 'null'], description: 'head − base.' },
              relative: { type: ['number', 'null'], description: '(head − base) / |base|.' },
            },
          },
        },
      },
    },
    gateResult: {
      title: 'GateResult',
      type: 'object',
      additionalProperties: false,
      required: [
        'gate',
        'metric',
        'rule',
        'severity',
        'slice',
        'verdict',
        'reason',
        'base',
        'head',
        'delta',
        'worsening',
        'tolerance',
        'ci',
        'p_value',
        'p_adjusted',
        'significant',
        'beyond_tolerance',
        'base_n',
        'head_n',
        'outcome',
        'burden',
        'on_unconfirmed',
        'detectable_drop',
        'underpowered',
        'needed_n',
      ],
      properties: {
        gate: { type: 'integer', description: "Index in the suite's gates list." },
        metric: { type: 'string' },
        rule: { type: 'string', description: 'The gate in words.' },
        severity: { enum: ['fail', 'warn'] },
        slice: { type: 'string' },
        verdict: { $ref: '#/$defs/verdict' },
        reason: { type: 'string' },
        base: { type: ['number', 'null'] },
        head: { type: ['number', 'null'] },
        delta: { type: ['number', 'null'] },
        worsening: {
          type: ['number', 'null'],
          description: "How much worse head is, in the metric's scale (base − head for higher-is-better).",
        },
        tolerance: {
          type: ['number', 'null'],
          description: "Allowed worsening in the metric's scale (relative tolerances resolved against base).",
        },
        ci: {
          type: ['array', 'null'],
          items: { type: 'number' },
          minItems: 2,
          maxItems: 2,
          description: 'Confidence interval of delta (head − base).',
        },
        p_value: {
          type: ['number', 'null'],
          description:
            "One-sided p-value of 'head is worse', consistent with ci (the interval at level 1 − 2α excludes zero exactly when p_value < α).",
        },
        interval_method: {
          type: 'string',
          description:
            "How ci and p_value were computed, e.g. 'Tango score interval' or 'BCa bootstrap, 1000 resamples'; present whenever an interval was attempted (also when the slice was too small to bound the metric).",
        },
        p_adjusted: {
          type: ['number', 'null'],
          description: "After correction across the suite's gated slices.",
        },
        significant: { type: ['boolean', 'null'] },
        beyond_tolerance: { type: ['boolean', 'null'] },
        base_n: { type: ['integer', 'null'] },
        head_n: { type: ['integer', 'null'] },
        outcome: {
          enum: ['fail', 'warn', 'pass', 'not_gated'],
          description:
            'What the verdict does to the suite: fail, warn (⚠️), pass, or not_gated (nothing was tested on this slice).',
        },
        burden: {
          enum: ['detect_harm', 'prove_safe'],
          description:
            'detect_harm: fail on a drop beyond tolerance that is significant after correction; prove_safe: pass only when the interval shows the drop is within tolerance.',
        },
        on_unconfirmed: {
          enum: ['fail', 'warn', 'pass'],
          description: 'What an unconfirmed drop does to the suite.',
        },
        detectable_drop: {
          type: ['number', 'null'],
          description:
            'Smallest worsening this slice fails with 80% power at the corrected level (metric scale), from the bootstrap standard error; null when no interval was computed.',
        },
        underpowered: {
          type: ['boolean', 'null'],
          description:
            'True when this slice cannot confirm a drop the size of its tolerance with 80% power at the corrected level.',
        },
        needed_n: {
          type: ['integer', 'null'],
          description:
            "About how many examples this slice needs to confirm a drop the size of its tolerance with 80% power (from the standard error's 1/√n scaling).",
        },
      },
    },
    sliceFlips: {
      title: 'SliceFlips',
      type: 'object',
      additionalProperties: false,
      required: ['slice', 'definition', 'paired', 'counted', 'fixed', 'broken', 'still_wrong', 'examples'],
      properties: {
        slice: { type: 'string' },
        metric: {
          type: ['string', 'null'],
          description: "The slice's gated metric (null: the overall slice, not gated).",
        },
        definition: {
          type: 'string',
          description: "What 'broken' means for this family and slice, in words.",
        },
        paired: {
          type: 'integer',
          minimum: 0,
          description: 'Examples of the slice on both sides (same id, same golden content).',
        },
        counted: {
          type: 'integer',
          minimum: 0,
          description:
            "Paired examples the definition applies to (a label slice counts only its class's examples; examples without a verdict are not counted).",
        },
        fixed: { type: 'integer', minimum: 0, description: 'Wrong on base, right on head.' },
        broken: { type: 'integer', minimum: 0, description: 'Right on base, wrong on head.' },
        still_wrong: { type: 'integer', minimum: 0, description: 'Wrong on both sides.' },
        examples: {
          type: 'array',
          items: { $ref: '#/$defs/flippedExample' },
          description: 'The first examples.top broken examples, most severe first, then by id.',
        },
        false_positives: {
          type: 'object',
          additionalProperties: false,
          required: ['added', 'removed', 'examples'],
          description:
            "Label slices (single-label classification): other classes' examples the head newly predicts as the class (added; the first ones by id listed) and those the base did but the head no longer does (removed). They move the class's precision and F1 while none of its own examples breaks.",
          properties: {
            added: { type: 'integer', minimum: 0 },
            removed: { type: 'integer', minimum: 0 },
            examples: { type: 'array', items: { $ref: '#/$defs/flippedExample' } },
          },
        },
        confusion_shifts: {
          type: 'array',
          description:
            'Single-label classification: the (true, predicted) label pairs whose count grew most, base → head.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['truth', 'predicted', 'base', 'head'],
            properties: {
              truth: { type: 'string' },
              predicted: { type: 'string', description: '(none): no prediction.' },
              base: { type: 'integer', minimum: 0 },
              head: { type: 'integer', minimum: 0 },
            },
          },
        },
      },
    },
    flippedExample: {
      title: 'FlippedExample',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'excerpt', 'truth', 'base', 'head', 'severity', 'slice_values'],
      properties: {
        id: { type: 'string' },
        excerpt: {
          type: ['string', 'null'],
          description:
            "The start of the example's examples.excerpt_field from the head golden set, with examples.redact applied and cut to examples.excerpt_length characters; null when not read.",
        },
        truth: {
          type: ['string', 'null'],
          description: 'The true label(s) or entity count, in words (null when the family has none to show).',
        },
        base: { type: 'string', description: "Base's prediction or per-example score, in words." },
        head: { type: 'string', description: "Head's prediction or per-example score, in words." },
        severity: {
          type: 'number',
          description:
            'How badly it broke (classification: 1; spans: entities lost; generation: F1 lost; ranking: value lost; scored: pass fraction lost).',
        },
        slice_values: {
          type: 'object',
          additionalProperties: { type: 'string' },
          description: "The example's value of every slice field.",
        },
      },
    },
  },
};
const schema32 = {
  type: 'object',
  additionalProperties: false,
  required: ['created_at', 'git', 'config_fingerprint'],
  properties: {
    created_at: { type: 'string' },
    git: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['sha'],
      properties: { sha: { type: 'string' }, ref: { type: ['string', 'null'] } },
    },
    config_fingerprint: { type: 'string' },
  },
};
const schema34 = { enum: ['pass', 'warn', 'fail', 'not_comparable'] };
const func1 = Object.prototype.hasOwnProperty;
const schema35 = {
  title: 'SuiteComparison',
  type: 'object',
  additionalProperties: false,
  required: [
    'name',
    'task',
    'mode',
    'verdict',
    'comparable',
    'notes',
    'pairing',
    'golden',
    'slices',
    'gates',
  ],
  properties: {
    name: { type: 'string' },
    task: { type: 'string' },
    mode: { enum: ['enforce', 'advisory'] },
    verdict: { $ref: '#/$defs/suiteVerdict' },
    comparable: { type: 'boolean' },
    notes: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Why the suite is not comparable, or what the comparison had to do (golden set changed, unpaired fallback…), in words.',
    },
    pairing: {
      enum: ['paired', 'unpaired', 'none'],
      description:
        "paired: examples matched by id on both sides; unpaired: intervals from each side's sufficient statistics; none: no intervals.",
    },
    golden: {
      type: 'object',
      additionalProperties: false,
      required: ['same', 'base_n', 'head_n', 'shared', 'added', 'removed', 'relabelled'],
      properties: {
        same: { type: 'boolean' },
        base_n: { type: 'integer' },
        head_n: { type: 'integer' },
        shared: {
          type: 'integer',
          description: 'Examples compared: same id and same golden content on both sides.',
        },
        added: { type: 'integer' },
        removed: { type: 'integer' },
        relabelled: { type: 'integer' },
        examples: {
          type: 'object',
          additionalProperties: false,
          properties: {
            added: { type: 'array', items: { type: 'string' } },
            removed: { type: 'array', items: { type: 'string' } },
            relabelled: { type: 'array', items: { type: 'string' } },
          },
        },
      },
    },
    slices: { type: 'array', items: { $ref: '#/$defs/sliceComparison' } },
    gates: { type: 'array', items: { $ref: '#/$defs/gateResult' } },
    flips: {
      type: 'array',
      items: { $ref: '#/$defs/sliceFlips' },
      description:
        'Paired comparisons only: for each gated slice and the overall population, which examples went right → wrong (broken), wrong → right (fixed) or stayed wrong, and the worst broken ones.',
    },
    flips_unavailable: {
      type: 'string',
      description:
        "Why the examples that flipped cannot be told (no per-example records, unpaired, or this family's per-example columns are not stored).",
    },
    trend: { $ref: '#/$defs/trend' },
    reliability: { $ref: '#/$defs/reliability' },
  },
};
const schema37 = {
  title: 'SliceComparison',
  type: 'object',
  additionalProperties: false,
  required: ['key', 'kind', 'base_n', 'head_n', 'metrics'],
  properties: {
    key: { type: 'string' },
    kind: { enum: ['overall', 'field', 'cross', 'label'] },
    base_n: { type: ['integer', 'null'] },
    head_n: { type: ['integer', 'null'] },
    metrics: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['base', 'head', 'delta', 'relative'],
        properties: {
          base: { type: ['number', 'null'] },
          head: { type: ['number', 'null'] },
          delta: { type: ['number', 'null'], description: 'head − base.' },
          relative: { type: ['number', 'null'], description: '(head − base) / |base|.' },
        },
      },
    },
  },
};
const schema43 = {
  title: 'Trend',
  type: 'object',
  additionalProperties: false,
  required: ['baselines', 'skipped', 'metrics'],
  description:
    "The suite's gated metrics (overall slice) over the last baselines on the base branch, oldest first, the compared baseline last; from the baseline result's `history`.",
  properties: {
    baselines: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['sha', 'run_number', 'created_at'],
        properties: {
          sha: { type: 'string' },
          run_number: { type: ['integer', 'null'] },
          created_at: { type: ['string', 'null'] },
        },
      },
    },
    skipped: {
      type: 'array',
      description: 'Earlier baselines with no values, and why.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['sha', 'run_number', 'reason'],
        properties: {
          sha: { type: 'string' },
          run_number: { type: ['integer', 'null'] },
          reason: { type: 'string' },
        },
      },
    },
    metrics: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['metric', 'values', 'head'],
        properties: {
          metric: { type: 'string' },
          values: {
            type: 'array',
            items: { type: ['number', 'null'] },
            description: 'One per baseline, in the order of `baselines`.',
          },
          head: { type: ['number', 'null'] },
        },
      },
    },
  },
};
const schema38 = {
  title: 'GateResult',
  type: 'object',
  additionalProperties: false,
  required: [
    'gate',
    'metric',
    'rule',
    'severity',
    'slice',
    'verdict',
    'reason',
    'base',
    'head',
    'delta',
    'worsening',
    'tolerance',
    'ci',
    'p_value',
    'p_adjusted',
    'significant',
    'beyond_tolerance',
    'base_n',
    'head_n',
    'outcome',
    'burden',
    'on_unconfirmed',
    'detectable_drop',
    'underpowered',
    'needed_n',
  ],
  properties: {
    gate: { type: 'integer', description: "Index in the suite's gates list." },
    metric: { type: 'string' },
    rule: { type: 'string', description: 'The gate in words.' },
    severity: { enum: ['fail', 'warn'] },
    slice: { type: 'string' },
    verdict: { $ref: '#/$defs/verdict' },
    reason: { type: 'string' },
    base: { type: ['number', 'null'] },
    head: { type: ['number', 'null'] },
    delta: { type: ['number', 'null'] },
    worsening: {
      type: ['number', 'null'],
      description: "How much worse head is, in the metric's scale (base − head for higher-is-better).",
    },
    tolerance: {
      type: ['number', 'null'],
      description: "Allowed worsening in the metric's scale (relative tolerances resolved against base).",
    },
    ci: {
      type: ['array', 'null'],
      items: { type: 'number' },
      minItems: 2,
      maxItems: 2,
      description: 'Confidence interval of delta (head − base).',
    },
    p_value: {
      type: ['number', 'null'],
      description:
        "One-sided p-value of 'head is worse', consistent with ci (the interval at level 1 − 2α excludes zero exactly when p_value < α).",
    },
    interval_method: {
      type: 'string',
      description:
        "How ci and p_value were computed, e.g. 'Tango score interval' or 'BCa bootstrap, 1000 resamples'; present whenever an interval was attempted (also when the slice was too small to bound the metric).",
    },
    p_adjusted: {
      type: ['number', 'null'],
      description: "After correction across the suite's gated slices.",
    },
    significant: { type: ['boolean', 'null'] },
    beyond_tolerance: { type: ['boolean', 'null'] },
    base_n: { type: ['integer', 'null'] },
    head_n: { type: ['integer', 'null'] },
    outcome: {
      enum: ['fail', 'warn', 'pass', 'not_gated'],
      description:
        'What the verdict does to the suite: fail, warn (⚠️), pass, or not_gated (nothing was tested on this slice).',
    },
    burden: {
      enum: ['detect_harm', 'prove_safe'],
      description:
        'detect_harm: fail on a drop beyond tolerance that is significant after correction; prove_safe: pass only when the interval shows the drop is within tolerance.',
    },
    on_unconfirmed: {
      enum: ['fail', 'warn', 'pass'],
      description: 'What an unconfirmed drop does to the suite.',
    },
    detectable_drop: {
      type: ['number', 'null'],
      description:
        'Smallest worsening this slice fails with 80% power at the corrected level (metric scale), from the bootstrap standard error; null when no interval was computed.',
    },
    underpowered: {
      type: ['boolean', 'null'],
      description:
        'True when this slice cannot confirm a drop the size of its tolerance with 80% power at the corrected level.',
    },
    needed_n: {
      type: ['integer', 'null'],
      description:
        "About how many examples this slice needs to confirm a drop the size of its tolerance with 80% power (from the standard error's 1/√n scaling).",
    },
  },
};
const schema39 = {
  enum: [
    'pass',
    'warn',
    'fail',
    'unconfirmed',
    'insufficient_data',
    'not_comparable',
    'new_slice',
    'missing_slice',
  ],
  description:
    'unconfirmed: beyond tolerance and significant on its own, but not after the correction across gates (a possible regression).',
};
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
    if (data.gate === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gate' },
        message: "must have required property '" + 'gate' + "'",
        schema: schema38.required,
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
    if (data.metric === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'metric' },
        message: "must have required property '" + 'metric' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.rule === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rule' },
        message: "must have required property '" + 'rule' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.severity === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'severity' },
        message: "must have required property '" + 'severity' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.slice === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'slice' },
        message: "must have required property '" + 'slice' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.verdict === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'verdict' },
        message: "must have required property '" + 'verdict' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.reason === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'reason' },
        message: "must have required property '" + 'reason' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.base === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'base' },
        message: "must have required property '" + 'base' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.head === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'head' },
        message: "must have required property '" + 'head' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.delta === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'delta' },
        message: "must have required property '" + 'delta' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.worsening === undefined) {
      const err10 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'worsening' },
        message: "must have required property '" + 'worsening' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.tolerance === undefined) {
      const err11 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tolerance' },
        message: "must have required property '" + 'tolerance' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.ci === undefined) {
      const err12 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ci' },
        message: "must have required property '" + 'ci' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.p_value === undefined) {
      const err13 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'p_value' },
        message: "must have required property '" + 'p_value' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.p_adjusted === undefined) {
      const err14 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'p_adjusted' },
        message: "must have required property '" + 'p_adjusted' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.significant === undefined) {
      const err15 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'significant' },
        message: "must have required property '" + 'significant' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.beyond_tolerance === undefined) {
      const err16 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'beyond_tolerance' },
        message: "must have required property '" + 'beyond_tolerance' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (data.base_n === undefined) {
      const err17 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'base_n' },
        message: "must have required property '" + 'base_n' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    if (data.head_n === undefined) {
      const err18 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'head_n' },
        message: "must have required property '" + 'head_n' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    if (data.outcome === undefined) {
      const err19 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'outcome' },
        message: "must have required property '" + 'outcome' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (data.burden === undefined) {
      const err20 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'burden' },
        message: "must have required property '" + 'burden' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    if (data.on_unconfirmed === undefined) {
      const err21 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'on_unconfirmed' },
        message: "must have required property '" + 'on_unconfirmed' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    }
    if (data.detectable_drop === undefined) {
      const err22 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'detectable_drop' },
        message: "must have required property '" + 'detectable_drop' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    if (data.underpowered === undefined) {
      const err23 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'underpowered' },
        message: "must have required property '" + 'underpowered' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    if (data.needed_n === undefined) {
      const err24 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'needed_n' },
        message: "must have required property '" + 'needed_n' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema38.properties, key0)) {
        const err25 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema38,
          data,
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.gate !== undefined) {
      let data0 = data.gate;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err26 = {
          instancePath: instancePath + '/gate',
          schemaPath: '#/properties/gate/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema38.properties.gate.type,
          parentSchema: schema38.properties.gate,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.metric !== undefined) {
      let data1 = data.metric;
      if (typeof data1 !== 'string') {
        const err27 = {
          instancePath: instancePath + '/metric',
          schemaPath: '#/properties/metric/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema38.properties.metric.type,
          parentSchema: schema38.properties.metric,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.rule !== undefined) {
      let data2 = data.rule;
      if (typeof data2 !== 'string') {
        const err28 = {
          instancePath: instancePath + '/rule',
          schemaPath: '#/properties/rule/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema38.properties.rule.type,
          parentSchema: schema38.properties.rule,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.severity !== undefined) {
      let data3 = data.severity;
      if (!(data3 === 'fail' || data3 === 'warn')) {
        const err29 = {
          instancePath: instancePath + '/severity',
          schemaPath: '#/properties/severity/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.properties.severity.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.properties.severity.enum,
          parentSchema: schema38.properties.severity,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.slice !== undefined) {
      let data4 = data.slice;
      if (typeof data4 !== 'string') {
        const err30 = {
          instancePath: instancePath + '/slice',
          schemaPath: '#/properties/slice/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema38.properties.slice.type,
          parentSchema: schema38.properties.slice,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.verdict !== undefined) {
      let data5 = data.verdict;
      if (!(
        data5 === 'pass' ||
        data5 === 'warn' ||
        data5 === 'fail' ||
        data5 === 'unconfirmed' ||
        data5 === 'insufficient_data' ||
        data5 === 'not_comparable' ||
        data5 === 'new_slice' ||
        data5 === 'missing_slice'
      )) {
        const err31 = {
          instancePath: instancePath + '/verdict',
          schemaPath: '#/$defs/verdict/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema39.enum,
          parentSchema: schema39,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.reason !== undefined) {
      let data6 = data.reason;
      if (typeof data6 !== 'string') {
        const err32 = {
          instancePath: instancePath + '/reason',
          schemaPath: '#/properties/reason/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema38.properties.reason.type,
          parentSchema: schema38.properties.reason,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.base !== undefined) {
      let data7 = data.base;
      if (!(typeof data7 == 'number' && isFinite(data7)) && data7 !== null) {
        const err33 = {
          instancePath: instancePath + '/base',
          schemaPath: '#/properties/base/type',
          keyword: 'type',
          params: { type: schema38.properties.base.type },
          message: 'must be number,null',
          schema: schema38.properties.base.type,
          parentSchema: schema38.properties.base,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.head !== undefined) {
      let data8 = data.head;
      if (!(typeof data8 == 'number' && isFinite(data8)) && data8 !== null) {
        const err34 = {
          instancePath: instancePath + '/head',
          schemaPath: '#/properties/head/type',
          keyword: 'type',
          params: { type: schema38.properties.head.type },
          message: 'must be number,null',
          schema: schema38.properties.head.type,
          parentSchema: schema38.properties.head,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.delta !== undefined) {
      let data9 = data.delta;
      if (!(typeof data9 == 'number' && isFinite(data9)) && data9 !== null) {
        const err35 = {
          instancePath: instancePath + '/delta',
          schemaPath: '#/properties/delta/type',
          keyword: 'type',
          params: { type: schema38.properties.delta.type },
          message: 'must be number,null',
          schema: schema38.properties.delta.type,
          parentSchema: schema38.properties.delta,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.worsening !== undefined) {
      let data10 = data.worsening;
      if (!(typeof data10 == 'number' && isFinite(data10)) && data10 !== null) {
        const err36 = {
          instancePath: instancePath + '/worsening',
          schemaPath: '#/properties/worsening/type',
          keyword: 'type',
          params: { type: schema38.properties.worsening.type },
          message: 'must be number,null',
          schema: schema38.properties.worsening.type,
          parentSchema: schema38.properties.worsening,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.tolerance !== undefined) {
      let data11 = data.tolerance;
      if (!(typeof data11 == 'number' && isFinite(data11)) && data11 !== null) {
        const err37 = {
          instancePath: instancePath + '/tolerance',
          schemaPath: '#/properties/tolerance/type',
          keyword: 'type',
          params: { type: schema38.properties.tolerance.type },
          message: 'must be number,null',
          schema: schema38.properties.tolerance.type,
          parentSchema: schema38.properties.tolerance,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.ci !== undefined) {
      let data12 = data.ci;
      if (!Array.isArray(data12) && data12 !== null) {
        const err38 = {
          instancePath: instancePath + '/ci',
          schemaPath: '#/properties/ci/type',
          keyword: 'type',
          params: { type: schema38.properties.ci.type },
          message: 'must be array,null',
          schema: schema38.properties.ci.type,
          parentSchema: schema38.properties.ci,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      if (Array.isArray(data12)) {
        if (data12.length > 2) {
          const err39 = {
            instancePath: instancePath + '/ci',
            schemaPath: '#/properties/ci/maxItems',
            keyword: 'maxItems',
            params: { limit: 2 },
            message: 'must NOT have more than 2 items',
            schema: 2,
            parentSchema: schema38.properties.ci,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data12.length < 2) {
          const err40 = {
            instancePath: instancePath + '/ci',
            schemaPath: '#/properties/ci/minItems',
            keyword: 'minItems',
            params: { limit: 2 },
            message: 'must NOT have fewer than 2 items',
            schema: 2,
            parentSchema: schema38.properties.ci,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        const len0 = data12.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data13 = data12[i0];
          if (!(typeof data13 == 'number' && isFinite(data13))) {
            const err41 = {
              instancePath: instancePath + '/ci/' + i0,
              schemaPath: '#/properties/ci/items/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema38.properties.ci.items.type,
              parentSchema: schema38.properties.ci.items,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      }
    }
    if (data.p_value !== undefined) {
      let data14 = data.p_value;
      if (!(typeof data14 == 'number' && isFinite(data14)) && data14 !== null) {
        const err42 = {
          instancePath: instancePath + '/p_value',
          schemaPath: '#/properties/p_value/type',
          keyword: 'type',
          params: { type: schema38.properties.p_value.type },
          message: 'must be number,null',
          schema: schema38.properties.p_value.type,
          parentSchema: schema38.properties.p_value,
          data: data14,
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.interval_method !== undefined) {
      let data15 = data.interval_method;
      if (typeof data15 !== 'string') {
        const err43 = {
          instancePath: instancePath + '/interval_method',
          schemaPath: '#/properties/interval_method/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema38.properties.interval_method.type,
          parentSchema: schema38.properties.interval_method,
          data: data15,
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.p_adjusted !== undefined) {
      let data16 = data.p_adjusted;
      if (!(typeof data16 == 'number' && isFinite(data16)) && data16 !== null) {
        const err44 = {
          instancePath: instancePath + '/p_adjusted',
          schemaPath: '#/properties/p_adjusted/type',
          keyword: 'type',
          params: { type: schema38.properties.p_adjusted.type },
          message: 'must be number,null',
          schema: schema38.properties.p_adjusted.type,
          parentSchema: schema38.properties.p_adjusted,
          data: data16,
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.significant !== undefined) {
      let data17 = data.significant;
      if (typeof data17 !== 'boolean' && data17 !== null) {
        const err45 = {
          instancePath: instancePath + '/significant',
          schemaPath: '#/properties/significant/type',
          keyword: 'type',
          params: { type: schema38.properties.significant.type },
          message: 'must be boolean,null',
          schema: schema38.properties.significant.type,
          parentSchema: schema38.properties.significant,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.beyond_tolerance !== undefined) {
      let data18 = data.beyond_tolerance;
      if (typeof data18 !== 'boolean' && data18 !== null) {
        const err46 = {
          instancePath: instancePath + '/beyond_tolerance',
          schemaPath: '#/properties/beyond_tolerance/type',
          keyword: 'type',
          params: { type: schema38.properties.beyond_tolerance.type },
          message: 'must be boolean,null',
          schema: schema38.properties.beyond_tolerance.type,
          parentSchema: schema38.properties.beyond_tolerance,
          data: data18,
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.base_n !== undefined) {
      let data19 = data.base_n;
      if (
        !(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19) && isFinite(data19)) &&
        data19 !== null
      ) {
        const err47 = {
          instancePath: instancePath + '/base_n',
          schemaPath: '#/properties/base_n/type',
          keyword: 'type',
          params: { type: schema38.properties.base_n.type },
          message: 'must be integer,null',
          schema: schema38.properties.base_n.type,
          parentSchema: schema38.properties.base_n,
          data: data19,
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.head_n !== undefined) {
      let data20 = data.head_n;
      if (
        !(typeof data20 == 'number' && !(data20 % 1) && !isNaN(data20) && isFinite(data20)) &&
        data20 !== null
      ) {
        const err48 = {
          instancePath: instancePath + '/head_n',
          schemaPath: '#/properties/head_n/type',
          keyword: 'type',
          params: { type: schema38.properties.head_n.type },
          message: 'must be integer,null',
          schema: schema38.properties.head_n.type,
          parentSchema: schema38.properties.head_n,
          data: data20,
        };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.outcome !== undefined) {
      let data21 = data.outcome;
      if (!(data21 === 'fail' || data21 === 'warn' || data21 === 'pass' || data21 === 'not_gated')) {
        const err49 = {
          instancePath: instancePath + '/outcome',
          schemaPath: '#/properties/outcome/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.properties.outcome.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.properties.outcome.enum,
          parentSchema: schema38.properties.outcome,
          data: data21,
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.burden !== undefined) {
      let data22 = data.burden;
      if (!(data22 === 'detect_harm' || data22 === 'prove_safe')) {
        const err50 = {
          instancePath: instancePath + '/burden',
          schemaPath: '#/properties/burden/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.properties.burden.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.properties.burden.enum,
          parentSchema: schema38.properties.burden,
          data: data22,
        };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.on_unconfirmed !== undefined) {
      let data23 = data.on_unconfirmed;
      if (!(data23 === 'fail' || data23 === 'warn' || data23 === 'pass')) {
        const err51 = {
          instancePath: instancePath + '/on_unconfirmed',
          schemaPath: '#/properties/on_unconfirmed/enum',
          keyword: 'enum',
          params: { allowedValues: schema38.properties.on_unconfirmed.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema38.properties.on_unconfirmed.enum,
          parentSchema: schema38.properties.on_unconfirmed,
          data: data23,
        };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.detectable_drop !== undefined) {
      let data24 = data.detectable_drop;
      if (!(typeof data24 == 'number' && isFinite(data24)) && data24 !== null) {
        const err52 = {
          instancePath: instancePath + '/detectable_drop',
          schemaPath: '#/properties/detectable_drop/type',
          keyword: 'type',
          params: { type: schema38.properties.detectable_drop.type },
          message: 'must be number,null',
          schema: schema38.properties.detectable_drop.type,
          parentSchema: schema38.properties.detectable_drop,
          data: data24,
        };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.underpowered !== undefined) {
      let data25 = data.underpowered;
      if (typeof data25 !== 'boolean' && data25 !== null) {
        const err53 = {
          instancePath: instancePath + '/underpowered',
          schemaPath: '#/properties/underpowered/type',
          keyword: 'type',
          params: { type: schema38.properties.underpowered.type },
          message: 'must be boolean,null',
          schema: schema38.properties.underpowered.type,
          parentSchema: schema38.properties.underpowered,
          data: data25,
        };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.needed_n !== undefined) {
      let data26 = data.needed_n;
      if (
        !(typeof data26 == 'number' && !(data26 % 1) && !isNaN(data26) && isFinite(data26)) &&
        data26 !== null
      ) {
        const err54 = {
          instancePath: instancePath + '/needed_n',
          schemaPath: '#/properties/needed_n/type',
          keyword: 'type',
          params: { type: schema38.properties.needed_n.type },
          message: 'must be integer,null',
          schema: schema38.properties.needed_n.type,
          parentSchema: schema38.properties.needed_n,
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
  } else {
    const err55 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema38.type,
      parentSchema: schema38,
      data,
    };
    if (vErrors === null) {
      vErrors = [err55];
    } else {
      vErrors.push(err55);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema40 = {
  title: 'SliceFlips',
  type: 'object',
  additionalProperties: false,
  required: ['slice', 'definition', 'paired', 'counted', 'fixed', 'broken', 'still_wrong', 'examples'],
  properties: {
    slice: { type: 'string' },
    metric: {
      type: ['string', 'null'],
      description: "The slice's gated metric (null: the overall slice, not gated).",
    },
    definition: { type: 'string', description: "What 'broken' means for this family and slice, in words." },
    paired: {
      type: 'integer',
      minimum: 0,
      description: 'Examples of the slice on both sides (same id, same golden content).',
    },
    counted: {
      type: 'integer',
      minimum: 0,
      description:
        "Paired examples the definition applies to (a label slice counts only its class's examples; examples without a verdict are not counted).",
    },
    fixed: { type: 'integer', minimum: 0, description: 'Wrong on base, right on head.' },
    broken: { type: 'integer', minimum: 0, description: 'Right on base, wrong on head.' },
    still_wrong: { type: 'integer', minimum: 0, description: 'Wrong on both sides.' },
    examples: {
      type: 'array',
      items: { $ref: '#/$defs/flippedExample' },
      description: 'The first examples.top broken examples, most severe first, then by id.',
    },
    false_positives: {
      type: 'object',
      additionalProperties: false,
      required: ['added', 'removed', 'examples'],
      description:
        "Label slices (single-label classification): other classes' examples the head newly predicts as the class (added; the first ones by id listed) and those the base did but the head no longer does (removed). They move the class's precision and F1 while none of its own examples breaks.",
      properties: {
        added: { type: 'integer', minimum: 0 },
        removed: { type: 'integer', minimum: 0 },
        examples: { type: 'array', items: { $ref: '#/$defs/flippedExample' } },
      },
    },
    confusion_shifts: {
      type: 'array',
      description:
        'Single-label classification: the (true, predicted) label pairs whose count grew most, base → head.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['truth', 'predicted', 'base', 'head'],
        properties: {
          truth: { type: 'string' },
          predicted: { type: 'string', description: '(none): no prediction.' },
          base: { type: 'integer', minimum: 0 },
          head: { type: 'integer', minimum: 0 },
        },
      },
    },
  },
};
const schema41 = {
  title: 'FlippedExample',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'excerpt', 'truth', 'base', 'head', 'severity', 'slice_values'],
  properties: {
    id: { type: 'string' },
    excerpt: {
      type: ['string', 'null'],
      description:
        "The start of the example's examples.excerpt_field from the head golden set, with examples.redact applied and cut to examples.excerpt_length characters; null when not read.",
    },
    truth: {
      type: ['string', 'null'],
      description: 'The true label(s) or entity count, in words (null when the family has none to show).',
    },
    base: { type: 'string', description: "Base's prediction or per-example score, in words." },
    head: { type: 'string', description: "Head's prediction or per-example score, in words." },
    severity: {
      type: 'number',
      description:
        'How badly it broke (classification: 1; spans: entities lost; generation: F1 lost; ranking: value lost; scored: pass fraction lost).',
    },
    slice_values: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: "The example's value of every slice field.",
    },
  },
};
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
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.slice === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'slice' },
        message: "must have required property '" + 'slice' + "'",
        schema: schema40.required,
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
    if (data.definition === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'definition' },
        message: "must have required property '" + 'definition' + "'",
        schema: schema40.required,
        parentSchema: schema40,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.paired === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'paired' },
        message: "must have required property '" + 'paired' + "'",
        schema: schema40.required,
        parentSchema: schema40,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.counted === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'counted' },
        message: "must have required property '" + 'counted' + "'",
        schema: schema40.required,
        parentSchema: schema40,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.fixed === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'fixed' },
        message: "must have required property '" + 'fixed' + "'",
        schema: schema40.required,
        parentSchema: schema40,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.broken === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'broken' },
        message: "must have required property '" + 'broken' + "'",
        schema: schema40.required,
        parentSchema: schema40,
        data,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.still_wrong === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'still_wrong' },
        message: "must have required property '" + 'still_wrong' + "'",
        schema: schema40.required,
        parentSchema: schema40,
        data,
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.examples === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'examples' },
        message: "must have required property '" + 'examples' + "'",
        schema: schema40.required,
        parentSchema: schema40,
        data,
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema40.properties, key0)) {
        const err8 = {
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
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.slice !== undefined) {
      let data0 = data.slice;
      if (typeof data0 !== 'string') {
        const err9 = {
          instancePath: instancePath + '/slice',
          schemaPath: '#/properties/slice/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema40.properties.slice.type,
          parentSchema: schema40.properties.slice,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.metric !== undefined) {
      let data1 = data.metric;
      if (typeof data1 !== 'string' && data1 !== null) {
        const err10 = {
          instancePath: instancePath + '/metric',
          schemaPath: '#/properties/metric/type',
          keyword: 'type',
          params: { type: schema40.properties.metric.type },
          message: 'must be string,null',
          schema: schema40.properties.metric.type,
          parentSchema: schema40.properties.metric,
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
    if (data.definition !== undefined) {
      let data2 = data.definition;
      if (typeof data2 !== 'string') {
        const err11 = {
          instancePath: instancePath + '/definition',
          schemaPath: '#/properties/definition/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema40.properties.definition.type,
          parentSchema: schema40.properties.definition,
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
    if (data.paired !== undefined) {
      let data3 = data.paired;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err12 = {
          instancePath: instancePath + '/paired',
          schemaPath: '#/properties/paired/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema40.properties.paired.type,
          parentSchema: schema40.properties.paired,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data3 == 'number' && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err13 = {
            instancePath: instancePath + '/paired',
            schemaPath: '#/properties/paired/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema40.properties.paired,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.counted !== undefined) {
      let data4 = data.counted;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        const err14 = {
          instancePath: instancePath + '/counted',
          schemaPath: '#/properties/counted/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema40.properties.counted.type,
          parentSchema: schema40.properties.counted,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data4 == 'number' && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err15 = {
            instancePath: instancePath + '/counted',
            schemaPath: '#/properties/counted/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema40.properties.counted,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.fixed !== undefined) {
      let data5 = data.fixed;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
        const err16 = {
          instancePath: instancePath + '/fixed',
          schemaPath: '#/properties/fixed/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema40.properties.fixed.type,
          parentSchema: schema40.properties.fixed,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data5 == 'number' && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err17 = {
            instancePath: instancePath + '/fixed',
            schemaPath: '#/properties/fixed/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema40.properties.fixed,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.broken !== undefined) {
      let data6 = data.broken;
      if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
        const err18 = {
          instancePath: instancePath + '/broken',
          schemaPath: '#/properties/broken/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema40.properties.broken.type,
          parentSchema: schema40.properties.broken,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data6 == 'number' && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err19 = {
            instancePath: instancePath + '/broken',
            schemaPath: '#/properties/broken/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema40.properties.broken,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.still_wrong !== undefined) {
      let data7 = data.still_wrong;
      if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
        const err20 = {
          instancePath: instancePath + '/still_wrong',
          schemaPath: '#/properties/still_wrong/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema40.properties.still_wrong.type,
          parentSchema: schema40.properties.still_wrong,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (typeof data7 == 'number' && isFinite(data7)) {
        if (data7 < 0 || isNaN(data7)) {
          const err21 = {
            instancePath: instancePath + '/still_wrong',
            schemaPath: '#/properties/still_wrong/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema40.properties.still_wrong,
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.examples !== undefined) {
      let data8 = data.examples;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
            if (data9.id === undefined) {
              const err22 = {
                instancePath: instancePath + '/examples/' + i0,
                schemaPath: '#/$defs/flippedExample/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
                message: "must have required property '" + 'id' + "'",
                schema: schema41.required,
                parentSchema: schema41,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data9.excerpt === undefined) {
              const err23 = {
                instancePath: instancePath + '/examples/' + i0,
                schemaPath: '#/$defs/flippedExample/required',
                keyword: 'required',
                params: { missingProperty: 'excerpt' },
                message: "must have required property '" + 'excerpt' + "'",
                schema: schema41.required,
                parentSchema: schema41,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data9.truth === undefined) {
              const err24 = {
                instancePath: instancePath + '/examples/' + i0,
                schemaPath: '#/$defs/flippedExample/required',
                keyword: 'required',
                params: { missingProperty: 'truth' },
                message: "must have required property '" + 'truth' + "'",
                schema: schema41.required,
                parentSchema: schema41,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data9.base === undefined) {
              const err25 = {
                instancePath: instancePath + '/examples/' + i0,
                schemaPath: '#/$defs/flippedExample/required',
                keyword: 'required',
                params: { missingProperty: 'base' },
                message: "must have required property '" + 'base' + "'",
                schema: schema41.required,
                parentSchema: schema41,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data9.head === undefined) {
              const err26 = {
                instancePath: instancePath + '/examples/' + i0,
                schemaPath: '#/$defs/flippedExample/required',
                keyword: 'required',
                params: { missingProperty: 'head' },
                message: "must have required property '" + 'head' + "'",
                schema: schema41.required,
                parentSchema: schema41,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data9.severity === undefined) {
              const err27 = {
                instancePath: instancePath + '/examples/' + i0,
                schemaPath: '#/$defs/flippedExample/required',
                keyword: 'required',
                params: { missingProperty: 'severity' },
                message: "must have required property '" + 'severity' + "'",
                schema: schema41.required,
                parentSchema: schema41,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data9.slice_values === undefined) {
              const err28 = {
                instancePath: instancePath + '/examples/' + i0,
                schemaPath: '#/$defs/flippedExample/required',
                keyword: 'required',
                params: { missingProperty: 'slice_values' },
                message: "must have required property '" + 'slice_values' + "'",
                schema: schema41.required,
                parentSchema: schema41,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            for (const key1 in data9) {
              if (!(
                key1 === 'id' ||
                key1 === 'excerpt' ||
                key1 === 'truth' ||
                key1 === 'base' ||
                key1 === 'head' ||
                key1 === 'severity' ||
                key1 === 'slice_values'
              )) {
                const err29 = {
                  instancePath: instancePath + '/examples/' + i0,
                  schemaPath: '#/$defs/flippedExample/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema41,
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
            if (data9.id !== undefined) {
              let data10 = data9.id;
              if (typeof data10 !== 'string') {
                const err30 = {
                  instancePath: instancePath + '/examples/' + i0 + '/id',
                  schemaPath: '#/$defs/flippedExample/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema41.properties.id.type,
                  parentSchema: schema41.properties.id,
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
            if (data9.excerpt !== undefined) {
              let data11 = data9.excerpt;
              if (typeof data11 !== 'string' && data11 !== null) {
                const err31 = {
                  instancePath: instancePath + '/examples/' + i0 + '/excerpt',
                  schemaPath: '#/$defs/flippedExample/properties/excerpt/type',
                  keyword: 'type',
                  params: { type: schema41.properties.excerpt.type },
                  message: 'must be string,null',
                  schema: schema41.properties.excerpt.type,
                  parentSchema: schema41.properties.excerpt,
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
            if (data9.truth !== undefined) {
              let data12 = data9.truth;
              if (typeof data12 !== 'string' && data12 !== null) {
                const err32 = {
                  instancePath: instancePath + '/examples/' + i0 + '/truth',
                  schemaPath: '#/$defs/flippedExample/properties/truth/type',
                  keyword: 'type',
                  params: { type: schema41.properties.truth.type },
                  message: 'must be string,null',
                  schema: schema41.properties.truth.type,
                  parentSchema: schema41.properties.truth,
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
            if (data9.base !== undefined) {
              let data13 = data9.base;
              if (typeof data13 !== 'string') {
                const err33 = {
                  instancePath: instancePath + '/examples/' + i0 + '/base',
                  schemaPath: '#/$defs/flippedExample/properties/base/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema41.properties.base.type,
                  parentSchema: schema41.properties.base,
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
            if (data9.head !== undefined) {
              let data14 = data9.head;
              if (typeof data14 !== 'string') {
                const err34 = {
                  instancePath: instancePath + '/examples/' + i0 + '/head',
                  schemaPath: '#/$defs/flippedExample/properties/head/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema41.properties.head.type,
                  parentSchema: schema41.properties.head,
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
            if (data9.severity !== undefined) {
              let data15 = data9.severity;
              if (!(typeof data15 == 'number' && isFinite(data15))) {
                const err35 = {
                  instancePath: instancePath + '/examples/' + i0 + '/severity',
                  schemaPath: '#/$defs/flippedExample/properties/severity/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema41.properties.severity.type,
                  parentSchema: schema41.properties.severity,
                  data: data15,
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data9.slice_values !== undefined) {
              let data16 = data9.slice_values;
              if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
                for (const key2 in data16) {
                  let data17 = data16[key2];
                  if (typeof data17 !== 'string') {
                    const err36 = {
                      instancePath:
                        instancePath +
                        '/examples/' +
                        i0 +
                        '/slice_values/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath: '#/$defs/flippedExample/properties/slice_values/additionalProperties/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema41.properties.slice_values.additionalProperties.type,
                      parentSchema: schema41.properties.slice_values.additionalProperties,
                      data: data17,
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
                  instancePath: instancePath + '/examples/' + i0 + '/slice_values',
                  schemaPath: '#/$defs/flippedExample/properties/slice_values/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema41.properties.slice_values.type,
                  parentSchema: schema41.properties.slice_values,
                  data: data16,
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
              instancePath: instancePath + '/examples/' + i0,
              schemaPath: '#/$defs/flippedExample/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema41.type,
              parentSchema: schema41,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = {
          instancePath: instancePath + '/examples',
          schemaPath: '#/properties/examples/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema40.properties.examples.type,
          parentSchema: schema40.properties.examples,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.false_positives !== undefined) {
      let data18 = data.false_positives;
      if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
        if (data18.added === undefined) {
          const err40 = {
            instancePath: instancePath + '/false_positives',
            schemaPath: '#/properties/false_positives/required',
            keyword: 'required',
            params: { missingProperty: 'added' },
            message: "must have required property '" + 'added' + "'",
            schema: schema40.properties.false_positives.required,
            parentSchema: schema40.properties.false_positives,
            data: data18,
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (data18.removed === undefined) {
          const err41 = {
            instancePath: instancePath + '/false_positives',
            schemaPath: '#/properties/false_positives/required',
            keyword: 'required',
            params: { missingProperty: 'removed' },
            message: "must have required property '" + 'removed' + "'",
            schema: schema40.properties.false_positives.required,
            parentSchema: schema40.properties.false_positives,
            data: data18,
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (data18.examples === undefined) {
          const err42 = {
            instancePath: instancePath + '/false_positives',
            schemaPath: '#/properties/false_positives/required',
            keyword: 'required',
            params: { missingProperty: 'examples' },
            message: "must have required property '" + 'examples' + "'",
            schema: schema40.properties.false_positives.required,
            parentSchema: schema40.properties.false_positives,
            data: data18,
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        for (const key3 in data18) {
          if (!(key3 === 'added' || key3 === 'removed' || key3 === 'examples')) {
            const err43 = {
              instancePath: instancePath + '/false_positives',
              schemaPath: '#/properties/false_positives/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key3 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema40.properties.false_positives,
              data: data18,
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data18.added !== undefined) {
          let data19 = data18.added;
          if (!(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
            const err44 = {
              instancePath: instancePath + '/false_positives/added',
              schemaPath: '#/properties/false_positives/properties/added/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema40.properties.false_positives.properties.added.type,
              parentSchema: schema40.properties.false_positives.properties.added,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (typeof data19 == 'number' && isFinite(data19)) {
            if (data19 < 0 || isNaN(data19)) {
              const err45 = {
                instancePath: instancePath + '/false_positives/added',
                schemaPath: '#/properties/false_positives/properties/added/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema40.properties.false_positives.properties.added,
                data: data19,
              };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
        }
        if (data18.removed !== undefined) {
          let data20 = data18.removed;
          if (!(typeof data20 == 'number' && !(data20 % 1) && !isNaN(data20) && isFinite(data20))) {
            const err46 = {
              instancePath: instancePath + '/false_positives/removed',
              schemaPath: '#/properties/false_positives/properties/removed/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema40.properties.false_positives.properties.removed.type,
              parentSchema: schema40.properties.false_positives.properties.removed,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (typeof data20 == 'number' && isFinite(data20)) {
            if (data20 < 0 || isNaN(data20)) {
              const err47 = {
                instancePath: instancePath + '/false_positives/removed',
                schemaPath: '#/properties/false_positives/properties/removed/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema40.properties.false_positives.properties.removed,
                data: data20,
              };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
        }
        if (data18.examples !== undefined) {
          let data21 = data18.examples;
          if (Array.isArray(data21)) {
            const len1 = data21.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data22 = data21[i1];
              if (data22 && typeof data22 == 'object' && !Array.isArray(data22)) {
                if (data22.id === undefined) {
                  const err48 = {
                    instancePath: instancePath + '/false_positives/examples/' + i1,
                    schemaPath: '#/$defs/flippedExample/required',
                    keyword: 'required',
                    params: { missingProperty: 'id' },
                    message: "must have required property '" + 'id' + "'",
                    schema: schema41.required,
                    parentSchema: schema41,
                    data: data22,
                  };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                if (data22.excerpt === undefined) {
                  const err49 = {
                    instancePath: instancePath + '/false_positives/examples/' + i1,
                    schemaPath: '#/$defs/flippedExample/required',
                    keyword: 'required',
                    params: { missingProperty: 'excerpt' },
                    message: "must have required property '" + 'excerpt' + "'",
                    schema: schema41.required,
                    parentSchema: schema41,
                    data: data22,
                  };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                if (data22.truth === undefined) {
                  const err50 = {
                    instancePath: instancePath + '/false_positives/examples/' + i1,
                    schemaPath: '#/$defs/flippedExample/required',
                    keyword: 'required',
                    params: { missingProperty: 'truth' },
                    message: "must have required property '" + 'truth' + "'",
                    schema: schema41.required,
                    parentSchema: schema41,
                    data: data22,
                  };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                if (data22.base === undefined) {
                  const err51 = {
                    instancePath: instancePath + '/false_positives/examples/' + i1,
                    schemaPath: '#/$defs/flippedExample/required',
                    keyword: 'required',
                    params: { missingProperty: 'base' },
                    message: "must have required property '" + 'base' + "'",
                    schema: schema41.required,
                    parentSchema: schema41,
                    data: data22,
                  };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                if (data22.head === undefined) {
                  const err52 = {
                    instancePath: instancePath + '/false_positives/examples/' + i1,
                    schemaPath: '#/$defs/flippedExample/required',
                    keyword: 'required',
                    params: { missingProperty: 'head' },
                    message: "must have required property '" + 'head' + "'",
                    schema: schema41.required,
                    parentSchema: schema41,
                    data: data22,
                  };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                if (data22.severity === undefined) {
                  const err53 = {
                    instancePath: instancePath + '/false_positives/examples/' + i1,
                    schemaPath: '#/$defs/flippedExample/required',
                    keyword: 'required',
                    params: { missingProperty: 'severity' },
                    message: "must have required property '" + 'severity' + "'",
                    schema: schema41.required,
                    parentSchema: schema41,
                    data: data22,
                  };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (data22.slice_values === undefined) {
                  const err54 = {
                    instancePath: instancePath + '/false_positives/examples/' + i1,
                    schemaPath: '#/$defs/flippedExample/required',
                    keyword: 'required',
                    params: { missingProperty: 'slice_values' },
                    message: "must have required property '" + 'slice_values' + "'",
                    schema: schema41.required,
                    parentSchema: schema41,
                    data: data22,
                  };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                for (const key4 in data22) {
                  if (!(
                    key4 === 'id' ||
                    key4 === 'excerpt' ||
                    key4 === 'truth' ||
                    key4 === 'base' ||
                    key4 === 'head' ||
                    key4 === 'severity' ||
                    key4 === 'slice_values'
                  )) {
                    const err55 = {
                      instancePath: instancePath + '/false_positives/examples/' + i1,
                      schemaPath: '#/$defs/flippedExample/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key4 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema41,
                      data: data22,
                    };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data22.id !== undefined) {
                  let data23 = data22.id;
                  if (typeof data23 !== 'string') {
                    const err56 = {
                      instancePath: instancePath + '/false_positives/examples/' + i1 + '/id',
                      schemaPath: '#/$defs/flippedExample/properties/id/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema41.properties.id.type,
                      parentSchema: schema41.properties.id,
                      data: data23,
                    };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data22.excerpt !== undefined) {
                  let data24 = data22.excerpt;
                  if (typeof data24 !== 'string' && data24 !== null) {
                    const err57 = {
                      instancePath: instancePath + '/false_positives/examples/' + i1 + '/excerpt',
                      schemaPath: '#/$defs/flippedExample/properties/excerpt/type',
                      keyword: 'type',
                      params: { type: schema41.properties.excerpt.type },
                      message: 'must be string,null',
                      schema: schema41.properties.excerpt.type,
                      parentSchema: schema41.properties.excerpt,
                      data: data24,
                    };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data22.truth !== undefined) {
                  let data25 = data22.truth;
                  if (typeof data25 !== 'string' && data25 !== null) {
                    const err58 = {
                      instancePath: instancePath + '/false_positives/examples/' + i1 + '/truth',
                      schemaPath: '#/$defs/flippedExample/properties/truth/type',
                      keyword: 'type',
                      params: { type: schema41.properties.truth.type },
                      message: 'must be string,null',
                      schema: schema41.properties.truth.type,
                      parentSchema: schema41.properties.truth,
                      data: data25,
                    };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                if (data22.base !== undefined) {
                  let data26 = data22.base;
                  if (typeof data26 !== 'string') {
                    const err59 = {
                      instancePath: instancePath + '/false_positives/examples/' + i1 + '/base',
                      schemaPath: '#/$defs/flippedExample/properties/base/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema41.properties.base.type,
                      parentSchema: schema41.properties.base,
                      data: data26,
                    };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data22.head !== undefined) {
                  let data27 = data22.head;
                  if (typeof data27 !== 'string') {
                    const err60 = {
                      instancePath: instancePath + '/false_positives/examples/' + i1 + '/head',
                      schemaPath: '#/$defs/flippedExample/properties/head/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema41.properties.head.type,
                      parentSchema: schema41.properties.head,
                      data: data27,
                    };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
                if (data22.severity !== undefined) {
                  let data28 = data22.severity;
                  if (!(typeof data28 == 'number' && isFinite(data28))) {
                    const err61 = {
                      instancePath: instancePath + '/false_positives/examples/' + i1 + '/severity',
                      schemaPath: '#/$defs/flippedExample/properties/severity/type',
                      keyword: 'type',
                      params: { type: 'number' },
                      message: 'must be number',
                      schema: schema41.properties.severity.type,
                      parentSchema: schema41.properties.severity,
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
                if (data22.slice_values !== undefined) {
                  let data29 = data22.slice_values;
                  if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
                    for (const key5 in data29) {
                      let data30 = data29[key5];
                      if (typeof data30 !== 'string') {
                        const err62 = {
                          instancePath:
                            instancePath +
                            '/false_positives/examples/' +
                            i1 +
                            '/slice_values/' +
                            key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                          schemaPath:
                            '#/$defs/flippedExample/properties/slice_values/additionalProperties/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema: schema41.properties.slice_values.additionalProperties.type,
                          parentSchema: schema41.properties.slice_values.additionalProperties,
                          data: data30,
                        };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err63 = {
                      instancePath: instancePath + '/false_positives/examples/' + i1 + '/slice_values',
                      schemaPath: '#/$defs/flippedExample/properties/slice_values/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema41.properties.slice_values.type,
                      parentSchema: schema41.properties.slice_values,
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
              } else {
                const err64 = {
                  instancePath: instancePath + '/false_positives/examples/' + i1,
                  schemaPath: '#/$defs/flippedExample/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema41.type,
                  parentSchema: schema41,
                  data: data22,
                };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
          } else {
            const err65 = {
              instancePath: instancePath + '/false_positives/examples',
              schemaPath: '#/properties/false_positives/properties/examples/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema40.properties.false_positives.properties.examples.type,
              parentSchema: schema40.properties.false_positives.properties.examples,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
      } else {
        const err66 = {
          instancePath: instancePath + '/false_positives',
          schemaPath: '#/properties/false_positives/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema40.properties.false_positives.type,
          parentSchema: schema40.properties.false_positives,
          data: data18,
        };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.confusion_shifts !== undefined) {
      let data31 = data.confusion_shifts;
      if (Array.isArray(data31)) {
        const len2 = data31.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data32 = data31[i2];
          if (data32 && typeof data32 == 'object' && !Array.isArray(data32)) {
            if (data32.truth === undefined) {
              const err67 = {
                instancePath: instancePath + '/confusion_shifts/' + i2,
                schemaPath: '#/properties/confusion_shifts/items/required',
                keyword: 'required',
                params: { missingProperty: 'truth' },
                message: "must have required property '" + 'truth' + "'",
                schema: schema40.properties.confusion_shifts.items.required,
                parentSchema: schema40.properties.confusion_shifts.items,
                data: data32,
              };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (data32.predicted === undefined) {
              const err68 = {
                instancePath: instancePath + '/confusion_shifts/' + i2,
                schemaPath: '#/properties/confusion_shifts/items/required',
                keyword: 'required',
                params: { missingProperty: 'predicted' },
                message: "must have required property '" + 'predicted' + "'",
                schema: schema40.properties.confusion_shifts.items.required,
                parentSchema: schema40.properties.confusion_shifts.items,
                data: data32,
              };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (data32.base === undefined) {
              const err69 = {
                instancePath: instancePath + '/confusion_shifts/' + i2,
                schemaPath: '#/properties/confusion_shifts/items/required',
                keyword: 'required',
                params: { missingProperty: 'base' },
                message: "must have required property '" + 'base' + "'",
                schema: schema40.properties.confusion_shifts.items.required,
                parentSchema: schema40.properties.confusion_shifts.items,
                data: data32,
              };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            if (data32.head === undefined) {
              const err70 = {
                instancePath: instancePath + '/confusion_shifts/' + i2,
                schemaPath: '#/properties/confusion_shifts/items/required',
                keyword: 'required',
                params: { missingProperty: 'head' },
                message: "must have required property '" + 'head' + "'",
                schema: schema40.properties.confusion_shifts.items.required,
                parentSchema: schema40.properties.confusion_shifts.items,
                data: data32,
              };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            for (const key6 in data32) {
              if (!(key6 === 'truth' || key6 === 'predicted' || key6 === 'base' || key6 === 'head')) {
                const err71 = {
                  instancePath: instancePath + '/confusion_shifts/' + i2,
                  schemaPath: '#/properties/confusion_shifts/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key6 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema40.properties.confusion_shifts.items,
                  data: data32,
                };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data32.truth !== undefined) {
              let data33 = data32.truth;
              if (typeof data33 !== 'string') {
                const err72 = {
                  instancePath: instancePath + '/confusion_shifts/' + i2 + '/truth',
                  schemaPath: '#/properties/confusion_shifts/items/properties/truth/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema40.properties.confusion_shifts.items.properties.truth.type,
                  parentSchema: schema40.properties.confusion_shifts.items.properties.truth,
                  data: data33,
                };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data32.predicted !== undefined) {
              let data34 = data32.predicted;
              if (typeof data34 !== 'string') {
                const err73 = {
                  instancePath: instancePath + '/confusion_shifts/' + i2 + '/predicted',
                  schemaPath: '#/properties/confusion_shifts/items/properties/predicted/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema40.properties.confusion_shifts.items.properties.predicted.type,
                  parentSchema: schema40.properties.confusion_shifts.items.properties.predicted,
                  data: data34,
                };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data32.base !== undefined) {
              let data35 = data32.base;
              if (!(typeof data35 == 'number' && !(data35 % 1) && !isNaN(data35) && isFinite(data35))) {
                const err74 = {
                  instancePath: instancePath + '/confusion_shifts/' + i2 + '/base',
                  schemaPath: '#/properties/confusion_shifts/items/properties/base/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema40.properties.confusion_shifts.items.properties.base.type,
                  parentSchema: schema40.properties.confusion_shifts.items.properties.base,
                  data: data35,
                };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
              if (typeof data35 == 'number' && isFinite(data35)) {
                if (data35 < 0 || isNaN(data35)) {
                  const err75 = {
                    instancePath: instancePath + '/confusion_shifts/' + i2 + '/base',
                    schemaPath: '#/properties/confusion_shifts/items/properties/base/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema40.properties.confusion_shifts.items.properties.base,
                    data: data35,
                  };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              }
            }
            if (data32.head !== undefined) {
              let data36 = data32.head;
              if (!(typeof data36 == 'number' && !(data36 % 1) && !isNaN(data36) && isFinite(data36))) {
                const err76 = {
                  instancePath: instancePath + '/confusion_shifts/' + i2 + '/head',
                  schemaPath: '#/properties/confusion_shifts/items/properties/head/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema40.properties.confusion_shifts.items.properties.head.type,
                  parentSchema: schema40.properties.confusion_shifts.items.properties.head,
                  data: data36,
                };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
              if (typeof data36 == 'number' && isFinite(data36)) {
                if (data36 < 0 || isNaN(data36)) {
                  const err77 = {
                    instancePath: instancePath + '/confusion_shifts/' + i2 + '/head',
                    schemaPath: '#/properties/confusion_shifts/items/properties/head/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                    schema: 0,
                    parentSchema: schema40.properties.confusion_shifts.items.properties.head,
                    data: data36,
                  };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err78 = {
              instancePath: instancePath + '/confusion_shifts/' + i2,
              schemaPath: '#/properties/confusion_shifts/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema40.properties.confusion_shifts.items.type,
              parentSchema: schema40.properties.confusion_shifts.items,
              data: data32,
            };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
      } else {
        const err79 = {
          instancePath: instancePath + '/confusion_shifts',
          schemaPath: '#/properties/confusion_shifts/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema40.properties.confusion_shifts.type,
          parentSchema: schema40.properties.confusion_shifts,
          data: data31,
        };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
  } else {
    const err80 = {
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
      vErrors = [err80];
    } else {
      vErrors.push(err80);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema44 = {
  title: 'Reliability',
  type: 'object',
  additionalProperties: false,
  required: ['slice', 'bins'],
  description:
    "Calibration of the top score on one slice, per equal-width confidence bin (lo, hi]: examples, mean confidence and accuracy on each side (null: no example in the bin); bins empty on both sides are left out. From the results' mergeable bin sums.",
  properties: {
    slice: { type: 'string' },
    bins: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['lo', 'hi', 'base', 'head'],
        properties: {
          lo: { type: 'number' },
          hi: { type: 'number' },
          base: { $ref: '#/$defs/reliabilityBin' },
          head: { $ref: '#/$defs/reliabilityBin' },
        },
      },
    },
  },
};
const schema45 = {
  type: ['object', 'null'],
  additionalProperties: false,
  required: ['n', 'confidence', 'accuracy'],
  properties: {
    n: { type: 'number', minimum: 0 },
    confidence: { type: 'number' },
    accuracy: { type: 'number' },
  },
};
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
    if (data.slice === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'slice' },
        message: "must have required property '" + 'slice' + "'",
        schema: schema44.required,
        parentSchema: schema44,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.bins === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'bins' },
        message: "must have required property '" + 'bins' + "'",
        schema: schema44.required,
        parentSchema: schema44,
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
      if (!(key0 === 'slice' || key0 === 'bins')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema44,
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
    if (data.slice !== undefined) {
      let data0 = data.slice;
      if (typeof data0 !== 'string') {
        const err3 = {
          instancePath: instancePath + '/slice',
          schemaPath: '#/properties/slice/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema44.properties.slice.type,
          parentSchema: schema44.properties.slice,
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
    if (data.bins !== undefined) {
      let data1 = data.bins;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
            if (data2.lo === undefined) {
              const err4 = {
                instancePath: instancePath + '/bins/' + i0,
                schemaPath: '#/properties/bins/items/required',
                keyword: 'required',
                params: { missingProperty: 'lo' },
                message: "must have required property '" + 'lo' + "'",
                schema: schema44.properties.bins.items.required,
                parentSchema: schema44.properties.bins.items,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data2.hi === undefined) {
              const err5 = {
                instancePath: instancePath + '/bins/' + i0,
                schemaPath: '#/properties/bins/items/required',
                keyword: 'required',
                params: { missingProperty: 'hi' },
                message: "must have required property '" + 'hi' + "'",
                schema: schema44.properties.bins.items.required,
                parentSchema: schema44.properties.bins.items,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2.base === undefined) {
              const err6 = {
                instancePath: instancePath + '/bins/' + i0,
                schemaPath: '#/properties/bins/items/required',
                keyword: 'required',
                params: { missingProperty: 'base' },
                message: "must have required property '" + 'base' + "'",
                schema: schema44.properties.bins.items.required,
                parentSchema: schema44.properties.bins.items,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data2.head === undefined) {
              const err7 = {
                instancePath: instancePath + '/bins/' + i0,
                schemaPath: '#/properties/bins/items/required',
                keyword: 'required',
                params: { missingProperty: 'head' },
                message: "must have required property '" + 'head' + "'",
                schema: schema44.properties.bins.items.required,
                parentSchema: schema44.properties.bins.items,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!(key1 === 'lo' || key1 === 'hi' || key1 === 'base' || key1 === 'head')) {
                const err8 = {
                  instancePath: instancePath + '/bins/' + i0,
                  schemaPath: '#/properties/bins/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema44.properties.bins.items,
                  data: data2,
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data2.lo !== undefined) {
              let data3 = data2.lo;
              if (!(typeof data3 == 'number' && isFinite(data3))) {
                const err9 = {
                  instancePath: instancePath + '/bins/' + i0 + '/lo',
                  schemaPath: '#/properties/bins/items/properties/lo/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema44.properties.bins.items.properties.lo.type,
                  parentSchema: schema44.properties.bins.items.properties.lo,
                  data: data3,
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data2.hi !== undefined) {
              let data4 = data2.hi;
              if (!(typeof data4 == 'number' && isFinite(data4))) {
                const err10 = {
                  instancePath: instancePath + '/bins/' + i0 + '/hi',
                  schemaPath: '#/properties/bins/items/properties/hi/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema44.properties.bins.items.properties.hi.type,
                  parentSchema: schema44.properties.bins.items.properties.hi,
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
            if (data2.base !== undefined) {
              let data5 = data2.base;
              if (!(data5 && typeof data5 == 'object' && !Array.isArray(data5)) && data5 !== null) {
                const err11 = {
                  instancePath: instancePath + '/bins/' + i0 + '/base',
                  schemaPath: '#/$defs/reliabilityBin/type',
                  keyword: 'type',
                  params: { type: schema45.type },
                  message: 'must be object,null',
                  schema: schema45.type,
                  parentSchema: schema45,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                if (data5.n === undefined) {
                  const err12 = {
                    instancePath: instancePath + '/bins/' + i0 + '/base',
                    schemaPath: '#/$defs/reliabilityBin/required',
                    keyword: 'required',
                    params: { missingProperty: 'n' },
                    message: "must have required property '" + 'n' + "'",
                    schema: schema45.required,
                    parentSchema: schema45,
                    data: data5,
                  };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                if (data5.confidence === undefined) {
                  const err13 = {
                    instancePath: instancePath + '/bins/' + i0 + '/base',
                    schemaPath: '#/$defs/reliabilityBin/required',
                    keyword: 'required',
                    params: { missingProperty: 'confidence' },
                    message: "must have required property '" + 'confidence' + "'",
                    schema: schema45.required,
                    parentSchema: schema45,
                    data: data5,
                  };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
                if (data5.accuracy === undefined) {
                  const err14 = {
                    instancePath: instancePath + '/bins/' + i0 + '/base',
                    schemaPath: '#/$defs/reliabilityBin/required',
                    keyword: 'required',
                    params: { missingProperty: 'accuracy' },
                    message: "must have required property '" + 'accuracy' + "'",
                    schema: schema45.required,
                    parentSchema: schema45,
                    data: data5,
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                for (const key2 in data5) {
                  if (!(key2 === 'n' || key2 === 'confidence' || key2 === 'accuracy')) {
                    const err15 = {
                      instancePath: instancePath + '/bins/' + i0 + '/base',
                      schemaPath: '#/$defs/reliabilityBin/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key2 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema45,
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
                if (data5.n !== undefined) {
                  let data6 = data5.n;
                  if (typeof data6 == 'number' && isFinite(data6)) {
                    if (data6 < 0 || isNaN(data6)) {
                      const err16 = {
                        instancePath: instancePath + '/bins/' + i0 + '/base/n',
                        schemaPath: '#/$defs/reliabilityBin/properties/n/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                        schema: 0,
                        parentSchema: schema45.properties.n,
                        data: data6,
                      };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                  } else {
                    const err17 = {
                      instancePath: instancePath + '/bins/' + i0 + '/base/n',
                      schemaPath: '#/$defs/reliabilityBin/properties/n/type',
                      keyword: 'type',
                      params: { type: 'number' },
                      message: 'must be number',
                      schema: schema45.properties.n.type,
                      parentSchema: schema45.properties.n,
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
                if (data5.confidence !== undefined) {
                  let data7 = data5.confidence;
                  if (!(typeof data7 == 'number' && isFinite(data7))) {
                    const err18 = {
                      instancePath: instancePath + '/bins/' + i0 + '/base/confidence',
                      schemaPath: '#/$defs/reliabilityBin/properties/confidence/type',
                      keyword: 'type',
                      params: { type: 'number' },
                      message: 'must be number',
                      schema: schema45.properties.confidence.type,
                      parentSchema: schema45.properties.confidence,
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
                if (data5.accuracy !== undefined) {
                  let data8 = data5.accuracy;
                  if (!(typeof data8 == 'number' && isFinite(data8))) {
                    const err19 = {
                      instancePath: instancePath + '/bins/' + i0 + '/base/accuracy',
                      schemaPath: '#/$defs/reliabilityBin/properties/accuracy/type',
                      keyword: 'type',
                      params: { type: 'number' },
                      message: 'must be number',
                      schema: schema45.properties.accuracy.type,
                      parentSchema: schema45.properties.accuracy,
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
              }
            }
            if (data2.head !== undefined) {
              let data9 = data2.head;
              if (!(data9 && typeof data9 == 'object' && !Array.isArray(data9)) && data9 !== null) {
                const err20 = {
                  instancePath: instancePath + '/bins/' + i0 + '/head',
                  schemaPath: '#/$defs/reliabilityBin/type',
                  keyword: 'type',
                  params: { type: schema45.type },
                  message: 'must be object,null',
                  schema: schema45.type,
                  parentSchema: schema45,
                  data: data9,
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
                if (data9.n === undefined) {
                  const err21 = {
                    instancePath: instancePath + '/bins/' + i0 + '/head',
                    schemaPath: '#/$defs/reliabilityBin/required',
                    keyword: 'required',
                    params: { missingProperty: 'n' },
                    message: "must have required property '" + 'n' + "'",
                    schema: schema45.required,
                    parentSchema: schema45,
                    data: data9,
                  };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (data9.confidence === undefined) {
                  const err22 = {
                    instancePath: instancePath + '/bins/' + i0 + '/head',
                    schemaPath: '#/$defs/reliabilityBin/required',
                    keyword: 'required',
                    params: { missingProperty: 'confidence' },
                    message: "must have required property '" + 'confidence' + "'",
                    schema: schema45.required,
                    parentSchema: schema45,
                    data: data9,
                  };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (data9.accuracy === undefined) {
                  const err23 = {
                    instancePath: instancePath + '/bins/' + i0 + '/head',
                    schemaPath: '#/$defs/reliabilityBin/required',
                    keyword: 'required',
                    params: { missingProperty: 'accuracy' },
                    message: "must have required property '" + 'accuracy' + "'",
                    schema: schema45.required,
                    parentSchema: schema45,
                    data: data9,
                  };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                for (const key3 in data9) {
                  if (!(key3 === 'n' || key3 === 'confidence' || key3 === 'accuracy')) {
                    const err24 = {
                      instancePath: instancePath + '/bins/' + i0 + '/head',
                      schemaPath: '#/$defs/reliabilityBin/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key3 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema45,
                      data: data9,
                    };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data9.n !== undefined) {
                  let data10 = data9.n;
                  if (typeof data10 == 'number' && isFinite(data10)) {
                    if (data10 < 0 || isNaN(data10)) {
                      const err25 = {
                        instancePath: instancePath + '/bins/' + i0 + '/head/n',
                        schemaPath: '#/$defs/reliabilityBin/properties/n/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                        schema: 0,
                        parentSchema: schema45.properties.n,
                        data: data10,
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
                      instancePath: instancePath + '/bins/' + i0 + '/head/n',
                      schemaPath: '#/$defs/reliabilityBin/properties/n/type',
                      keyword: 'type',
                      params: { type: 'number' },
                      message: 'must be number',
                      schema: schema45.properties.n.type,
                      parentSchema: schema45.properties.n,
                      data: data10,
                    };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data9.confidence !== undefined) {
                  let data11 = data9.confidence;
                  if (!(typeof data11 == 'number' && isFinite(data11))) {
                    const err27 = {
                      instancePath: instancePath + '/bins/' + i0 + '/head/confidence',
                      schemaPath: '#/$defs/reliabilityBin/properties/confidence/type',
                      keyword: 'type',
                      params: { type: 'number' },
                      message: 'must be number',
                      schema: schema45.properties.confidence.type,
                      parentSchema: schema45.properties.confidence,
                      data: data11,
                    };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data9.accuracy !== undefined) {
                  let data12 = data9.accuracy;
                  if (!(typeof data12 == 'number' && isFinite(data12))) {
                    const err28 = {
                      instancePath: instancePath + '/bins/' + i0 + '/head/accuracy',
                      schemaPath: '#/$defs/reliabilityBin/properties/accuracy/type',
                      keyword: 'type',
                      params: { type: 'number' },
                      message: 'must be number',
                      schema: schema45.properties.accuracy.type,
                      parentSchema: schema45.properties.accuracy,
                      data: data12,
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
            }
          } else {
            const err29 = {
              instancePath: instancePath + '/bins/' + i0,
              schemaPath: '#/properties/bins/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema44.properties.bins.items.type,
              parentSchema: schema44.properties.bins.items,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = {
          instancePath: instancePath + '/bins',
          schemaPath: '#/properties/bins/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema44.properties.bins.type,
          parentSchema: schema44.properties.bins,
          data: data1,
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
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema44.type,
      parentSchema: schema44,
      data,
    };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
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
        schema: schema35.required,
        parentSchema: schema35,
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
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.mode === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'mode' },
        message: "must have required property '" + 'mode' + "'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.verdict === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'verdict' },
        message: "must have required property '" + 'verdict' + "'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.comparable === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'comparable' },
        message: "must have required property '" + 'comparable' + "'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.notes === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'notes' },
        message: "must have required property '" + 'notes' + "'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.pairing === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'pairing' },
        message: "must have required property '" + 'pairing' + "'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.golden === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'golden' },
        message: "must have required property '" + 'golden' + "'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.slices === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'slices' },
        message: "must have required property '" + 'slices' + "'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.gates === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gates' },
        message: "must have required property '" + 'gates' + "'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema35.properties, key0)) {
        const err10 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema35,
          data,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 !== 'string') {
        const err11 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema35.properties.name.type,
          parentSchema: schema35.properties.name,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.task !== undefined) {
      let data1 = data.task;
      if (typeof data1 !== 'string') {
        const err12 = {
          instancePath: instancePath + '/task',
          schemaPath: '#/properties/task/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema35.properties.task.type,
          parentSchema: schema35.properties.task,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.mode !== undefined) {
      let data2 = data.mode;
      if (!(data2 === 'enforce' || data2 === 'advisory')) {
        const err13 = {
          instancePath: instancePath + '/mode',
          schemaPath: '#/properties/mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.properties.mode.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.properties.mode.enum,
          parentSchema: schema35.properties.mode,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.verdict !== undefined) {
      let data3 = data.verdict;
      if (!(data3 === 'pass' || data3 === 'warn' || data3 === 'fail' || data3 === 'not_comparable')) {
        const err14 = {
          instancePath: instancePath + '/verdict',
          schemaPath: '#/$defs/suiteVerdict/enum',
          keyword: 'enum',
          params: { allowedValues: schema34.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema34.enum,
          parentSchema: schema34,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.comparable !== undefined) {
      let data4 = data.comparable;
      if (typeof data4 !== 'boolean') {
        const err15 = {
          instancePath: instancePath + '/comparable',
          schemaPath: '#/properties/comparable/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema35.properties.comparable.type,
          parentSchema: schema35.properties.comparable,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.notes !== undefined) {
      let data5 = data.notes;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 !== 'string') {
            const err16 = {
              instancePath: instancePath + '/notes/' + i0,
              schemaPath: '#/properties/notes/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema35.properties.notes.items.type,
              parentSchema: schema35.properties.notes.items,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/notes',
          schemaPath: '#/properties/notes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema35.properties.notes.type,
          parentSchema: schema35.properties.notes,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.pairing !== undefined) {
      let data7 = data.pairing;
      if (!(data7 === 'paired' || data7 === 'unpaired' || data7 === 'none')) {
        const err18 = {
          instancePath: instancePath + '/pairing',
          schemaPath: '#/properties/pairing/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.properties.pairing.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.properties.pairing.enum,
          parentSchema: schema35.properties.pairing,
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
    if (data.golden !== undefined) {
      let data8 = data.golden;
      if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
        if (data8.same === undefined) {
          const err19 = {
            instancePath: instancePath + '/golden',
            schemaPath: '#/properties/golden/required',
            keyword: 'required',
            params: { missingProperty: 'same' },
            message: "must have required property '" + 'same' + "'",
            schema: schema35.properties.golden.required,
            parentSchema: schema35.properties.golden,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data8.base_n === undefined) {
          const err20 = {
            instancePath: instancePath + '/golden',
            schemaPath: '#/properties/golden/required',
            keyword: 'required',
            params: { missingProperty: 'base_n' },
            message: "must have required property '" + 'base_n' + "'",
            schema: schema35.properties.golden.required,
            parentSchema: schema35.properties.golden,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data8.head_n === undefined) {
          const err21 = {
            instancePath: instancePath + '/golden',
            schemaPath: '#/properties/golden/required',
            keyword: 'required',
            params: { missingProperty: 'head_n' },
            message: "must have required property '" + 'head_n' + "'",
            schema: schema35.properties.golden.required,
            parentSchema: schema35.properties.golden,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data8.shared === undefined) {
          const err22 = {
            instancePath: instancePath + '/golden',
            schemaPath: '#/properties/golden/required',
            keyword: 'required',
            params: { missingProperty: 'shared' },
            message: "must have required property '" + 'shared' + "'",
            schema: schema35.properties.golden.required,
            parentSchema: schema35.properties.golden,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data8.added === undefined) {
          const err23 = {
            instancePath: instancePath + '/golden',
            schemaPath: '#/properties/golden/required',
            keyword: 'required',
            params: { missingProperty: 'added' },
            message: "must have required property '" + 'added' + "'",
            schema: schema35.properties.golden.required,
            parentSchema: schema35.properties.golden,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data8.removed === undefined) {
          const err24 = {
            instancePath: instancePath + '/golden',
            schemaPath: '#/properties/golden/required',
            keyword: 'required',
            params: { missingProperty: 'removed' },
            message: "must have required property '" + 'removed' + "'",
            schema: schema35.properties.golden.required,
            parentSchema: schema35.properties.golden,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data8.relabelled === undefined) {
          const err25 = {
            instancePath: instancePath + '/golden',
            schemaPath: '#/properties/golden/required',
            keyword: 'required',
            params: { missingProperty: 'relabelled' },
            message: "must have required property '" + 'relabelled' + "'",
            schema: schema35.properties.golden.required,
            parentSchema: schema35.properties.golden,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        for (const key1 in data8) {
          if (!(
            key1 === 'same' ||
            key1 === 'base_n' ||
            key1 === 'head_n' ||
            key1 === 'shared' ||
            key1 === 'added' ||
            key1 === 'removed' ||
            key1 === 'relabelled' ||
            key1 === 'examples'
          )) {
            const err26 = {
              instancePath: instancePath + '/golden',
              schemaPath: '#/properties/golden/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema35.properties.golden,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data8.same !== undefined) {
          let data9 = data8.same;
          if (typeof data9 !== 'boolean') {
            const err27 = {
              instancePath: instancePath + '/golden/same',
              schemaPath: '#/properties/golden/properties/same/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema35.properties.golden.properties.same.type,
              parentSchema: schema35.properties.golden.properties.same,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data8.base_n !== undefined) {
          let data10 = data8.base_n;
          if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
            const err28 = {
              instancePath: instancePath + '/golden/base_n',
              schemaPath: '#/properties/golden/properties/base_n/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema35.properties.golden.properties.base_n.type,
              parentSchema: schema35.properties.golden.properties.base_n,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data8.head_n !== undefined) {
          let data11 = data8.head_n;
          if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
            const err29 = {
              instancePath: instancePath + '/golden/head_n',
              schemaPath: '#/properties/golden/properties/head_n/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema35.properties.golden.properties.head_n.type,
              parentSchema: schema35.properties.golden.properties.head_n,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data8.shared !== undefined) {
          let data12 = data8.shared;
          if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
            const err30 = {
              instancePath: instancePath + '/golden/shared',
              schemaPath: '#/properties/golden/properties/shared/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema35.properties.golden.properties.shared.type,
              parentSchema: schema35.properties.golden.properties.shared,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data8.added !== undefined) {
          let data13 = data8.added;
          if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
            const err31 = {
              instancePath: instancePath + '/golden/added',
              schemaPath: '#/properties/golden/properties/added/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema35.properties.golden.properties.added.type,
              parentSchema: schema35.properties.golden.properties.added,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data8.removed !== undefined) {
          let data14 = data8.removed;
          if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
            const err32 = {
              instancePath: instancePath + '/golden/removed',
              schemaPath: '#/properties/golden/properties/removed/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema35.properties.golden.properties.removed.type,
              parentSchema: schema35.properties.golden.properties.removed,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data8.relabelled !== undefined) {
          let data15 = data8.relabelled;
          if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
            const err33 = {
              instancePath: instancePath + '/golden/relabelled',
              schemaPath: '#/properties/golden/properties/relabelled/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema35.properties.golden.properties.relabelled.type,
              parentSchema: schema35.properties.golden.properties.relabelled,
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
        if (data8.examples !== undefined) {
          let data16 = data8.examples;
          if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
            for (const key2 in data16) {
              if (!(key2 === 'added' || key2 === 'removed' || key2 === 'relabelled')) {
                const err34 = {
                  instancePath: instancePath + '/golden/examples',
                  schemaPath: '#/properties/golden/properties/examples/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key2 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema35.properties.golden.properties.examples,
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
            if (data16.added !== undefined) {
              let data17 = data16.added;
              if (Array.isArray(data17)) {
                const len1 = data17.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data18 = data17[i1];
                  if (typeof data18 !== 'string') {
                    const err35 = {
                      instancePath: instancePath + '/golden/examples/added/' + i1,
                      schemaPath: '#/properties/golden/properties/examples/properties/added/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema35.properties.golden.properties.examples.properties.added.items.type,
                      parentSchema: schema35.properties.golden.properties.examples.properties.added.items,
                      data: data18,
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
                  instancePath: instancePath + '/golden/examples/added',
                  schemaPath: '#/properties/golden/properties/examples/properties/added/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema35.properties.golden.properties.examples.properties.added.type,
                  parentSchema: schema35.properties.golden.properties.examples.properties.added,
                  data: data17,
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data16.removed !== undefined) {
              let data19 = data16.removed;
              if (Array.isArray(data19)) {
                const len2 = data19.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data20 = data19[i2];
                  if (typeof data20 !== 'string') {
                    const err37 = {
                      instancePath: instancePath + '/golden/examples/removed/' + i2,
                      schemaPath: '#/properties/golden/properties/examples/properties/removed/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema35.properties.golden.properties.examples.properties.removed.items.type,
                      parentSchema: schema35.properties.golden.properties.examples.properties.removed.items,
                      data: data20,
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
                  instancePath: instancePath + '/golden/examples/removed',
                  schemaPath: '#/properties/golden/properties/examples/properties/removed/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema35.properties.golden.properties.examples.properties.removed.type,
                  parentSchema: schema35.properties.golden.properties.examples.properties.removed,
                  data: data19,
                };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data16.relabelled !== undefined) {
              let data21 = data16.relabelled;
              if (Array.isArray(data21)) {
                const len3 = data21.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data22 = data21[i3];
                  if (typeof data22 !== 'string') {
                    const err39 = {
                      instancePath: instancePath + '/golden/examples/relabelled/' + i3,
                      schemaPath: '#/properties/golden/properties/examples/properties/relabelled/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema35.properties.golden.properties.examples.properties.relabelled.items.type,
                      parentSchema:
                        schema35.properties.golden.properties.examples.properties.relabelled.items,
                      data: data22,
                    };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
              } else {
                const err40 = {
                  instancePath: instancePath + '/golden/examples/relabelled',
                  schemaPath: '#/properties/golden/properties/examples/properties/relabelled/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema35.properties.golden.properties.examples.properties.relabelled.type,
                  parentSchema: schema35.properties.golden.properties.examples.properties.relabelled,
                  data: data21,
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = {
              instancePath: instancePath + '/golden/examples',
              schemaPath: '#/properties/golden/properties/examples/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema35.properties.golden.properties.examples.type,
              parentSchema: schema35.properties.golden.properties.examples,
              data: data16,
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
          instancePath: instancePath + '/golden',
          schemaPath: '#/properties/golden/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema35.properties.golden.type,
          parentSchema: schema35.properties.golden,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.slices !== undefined) {
      let data23 = data.slices;
      if (Array.isArray(data23)) {
        const len4 = data23.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data24 = data23[i4];
          if (data24 && typeof data24 == 'object' && !Array.isArray(data24)) {
            if (data24.key === undefined) {
              const err43 = {
                instancePath: instancePath + '/slices/' + i4,
                schemaPath: '#/$defs/sliceComparison/required',
                keyword: 'required',
                params: { missingProperty: 'key' },
                message: "must have required property '" + 'key' + "'",
                schema: schema37.required,
                parentSchema: schema37,
                data: data24,
              };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data24.kind === undefined) {
              const err44 = {
                instancePath: instancePath + '/slices/' + i4,
                schemaPath: '#/$defs/sliceComparison/required',
                keyword: 'required',
                params: { missingProperty: 'kind' },
                message: "must have required property '" + 'kind' + "'",
                schema: schema37.required,
                parentSchema: schema37,
                data: data24,
              };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data24.base_n === undefined) {
              const err45 = {
                instancePath: instancePath + '/slices/' + i4,
                schemaPath: '#/$defs/sliceComparison/required',
                keyword: 'required',
                params: { missingProperty: 'base_n' },
                message: "must have required property '" + 'base_n' + "'",
                schema: schema37.required,
                parentSchema: schema37,
                data: data24,
              };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data24.head_n === undefined) {
              const err46 = {
                instancePath: instancePath + '/slices/' + i4,
                schemaPath: '#/$defs/sliceComparison/required',
                keyword: 'required',
                params: { missingProperty: 'head_n' },
                message: "must have required property '" + 'head_n' + "'",
                schema: schema37.required,
                parentSchema: schema37,
                data: data24,
              };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data24.metrics === undefined) {
              const err47 = {
                instancePath: instancePath + '/slices/' + i4,
                schemaPath: '#/$defs/sliceComparison/required',
                keyword: 'required',
                params: { missingProperty: 'metrics' },
                message: "must have required property '" + 'metrics' + "'",
                schema: schema37.required,
                parentSchema: schema37,
                data: data24,
              };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            for (const key3 in data24) {
              if (!(
                key3 === 'key' ||
                key3 === 'kind' ||
                key3 === 'base_n' ||
                key3 === 'head_n' ||
                key3 === 'metrics'
              )) {
                const err48 = {
                  instancePath: instancePath + '/slices/' + i4,
                  schemaPath: '#/$defs/sliceComparison/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema37,
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
            if (data24.key !== undefined) {
              let data25 = data24.key;
              if (typeof data25 !== 'string') {
                const err49 = {
                  instancePath: instancePath + '/slices/' + i4 + '/key',
                  schemaPath: '#/$defs/sliceComparison/properties/key/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema37.properties.key.type,
                  parentSchema: schema37.properties.key,
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
            if (data24.kind !== undefined) {
              let data26 = data24.kind;
              if (!(data26 === 'overall' || data26 === 'field' || data26 === 'cross' || data26 === 'label')) {
                const err50 = {
                  instancePath: instancePath + '/slices/' + i4 + '/kind',
                  schemaPath: '#/$defs/sliceComparison/properties/kind/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema37.properties.kind.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema37.properties.kind.enum,
                  parentSchema: schema37.properties.kind,
                  data: data26,
                };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data24.base_n !== undefined) {
              let data27 = data24.base_n;
              if (
                !(typeof data27 == 'number' && !(data27 % 1) && !isNaN(data27) && isFinite(data27)) &&
                data27 !== null
              ) {
                const err51 = {
                  instancePath: instancePath + '/slices/' + i4 + '/base_n',
                  schemaPath: '#/$defs/sliceComparison/properties/base_n/type',
                  keyword: 'type',
                  params: { type: schema37.properties.base_n.type },
                  message: 'must be integer,null',
                  schema: schema37.properties.base_n.type,
                  parentSchema: schema37.properties.base_n,
                  data: data27,
                };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data24.head_n !== undefined) {
              let data28 = data24.head_n;
              if (
                !(typeof data28 == 'number' && !(data28 % 1) && !isNaN(data28) && isFinite(data28)) &&
                data28 !== null
              ) {
                const err52 = {
                  instancePath: instancePath + '/slices/' + i4 + '/head_n',
                  schemaPath: '#/$defs/sliceComparison/properties/head_n/type',
                  keyword: 'type',
                  params: { type: schema37.properties.head_n.type },
                  message: 'must be integer,null',
                  schema: schema37.properties.head_n.type,
                  parentSchema: schema37.properties.head_n,
                  data: data28,
                };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data24.metrics !== undefined) {
              let data29 = data24.metrics;
              if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
                for (const key4 in data29) {
                  let data30 = data29[key4];
                  if (data30 && typeof data30 == 'object' && !Array.isArray(data30)) {
                    if (data30.base === undefined) {
                      const err53 = {
                        instancePath:
                          instancePath +
                          '/slices/' +
                          i4 +
                          '/metrics/' +
                          key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath:
                          '#/$defs/sliceComparison/properties/metrics/additionalProperties/required',
                        keyword: 'required',
                        params: { missingProperty: 'base' },
                        message: "must have required property '" + 'base' + "'",
                        schema: schema37.properties.metrics.additionalProperties.required,
                        parentSchema: schema37.properties.metrics.additionalProperties,
                        data: data30,
                      };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                    if (data30.head === undefined) {
                      const err54 = {
                        instancePath:
                          instancePath +
                          '/slices/' +
                          i4 +
                          '/metrics/' +
                          key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath:
                          '#/$defs/sliceComparison/properties/metrics/additionalProperties/required',
                        keyword: 'required',
                        params: { missingProperty: 'head' },
                        message: "must have required property '" + 'head' + "'",
                        schema: schema37.properties.metrics.additionalProperties.required,
                        parentSchema: schema37.properties.metrics.additionalProperties,
                        data: data30,
                      };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                    if (data30.delta === undefined) {
                      const err55 = {
                        instancePath:
                          instancePath +
                          '/slices/' +
                          i4 +
                          '/metrics/' +
                          key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath:
                          '#/$defs/sliceComparison/properties/metrics/additionalProperties/required',
                        keyword: 'required',
                        params: { missingProperty: 'delta' },
                        message: "must have required property '" + 'delta' + "'",
                        schema: schema37.properties.metrics.additionalProperties.required,
                        parentSchema: schema37.properties.metrics.additionalProperties,
                        data: data30,
                      };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                    if (data30.relative === undefined) {
                      const err56 = {
                        instancePath:
                          instancePath +
                          '/slices/' +
                          i4 +
                          '/metrics/' +
                          key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath:
                          '#/$defs/sliceComparison/properties/metrics/additionalProperties/required',
                        keyword: 'required',
                        params: { missingProperty: 'relative' },
                        message: "must have required property '" + 'relative' + "'",
                        schema: schema37.properties.metrics.additionalProperties.required,
                        parentSchema: schema37.properties.metrics.additionalProperties,
                        data: data30,
                      };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                    for (const key5 in data30) {
                      if (!(key5 === 'base' || key5 === 'head' || key5 === 'delta' || key5 === 'relative')) {
                        const err57 = {
                          instancePath:
                            instancePath +
                            '/slices/' +
                            i4 +
                            '/metrics/' +
                            key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                          schemaPath:
                            '#/$defs/sliceComparison/properties/metrics/additionalProperties/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key5 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema: schema37.properties.metrics.additionalProperties,
                          data: data30,
                        };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                    if (data30.base !== undefined) {
                      let data31 = data30.base;
                      if (!(typeof data31 == 'number' && isFinite(data31)) && data31 !== null) {
                        const err58 = {
                          instancePath:
                            instancePath +
                            '/slices/' +
                            i4 +
                            '/metrics/' +
                            key4.replace(/~/g, '~0').replace(/\//g, '~1') +
                            '/base',
                          schemaPath:
                            '#/$defs/sliceComparison/properties/metrics/additionalProperties/properties/base/type',
                          keyword: 'type',
                          params: {
                            type: schema37.properties.metrics.additionalProperties.properties.base.type,
                          },
                          message: 'must be number,null',
                          schema: schema37.properties.metrics.additionalProperties.properties.base.type,
                          parentSchema: schema37.properties.metrics.additionalProperties.properties.base,
                          data: data31,
                        };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                    if (data30.head !== undefined) {
                      let data32 = data30.head;
                      if (!(typeof data32 == 'number' && isFinite(data32)) && data32 !== null) {
                        const err59 = {
                          instancePath:
                            instancePath +
                            '/slices/' +
                            i4 +
                            '/metrics/' +
                            key4.replace(/~/g, '~0').replace(/\//g, '~1') +
                            '/head',
                          schemaPath:
                            '#/$defs/sliceComparison/properties/metrics/additionalProperties/properties/head/type',
                          keyword: 'type',
                          params: {
                            type: schema37.properties.metrics.additionalProperties.properties.head.type,
                          },
                          message: 'must be number,null',
                          schema: schema37.properties.metrics.additionalProperties.properties.head.type,
                          parentSchema: schema37.properties.metrics.additionalProperties.properties.head,
                          data: data32,
                        };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                    }
                    if (data30.delta !== undefined) {
                      let data33 = data30.delta;
                      if (!(typeof data33 == 'number' && isFinite(data33)) && data33 !== null) {
                        const err60 = {
                          instancePath:
                            instancePath +
                            '/slices/' +
                            i4 +
                            '/metrics/' +
                            key4.replace(/~/g, '~0').replace(/\//g, '~1') +
                            '/delta',
                          schemaPath:
                            '#/$defs/sliceComparison/properties/metrics/additionalProperties/properties/delta/type',
                          keyword: 'type',
                          params: {
                            type: schema37.properties.metrics.additionalProperties.properties.delta.type,
                          },
                          message: 'must be number,null',
                          schema: schema37.properties.metrics.additionalProperties.properties.delta.type,
                          parentSchema: schema37.properties.metrics.additionalProperties.properties.delta,
                          data: data33,
                        };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                    if (data30.relative !== undefined) {
                      let data34 = data30.relative;
                      if (!(typeof data34 == 'number' && isFinite(data34)) && data34 !== null) {
                        const err61 = {
                          instancePath:
                            instancePath +
                            '/slices/' +
                            i4 +
                            '/metrics/' +
                            key4.replace(/~/g, '~0').replace(/\//g, '~1') +
                            '/relative',
                          schemaPath:
                            '#/$defs/sliceComparison/properties/metrics/additionalProperties/properties/relative/type',
                          keyword: 'type',
                          params: {
                            type: schema37.properties.metrics.additionalProperties.properties.relative.type,
                          },
                          message: 'must be number,null',
                          schema: schema37.properties.metrics.additionalProperties.properties.relative.type,
                          parentSchema: schema37.properties.metrics.additionalProperties.properties.relative,
                          data: data34,
                        };
                        if (vErrors === null) {
                          vErrors = [err61];
                        } else {
                          vErrors.push(err61);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err62 = {
                      instancePath:
                        instancePath +
                        '/slices/' +
                        i4 +
                        '/metrics/' +
                        key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath: '#/$defs/sliceComparison/properties/metrics/additionalProperties/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema37.properties.metrics.additionalProperties.type,
                      parentSchema: schema37.properties.metrics.additionalProperties,
                      data: data30,
                    };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
              } else {
                const err63 = {
                  instancePath: instancePath + '/slices/' + i4 + '/metrics',
                  schemaPath: '#/$defs/sliceComparison/properties/metrics/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema37.properties.metrics.type,
                  parentSchema: schema37.properties.metrics,
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
          } else {
            const err64 = {
              instancePath: instancePath + '/slices/' + i4,
              schemaPath: '#/$defs/sliceComparison/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema37.type,
              parentSchema: schema37,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = {
          instancePath: instancePath + '/slices',
          schemaPath: '#/properties/slices/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema35.properties.slices.type,
          parentSchema: schema35.properties.slices,
          data: data23,
        };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.gates !== undefined) {
      let data35 = data.gates;
      if (Array.isArray(data35)) {
        const len5 = data35.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (
            !validate22(data35[i5], {
              instancePath: instancePath + '/gates/' + i5,
              parentData: data35,
              parentDataProperty: i5,
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
        const err66 = {
          instancePath: instancePath + '/gates',
          schemaPath: '#/properties/gates/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema35.properties.gates.type,
          parentSchema: schema35.properties.gates,
          data: data35,
        };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.flips !== undefined) {
      let data37 = data.flips;
      if (Array.isArray(data37)) {
        const len6 = data37.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (
            !validate24(data37[i6], {
              instancePath: instancePath + '/flips/' + i6,
              parentData: data37,
              parentDataProperty: i6,
              rootData,
              dynamicAnchors,
            })
          ) {
            if (vErrors === null) vErrors = validate24.errors.slice();
            else for (const e of validate24.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err67 = {
          instancePath: instancePath + '/flips',
          schemaPath: '#/properties/flips/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema35.properties.flips.type,
          parentSchema: schema35.properties.flips,
          data: data37,
        };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.flips_unavailable !== undefined) {
      let data39 = data.flips_unavailable;
      if (typeof data39 !== 'string') {
        const err68 = {
          instancePath: instancePath + '/flips_unavailable',
          schemaPath: '#/properties/flips_unavailable/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema35.properties.flips_unavailable.type,
          parentSchema: schema35.properties.flips_unavailable,
          data: data39,
        };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.trend !== undefined) {
      let data40 = data.trend;
      if (data40 && typeof data40 == 'object' && !Array.isArray(data40)) {
        if (data40.baselines === undefined) {
          const err69 = {
            instancePath: instancePath + '/trend',
            schemaPath: '#/$defs/trend/required',
            keyword: 'required',
            params: { missingProperty: 'baselines' },
            message: "must have required property '" + 'baselines' + "'",
            schema: schema43.required,
            parentSchema: schema43,
            data: data40,
          };
          if (vErrors === null) {
            vErrors = [err69];
          } else {
            vErrors.push(err69);
          }
          errors++;
        }
        if (data40.skipped === undefined) {
          const err70 = {
            instancePath: instancePath + '/trend',
            schemaPath: '#/$defs/trend/required',
            keyword: 'required',
            params: { missingProperty: 'skipped' },
            message: "must have required property '" + 'skipped' + "'",
            schema: schema43.required,
            parentSchema: schema43,
            data: data40,
          };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
        if (data40.metrics === undefined) {
          const err71 = {
            instancePath: instancePath + '/trend',
            schemaPath: '#/$defs/trend/required',
            keyword: 'required',
            params: { missingProperty: 'metrics' },
            message: "must have required property '" + 'metrics' + "'",
            schema: schema43.required,
            parentSchema: schema43,
            data: data40,
          };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
        for (const key6 in data40) {
          if (!(key6 === 'baselines' || key6 === 'skipped' || key6 === 'metrics')) {
            const err72 = {
              instancePath: instancePath + '/trend',
              schemaPath: '#/$defs/trend/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key6 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema43,
              data: data40,
            };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data40.baselines !== undefined) {
          let data41 = data40.baselines;
          if (Array.isArray(data41)) {
            const len7 = data41.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data42 = data41[i7];
              if (data42 && typeof data42 == 'object' && !Array.isArray(data42)) {
                if (data42.sha === undefined) {
                  const err73 = {
                    instancePath: instancePath + '/trend/baselines/' + i7,
                    schemaPath: '#/$defs/trend/properties/baselines/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'sha' },
                    message: "must have required property '" + 'sha' + "'",
                    schema: schema43.properties.baselines.items.required,
                    parentSchema: schema43.properties.baselines.items,
                    data: data42,
                  };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
                if (data42.run_number === undefined) {
                  const err74 = {
                    instancePath: instancePath + '/trend/baselines/' + i7,
                    schemaPath: '#/$defs/trend/properties/baselines/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'run_number' },
                    message: "must have required property '" + 'run_number' + "'",
                    schema: schema43.properties.baselines.items.required,
                    parentSchema: schema43.properties.baselines.items,
                    data: data42,
                  };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
                if (data42.created_at === undefined) {
                  const err75 = {
                    instancePath: instancePath + '/trend/baselines/' + i7,
                    schemaPath: '#/$defs/trend/properties/baselines/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'created_at' },
                    message: "must have required property '" + 'created_at' + "'",
                    schema: schema43.properties.baselines.items.required,
                    parentSchema: schema43.properties.baselines.items,
                    data: data42,
                  };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                for (const key7 in data42) {
                  if (!(key7 === 'sha' || key7 === 'run_number' || key7 === 'created_at')) {
                    const err76 = {
                      instancePath: instancePath + '/trend/baselines/' + i7,
                      schemaPath: '#/$defs/trend/properties/baselines/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key7 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema43.properties.baselines.items,
                      data: data42,
                    };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data42.sha !== undefined) {
                  let data43 = data42.sha;
                  if (typeof data43 !== 'string') {
                    const err77 = {
                      instancePath: instancePath + '/trend/baselines/' + i7 + '/sha',
                      schemaPath: '#/$defs/trend/properties/baselines/items/properties/sha/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema43.properties.baselines.items.properties.sha.type,
                      parentSchema: schema43.properties.baselines.items.properties.sha,
                      data: data43,
                    };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                if (data42.run_number !== undefined) {
                  let data44 = data42.run_number;
                  if (
                    !(typeof data44 == 'number' && !(data44 % 1) && !isNaN(data44) && isFinite(data44)) &&
                    data44 !== null
                  ) {
                    const err78 = {
                      instancePath: instancePath + '/trend/baselines/' + i7 + '/run_number',
                      schemaPath: '#/$defs/trend/properties/baselines/items/properties/run_number/type',
                      keyword: 'type',
                      params: { type: schema43.properties.baselines.items.properties.run_number.type },
                      message: 'must be integer,null',
                      schema: schema43.properties.baselines.items.properties.run_number.type,
                      parentSchema: schema43.properties.baselines.items.properties.run_number,
                      data: data44,
                    };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                if (data42.created_at !== undefined) {
                  let data45 = data42.created_at;
                  if (typeof data45 !== 'string' && data45 !== null) {
                    const err79 = {
                      instancePath: instancePath + '/trend/baselines/' + i7 + '/created_at',
                      schemaPath: '#/$defs/trend/properties/baselines/items/properties/created_at/type',
                      keyword: 'type',
                      params: { type: schema43.properties.baselines.items.properties.created_at.type },
                      message: 'must be string,null',
                      schema: schema43.properties.baselines.items.properties.created_at.type,
                      parentSchema: schema43.properties.baselines.items.properties.created_at,
                      data: data45,
                    };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
              } else {
                const err80 = {
                  instancePath: instancePath + '/trend/baselines/' + i7,
                  schemaPath: '#/$defs/trend/properties/baselines/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema43.properties.baselines.items.type,
                  parentSchema: schema43.properties.baselines.items,
                  data: data42,
                };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
          } else {
            const err81 = {
              instancePath: instancePath + '/trend/baselines',
              schemaPath: '#/$defs/trend/properties/baselines/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema43.properties.baselines.type,
              parentSchema: schema43.properties.baselines,
              data: data41,
            };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data40.skipped !== undefined) {
          let data46 = data40.skipped;
          if (Array.isArray(data46)) {
            const len8 = data46.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data47 = data46[i8];
              if (data47 && typeof data47 == 'object' && !Array.isArray(data47)) {
                if (data47.sha === undefined) {
                  const err82 = {
                    instancePath: instancePath + '/trend/skipped/' + i8,
                    schemaPath: '#/$defs/trend/properties/skipped/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'sha' },
                    message: "must have required property '" + 'sha' + "'",
                    schema: schema43.properties.skipped.items.required,
                    parentSchema: schema43.properties.skipped.items,
                    data: data47,
                  };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
                if (data47.run_number === undefined) {
                  const err83 = {
                    instancePath: instancePath + '/trend/skipped/' + i8,
                    schemaPath: '#/$defs/trend/properties/skipped/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'run_number' },
                    message: "must have required property '" + 'run_number' + "'",
                    schema: schema43.properties.skipped.items.required,
                    parentSchema: schema43.properties.skipped.items,
                    data: data47,
                  };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
                if (data47.reason === undefined) {
                  const err84 = {
                    instancePath: instancePath + '/trend/skipped/' + i8,
                    schemaPath: '#/$defs/trend/properties/skipped/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'reason' },
                    message: "must have required property '" + 'reason' + "'",
                    schema: schema43.properties.skipped.items.required,
                    parentSchema: schema43.properties.skipped.items,
                    data: data47,
                  };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
                for (const key8 in data47) {
                  if (!(key8 === 'sha' || key8 === 'run_number' || key8 === 'reason')) {
                    const err85 = {
                      instancePath: instancePath + '/trend/skipped/' + i8,
                      schemaPath: '#/$defs/trend/properties/skipped/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key8 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema43.properties.skipped.items,
                      data: data47,
                    };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
                if (data47.sha !== undefined) {
                  let data48 = data47.sha;
                  if (typeof data48 !== 'string') {
                    const err86 = {
                      instancePath: instancePath + '/trend/skipped/' + i8 + '/sha',
                      schemaPath: '#/$defs/trend/properties/skipped/items/properties/sha/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema43.properties.skipped.items.properties.sha.type,
                      parentSchema: schema43.properties.skipped.items.properties.sha,
                      data: data48,
                    };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                }
                if (data47.run_number !== undefined) {
                  let data49 = data47.run_number;
                  if (
                    !(typeof data49 == 'number' && !(data49 % 1) && !isNaN(data49) && isFinite(data49)) &&
                    data49 !== null
                  ) {
                    const err87 = {
                      instancePath: instancePath + '/trend/skipped/' + i8 + '/run_number',
                      schemaPath: '#/$defs/trend/properties/skipped/items/properties/run_number/type',
                      keyword: 'type',
                      params: { type: schema43.properties.skipped.items.properties.run_number.type },
                      message: 'must be integer,null',
                      schema: schema43.properties.skipped.items.properties.run_number.type,
                      parentSchema: schema43.properties.skipped.items.properties.run_number,
                      data: data49,
                    };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
                if (data47.reason !== undefined) {
                  let data50 = data47.reason;
                  if (typeof data50 !== 'string') {
                    const err88 = {
                      instancePath: instancePath + '/trend/skipped/' + i8 + '/reason',
                      schemaPath: '#/$defs/trend/properties/skipped/items/properties/reason/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema43.properties.skipped.items.properties.reason.type,
                      parentSchema: schema43.properties.skipped.items.properties.reason,
                      data: data50,
                    };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
              } else {
                const err89 = {
                  instancePath: instancePath + '/trend/skipped/' + i8,
                  schemaPath: '#/$defs/trend/properties/skipped/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema43.properties.skipped.items.type,
                  parentSchema: schema43.properties.skipped.items,
                  data: data47,
                };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
          } else {
            const err90 = {
              instancePath: instancePath + '/trend/skipped',
              schemaPath: '#/$defs/trend/properties/skipped/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema43.properties.skipped.type,
              parentSchema: schema43.properties.skipped,
              data: data46,
            };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data40.metrics !== undefined) {
          let data51 = data40.metrics;
          if (Array.isArray(data51)) {
            const len9 = data51.length;
            for (let i9 = 0; i9 < len9; i9++) {
              let data52 = data51[i9];
              if (data52 && typeof data52 == 'object' && !Array.isArray(data52)) {
                if (data52.metric === undefined) {
                  const err91 = {
                    instancePath: instancePath + '/trend/metrics/' + i9,
                    schemaPath: '#/$defs/trend/properties/metrics/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'metric' },
                    message: "must have required property '" + 'metric' + "'",
                    schema: schema43.properties.metrics.items.required,
                    parentSchema: schema43.properties.metrics.items,
                    data: data52,
                  };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
                if (data52.values === undefined) {
                  const err92 = {
                    instancePath: instancePath + '/trend/metrics/' + i9,
                    schemaPath: '#/$defs/trend/properties/metrics/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'values' },
                    message: "must have required property '" + 'values' + "'",
                    schema: schema43.properties.metrics.items.required,
                    parentSchema: schema43.properties.metrics.items,
                    data: data52,
                  };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
                if (data52.head === undefined) {
                  const err93 = {
                    instancePath: instancePath + '/trend/metrics/' + i9,
                    schemaPath: '#/$defs/trend/properties/metrics/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'head' },
                    message: "must have required property '" + 'head' + "'",
                    schema: schema43.properties.metrics.items.required,
                    parentSchema: schema43.properties.metrics.items,
                    data: data52,
                  };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
                for (const key9 in data52) {
                  if (!(key9 === 'metric' || key9 === 'values' || key9 === 'head')) {
                    const err94 = {
                      instancePath: instancePath + '/trend/metrics/' + i9,
                      schemaPath: '#/$defs/trend/properties/metrics/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key9 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema43.properties.metrics.items,
                      data: data52,
                    };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
                if (data52.metric !== undefined) {
                  let data53 = data52.metric;
                  if (typeof data53 !== 'string') {
                    const err95 = {
                      instancePath: instancePath + '/trend/metrics/' + i9 + '/metric',
                      schemaPath: '#/$defs/trend/properties/metrics/items/properties/metric/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema43.properties.metrics.items.properties.metric.type,
                      parentSchema: schema43.properties.metrics.items.properties.metric,
                      data: data53,
                    };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
                if (data52.values !== undefined) {
                  let data54 = data52.values;
                  if (Array.isArray(data54)) {
                    const len10 = data54.length;
                    for (let i10 = 0; i10 < len10; i10++) {
                      let data55 = data54[i10];
                      if (!(typeof data55 == 'number' && isFinite(data55)) && data55 !== null) {
                        const err96 = {
                          instancePath: instancePath + '/trend/metrics/' + i9 + '/values/' + i10,
                          schemaPath: '#/$defs/trend/properties/metrics/items/properties/values/items/type',
                          keyword: 'type',
                          params: { type: schema43.properties.metrics.items.properties.values.items.type },
                          message: 'must be number,null',
                          schema: schema43.properties.metrics.items.properties.values.items.type,
                          parentSchema: schema43.properties.metrics.items.properties.values.items,
                          data: data55,
                        };
                        if (vErrors === null) {
                          vErrors = [err96];
                        } else {
                          vErrors.push(err96);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err97 = {
                      instancePath: instancePath + '/trend/metrics/' + i9 + '/values',
                      schemaPath: '#/$defs/trend/properties/metrics/items/properties/values/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                      schema: schema43.properties.metrics.items.properties.values.type,
                      parentSchema: schema43.properties.metrics.items.properties.values,
                      data: data54,
                    };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data52.head !== undefined) {
                  let data56 = data52.head;
                  if (!(typeof data56 == 'number' && isFinite(data56)) && data56 !== null) {
                    const err98 = {
                      instancePath: instancePath + '/trend/metrics/' + i9 + '/head',
                      schemaPath: '#/$defs/trend/properties/metrics/items/properties/head/type',
                      keyword: 'type',
                      params: { type: schema43.properties.metrics.items.properties.head.type },
                      message: 'must be number,null',
                      schema: schema43.properties.metrics.items.properties.head.type,
                      parentSchema: schema43.properties.metrics.items.properties.head,
                      data: data56,
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
                  instancePath: instancePath + '/trend/metrics/' + i9,
                  schemaPath: '#/$defs/trend/properties/metrics/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema43.properties.metrics.items.type,
                  parentSchema: schema43.properties.metrics.items,
                  data: data52,
                };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
          } else {
            const err100 = {
              instancePath: instancePath + '/trend/metrics',
              schemaPath: '#/$defs/trend/properties/metrics/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema43.properties.metrics.type,
              parentSchema: schema43.properties.metrics,
              data: data51,
            };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
      } else {
        const err101 = {
          instancePath: instancePath + '/trend',
          schemaPath: '#/$defs/trend/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema43.type,
          parentSchema: schema43,
          data: data40,
        };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.reliability !== undefined) {
      if (
        !validate26(data.reliability, {
          instancePath: instancePath + '/reliability',
          parentData: data,
          parentDataProperty: 'reliability',
          rootData,
          dynamicAnchors,
        })
      ) {
        if (vErrors === null) vErrors = validate26.errors.slice();
        else for (const e of validate26.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err102 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema35.type,
      parentSchema: schema35,
      data,
    };
    if (vErrors === null) {
      vErrors = [err102];
    } else {
      vErrors.push(err102);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://evalgate.dev/schema/comparison.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.kind === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
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
    if (data.schema_version === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'schema_version' },
        message: "must have required property '" + 'schema_version' + "'",
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
    if (data.tool === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tool' },
        message: "must have required property '" + 'tool' + "'",
        schema: schema31.required,
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
    if (data.base === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'base' },
        message: "must have required property '" + 'base' + "'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.head === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'head' },
        message: "must have required property '" + 'head' + "'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.settings === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'settings' },
        message: "must have required property '" + 'settings' + "'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.verdict === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'verdict' },
        message: "must have required property '" + 'verdict' + "'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.summary === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'summary' },
        message: "must have required property '" + 'summary' + "'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.suites === undefined) {
      const err8 = {
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
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err9 = {
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
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.$schema !== undefined) {
      let data0 = data.$schema;
      if (typeof data0 !== 'string') {
        const err10 = {
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
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data1 = data.kind;
      if ('evalgate-comparison' !== data1) {
        const err11 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/const',
          keyword: 'const',
          params: { allowedValue: 'evalgate-comparison' },
          message: 'must be equal to constant',
          schema: 'evalgate-comparison',
          parentSchema: schema31.properties.kind,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.schema_version !== undefined) {
      let data2 = data.schema_version;
      if (!(data2 === 1 || data2 === 2)) {
        const err12 = {
          instancePath: instancePath + '/schema_version',
          schemaPath: '#/properties/schema_version/enum',
          keyword: 'enum',
          params: { allowedValues: schema31.properties.schema_version.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema31.properties.schema_version.enum,
          parentSchema: schema31.properties.schema_version,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.tool !== undefined) {
      let data3 = data.tool;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.name === undefined) {
          const err13 = {
            instancePath: instancePath + '/tool',
            schemaPath: '#/properties/tool/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
            schema: schema31.properties.tool.required,
            parentSchema: schema31.properties.tool,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data3.version === undefined) {
          const err14 = {
            instancePath: instancePath + '/tool',
            schemaPath: '#/properties/tool/required',
            keyword: 'required',
            params: { missingProperty: 'version' },
            message: "must have required property '" + 'version' + "'",
            schema: schema31.properties.tool.required,
            parentSchema: schema31.properties.tool,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === 'name' || key1 === 'version')) {
            const err15 = {
              instancePath: instancePath + '/tool',
              schemaPath: '#/properties/tool/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.tool,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.name !== undefined) {
          let data4 = data3.name;
          if ('evalgate' !== data4) {
            const err16 = {
              instancePath: instancePath + '/tool/name',
              schemaPath: '#/properties/tool/properties/name/const',
              keyword: 'const',
              params: { allowedValue: 'evalgate' },
              message: 'must be equal to constant',
              schema: 'evalgate',
              parentSchema: schema31.properties.tool.properties.name,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data3.version !== undefined) {
          let data5 = data3.version;
          if (typeof data5 !== 'string') {
            const err17 = {
              instancePath: instancePath + '/tool/version',
              schemaPath: '#/properties/tool/properties/version/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema31.properties.tool.properties.version.type,
              parentSchema: schema31.properties.tool.properties.version,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/tool',
          schemaPath: '#/properties/tool/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.tool.type,
          parentSchema: schema31.properties.tool,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.base !== undefined) {
      let data6 = data.base;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        if (data6.created_at === undefined) {
          const err19 = {
            instancePath: instancePath + '/base',
            schemaPath: '#/$defs/side/required',
            keyword: 'required',
            params: { missingProperty: 'created_at' },
            message: "must have required property '" + 'created_at' + "'",
            schema: schema32.required,
            parentSchema: schema32,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data6.git === undefined) {
          const err20 = {
            instancePath: instancePath + '/base',
            schemaPath: '#/$defs/side/required',
            keyword: 'required',
            params: { missingProperty: 'git' },
            message: "must have required property '" + 'git' + "'",
            schema: schema32.required,
            parentSchema: schema32,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data6.config_fingerprint === undefined) {
          const err21 = {
            instancePath: instancePath + '/base',
            schemaPath: '#/$defs/side/required',
            keyword: 'required',
            params: { missingProperty: 'config_fingerprint' },
            message: "must have required property '" + 'config_fingerprint' + "'",
            schema: schema32.required,
            parentSchema: schema32,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        for (const key2 in data6) {
          if (!(key2 === 'created_at' || key2 === 'git' || key2 === 'config_fingerprint')) {
            const err22 = {
              instancePath: instancePath + '/base',
              schemaPath: '#/$defs/side/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema32,
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
        if (data6.created_at !== undefined) {
          let data7 = data6.created_at;
          if (typeof data7 !== 'string') {
            const err23 = {
              instancePath: instancePath + '/base/created_at',
              schemaPath: '#/$defs/side/properties/created_at/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.properties.created_at.type,
              parentSchema: schema32.properties.created_at,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data6.git !== undefined) {
          let data8 = data6.git;
          if (!(data8 && typeof data8 == 'object' && !Array.isArray(data8)) && data8 !== null) {
            const err24 = {
              instancePath: instancePath + '/base/git',
              schemaPath: '#/$defs/side/properties/git/type',
              keyword: 'type',
              params: { type: schema32.properties.git.type },
              message: 'must be object,null',
              schema: schema32.properties.git.type,
              parentSchema: schema32.properties.git,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
            if (data8.sha === undefined) {
              const err25 = {
                instancePath: instancePath + '/base/git',
                schemaPath: '#/$defs/side/properties/git/required',
                keyword: 'required',
                params: { missingProperty: 'sha' },
                message: "must have required property '" + 'sha' + "'",
                schema: schema32.properties.git.required,
                parentSchema: schema32.properties.git,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            for (const key3 in data8) {
              if (!(key3 === 'sha' || key3 === 'ref')) {
                const err26 = {
                  instancePath: instancePath + '/base/git',
                  schemaPath: '#/$defs/side/properties/git/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema32.properties.git,
                  data: data8,
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data8.sha !== undefined) {
              let data9 = data8.sha;
              if (typeof data9 !== 'string') {
                const err27 = {
                  instancePath: instancePath + '/base/git/sha',
                  schemaPath: '#/$defs/side/properties/git/properties/sha/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema32.properties.git.properties.sha.type,
                  parentSchema: schema32.properties.git.properties.sha,
                  data: data9,
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data8.ref !== undefined) {
              let data10 = data8.ref;
              if (typeof data10 !== 'string' && data10 !== null) {
                const err28 = {
                  instancePath: instancePath + '/base/git/ref',
                  schemaPath: '#/$defs/side/properties/git/properties/ref/type',
                  keyword: 'type',
                  params: { type: schema32.properties.git.properties.ref.type },
                  message: 'must be string,null',
                  schema: schema32.properties.git.properties.ref.type,
                  parentSchema: schema32.properties.git.properties.ref,
                  data: data10,
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
        }
        if (data6.config_fingerprint !== undefined) {
          let data11 = data6.config_fingerprint;
          if (typeof data11 !== 'string') {
            const err29 = {
              instancePath: instancePath + '/base/config_fingerprint',
              schemaPath: '#/$defs/side/properties/config_fingerprint/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.properties.config_fingerprint.type,
              parentSchema: schema32.properties.config_fingerprint,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = {
          instancePath: instancePath + '/base',
          schemaPath: '#/$defs/side/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema32.type,
          parentSchema: schema32,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.head !== undefined) {
      let data12 = data.head;
      if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
        if (data12.created_at === undefined) {
          const err31 = {
            instancePath: instancePath + '/head',
            schemaPath: '#/$defs/side/required',
            keyword: 'required',
            params: { missingProperty: 'created_at' },
            message: "must have required property '" + 'created_at' + "'",
            schema: schema32.required,
            parentSchema: schema32,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data12.git === undefined) {
          const err32 = {
            instancePath: instancePath + '/head',
            schemaPath: '#/$defs/side/required',
            keyword: 'required',
            params: { missingProperty: 'git' },
            message: "must have required property '" + 'git' + "'",
            schema: schema32.required,
            parentSchema: schema32,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data12.config_fingerprint === undefined) {
          const err33 = {
            instancePath: instancePath + '/head',
            schemaPath: '#/$defs/side/required',
            keyword: 'required',
            params: { missingProperty: 'config_fingerprint' },
            message: "must have required property '" + 'config_fingerprint' + "'",
            schema: schema32.required,
            parentSchema: schema32,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        for (const key4 in data12) {
          if (!(key4 === 'created_at' || key4 === 'git' || key4 === 'config_fingerprint')) {
            const err34 = {
              instancePath: instancePath + '/head',
              schemaPath: '#/$defs/side/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema32,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data12.created_at !== undefined) {
          let data13 = data12.created_at;
          if (typeof data13 !== 'string') {
            const err35 = {
              instancePath: instancePath + '/head/created_at',
              schemaPath: '#/$defs/side/properties/created_at/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.properties.created_at.type,
              parentSchema: schema32.properties.created_at,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data12.git !== undefined) {
          let data14 = data12.git;
          if (!(data14 && typeof data14 == 'object' && !Array.isArray(data14)) && data14 !== null) {
            const err36 = {
              instancePath: instancePath + '/head/git',
              schemaPath: '#/$defs/side/properties/git/type',
              keyword: 'type',
              params: { type: schema32.properties.git.type },
              message: 'must be object,null',
              schema: schema32.properties.git.type,
              parentSchema: schema32.properties.git,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
            if (data14.sha === undefined) {
              const err37 = {
                instancePath: instancePath + '/head/git',
                schemaPath: '#/$defs/side/properties/git/required',
                keyword: 'required',
                params: { missingProperty: 'sha' },
                message: "must have required property '" + 'sha' + "'",
                schema: schema32.properties.git.required,
                parentSchema: schema32.properties.git,
                data: data14,
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            for (const key5 in data14) {
              if (!(key5 === 'sha' || key5 === 'ref')) {
                const err38 = {
                  instancePath: instancePath + '/head/git',
                  schemaPath: '#/$defs/side/properties/git/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key5 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema32.properties.git,
                  data: data14,
                };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data14.sha !== undefined) {
              let data15 = data14.sha;
              if (typeof data15 !== 'string') {
                const err39 = {
                  instancePath: instancePath + '/head/git/sha',
                  schemaPath: '#/$defs/side/properties/git/properties/sha/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema32.properties.git.properties.sha.type,
                  parentSchema: schema32.properties.git.properties.sha,
                  data: data15,
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data14.ref !== undefined) {
              let data16 = data14.ref;
              if (typeof data16 !== 'string' && data16 !== null) {
                const err40 = {
                  instancePath: instancePath + '/head/git/ref',
                  schemaPath: '#/$defs/side/properties/git/properties/ref/type',
                  keyword: 'type',
                  params: { type: schema32.properties.git.properties.ref.type },
                  message: 'must be string,null',
                  schema: schema32.properties.git.properties.ref.type,
                  parentSchema: schema32.properties.git.properties.ref,
                  data: data16,
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          }
        }
        if (data12.config_fingerprint !== undefined) {
          let data17 = data12.config_fingerprint;
          if (typeof data17 !== 'string') {
            const err41 = {
              instancePath: instancePath + '/head/config_fingerprint',
              schemaPath: '#/$defs/side/properties/config_fingerprint/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.properties.config_fingerprint.type,
              parentSchema: schema32.properties.config_fingerprint,
              data: data17,
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
          instancePath: instancePath + '/head',
          schemaPath: '#/$defs/side/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema32.type,
          parentSchema: schema32,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.settings !== undefined) {
      let data18 = data.settings;
      if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
        if (data18.resamples === undefined) {
          const err43 = {
            instancePath: instancePath + '/settings',
            schemaPath: '#/properties/settings/required',
            keyword: 'required',
            params: { missingProperty: 'resamples' },
            message: "must have required property '" + 'resamples' + "'",
            schema: schema31.properties.settings.required,
            parentSchema: schema31.properties.settings,
            data: data18,
          };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data18.confidence === undefined) {
          const err44 = {
            instancePath: instancePath + '/settings',
            schemaPath: '#/properties/settings/required',
            keyword: 'required',
            params: { missingProperty: 'confidence' },
            message: "must have required property '" + 'confidence' + "'",
            schema: schema31.properties.settings.required,
            parentSchema: schema31.properties.settings,
            data: data18,
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data18.seed === undefined) {
          const err45 = {
            instancePath: instancePath + '/settings',
            schemaPath: '#/properties/settings/required',
            keyword: 'required',
            params: { missingProperty: 'seed' },
            message: "must have required property '" + 'seed' + "'",
            schema: schema31.properties.settings.required,
            parentSchema: schema31.properties.settings,
            data: data18,
          };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data18.method === undefined) {
          const err46 = {
            instancePath: instancePath + '/settings',
            schemaPath: '#/properties/settings/required',
            keyword: 'required',
            params: { missingProperty: 'method' },
            message: "must have required property '" + 'method' + "'",
            schema: schema31.properties.settings.required,
            parentSchema: schema31.properties.settings,
            data: data18,
          };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data18.correction === undefined) {
          const err47 = {
            instancePath: instancePath + '/settings',
            schemaPath: '#/properties/settings/required',
            keyword: 'required',
            params: { missingProperty: 'correction' },
            message: "must have required property '" + 'correction' + "'",
            schema: schema31.properties.settings.required,
            parentSchema: schema31.properties.settings,
            data: data18,
          };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        for (const key6 in data18) {
          if (!(
            key6 === 'resamples' ||
            key6 === 'confidence' ||
            key6 === 'seed' ||
            key6 === 'method' ||
            key6 === 'correction'
          )) {
            const err48 = {
              instancePath: instancePath + '/settings',
              schemaPath: '#/properties/settings/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key6 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.settings,
              data: data18,
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data18.resamples !== undefined) {
          let data19 = data18.resamples;
          if (!(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
            const err49 = {
              instancePath: instancePath + '/settings/resamples',
              schemaPath: '#/properties/settings/properties/resamples/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema31.properties.settings.properties.resamples.type,
              parentSchema: schema31.properties.settings.properties.resamples,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data18.confidence !== undefined) {
          let data20 = data18.confidence;
          if (!(typeof data20 == 'number' && isFinite(data20))) {
            const err50 = {
              instancePath: instancePath + '/settings/confidence',
              schemaPath: '#/properties/settings/properties/confidence/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema31.properties.settings.properties.confidence.type,
              parentSchema: schema31.properties.settings.properties.confidence,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data18.seed !== undefined) {
          let data21 = data18.seed;
          if (!(typeof data21 == 'number' && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
            const err51 = {
              instancePath: instancePath + '/settings/seed',
              schemaPath: '#/properties/settings/properties/seed/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema31.properties.settings.properties.seed.type,
              parentSchema: schema31.properties.settings.properties.seed,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data18.method !== undefined) {
          let data22 = data18.method;
          if (!(data22 === 'multinomial' || data22 === 'rows')) {
            const err52 = {
              instancePath: instancePath + '/settings/method',
              schemaPath: '#/properties/settings/properties/method/enum',
              keyword: 'enum',
              params: { allowedValues: schema31.properties.settings.properties.method.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema31.properties.settings.properties.method.enum,
              parentSchema: schema31.properties.settings.properties.method,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data18.correction !== undefined) {
          let data23 = data18.correction;
          if (!(data23 === 'holm' || data23 === 'bh' || data23 === 'none')) {
            const err53 = {
              instancePath: instancePath + '/settings/correction',
              schemaPath: '#/properties/settings/properties/correction/enum',
              keyword: 'enum',
              params: { allowedValues: schema31.properties.settings.properties.correction.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema31.properties.settings.properties.correction.enum,
              parentSchema: schema31.properties.settings.properties.correction,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = {
          instancePath: instancePath + '/settings',
          schemaPath: '#/properties/settings/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.settings.type,
          parentSchema: schema31.properties.settings,
          data: data18,
        };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.verdict !== undefined) {
      let data24 = data.verdict;
      if (!(data24 === 'pass' || data24 === 'warn' || data24 === 'fail' || data24 === 'not_comparable')) {
        const err55 = {
          instancePath: instancePath + '/verdict',
          schemaPath: '#/$defs/suiteVerdict/enum',
          keyword: 'enum',
          params: { allowedValues: schema34.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema34.enum,
          parentSchema: schema34,
          data: data24,
        };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.summary !== undefined) {
      let data25 = data.summary;
      if (typeof data25 !== 'string') {
        const err56 = {
          instancePath: instancePath + '/summary',
          schemaPath: '#/properties/summary/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema31.properties.summary.type,
          parentSchema: schema31.properties.summary,
          data: data25,
        };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.suites !== undefined) {
      let data26 = data.suites;
      if (Array.isArray(data26)) {
        const len0 = data26.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate21(data26[i0], {
              instancePath: instancePath + '/suites/' + i0,
              parentData: data26,
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
        const err57 = {
          instancePath: instancePath + '/suites',
          schemaPath: '#/properties/suites/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.suites.type,
          parentSchema: schema31.properties.suites,
          data: data26,
        };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
  } else {
    const err58 = {
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
      vErrors = [err58];
    } else {
      vErrors.push(err58);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
