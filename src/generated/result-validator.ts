/* Generated from schema/result.schema.json by scripts/gen-types.mjs (ajv standalone). Do not edit. */
/* eslint-disable */
// @ts-nocheck
import { fullFormats } from 'ajv-formats/dist/formats.js';
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
  $id: 'https://evalgate.dev/schema/result.schema.json',
  title: 'EvalgateResult',
  description:
    'An evalgate result artifact: per-suite, per-slice metrics with their mergeable sufficient statistics and compact per-example records for paired comparison.',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'schema_version', 'tool', 'created_at', 'config_fingerprint', 'suites'],
  properties: {
    $schema: { type: 'string' },
    kind: { const: 'evalgate-result' },
    schema_version: {
      enum: [1, 2],
      description: '2 (written since evalgate added `history`); version 1 files are still read.',
    },
    tool: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version', 'metric_definitions'],
      properties: {
        name: { const: 'evalgate' },
        version: { type: 'string' },
        metric_definitions: {
          type: 'integer',
          minimum: 1,
          description:
            'Version of the metric definitions; results with different versions are not comparable.',
        },
      },
    },
    created_at: { type: 'string', format: 'date-time' },
    git: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['sha'],
      properties: { sha: { type: 'string' }, ref: { type: ['string', 'null'] } },
    },
    config_fingerprint: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
    suites: { type: 'array', items: { $ref: '#/$defs/suiteResult' } },
    history: {
      type: 'array',
      maxItems: 50,
      items: { $ref: '#/$defs/historyPoint' },
      description:
        "The baselines before this result on its branch, oldest first (at most 10 kept): each one's overall metric values, or why it was skipped. Written by the push run that produced this result, so a pull request comparing with it draws the trend without fetching them again.",
    },
    shard: { $ref: '#/$defs/shardRun' },
  },
  $defs: {
    suiteResult: {
      title: 'SuiteResult',
      type: 'object',
      additionalProperties: false,
      required: [
        'name',
        'task',
        'task_type',
        'definition_fingerprint',
        'golden',
        'predictions',
        'labels',
        'min_support',
        'metrics',
        'slices',
      ],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
          maxLength: 100,
          pattern: '^[^\\r\\n<>`|]+$',
          description:
            "The suite's name (no line breaks, angle brackets, backticks or pipes: it is shown in reports).",
        },
        task: { enum: ['classification', 'ranking', 'generation', 'spans', 'scored'] },
        task_type: {
          enum: [
            'binary',
            'multiclass',
            'multilabel',
            'ranking',
            'generation',
            'spans-tags',
            'spans-offsets',
            'judged',
          ],
        },
        definition_fingerprint: {
          type: 'string',
          pattern: '^sha256:[0-9a-f]{64}$',
          description:
            'Hash of everything that defines the metrics (task, fields, labels, options, metric-definition version). Equal fingerprints mean the numbers are comparable.',
        },
        golden: {
          type: 'object',
          additionalProperties: false,
          required: ['path', 'n', 'fingerprint'],
          properties: {
            path: { type: 'string' },
            n: { type: 'integer', minimum: 0 },
            fingerprint: {
              type: 'string',
              pattern: '^sha256:[0-9a-f]{64}$',
              description: 'Order-independent hash of the records as loaded (id, label, slice fields).',
            },
          },
        },
        predictions: {
          type: 'object',
          additionalProperties: false,
          required: ['path', 'n', 'matched', 'missing', 'coverage'],
          properties: {
            path: { type: 'string' },
            n: { type: 'integer', minimum: 0 },
            matched: { type: 'integer', minimum: 0 },
            missing: {
              type: 'integer',
              minimum: 0,
              description: 'Golden examples without a prediction (counted as wrong).',
            },
            coverage: { type: 'number', minimum: 0, maximum: 1 },
          },
        },
        labels: { type: 'array', items: { type: 'string' } },
        positive_label: { type: ['string', 'null'] },
        min_support: { type: 'integer', minimum: 1 },
        metrics: {
          type: 'array',
          items: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_@.]{0,63}$' },
          description: 'Metric names as the registry spells them.',
        },
        slice_fields: {
          type: 'array',
          items: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
        },
        slices: { type: 'array', items: { $ref: '#/$defs/sliceResult' } },
        examples: { $ref: '#/$defs/examples' },
        slice_values: {
          type: 'object',
          additionalProperties: { type: 'array', items: { type: 'string' } },
          description:
            "For each slice field, its values in the order of the field.<name> example column's codes.",
        },
        notes: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Things the reader should know about this evaluation (policies applied, e.g. invalid predicted tag sequences).',
        },
        flaky: { $ref: '#/$defs/flaky' },
        shard: { $ref: '#/$defs/shardSuite' },
      },
    },
    flaky: {
      title: 'FlakyExamples',
      type: 'object',
      additionalProperties: false,
      required: ['count', 'repeated', 'examples'],
      description: 'task: scored. Examples whose verdict differs across runs (some runs pass, some fail).',
      properties: {
        count: { type: 'integer', minimum: 0 },
        repeated: {
          type: 'integer',
          minimum: 0,
          description: 'Examples with a verdict on two or more runs.',
        },
        examples: {
          type: 'array',
          description: 'Up to 50 flaky examples, closest to a coin flip first.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'runs', 'passes', 'mean_score', 'spread'],
            properties: {
              id: { type: 'string' },
              runs: { type: 'integer', minimum: 1 },
              passes: { type: 'integer', minimum: 0 },
              mean_score: { type: ['number', 'null'] },
              spread: {
                type: ['number', 'null'],
                description: 'Sample standard deviation of the run scores (null with one scored run).',
              },
            },
          },
        },
      },
    },
    sliceResult: {
      title: 'SliceResult',
      type: 'object',
      additionalProperties: false,
      required: ['key', 'kind', 'fields', 'n', 'insufficient', 'metrics'],
      properties: {
        key: { type: 'string' },
        kind: { enum: ['overall', 'field', 'cross', 'label'] },
        fields: { type: 'object', additionalProperties: { type: 'string' } },
        n: {
          type: 'integer',
          minimum: 0,
          description: "Examples in the slice (label slices: the class's true support).",
        },
        insufficient: { type: 'boolean', description: 'n is below min_support: reported, never gated.' },
        metrics: { type: 'object', additionalProperties: { type: ['number', 'null'] } },
        per_class: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['label', 'precision', 'recall', 'f1', 'support'],
            properties: {
              label: { type: 'string' },
              precision: { type: 'number' },
              recall: { type: 'number' },
              f1: { type: 'number' },
              support: { type: 'number' },
            },
          },
        },
        confusion_matrix: { type: 'array', items: { type: 'array', items: { type: 'number' } } },
        stats: { $ref: '#/$defs/stats' },
        ops: { $ref: '#/$defs/opsStats' },
      },
    },
    stats: {
      title: 'SliceStats',
      description: 'Sufficient statistics; every numeric field merges across shards by addition.',
      anyOf: [
        { $ref: '#/$defs/singleLabelStats' },
        { $ref: '#/$defs/multilabelStats' },
        { $ref: '#/$defs/labelSliceStats' },
        { $ref: '#/$defs/rankingStats' },
        { $ref: '#/$defs/generationStats' },
        { $ref: '#/$defs/spanStats' },
        { $ref: '#/$defs/scoredStats' },
      ],
    },
    generationStats: {
      title: 'GenerationStatsJson',
      type: 'object',
      additionalProperties: false,
      required: [
        'family',
        'n',
        'squad_em_sum',
        'squad_f1_sum',
        'rouge1_sum',
        'rouge2_sum',
        'rougeL_sum',
        'bleu',
        'chrf',
      ],
      description:
        "Sums over the slice's examples: SQuAD EM/F1 and ROUGE F-measures per example, BLEU and chrF n-gram counts (corpus metrics are computed from the sums).",
      properties: {
        family: { const: 'generation' },
        n: { type: 'number' },
        squad_em_sum: { type: 'number' },
        squad_f1_sum: { type: 'number' },
        rouge1_sum: { type: 'number' },
        rouge2_sum: { type: 'number' },
        rougeL_sum: { type: 'number' },
        bleu: {
          type: 'object',
          additionalProperties: false,
          required: ['hyp_length', 'ref_length', 'matches', 'totals'],
          properties: {
            hyp_length: { type: 'number' },
            ref_length: { type: 'number' },
            matches: { type: 'array', items: { type: 'number' } },
            totals: { type: 'array', items: { type: 'number' } },
          },
        },
        chrf: {
          type: 'object',
          additionalProperties: false,
          required: ['hyp_counts', 'ref_counts', 'matches'],
          properties: {
            hyp_counts: { type: 'array', items: { type: 'number' } },
            ref_counts: { type: 'array', items: { type: 'number' } },
            matches: { type: 'array', items: { type: 'number' } },
          },
        },
      },
    },
    spanStats: {
      title: 'SpanStatsJson',
      type: 'object',
      additionalProperties: false,
      required: ['family', 'n', 'tp', 'fp', 'fn'],
      description: "Entity counts per type (in the suite's labels order), summed over the slice's sentences.",
      properties: {
        family: { const: 'spans' },
        n: { type: 'number' },
        tp: { type: 'array', items: { type: 'number' } },
        fp: { type: 'array', items: { type: 'number' } },
        fn: { type: 'array', items: { type: 'number' } },
      },
    },
    scoredStats: {
      title: 'ScoredStatsJson',
      type: 'object',
      additionalProperties: false,
      required: [
        'family',
        'n',
        'runs',
        'scored',
        'score_sum',
        'judged',
        'pass_sum',
        'flaky',
        'score_values',
        'score_counts',
      ],
      description:
        'Per-example means over runs, summed: score_sum over the examples with a score, pass_sum (pass fraction) over the examples with a verdict; score_values/score_counts: the distinct per-example mean scores and how many examples have each (for quantiles; merge by adding counts of equal values).',
      properties: {
        family: { const: 'scored' },
        n: { type: 'number' },
        runs: { type: 'number' },
        scored: { type: 'number' },
        score_sum: { type: 'number' },
        judged: { type: 'number' },
        pass_sum: { type: 'number' },
        flaky: { type: 'number' },
        score_values: { type: 'array', items: { type: 'number' } },
        score_counts: { type: 'array', items: { type: 'number' } },
      },
    },
    singleLabelStats: {
      title: 'SingleLabelStatsJson',
      type: 'object',
      additionalProperties: false,
      required: ['family', 'k', 'n', 'confusion'],
      properties: {
        family: { const: 'classification' },
        k: { type: 'integer', minimum: 1 },
        n: { type: 'number' },
        confusion: {
          type: 'array',
          items: { type: 'number' },
          description: 'k × (k+1) row-major; row = true class, last column = no prediction.',
        },
        scored: {
          type: 'object',
          additionalProperties: false,
          required: [
            'n',
            'bin_count',
            'bin_confidence',
            'bin_correct',
            'brier_sum',
            'log_loss_sum',
            'top_k_hits',
          ],
          properties: {
            n: { type: 'number' },
            bin_count: { type: 'array', items: { type: 'number' } },
            bin_confidence: { type: 'array', items: { type: 'number' } },
            bin_correct: { type: 'array', items: { type: 'number' } },
            brier_sum: { type: 'number' },
            log_loss_sum: { type: 'number' },
            top_k_hits: { type: 'number' },
            ranking: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['scores', 'positives', 'negatives'],
                properties: {
                  scores: { type: 'array', items: { type: 'number' } },
                  positives: { type: 'array', items: { type: 'number' } },
                  negatives: { type: 'array', items: { type: 'number' } },
                },
              },
            },
          },
        },
      },
    },
    multilabelStats: {
      title: 'MultilabelStatsJson',
      type: 'object',
      additionalProperties: false,
      required: [
        'family',
        'k',
        'n',
        'exact',
        'tp',
        'fp',
        'fn',
        'samples_precision_sum',
        'samples_recall_sum',
        'samples_f1_sum',
      ],
      properties: {
        family: { const: 'classification-multilabel' },
        k: { type: 'integer', minimum: 1 },
        n: { type: 'number' },
        exact: { type: 'number' },
        tp: { type: 'array', items: { type: 'number' } },
        fp: { type: 'array', items: { type: 'number' } },
        fn: { type: 'array', items: { type: 'number' } },
        samples_precision_sum: { type: 'number' },
        samples_recall_sum: { type: 'number' },
        samples_f1_sum: { type: 'number' },
      },
    },
    labelSliceStats: {
      title: 'LabelSliceStatsJson',
      type: 'object',
      additionalProperties: false,
      required: ['family', 'of', 'class'],
      description:
        "A label slice's metrics are one-vs-rest metrics of one class computed from another slice's statistics.",
      properties: {
        family: { const: 'label-slice' },
        of: { type: 'string' },
        class: { type: 'integer', minimum: 0 },
      },
    },
    examples: {
      title: 'ExampleRecords',
      type: 'object',
      additionalProperties: false,
      required: ['n', 'ids', 'columns'],
      description:
        "Compact per-example records in golden-file order, for paired comparison. Columns: truth, pred (class indices, -1 = no prediction), golden (u32 hash of the example's golden content, to detect relabelled examples), field.<name> (code of the example's value in slice_values[name]), and per-example metric terms (confidence, brier, log_loss) when those metrics are computed.",
      properties: {
        n: { type: 'integer', minimum: 0 },
        ids: { type: 'array', items: { type: 'string' } },
        columns: { type: 'object', additionalProperties: { $ref: '#/$defs/column' } },
      },
    },
    opsStats: {
      title: 'OpsStatsJson',
      type: 'object',
      additionalProperties: false,
      description:
        'Operational statistics of a slice: exact latency value counts (merge by adding counts of equal values) and the cost sum and count.',
      properties: {
        latency: {
          type: 'object',
          additionalProperties: false,
          required: ['values', 'counts'],
          properties: {
            values: {
              type: 'array',
              items: { type: 'number' },
              description: 'Distinct latencies (ms), ascending.',
            },
            counts: { type: 'array', items: { type: 'number' }, description: 'Examples with each latency.' },
          },
        },
        cost: {
          type: 'object',
          additionalProperties: false,
          required: ['sum', 'count'],
          properties: { sum: { type: 'number' }, count: { type: 'number' } },
        },
      },
    },
    rankingStats: {
      title: 'RankingStatsJson',
      type: 'object',
      additionalProperties: false,
      required: ['family', 'queries', 'sums', 'counts'],
      description:
        'A ranking slice: per metric, the sum of per-query values and the number of queries averaged (both merge by addition). Per-query values are stored as example columns m.<metric> (f64, NaN when the query is not averaged); operational metrics as ops.latency_ms and ops.cost (f64, NaN without a prediction).',
      properties: {
        family: { const: 'ranking' },
        queries: { type: 'number', description: 'Golden queries in the slice.' },
        sums: { type: 'object', additionalProperties: { type: 'number' } },
        counts: { type: 'object', additionalProperties: { type: 'number' } },
      },
    },
    historyPoint: {
      title: 'HistoryPoint',
      type: 'object',
      additionalProperties: false,
      required: ['sha', 'run_id', 'run_number'],
      properties: {
        sha: { type: 'string', pattern: '^[0-9a-f]{7,64}$' },
        run_id: { type: ['integer', 'null'], description: 'The workflow run that uploaded this baseline.' },
        run_number: { type: ['integer', 'null'] },
        created_at: { type: ['string', 'null'] },
        suites: {
          type: 'array',
          maxItems: 100,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'metrics'],
            properties: {
              name: { type: 'string', maxLength: 100 },
              metrics: {
                type: 'object',
                maxProperties: 64,
                additionalProperties: { type: ['number', 'null'] },
                description: "The suite's overall-slice metric values.",
              },
            },
          },
        },
        skipped: {
          type: 'string',
          maxLength: 300,
          description: 'Why this baseline has no values (its artifact expired, could not be read).',
        },
      },
    },
    shardRun: {
      title: 'ShardRun',
      type: 'object',
      additionalProperties: false,
      required: ['index', 'count', 'hash', 'format'],
      description:
        'Set on a partial result written by `evalgate evaluate --shard i/n`: it holds only the examples whose id hashes to shard `index` of `count`. `evalgate merge` combines the partial results of every shard into the result of the whole run; a partial result is never compared, and its suites keep their per-example data in `shard`, not `examples`.',
      properties: {
        index: { type: 'integer', minimum: 1, maximum: 256 },
        count: { type: 'integer', minimum: 1, maximum: 256 },
        hash: {
          const: 'fnv1a32-lowbias32-mod',
          description:
            "How ids are assigned: FNV-1a over the id's UTF-8 bytes, lowbias32, modulo count, plus one.",
        },
        format: {
          const: 2,
          description:
            "Layout of the partial result's per-example data (the suites' `shard`). 2: ids as one byte string, typed columns; a partial result of another layout is refused (evaluate the shards again with this evalgate).",
        },
      },
    },
    shardSuite: {
      title: 'ShardSuite',
      type: 'object',
      additionalProperties: false,
      required: ['golden_n', 'golden_ids', 'meta', 'n', 'ids', 'rows', 'golden', 'fields', 'columns'],
      description:
        "A suite of a partial result: the whole golden set's size and id fingerprint (equal in every shard of one run), the family's data the merge combines, and the shard's examples as the merge reads them: ids; rows (u32: each example's row in the golden set, the merge's golden order); golden (u32: each example's golden-content hash); fields (slice-value codes); columns (the family's per-example rows). The merge scatters them back to golden order and runs the family's aggregation over them.",
      properties: {
        golden_n: { type: 'integer', minimum: 0 },
        golden_ids: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
        meta: {
          type: 'object',
          additionalProperties: false,
          description:
            "The family's data beside the rows. spans: types (the golden set's and this shard's predicted entity types, sorted), goldTypes (the golden set's), invalid (predicted sequences breaking the scheme). classification: labels, note (on predicted labels outside the label space), positive (class index).",
          properties: {
            types: { type: 'array', items: { type: 'string' } },
            goldTypes: { type: 'array', items: { type: 'string' } },
            invalid: { type: 'integer', minimum: 0 },
            labels: { type: 'array', items: { type: 'string' } },
            note: { type: ['string', 'null'] },
            positive: { type: ['integer', 'null'], minimum: 0 },
          },
        },
        extra: {
          type: 'object',
          additionalProperties: false,
          required: ['count', 'first', 'line', 'file'],
          description:
            'Predictions this shard owns whose id is not in the golden set (extra_predictions: ignore).',
          properties: {
            count: { type: 'integer', minimum: 1 },
            first: { type: 'string' },
            line: { type: 'integer', minimum: 0 },
            file: { type: 'string' },
          },
        },
        n: {
          type: 'integer',
          minimum: 0,
          description: 'Examples this shard holds (the length of ids, rows and every column).',
        },
        ids: {
          type: 'string',
          contentEncoding: 'base64',
          description:
            "The examples' ids: the UTF-8 bytes of their JSON array without its brackets (JSON.stringify(ids).slice(1, -1)), in base64. The merge checks and copies them as bytes.",
        },
        rows: { $ref: '#/$defs/column' },
        golden: { $ref: '#/$defs/column' },
        fields: {
          type: 'object',
          additionalProperties: { $ref: '#/$defs/column' },
          description: "Per slice field: each example's code in slice_values[field].",
        },
        columns: {
          type: 'object',
          additionalProperties: { $ref: '#/$defs/column' },
          description:
            "The family's per-example rows, by name (classification: truth, pred, scored, conf, brier, log_loss, hit; ranking: m.<metric>; spans: counts; scored: runs, run_score, run_pass, …; ops.* for latency and cost).",
        },
      },
    },
    column: {
      title: 'Column',
      description:
        'Per-example values as a typed array (little-endian) in base64: `width` values an example.',
      type: 'object',
      additionalProperties: false,
      required: ['dtype', 'data'],
      properties: {
        dtype: { enum: ['u8', 'u16', 'u32', 'i16', 'i32', 'f32', 'f64'] },
        width: { type: 'integer', minimum: 1, description: 'Values per example (default 1).' },
        data: { type: 'string', contentEncoding: 'base64' },
      },
    },
  },
};
const schema51 = {
  title: 'HistoryPoint',
  type: 'object',
  additionalProperties: false,
  required: ['sha', 'run_id', 'run_number'],
  properties: {
    sha: { type: 'string', pattern: '^[0-9a-f]{7,64}$' },
    run_id: { type: ['integer', 'null'], description: 'The workflow run that uploaded this baseline.' },
    run_number: { type: ['integer', 'null'] },
    created_at: { type: ['string', 'null'] },
    suites: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'metrics'],
        properties: {
          name: { type: 'string', maxLength: 100 },
          metrics: {
            type: 'object',
            maxProperties: 64,
            additionalProperties: { type: ['number', 'null'] },
            description: "The suite's overall-slice metric values.",
          },
        },
      },
    },
    skipped: {
      type: 'string',
      maxLength: 300,
      description: 'Why this baseline has no values (its artifact expired, could not be read).',
    },
  },
};
const schema52 = {
  title: 'ShardRun',
  type: 'object',
  additionalProperties: false,
  required: ['index', 'count', 'hash', 'format'],
  description:
    'Set on a partial result written by `evalgate evaluate --shard i/n`: it holds only the examples whose id hashes to shard `index` of `count`. `evalgate merge` combines the partial results of every shard into the result of the whole run; a partial result is never compared, and its suites keep their per-example data in `shard`, not `examples`.',
  properties: {
    index: { type: 'integer', minimum: 1, maximum: 256 },
    count: { type: 'integer', minimum: 1, maximum: 256 },
    hash: {
      const: 'fnv1a32-lowbias32-mod',
      description:
        "How ids are assigned: FNV-1a over the id's UTF-8 bytes, lowbias32, modulo count, plus one.",
    },
    format: {
      const: 2,
      description:
        "Layout of the partial result's per-example data (the suites' `shard`). 2: ids as one byte string, typed columns; a partial result of another layout is refused (evaluate the shards again with this evalgate).",
    },
  },
};
const func1 = Object.prototype.hasOwnProperty;
const func3 = ucs2length;
const formats0 = fullFormats['date-time'];
const pattern4 = new RegExp('^sha256:[0-9a-f]{64}$', 'u');
const pattern10 = new RegExp('^[0-9a-f]{7,64}$', 'u');
const schema32 = {
  title: 'SuiteResult',
  type: 'object',
  additionalProperties: false,
  required: [
    'name',
    'task',
    'task_type',
    'definition_fingerprint',
    'golden',
    'predictions',
    'labels',
    'min_support',
    'metrics',
    'slices',
  ],
  properties: {
    name: {
      type: 'string',
      minLength: 1,
      maxLength: 100,
      pattern: '^[^\\r\\n<>`|]+$',
      description:
        "The suite's name (no line breaks, angle brackets, backticks or pipes: it is shown in reports).",
    },
    task: { enum: ['classification', 'ranking', 'generation', 'spans', 'scored'] },
    task_type: {
      enum: [
        'binary',
        'multiclass',
        'multilabel',
        'ranking',
        'generation',
        'spans-tags',
        'spans-offsets',
        'judged',
      ],
    },
    definition_fingerprint: {
      type: 'string',
      pattern: '^sha256:[0-9a-f]{64}$',
      description:
        'Hash of everything that defines the metrics (task, fields, labels, options, metric-definition version). Equal fingerprints mean the numbers are comparable.',
    },
    golden: {
      type: 'object',
      additionalProperties: false,
      required: ['path', 'n', 'fingerprint'],
      properties: {
        path: { type: 'string' },
        n: { type: 'integer', minimum: 0 },
        fingerprint: {
          type: 'string',
          pattern: '^sha256:[0-9a-f]{64}$',
          description: 'Order-independent hash of the records as loaded (id, label, slice fields).',
        },
      },
    },
    predictions: {
      type: 'object',
      additionalProperties: false,
      required: ['path', 'n', 'matched', 'missing', 'coverage'],
      properties: {
        path: { type: 'string' },
        n: { type: 'integer', minimum: 0 },
        matched: { type: 'integer', minimum: 0 },
        missing: {
          type: 'integer',
          minimum: 0,
          description: 'Golden examples without a prediction (counted as wrong).',
        },
        coverage: { type: 'number', minimum: 0, maximum: 1 },
      },
    },
    labels: { type: 'array', items: { type: 'string' } },
    positive_label: { type: ['string', 'null'] },
    min_support: { type: 'integer', minimum: 1 },
    metrics: {
      type: 'array',
      items: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_@.]{0,63}$' },
      description: 'Metric names as the registry spells them.',
    },
    slice_fields: {
      type: 'array',
      items: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    },
    slices: { type: 'array', items: { $ref: '#/$defs/sliceResult' } },
    examples: { $ref: '#/$defs/examples' },
    slice_values: {
      type: 'object',
      additionalProperties: { type: 'array', items: { type: 'string' } },
      description:
        "For each slice field, its values in the order of the field.<name> example column's codes.",
    },
    notes: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Things the reader should know about this evaluation (policies applied, e.g. invalid predicted tag sequences).',
    },
    flaky: { $ref: '#/$defs/flaky' },
    shard: { $ref: '#/$defs/shardSuite' },
  },
};
const schema45 = {
  title: 'FlakyExamples',
  type: 'object',
  additionalProperties: false,
  required: ['count', 'repeated', 'examples'],
  description: 'task: scored. Examples whose verdict differs across runs (some runs pass, some fail).',
  properties: {
    count: { type: 'integer', minimum: 0 },
    repeated: { type: 'integer', minimum: 0, description: 'Examples with a verdict on two or more runs.' },
    examples: {
      type: 'array',
      description: 'Up to 50 flaky examples, closest to a coin flip first.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'runs', 'passes', 'mean_score', 'spread'],
        properties: {
          id: { type: 'string' },
          runs: { type: 'integer', minimum: 1 },
          passes: { type: 'integer', minimum: 0 },
          mean_score: { type: ['number', 'null'] },
          spread: {
            type: ['number', 'null'],
            description: 'Sample standard deviation of the run scores (null with one scored run).',
          },
        },
      },
    },
  },
};
const pattern5 = new RegExp('^[^\\r\\n<>`|]+$', 'u');
const pattern8 = new RegExp('^[A-Za-z][A-Za-z0-9_@.]{0,63}$', 'u');
const schema33 = {
  title: 'SliceResult',
  type: 'object',
  additionalProperties: false,
  required: ['key', 'kind', 'fields', 'n', 'insufficient', 'metrics'],
  properties: {
    key: { type: 'string' },
    kind: { enum: ['overall', 'field', 'cross', 'label'] },
    fields: { type: 'object', additionalProperties: { type: 'string' } },
    n: {
      type: 'integer',
      minimum: 0,
      description: "Examples in the slice (label slices: the class's true support).",
    },
    insufficient: { type: 'boolean', description: 'n is below min_support: reported, never gated.' },
    metrics: { type: 'object', additionalProperties: { type: ['number', 'null'] } },
    per_class: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['label', 'precision', 'recall', 'f1', 'support'],
        properties: {
          label: { type: 'string' },
          precision: { type: 'number' },
          recall: { type: 'number' },
          f1: { type: 'number' },
          support: { type: 'number' },
        },
      },
    },
    confusion_matrix: { type: 'array', items: { type: 'array', items: { type: 'number' } } },
    stats: { $ref: '#/$defs/stats' },
    ops: { $ref: '#/$defs/opsStats' },
  },
};
const schema42 = {
  title: 'OpsStatsJson',
  type: 'object',
  additionalProperties: false,
  description:
    'Operational statistics of a slice: exact latency value counts (merge by adding counts of equal values) and the cost sum and count.',
  properties: {
    latency: {
      type: 'object',
      additionalProperties: false,
      required: ['values', 'counts'],
      properties: {
        values: {
          type: 'array',
          items: { type: 'number' },
          description: 'Distinct latencies (ms), ascending.',
        },
        counts: { type: 'array', items: { type: 'number' }, description: 'Examples with each latency.' },
      },
    },
    cost: {
      type: 'object',
      additionalProperties: false,
      required: ['sum', 'count'],
      properties: { sum: { type: 'number' }, count: { type: 'number' } },
    },
  },
};
const schema34 = {
  title: 'SliceStats',
  description: 'Sufficient statistics; every numeric field merges across shards by addition.',
  anyOf: [
    { $ref: '#/$defs/singleLabelStats' },
    { $ref: '#/$defs/multilabelStats' },
    { $ref: '#/$defs/labelSliceStats' },
    { $ref: '#/$defs/rankingStats' },
    { $ref: '#/$defs/generationStats' },
    { $ref: '#/$defs/spanStats' },
    { $ref: '#/$defs/scoredStats' },
  ],
};
const schema35 = {
  title: 'SingleLabelStatsJson',
  type: 'object',
  additionalProperties: false,
  required: ['family', 'k', 'n', 'confusion'],
  properties: {
    family: { const: 'classification' },
    k: { type: 'integer', minimum: 1 },
    n: { type: 'number' },
    confusion: {
      type: 'array',
      items: { type: 'number' },
      description: 'k × (k+1) row-major; row = true class, last column = no prediction.',
    },
    scored: {
      type: 'object',
      additionalProperties: false,
      required: [
        'n',
        'bin_count',
        'bin_confidence',
        'bin_correct',
        'brier_sum',
        'log_loss_sum',
        'top_k_hits',
      ],
      properties: {
        n: { type: 'number' },
        bin_count: { type: 'array', items: { type: 'number' } },
        bin_confidence: { type: 'array', items: { type: 'number' } },
        bin_correct: { type: 'array', items: { type: 'number' } },
        brier_sum: { type: 'number' },
        log_loss_sum: { type: 'number' },
        top_k_hits: { type: 'number' },
        ranking: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['scores', 'positives', 'negatives'],
            properties: {
              scores: { type: 'array', items: { type: 'number' } },
              positives: { type: 'array', items: { type: 'number' } },
              negatives: { type: 'array', items: { type: 'number' } },
            },
          },
        },
      },
    },
  },
};
const schema36 = {
  title: 'MultilabelStatsJson',
  type: 'object',
  additionalProperties: false,
  required: [
    'family',
    'k',
    'n',
    'exact',
    'tp',
    'fp',
    'fn',
    'samples_precision_sum',
    'samples_recall_sum',
    'samples_f1_sum',
  ],
  properties: {
    family: { const: 'classification-multilabel' },
    k: { type: 'integer', minimum: 1 },
    n: { type: 'number' },
    exact: { type: 'number' },
    tp: { type: 'array', items: { type: 'number' } },
    fp: { type: 'array', items: { type: 'number' } },
    fn: { type: 'array', items: { type: 'number' } },
    samples_precision_sum: { type: 'number' },
    samples_recall_sum: { type: 'number' },
    samples_f1_sum: { type: 'number' },
  },
};
const schema37 = {
  title: 'LabelSliceStatsJson',
  type: 'object',
  additionalProperties: false,
  required: ['family', 'of', 'class'],
  description:
    "A label slice's metrics are one-vs-rest metrics of one class computed from another slice's statistics.",
  properties: {
    family: { const: 'label-slice' },
    of: { type: 'string' },
    class: { type: 'integer', minimum: 0 },
  },
};
const schema38 = {
  title: 'RankingStatsJson',
  type: 'object',
  additionalProperties: false,
  required: ['family', 'queries', 'sums', 'counts'],
  description:
    'A ranking slice: per metric, the sum of per-query values and the number of queries averaged (both merge by addition). Per-query values are stored as example columns m.<metric> (f64, NaN when the query is not averaged); operational metrics as ops.latency_ms and ops.cost (f64, NaN without a prediction).',
  properties: {
    family: { const: 'ranking' },
    queries: { type: 'number', description: 'Golden queries in the slice.' },
    sums: { type: 'object', additionalProperties: { type: 'number' } },
    counts: { type: 'object', additionalProperties: { type: 'number' } },
  },
};
const schema39 = {
  title: 'GenerationStatsJson',
  type: 'object',
  additionalProperties: false,
  required: [
    'family',
    'n',
    'squad_em_sum',
    'squad_f1_sum',
    'rouge1_sum',
    'rouge2_sum',
    'rougeL_sum',
    'bleu',
    'chrf',
  ],
  description:
    "Sums over the slice's examples: SQuAD EM/F1 and ROUGE F-measures per example, BLEU and chrF n-gram counts (corpus metrics are computed from the sums).",
  properties: {
    family: { const: 'generation' },
    n: { type: 'number' },
    squad_em_sum: { type: 'number' },
    squad_f1_sum: { type: 'number' },
    rouge1_sum: { type: 'number' },
    rouge2_sum: { type: 'number' },
    rougeL_sum: { type: 'number' },
    bleu: {
      type: 'object',
      additionalProperties: false,
      required: ['hyp_length', 'ref_length', 'matches', 'totals'],
      properties: {
        hyp_length: { type: 'number' },
        ref_length: { type: 'number' },
        matches: { type: 'array', items: { type: 'number' } },
        totals: { type: 'array', items: { type: 'number' } },
      },
    },
    chrf: {
      type: 'object',
      additionalProperties: false,
      required: ['hyp_counts', 'ref_counts', 'matches'],
      properties: {
        hyp_counts: { type: 'array', items: { type: 'number' } },
        ref_counts: { type: 'array', items: { type: 'number' } },
        matches: { type: 'array', items: { type: 'number' } },
      },
    },
  },
};
const schema40 = {
  title: 'SpanStatsJson',
  type: 'object',
  additionalProperties: false,
  required: ['family', 'n', 'tp', 'fp', 'fn'],
  description: "Entity counts per type (in the suite's labels order), summed over the slice's sentences.",
  properties: {
    family: { const: 'spans' },
    n: { type: 'number' },
    tp: { type: 'array', items: { type: 'number' } },
    fp: { type: 'array', items: { type: 'number' } },
    fn: { type: 'array', items: { type: 'number' } },
  },
};
const schema41 = {
  title: 'ScoredStatsJson',
  type: 'object',
  additionalProperties: false,
  required: [
    'family',
    'n',
    'runs',
    'scored',
    'score_sum',
    'judged',
    'pass_sum',
    'flaky',
    'score_values',
    'score_counts',
  ],
  description:
    'Per-example means over runs, summed: score_sum over the examples with a score, pass_sum (pass fraction) over the examples with a verdict; score_values/score_counts: the distinct per-example mean scores and how many examples have each (for quantiles; merge by adding counts of equal values).',
  properties: {
    family: { const: 'scored' },
    n: { type: 'number' },
    runs: { type: 'number' },
    scored: { type: 'number' },
    score_sum: { type: 'number' },
    judged: { type: 'number' },
    pass_sum: { type: 'number' },
    flaky: { type: 'number' },
    score_values: { type: 'array', items: { type: 'number' } },
    score_counts: { type: 'array', items: { type: 'number' } },
  },
};
function validate23(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.family === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/$defs/singleLabelStats/required',
        keyword: 'required',
        params: { missingProperty: 'family' },
        message: "must have required property '" + 'family' + "'",
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
    if (data.k === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/$defs/singleLabelStats/required',
        keyword: 'required',
        params: { missingProperty: 'k' },
        message: "must have required property '" + 'k' + "'",
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
    if (data.n === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/$defs/singleLabelStats/required',
        keyword: 'required',
        params: { missingProperty: 'n' },
        message: "must have required property '" + 'n' + "'",
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
    if (data.confusion === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/$defs/singleLabelStats/required',
        keyword: 'required',
        params: { missingProperty: 'confusion' },
        message: "must have required property '" + 'confusion' + "'",
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
    for (const key0 in data) {
      if (!(key0 === 'family' || key0 === 'k' || key0 === 'n' || key0 === 'confusion' || key0 === 'scored')) {
        const err4 = {
          instancePath,
          schemaPath: '#/$defs/singleLabelStats/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
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
    }
    if (data.family !== undefined) {
      let data0 = data.family;
      if ('classification' !== data0) {
        const err5 = {
          instancePath: instancePath + '/family',
          schemaPath: '#/$defs/singleLabelStats/properties/family/const',
          keyword: 'const',
          params: { allowedValue: 'classification' },
          message: 'must be equal to constant',
          schema: 'classification',
          parentSchema: schema35.properties.family,
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
    if (data.k !== undefined) {
      let data1 = data.k;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err6 = {
          instancePath: instancePath + '/k',
          schemaPath: '#/$defs/singleLabelStats/properties/k/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema35.properties.k.type,
          parentSchema: schema35.properties.k,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 < 1 || isNaN(data1)) {
          const err7 = {
            instancePath: instancePath + '/k',
            schemaPath: '#/$defs/singleLabelStats/properties/k/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema35.properties.k,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.n !== undefined) {
      let data2 = data.n;
      if (!(typeof data2 == 'number' && isFinite(data2))) {
        const err8 = {
          instancePath: instancePath + '/n',
          schemaPath: '#/$defs/singleLabelStats/properties/n/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema35.properties.n.type,
          parentSchema: schema35.properties.n,
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
    if (data.confusion !== undefined) {
      let data3 = data.confusion;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (!(typeof data4 == 'number' && isFinite(data4))) {
            const err9 = {
              instancePath: instancePath + '/confusion/' + i0,
              schemaPath: '#/$defs/singleLabelStats/properties/confusion/items/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema35.properties.confusion.items.type,
              parentSchema: schema35.properties.confusion.items,
              data: data4,
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
          instancePath: instancePath + '/confusion',
          schemaPath: '#/$defs/singleLabelStats/properties/confusion/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema35.properties.confusion.type,
          parentSchema: schema35.properties.confusion,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.scored !== undefined) {
      let data5 = data.scored;
      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
        if (data5.n === undefined) {
          const err11 = {
            instancePath: instancePath + '/scored',
            schemaPath: '#/$defs/singleLabelStats/properties/scored/required',
            keyword: 'required',
            params: { missingProperty: 'n' },
            message: "must have required property '" + 'n' + "'",
            schema: schema35.properties.scored.required,
            parentSchema: schema35.properties.scored,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data5.bin_count === undefined) {
          const err12 = {
            instancePath: instancePath + '/scored',
            schemaPath: '#/$defs/singleLabelStats/properties/scored/required',
            keyword: 'required',
            params: { missingProperty: 'bin_count' },
            message: "must have required property '" + 'bin_count' + "'",
            schema: schema35.properties.scored.required,
            parentSchema: schema35.properties.scored,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data5.bin_confidence === undefined) {
          const err13 = {
            instancePath: instancePath + '/scored',
            schemaPath: '#/$defs/singleLabelStats/properties/scored/required',
            keyword: 'required',
            params: { missingProperty: 'bin_confidence' },
            message: "must have required property '" + 'bin_confidence' + "'",
            schema: schema35.properties.scored.required,
            parentSchema: schema35.properties.scored,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data5.bin_correct === undefined) {
          const err14 = {
            instancePath: instancePath + '/scored',
            schemaPath: '#/$defs/singleLabelStats/properties/scored/required',
            keyword: 'required',
            params: { missingProperty: 'bin_correct' },
            message: "must have required property '" + 'bin_correct' + "'",
            schema: schema35.properties.scored.required,
            parentSchema: schema35.properties.scored,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data5.brier_sum === undefined) {
          const err15 = {
            instancePath: instancePath + '/scored',
            schemaPath: '#/$defs/singleLabelStats/properties/scored/required',
            keyword: 'required',
            params: { missingProperty: 'brier_sum' },
            message: "must have required property '" + 'brier_sum' + "'",
            schema: schema35.properties.scored.required,
            parentSchema: schema35.properties.scored,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data5.log_loss_sum === undefined) {
          const err16 = {
            instancePath: instancePath + '/scored',
            schemaPath: '#/$defs/singleLabelStats/properties/scored/required',
            keyword: 'required',
            params: { missingProperty: 'log_loss_sum' },
            message: "must have required property '" + 'log_loss_sum' + "'",
            schema: schema35.properties.scored.required,
            parentSchema: schema35.properties.scored,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data5.top_k_hits === undefined) {
          const err17 = {
            instancePath: instancePath + '/scored',
            schemaPath: '#/$defs/singleLabelStats/properties/scored/required',
            keyword: 'required',
            params: { missingProperty: 'top_k_hits' },
            message: "must have required property '" + 'top_k_hits' + "'",
            schema: schema35.properties.scored.required,
            parentSchema: schema35.properties.scored,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(
            key1 === 'n' ||
            key1 === 'bin_count' ||
            key1 === 'bin_confidence' ||
            key1 === 'bin_correct' ||
            key1 === 'brier_sum' ||
            key1 === 'log_loss_sum' ||
            key1 === 'top_k_hits' ||
            key1 === 'ranking'
          )) {
            const err18 = {
              instancePath: instancePath + '/scored',
              schemaPath: '#/$defs/singleLabelStats/properties/scored/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema35.properties.scored,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data5.n !== undefined) {
          let data6 = data5.n;
          if (!(typeof data6 == 'number' && isFinite(data6))) {
            const err19 = {
              instancePath: instancePath + '/scored/n',
              schemaPath: '#/$defs/singleLabelStats/properties/scored/properties/n/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema35.properties.scored.properties.n.type,
              parentSchema: schema35.properties.scored.properties.n,
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
        if (data5.bin_count !== undefined) {
          let data7 = data5.bin_count;
          if (Array.isArray(data7)) {
            const len1 = data7.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data8 = data7[i1];
              if (!(typeof data8 == 'number' && isFinite(data8))) {
                const err20 = {
                  instancePath: instancePath + '/scored/bin_count/' + i1,
                  schemaPath: '#/$defs/singleLabelStats/properties/scored/properties/bin_count/items/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema35.properties.scored.properties.bin_count.items.type,
                  parentSchema: schema35.properties.scored.properties.bin_count.items,
                  data: data8,
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = {
              instancePath: instancePath + '/scored/bin_count',
              schemaPath: '#/$defs/singleLabelStats/properties/scored/properties/bin_count/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema35.properties.scored.properties.bin_count.type,
              parentSchema: schema35.properties.scored.properties.bin_count,
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
        if (data5.bin_confidence !== undefined) {
          let data9 = data5.bin_confidence;
          if (Array.isArray(data9)) {
            const len2 = data9.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data10 = data9[i2];
              if (!(typeof data10 == 'number' && isFinite(data10))) {
                const err22 = {
                  instancePath: instancePath + '/scored/bin_confidence/' + i2,
                  schemaPath:
                    '#/$defs/singleLabelStats/properties/scored/properties/bin_confidence/items/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema35.properties.scored.properties.bin_confidence.items.type,
                  parentSchema: schema35.properties.scored.properties.bin_confidence.items,
                  data: data10,
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/scored/bin_confidence',
              schemaPath: '#/$defs/singleLabelStats/properties/scored/properties/bin_confidence/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema35.properties.scored.properties.bin_confidence.type,
              parentSchema: schema35.properties.scored.properties.bin_confidence,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data5.bin_correct !== undefined) {
          let data11 = data5.bin_correct;
          if (Array.isArray(data11)) {
            const len3 = data11.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data12 = data11[i3];
              if (!(typeof data12 == 'number' && isFinite(data12))) {
                const err24 = {
                  instancePath: instancePath + '/scored/bin_correct/' + i3,
                  schemaPath: '#/$defs/singleLabelStats/properties/scored/properties/bin_correct/items/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema35.properties.scored.properties.bin_correct.items.type,
                  parentSchema: schema35.properties.scored.properties.bin_correct.items,
                  data: data12,
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = {
              instancePath: instancePath + '/scored/bin_correct',
              schemaPath: '#/$defs/singleLabelStats/properties/scored/properties/bin_correct/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema35.properties.scored.properties.bin_correct.type,
              parentSchema: schema35.properties.scored.properties.bin_correct,
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
        if (data5.brier_sum !== undefined) {
          let data13 = data5.brier_sum;
          if (!(typeof data13 == 'number' && isFinite(data13))) {
            const err26 = {
              instancePath: instancePath + '/scored/brier_sum',
              schemaPath: '#/$defs/singleLabelStats/properties/scored/properties/brier_sum/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema35.properties.scored.properties.brier_sum.type,
              parentSchema: schema35.properties.scored.properties.brier_sum,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data5.log_loss_sum !== undefined) {
          let data14 = data5.log_loss_sum;
          if (!(typeof data14 == 'number' && isFinite(data14))) {
            const err27 = {
              instancePath: instancePath + '/scored/log_loss_sum',
              schemaPath: '#/$defs/singleLabelStats/properties/scored/properties/log_loss_sum/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema35.properties.scored.properties.log_loss_sum.type,
              parentSchema: schema35.properties.scored.properties.log_loss_sum,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data5.top_k_hits !== undefined) {
          let data15 = data5.top_k_hits;
          if (!(typeof data15 == 'number' && isFinite(data15))) {
            const err28 = {
              instancePath: instancePath + '/scored/top_k_hits',
              schemaPath: '#/$defs/singleLabelStats/properties/scored/properties/top_k_hits/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema35.properties.scored.properties.top_k_hits.type,
              parentSchema: schema35.properties.scored.properties.top_k_hits,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data5.ranking !== undefined) {
          let data16 = data5.ranking;
          if (Array.isArray(data16)) {
            const len4 = data16.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data17 = data16[i4];
              if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
                if (data17.scores === undefined) {
                  const err29 = {
                    instancePath: instancePath + '/scored/ranking/' + i4,
                    schemaPath:
                      '#/$defs/singleLabelStats/properties/scored/properties/ranking/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'scores' },
                    message: "must have required property '" + 'scores' + "'",
                    schema: schema35.properties.scored.properties.ranking.items.required,
                    parentSchema: schema35.properties.scored.properties.ranking.items,
                    data: data17,
                  };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                if (data17.positives === undefined) {
                  const err30 = {
                    instancePath: instancePath + '/scored/ranking/' + i4,
                    schemaPath:
                      '#/$defs/singleLabelStats/properties/scored/properties/ranking/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'positives' },
                    message: "must have required property '" + 'positives' + "'",
                    schema: schema35.properties.scored.properties.ranking.items.required,
                    parentSchema: schema35.properties.scored.properties.ranking.items,
                    data: data17,
                  };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                if (data17.negatives === undefined) {
                  const err31 = {
                    instancePath: instancePath + '/scored/ranking/' + i4,
                    schemaPath:
                      '#/$defs/singleLabelStats/properties/scored/properties/ranking/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'negatives' },
                    message: "must have required property '" + 'negatives' + "'",
                    schema: schema35.properties.scored.properties.ranking.items.required,
                    parentSchema: schema35.properties.scored.properties.ranking.items,
                    data: data17,
                  };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                for (const key2 in data17) {
                  if (!(key2 === 'scores' || key2 === 'positives' || key2 === 'negatives')) {
                    const err32 = {
                      instancePath: instancePath + '/scored/ranking/' + i4,
                      schemaPath:
                        '#/$defs/singleLabelStats/properties/scored/properties/ranking/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key2 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema35.properties.scored.properties.ranking.items,
                      data: data17,
                    };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data17.scores !== undefined) {
                  let data18 = data17.scores;
                  if (Array.isArray(data18)) {
                    const len5 = data18.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                      let data19 = data18[i5];
                      if (!(typeof data19 == 'number' && isFinite(data19))) {
                        const err33 = {
                          instancePath: instancePath + '/scored/ranking/' + i4 + '/scores/' + i5,
                          schemaPath:
                            '#/$defs/singleLabelStats/properties/scored/properties/ranking/items/properties/scores/items/type',
                          keyword: 'type',
                          params: { type: 'number' },
                          message: 'must be number',
                          schema:
                            schema35.properties.scored.properties.ranking.items.properties.scores.items.type,
                          parentSchema:
                            schema35.properties.scored.properties.ranking.items.properties.scores.items,
                          data: data19,
                        };
                        if (vErrors === null) {
                          vErrors = [err33];
                        } else {
                          vErrors.push(err33);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err34 = {
                      instancePath: instancePath + '/scored/ranking/' + i4 + '/scores',
                      schemaPath:
                        '#/$defs/singleLabelStats/properties/scored/properties/ranking/items/properties/scores/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                      schema: schema35.properties.scored.properties.ranking.items.properties.scores.type,
                      parentSchema: schema35.properties.scored.properties.ranking.items.properties.scores,
                      data: data18,
                    };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data17.positives !== undefined) {
                  let data20 = data17.positives;
                  if (Array.isArray(data20)) {
                    const len6 = data20.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                      let data21 = data20[i6];
                      if (!(typeof data21 == 'number' && isFinite(data21))) {
                        const err35 = {
                          instancePath: instancePath + '/scored/ranking/' + i4 + '/positives/' + i6,
                          schemaPath:
                            '#/$defs/singleLabelStats/properties/scored/properties/ranking/items/properties/positives/items/type',
                          keyword: 'type',
                          params: { type: 'number' },
                          message: 'must be number',
                          schema:
                            schema35.properties.scored.properties.ranking.items.properties.positives.items
                              .type,
                          parentSchema:
                            schema35.properties.scored.properties.ranking.items.properties.positives.items,
                          data: data21,
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
                      instancePath: instancePath + '/scored/ranking/' + i4 + '/positives',
                      schemaPath:
                        '#/$defs/singleLabelStats/properties/scored/properties/ranking/items/properties/positives/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                      schema: schema35.properties.scored.properties.ranking.items.properties.positives.type,
                      parentSchema: schema35.properties.scored.properties.ranking.items.properties.positives,
                      data: data20,
                    };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data17.negatives !== undefined) {
                  let data22 = data17.negatives;
                  if (Array.isArray(data22)) {
                    const len7 = data22.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                      let data23 = data22[i7];
                      if (!(typeof data23 == 'number' && isFinite(data23))) {
                        const err37 = {
                          instancePath: instancePath + '/scored/ranking/' + i4 + '/negatives/' + i7,
                          schemaPath:
                            '#/$defs/singleLabelStats/properties/scored/properties/ranking/items/properties/negatives/items/type',
                          keyword: 'type',
                          params: { type: 'number' },
                          message: 'must be number',
                          schema:
                            schema35.properties.scored.properties.ranking.items.properties.negatives.items
                              .type,
                          parentSchema:
                            schema35.properties.scored.properties.ranking.items.properties.negatives.items,
                          data: data23,
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
                      instancePath: instancePath + '/scored/ranking/' + i4 + '/negatives',
                      schemaPath:
                        '#/$defs/singleLabelStats/properties/scored/properties/ranking/items/properties/negatives/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                      schema: schema35.properties.scored.properties.ranking.items.properties.negatives.type,
                      parentSchema: schema35.properties.scored.properties.ranking.items.properties.negatives,
                      data: data22,
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
                  instancePath: instancePath + '/scored/ranking/' + i4,
                  schemaPath: '#/$defs/singleLabelStats/properties/scored/properties/ranking/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema35.properties.scored.properties.ranking.items.type,
                  parentSchema: schema35.properties.scored.properties.ranking.items,
                  data: data17,
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
              instancePath: instancePath + '/scored/ranking',
              schemaPath: '#/$defs/singleLabelStats/properties/scored/properties/ranking/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema35.properties.scored.properties.ranking.type,
              parentSchema: schema35.properties.scored.properties.ranking,
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
      } else {
        const err41 = {
          instancePath: instancePath + '/scored',
          schemaPath: '#/$defs/singleLabelStats/properties/scored/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema35.properties.scored.type,
          parentSchema: schema35.properties.scored,
          data: data5,
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
      instancePath,
      schemaPath: '#/$defs/singleLabelStats/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema35.type,
      parentSchema: schema35,
      data,
    };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = true;
  }
  const _errs54 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.family === undefined) {
      const err43 = {
        instancePath,
        schemaPath: '#/$defs/multilabelStats/required',
        keyword: 'required',
        params: { missingProperty: 'family' },
        message: "must have required property '" + 'family' + "'",
        schema: schema36.required,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err43];
      } else {
        vErrors.push(err43);
      }
      errors++;
    }
    if (data.k === undefined) {
      const err44 = {
        instancePath,
        schemaPath: '#/$defs/multilabelStats/required',
        keyword: 'required',
        params: { missingProperty: 'k' },
        message: "must have required property '" + 'k' + "'",
        schema: schema36.required,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err44];
      } else {
        vErrors.push(err44);
      }
      errors++;
    }
    if (data.n === undefined) {
      const err45 = {
        instancePath,
        schemaPath: '#/$defs/multilabelStats/required',
        keyword: 'required',
        params: { missingProperty: 'n' },
        message: "must have required property '" + 'n' + "'",
        schema: schema36.required,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err45];
      } else {
        vErrors.push(err45);
      }
      errors++;
    }
    if (data.exact === undefined) {
      const err46 = {
        instancePath,
        schemaPath: '#/$defs/multilabelStats/required',
        keyword: 'required',
        params: { missingProperty: 'exact' },
        message: "must have required property '" + 'exact' + "'",
        schema: schema36.required,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err46];
      } else {
        vErrors.push(err46);
      }
      errors++;
    }
    if (data.tp === undefined) {
      const err47 = {
        instancePath,
        schemaPath: '#/$defs/multilabelStats/required',
        keyword: 'required',
        params: { missingProperty: 'tp' },
        message: "must have required property '" + 'tp' + "'",
        schema: schema36.required,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err47];
      } else {
        vErrors.push(err47);
      }
      errors++;
    }
    if (data.fp === undefined) {
      const err48 = {
        instancePath,
        schemaPath: '#/$defs/multilabelStats/required',
        keyword: 'required',
        params: { missingProperty: 'fp' },
        message: "must have required property '" + 'fp' + "'",
        schema: schema36.required,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err48];
      } else {
        vErrors.push(err48);
      }
      errors++;
    }
    if (data.fn === undefined) {
      const err49 = {
        instancePath,
        schemaPath: '#/$defs/multilabelStats/required',
        keyword: 'required',
        params: { missingProperty: 'fn' },
        message: "must have required property '" + 'fn' + "'",
        schema: schema36.required,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err49];
      } else {
        vErrors.push(err49);
      }
      errors++;
    }
    if (data.samples_precision_sum === undefined) {
      const err50 = {
        instancePath,
        schemaPath: '#/$defs/multilabelStats/required',
        keyword: 'required',
        params: { missingProperty: 'samples_precision_sum' },
        message: "must have required property '" + 'samples_precision_sum' + "'",
        schema: schema36.required,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err50];
      } else {
        vErrors.push(err50);
      }
      errors++;
    }
    if (data.samples_recall_sum === undefined) {
      const err51 = {
        instancePath,
        schemaPath: '#/$defs/multilabelStats/required',
        keyword: 'required',
        params: { missingProperty: 'samples_recall_sum' },
        message: "must have required property '" + 'samples_recall_sum' + "'",
        schema: schema36.required,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err51];
      } else {
        vErrors.push(err51);
      }
      errors++;
    }
    if (data.samples_f1_sum === undefined) {
      const err52 = {
        instancePath,
        schemaPath: '#/$defs/multilabelStats/required',
        keyword: 'required',
        params: { missingProperty: 'samples_f1_sum' },
        message: "must have required property '" + 'samples_f1_sum' + "'",
        schema: schema36.required,
        parentSchema: schema36,
        data,
      };
      if (vErrors === null) {
        vErrors = [err52];
      } else {
        vErrors.push(err52);
      }
      errors++;
    }
    for (const key3 in data) {
      if (!func1.call(schema36.properties, key3)) {
        const err53 = {
          instancePath,
          schemaPath: '#/$defs/multilabelStats/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key3 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema36,
          data,
        };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.family !== undefined) {
      let data24 = data.family;
      if ('classification-multilabel' !== data24) {
        const err54 = {
          instancePath: instancePath + '/family',
          schemaPath: '#/$defs/multilabelStats/properties/family/const',
          keyword: 'const',
          params: { allowedValue: 'classification-multilabel' },
          message: 'must be equal to constant',
          schema: 'classification-multilabel',
          parentSchema: schema36.properties.family,
          data: data24,
        };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.k !== undefined) {
      let data25 = data.k;
      if (!(typeof data25 == 'number' && !(data25 % 1) && !isNaN(data25) && isFinite(data25))) {
        const err55 = {
          instancePath: instancePath + '/k',
          schemaPath: '#/$defs/multilabelStats/properties/k/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema36.properties.k.type,
          parentSchema: schema36.properties.k,
          data: data25,
        };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
      if (typeof data25 == 'number' && isFinite(data25)) {
        if (data25 < 1 || isNaN(data25)) {
          const err56 = {
            instancePath: instancePath + '/k',
            schemaPath: '#/$defs/multilabelStats/properties/k/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema36.properties.k,
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
    }
    if (data.n !== undefined) {
      let data26 = data.n;
      if (!(typeof data26 == 'number' && isFinite(data26))) {
        const err57 = {
          instancePath: instancePath + '/n',
          schemaPath: '#/$defs/multilabelStats/properties/n/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema36.properties.n.type,
          parentSchema: schema36.properties.n,
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
    if (data.exact !== undefined) {
      let data27 = data.exact;
      if (!(typeof data27 == 'number' && isFinite(data27))) {
        const err58 = {
          instancePath: instancePath + '/exact',
          schemaPath: '#/$defs/multilabelStats/properties/exact/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema36.properties.exact.type,
          parentSchema: schema36.properties.exact,
          data: data27,
        };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.tp !== undefined) {
      let data28 = data.tp;
      if (Array.isArray(data28)) {
        const len8 = data28.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data29 = data28[i8];
          if (!(typeof data29 == 'number' && isFinite(data29))) {
            const err59 = {
              instancePath: instancePath + '/tp/' + i8,
              schemaPath: '#/$defs/multilabelStats/properties/tp/items/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema36.properties.tp.items.type,
              parentSchema: schema36.properties.tp.items,
              data: data29,
            };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = {
          instancePath: instancePath + '/tp',
          schemaPath: '#/$defs/multilabelStats/properties/tp/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema36.properties.tp.type,
          parentSchema: schema36.properties.tp,
          data: data28,
        };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.fp !== undefined) {
      let data30 = data.fp;
      if (Array.isArray(data30)) {
        const len9 = data30.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data31 = data30[i9];
          if (!(typeof data31 == 'number' && isFinite(data31))) {
            const err61 = {
              instancePath: instancePath + '/fp/' + i9,
              schemaPath: '#/$defs/multilabelStats/properties/fp/items/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema36.properties.fp.items.type,
              parentSchema: schema36.properties.fp.items,
              data: data31,
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
          instancePath: instancePath + '/fp',
          schemaPath: '#/$defs/multilabelStats/properties/fp/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema36.properties.fp.type,
          parentSchema: schema36.properties.fp,
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
    if (data.fn !== undefined) {
      let data32 = data.fn;
      if (Array.isArray(data32)) {
        const len10 = data32.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data33 = data32[i10];
          if (!(typeof data33 == 'number' && isFinite(data33))) {
            const err63 = {
              instancePath: instancePath + '/fn/' + i10,
              schemaPath: '#/$defs/multilabelStats/properties/fn/items/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema36.properties.fn.items.type,
              parentSchema: schema36.properties.fn.items,
              data: data33,
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
          instancePath: instancePath + '/fn',
          schemaPath: '#/$defs/multilabelStats/properties/fn/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema36.properties.fn.type,
          parentSchema: schema36.properties.fn,
          data: data32,
        };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.samples_precision_sum !== undefined) {
      let data34 = data.samples_precision_sum;
      if (!(typeof data34 == 'number' && isFinite(data34))) {
        const err65 = {
          instancePath: instancePath + '/samples_precision_sum',
          schemaPath: '#/$defs/multilabelStats/properties/samples_precision_sum/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema36.properties.samples_precision_sum.type,
          parentSchema: schema36.properties.samples_precision_sum,
          data: data34,
        };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.samples_recall_sum !== undefined) {
      let data35 = data.samples_recall_sum;
      if (!(typeof data35 == 'number' && isFinite(data35))) {
        const err66 = {
          instancePath: instancePath + '/samples_recall_sum',
          schemaPath: '#/$defs/multilabelStats/properties/samples_recall_sum/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema36.properties.samples_recall_sum.type,
          parentSchema: schema36.properties.samples_recall_sum,
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
    if (data.samples_f1_sum !== undefined) {
      let data36 = data.samples_f1_sum;
      if (!(typeof data36 == 'number' && isFinite(data36))) {
        const err67 = {
          instancePath: instancePath + '/samples_f1_sum',
          schemaPath: '#/$defs/multilabelStats/properties/samples_f1_sum/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema36.properties.samples_f1_sum.type,
          parentSchema: schema36.properties.samples_f1_sum,
          data: data36,
        };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
  } else {
    const err68 = {
      instancePath,
      schemaPath: '#/$defs/multilabelStats/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema36.type,
      parentSchema: schema36,
      data,
    };
    if (vErrors === null) {
      vErrors = [err68];
    } else {
      vErrors.push(err68);
    }
    errors++;
  }
  var _valid0 = _errs54 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = true;
    }
  }
  const _errs83 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.family === undefined) {
      const err69 = {
        instancePath,
        schemaPath: '#/$defs/labelSliceStats/required',
        keyword: 'required',
        params: { missingProperty: 'family' },
        message: "must have required property '" + 'family' + "'",
        schema: schema37.required,
        parentSchema: schema37,
        data,
      };
      if (vErrors === null) {
        vErrors = [err69];
      } else {
        vErrors.push(err69);
      }
      errors++;
    }
    if (data.of === undefined) {
      const err70 = {
        instancePath,
        schemaPath: '#/$defs/labelSliceStats/required',
        keyword: 'required',
        params: { missingProperty: 'of' },
        message: "must have required property '" + 'of' + "'",
        schema: schema37.required,
        parentSchema: schema37,
        data,
      };
      if (vErrors === null) {
        vErrors = [err70];
      } else {
        vErrors.push(err70);
      }
      errors++;
    }
    if (data.class === undefined) {
      const err71 = {
        instancePath,
        schemaPath: '#/$defs/labelSliceStats/required',
        keyword: 'required',
        params: { missingProperty: 'class' },
        message: "must have required property '" + 'class' + "'",
        schema: schema37.required,
        parentSchema: schema37,
        data,
      };
      if (vErrors === null) {
        vErrors = [err71];
      } else {
        vErrors.push(err71);
      }
      errors++;
    }
    for (const key4 in data) {
      if (!(key4 === 'family' || key4 === 'of' || key4 === 'class')) {
        const err72 = {
          instancePath,
          schemaPath: '#/$defs/labelSliceStats/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key4 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema37,
          data,
        };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.family !== undefined) {
      let data37 = data.family;
      if ('label-slice' !== data37) {
        const err73 = {
          instancePath: instancePath + '/family',
          schemaPath: '#/$defs/labelSliceStats/properties/family/const',
          keyword: 'const',
          params: { allowedValue: 'label-slice' },
          message: 'must be equal to constant',
          schema: 'label-slice',
          parentSchema: schema37.properties.family,
          data: data37,
        };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.of !== undefined) {
      let data38 = data.of;
      if (typeof data38 !== 'string') {
        const err74 = {
          instancePath: instancePath + '/of',
          schemaPath: '#/$defs/labelSliceStats/properties/of/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema37.properties.of.type,
          parentSchema: schema37.properties.of,
          data: data38,
        };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.class !== undefined) {
      let data39 = data.class;
      if (!(typeof data39 == 'number' && !(data39 % 1) && !isNaN(data39) && isFinite(data39))) {
        const err75 = {
          instancePath: instancePath + '/class',
          schemaPath: '#/$defs/labelSliceStats/properties/class/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema37.properties.class.type,
          parentSchema: schema37.properties.class,
          data: data39,
        };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
      if (typeof data39 == 'number' && isFinite(data39)) {
        if (data39 < 0 || isNaN(data39)) {
          const err76 = {
            instancePath: instancePath + '/class',
            schemaPath: '#/$defs/labelSliceStats/properties/class/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema37.properties.class,
            data: data39,
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
  } else {
    const err77 = {
      instancePath,
      schemaPath: '#/$defs/labelSliceStats/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema37.type,
      parentSchema: schema37,
      data,
    };
    if (vErrors === null) {
      vErrors = [err77];
    } else {
      vErrors.push(err77);
    }
    errors++;
  }
  var _valid0 = _errs83 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = true;
    }
  }
  const _errs92 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.family === undefined) {
      const err78 = {
        instancePath,
        schemaPath: '#/$defs/rankingStats/required',
        keyword: 'required',
        params: { missingProperty: 'family' },
        message: "must have required property '" + 'family' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err78];
      } else {
        vErrors.push(err78);
      }
      errors++;
    }
    if (data.queries === undefined) {
      const err79 = {
        instancePath,
        schemaPath: '#/$defs/rankingStats/required',
        keyword: 'required',
        params: { missingProperty: 'queries' },
        message: "must have required property '" + 'queries' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err79];
      } else {
        vErrors.push(err79);
      }
      errors++;
    }
    if (data.sums === undefined) {
      const err80 = {
        instancePath,
        schemaPath: '#/$defs/rankingStats/required',
        keyword: 'required',
        params: { missingProperty: 'sums' },
        message: "must have required property '" + 'sums' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err80];
      } else {
        vErrors.push(err80);
      }
      errors++;
    }
    if (data.counts === undefined) {
      const err81 = {
        instancePath,
        schemaPath: '#/$defs/rankingStats/required',
        keyword: 'required',
        params: { missingProperty: 'counts' },
        message: "must have required property '" + 'counts' + "'",
        schema: schema38.required,
        parentSchema: schema38,
        data,
      };
      if (vErrors === null) {
        vErrors = [err81];
      } else {
        vErrors.push(err81);
      }
      errors++;
    }
    for (const key5 in data) {
      if (!(key5 === 'family' || key5 === 'queries' || key5 === 'sums' || key5 === 'counts')) {
        const err82 = {
          instancePath,
          schemaPath: '#/$defs/rankingStats/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key5 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema38,
          data,
        };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.family !== undefined) {
      let data40 = data.family;
      if ('ranking' !== data40) {
        const err83 = {
          instancePath: instancePath + '/family',
          schemaPath: '#/$defs/rankingStats/properties/family/const',
          keyword: 'const',
          params: { allowedValue: 'ranking' },
          message: 'must be equal to constant',
          schema: 'ranking',
          parentSchema: schema38.properties.family,
          data: data40,
        };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.queries !== undefined) {
      let data41 = data.queries;
      if (!(typeof data41 == 'number' && isFinite(data41))) {
        const err84 = {
          instancePath: instancePath + '/queries',
          schemaPath: '#/$defs/rankingStats/properties/queries/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema38.properties.queries.type,
          parentSchema: schema38.properties.queries,
          data: data41,
        };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.sums !== undefined) {
      let data42 = data.sums;
      if (data42 && typeof data42 == 'object' && !Array.isArray(data42)) {
        for (const key6 in data42) {
          let data43 = data42[key6];
          if (!(typeof data43 == 'number' && isFinite(data43))) {
            const err85 = {
              instancePath: instancePath + '/sums/' + key6.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/$defs/rankingStats/properties/sums/additionalProperties/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema38.properties.sums.additionalProperties.type,
              parentSchema: schema38.properties.sums.additionalProperties,
              data: data43,
            };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      } else {
        const err86 = {
          instancePath: instancePath + '/sums',
          schemaPath: '#/$defs/rankingStats/properties/sums/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema38.properties.sums.type,
          parentSchema: schema38.properties.sums,
          data: data42,
        };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.counts !== undefined) {
      let data44 = data.counts;
      if (data44 && typeof data44 == 'object' && !Array.isArray(data44)) {
        for (const key7 in data44) {
          let data45 = data44[key7];
          if (!(typeof data45 == 'number' && isFinite(data45))) {
            const err87 = {
              instancePath: instancePath + '/counts/' + key7.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/$defs/rankingStats/properties/counts/additionalProperties/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema38.properties.counts.additionalProperties.type,
              parentSchema: schema38.properties.counts.additionalProperties,
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
      } else {
        const err88 = {
          instancePath: instancePath + '/counts',
          schemaPath: '#/$defs/rankingStats/properties/counts/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema38.properties.counts.type,
          parentSchema: schema38.properties.counts,
          data: data44,
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
      instancePath,
      schemaPath: '#/$defs/rankingStats/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema38.type,
      parentSchema: schema38,
      data,
    };
    if (vErrors === null) {
      vErrors = [err89];
    } else {
      vErrors.push(err89);
    }
    errors++;
  }
  var _valid0 = _errs92 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = true;
    }
  }
  const _errs109 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.family === undefined) {
      const err90 = {
        instancePath,
        schemaPath: '#/$defs/generationStats/required',
        keyword: 'required',
        params: { missingProperty: 'family' },
        message: "must have required property '" + 'family' + "'",
        schema: schema39.required,
        parentSchema: schema39,
        data,
      };
      if (vErrors === null) {
        vErrors = [err90];
      } else {
        vErrors.push(err90);
      }
      errors++;
    }
    if (data.n === undefined) {
      const err91 = {
        instancePath,
        schemaPath: '#/$defs/generationStats/required',
        keyword: 'required',
        params: { missingProperty: 'n' },
        message: "must have required property '" + 'n' + "'",
        schema: schema39.required,
        parentSchema: schema39,
        data,
      };
      if (vErrors === null) {
        vErrors = [err91];
      } else {
        vErrors.push(err91);
      }
      errors++;
    }
    if (data.squad_em_sum === undefined) {
      const err92 = {
        instancePath,
        schemaPath: '#/$defs/generationStats/required',
        keyword: 'required',
        params: { missingProperty: 'squad_em_sum' },
        message: "must have required property '" + 'squad_em_sum' + "'",
        schema: schema39.required,
        parentSchema: schema39,
        data,
      };
      if (vErrors === null) {
        vErrors = [err92];
      } else {
        vErrors.push(err92);
      }
      errors++;
    }
    if (data.squad_f1_sum === undefined) {
      const err93 = {
        instancePath,
        schemaPath: '#/$defs/generationStats/required',
        keyword: 'required',
        params: { missingProperty: 'squad_f1_sum' },
        message: "must have required property '" + 'squad_f1_sum' + "'",
        schema: schema39.required,
        parentSchema: schema39,
        data,
      };
      if (vErrors === null) {
        vErrors = [err93];
      } else {
        vErrors.push(err93);
      }
      errors++;
    }
    if (data.rouge1_sum === undefined) {
      const err94 = {
        instancePath,
        schemaPath: '#/$defs/generationStats/required',
        keyword: 'required',
        params: { missingProperty: 'rouge1_sum' },
        message: "must have required property '" + 'rouge1_sum' + "'",
        schema: schema39.required,
        parentSchema: schema39,
        data,
      };
      if (vErrors === null) {
        vErrors = [err94];
      } else {
        vErrors.push(err94);
      }
      errors++;
    }
    if (data.rouge2_sum === undefined) {
      const err95 = {
        instancePath,
        schemaPath: '#/$defs/generationStats/required',
        keyword: 'required',
        params: { missingProperty: 'rouge2_sum' },
        message: "must have required property '" + 'rouge2_sum' + "'",
        schema: schema39.required,
        parentSchema: schema39,
        data,
      };
      if (vErrors === null) {
        vErrors = [err95];
      } else {
        vErrors.push(err95);
      }
      errors++;
    }
    if (data.rougeL_sum === undefined) {
      const err96 = {
        instancePath,
        schemaPath: '#/$defs/generationStats/required',
        keyword: 'required',
        params: { missingProperty: 'rougeL_sum' },
        message: "must have required property '" + 'rougeL_sum' + "'",
        schema: schema39.required,
        parentSchema: schema39,
        data,
      };
      if (vErrors === null) {
        vErrors = [err96];
      } else {
        vErrors.push(err96);
      }
      errors++;
    }
    if (data.bleu === undefined) {
      const err97 = {
        instancePath,
        schemaPath: '#/$defs/generationStats/required',
        keyword: 'required',
        params: { missingProperty: 'bleu' },
        message: "must have required property '" + 'bleu' + "'",
        schema: schema39.required,
        parentSchema: schema39,
        data,
      };
      if (vErrors === null) {
        vErrors = [err97];
      } else {
        vErrors.push(err97);
      }
      errors++;
    }
    if (data.chrf === undefined) {
      const err98 = {
        instancePath,
        schemaPath: '#/$defs/generationStats/required',
        keyword: 'required',
        params: { missingProperty: 'chrf' },
        message: "must have required property '" + 'chrf' + "'",
        schema: schema39.required,
        parentSchema: schema39,
        data,
      };
      if (vErrors === null) {
        vErrors = [err98];
      } else {
        vErrors.push(err98);
      }
      errors++;
    }
    for (const key8 in data) {
      if (!func1.call(schema39.properties, key8)) {
        const err99 = {
          instancePath,
          schemaPath: '#/$defs/generationStats/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key8 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema39,
          data,
        };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data.family !== undefined) {
      let data46 = data.family;
      if ('generation' !== data46) {
        const err100 = {
          instancePath: instancePath + '/family',
          schemaPath: '#/$defs/generationStats/properties/family/const',
          keyword: 'const',
          params: { allowedValue: 'generation' },
          message: 'must be equal to constant',
          schema: 'generation',
          parentSchema: schema39.properties.family,
          data: data46,
        };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
    if (data.n !== undefined) {
      let data47 = data.n;
      if (!(typeof data47 == 'number' && isFinite(data47))) {
        const err101 = {
          instancePath: instancePath + '/n',
          schemaPath: '#/$defs/generationStats/properties/n/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema39.properties.n.type,
          parentSchema: schema39.properties.n,
          data: data47,
        };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.squad_em_sum !== undefined) {
      let data48 = data.squad_em_sum;
      if (!(typeof data48 == 'number' && isFinite(data48))) {
        const err102 = {
          instancePath: instancePath + '/squad_em_sum',
          schemaPath: '#/$defs/generationStats/properties/squad_em_sum/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema39.properties.squad_em_sum.type,
          parentSchema: schema39.properties.squad_em_sum,
          data: data48,
        };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      }
    }
    if (data.squad_f1_sum !== undefined) {
      let data49 = data.squad_f1_sum;
      if (!(typeof data49 == 'number' && isFinite(data49))) {
        const err103 = {
          instancePath: instancePath + '/squad_f1_sum',
          schemaPath: '#/$defs/generationStats/properties/squad_f1_sum/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema39.properties.squad_f1_sum.type,
          parentSchema: schema39.properties.squad_f1_sum,
          data: data49,
        };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
    if (data.rouge1_sum !== undefined) {
      let data50 = data.rouge1_sum;
      if (!(typeof data50 == 'number' && isFinite(data50))) {
        const err104 = {
          instancePath: instancePath + '/rouge1_sum',
          schemaPath: '#/$defs/generationStats/properties/rouge1_sum/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema39.properties.rouge1_sum.type,
          parentSchema: schema39.properties.rouge1_sum,
          data: data50,
        };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      }
    }
    if (data.rouge2_sum !== undefined) {
      let data51 = data.rouge2_sum;
      if (!(typeof data51 == 'number' && isFinite(data51))) {
        const err105 = {
          instancePath: instancePath + '/rouge2_sum',
          schemaPath: '#/$defs/generationStats/properties/rouge2_sum/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema39.properties.rouge2_sum.type,
          parentSchema: schema39.properties.rouge2_sum,
          data: data51,
        };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
    if (data.rougeL_sum !== undefined) {
      let data52 = data.rougeL_sum;
      if (!(typeof data52 == 'number' && isFinite(data52))) {
        const err106 = {
          instancePath: instancePath + '/rougeL_sum',
          schemaPath: '#/$defs/generationStats/properties/rougeL_sum/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema39.properties.rougeL_sum.type,
          parentSchema: schema39.properties.rougeL_sum,
          data: data52,
        };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
    }
    if (data.bleu !== undefined) {
      let data53 = data.bleu;
      if (data53 && typeof data53 == 'object' && !Array.isArray(data53)) {
        if (data53.hyp_length === undefined) {
          const err107 = {
            instancePath: instancePath + '/bleu',
            schemaPath: '#/$defs/generationStats/properties/bleu/required',
            keyword: 'required',
            params: { missingProperty: 'hyp_length' },
            message: "must have required property '" + 'hyp_length' + "'",
            schema: schema39.properties.bleu.required,
            parentSchema: schema39.properties.bleu,
            data: data53,
          };
          if (vErrors === null) {
            vErrors = [err107];
          } else {
            vErrors.push(err107);
          }
          errors++;
        }
        if (data53.ref_length === undefined) {
          const err108 = {
            instancePath: instancePath + '/bleu',
            schemaPath: '#/$defs/generationStats/properties/bleu/required',
            keyword: 'required',
            params: { missingProperty: 'ref_length' },
            message: "must have required property '" + 'ref_length' + "'",
            schema: schema39.properties.bleu.required,
            parentSchema: schema39.properties.bleu,
            data: data53,
          };
          if (vErrors === null) {
            vErrors = [err108];
          } else {
            vErrors.push(err108);
          }
          errors++;
        }
        if (data53.matches === undefined) {
          const err109 = {
            instancePath: instancePath + '/bleu',
            schemaPath: '#/$defs/generationStats/properties/bleu/required',
            keyword: 'required',
            params: { missingProperty: 'matches' },
            message: "must have required property '" + 'matches' + "'",
            schema: schema39.properties.bleu.required,
            parentSchema: schema39.properties.bleu,
            data: data53,
          };
          if (vErrors === null) {
            vErrors = [err109];
          } else {
            vErrors.push(err109);
          }
          errors++;
        }
        if (data53.totals === undefined) {
          const err110 = {
            instancePath: instancePath + '/bleu',
            schemaPath: '#/$defs/generationStats/properties/bleu/required',
            keyword: 'required',
            params: { missingProperty: 'totals' },
            message: "must have required property '" + 'totals' + "'",
            schema: schema39.properties.bleu.required,
            parentSchema: schema39.properties.bleu,
            data: data53,
          };
          if (vErrors === null) {
            vErrors = [err110];
          } else {
            vErrors.push(err110);
          }
          errors++;
        }
        for (const key9 in data53) {
          if (!(key9 === 'hyp_length' || key9 === 'ref_length' || key9 === 'matches' || key9 === 'totals')) {
            const err111 = {
              instancePath: instancePath + '/bleu',
              schemaPath: '#/$defs/generationStats/properties/bleu/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key9 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema39.properties.bleu,
              data: data53,
            };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
        }
        if (data53.hyp_length !== undefined) {
          let data54 = data53.hyp_length;
          if (!(typeof data54 == 'number' && isFinite(data54))) {
            const err112 = {
              instancePath: instancePath + '/bleu/hyp_length',
              schemaPath: '#/$defs/generationStats/properties/bleu/properties/hyp_length/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema39.properties.bleu.properties.hyp_length.type,
              parentSchema: schema39.properties.bleu.properties.hyp_length,
              data: data54,
            };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
        if (data53.ref_length !== undefined) {
          let data55 = data53.ref_length;
          if (!(typeof data55 == 'number' && isFinite(data55))) {
            const err113 = {
              instancePath: instancePath + '/bleu/ref_length',
              schemaPath: '#/$defs/generationStats/properties/bleu/properties/ref_length/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema39.properties.bleu.properties.ref_length.type,
              parentSchema: schema39.properties.bleu.properties.ref_length,
              data: data55,
            };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
        if (data53.matches !== undefined) {
          let data56 = data53.matches;
          if (Array.isArray(data56)) {
            const len11 = data56.length;
            for (let i11 = 0; i11 < len11; i11++) {
              let data57 = data56[i11];
              if (!(typeof data57 == 'number' && isFinite(data57))) {
                const err114 = {
                  instancePath: instancePath + '/bleu/matches/' + i11,
                  schemaPath: '#/$defs/generationStats/properties/bleu/properties/matches/items/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema39.properties.bleu.properties.matches.items.type,
                  parentSchema: schema39.properties.bleu.properties.matches.items,
                  data: data57,
                };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
          } else {
            const err115 = {
              instancePath: instancePath + '/bleu/matches',
              schemaPath: '#/$defs/generationStats/properties/bleu/properties/matches/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema39.properties.bleu.properties.matches.type,
              parentSchema: schema39.properties.bleu.properties.matches,
              data: data56,
            };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
        if (data53.totals !== undefined) {
          let data58 = data53.totals;
          if (Array.isArray(data58)) {
            const len12 = data58.length;
            for (let i12 = 0; i12 < len12; i12++) {
              let data59 = data58[i12];
              if (!(typeof data59 == 'number' && isFinite(data59))) {
                const err116 = {
                  instancePath: instancePath + '/bleu/totals/' + i12,
                  schemaPath: '#/$defs/generationStats/properties/bleu/properties/totals/items/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema39.properties.bleu.properties.totals.items.type,
                  parentSchema: schema39.properties.bleu.properties.totals.items,
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
              instancePath: instancePath + '/bleu/totals',
              schemaPath: '#/$defs/generationStats/properties/bleu/properties/totals/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema39.properties.bleu.properties.totals.type,
              parentSchema: schema39.properties.bleu.properties.totals,
              data: data58,
            };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
        }
      } else {
        const err118 = {
          instancePath: instancePath + '/bleu',
          schemaPath: '#/$defs/generationStats/properties/bleu/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema39.properties.bleu.type,
          parentSchema: schema39.properties.bleu,
          data: data53,
        };
        if (vErrors === null) {
          vErrors = [err118];
        } else {
          vErrors.push(err118);
        }
        errors++;
      }
    }
    if (data.chrf !== undefined) {
      let data60 = data.chrf;
      if (data60 && typeof data60 == 'object' && !Array.isArray(data60)) {
        if (data60.hyp_counts === undefined) {
          const err119 = {
            instancePath: instancePath + '/chrf',
            schemaPath: '#/$defs/generationStats/properties/chrf/required',
            keyword: 'required',
            params: { missingProperty: 'hyp_counts' },
            message: "must have required property '" + 'hyp_counts' + "'",
            schema: schema39.properties.chrf.required,
            parentSchema: schema39.properties.chrf,
            data: data60,
          };
          if (vErrors === null) {
            vErrors = [err119];
          } else {
            vErrors.push(err119);
          }
          errors++;
        }
        if (data60.ref_counts === undefined) {
          const err120 = {
            instancePath: instancePath + '/chrf',
            schemaPath: '#/$defs/generationStats/properties/chrf/required',
            keyword: 'required',
            params: { missingProperty: 'ref_counts' },
            message: "must have required property '" + 'ref_counts' + "'",
            schema: schema39.properties.chrf.required,
            parentSchema: schema39.properties.chrf,
            data: data60,
          };
          if (vErrors === null) {
            vErrors = [err120];
          } else {
            vErrors.push(err120);
          }
          errors++;
        }
        if (data60.matches === undefined) {
          const err121 = {
            instancePath: instancePath + '/chrf',
            schemaPath: '#/$defs/generationStats/properties/chrf/required',
            keyword: 'required',
            params: { missingProperty: 'matches' },
            message: "must have required property '" + 'matches' + "'",
            schema: schema39.properties.chrf.required,
            parentSchema: schema39.properties.chrf,
            data: data60,
          };
          if (vErrors === null) {
            vErrors = [err121];
          } else {
            vErrors.push(err121);
          }
          errors++;
        }
        for (const key10 in data60) {
          if (!(key10 === 'hyp_counts' || key10 === 'ref_counts' || key10 === 'matches')) {
            const err122 = {
              instancePath: instancePath + '/chrf',
              schemaPath: '#/$defs/generationStats/properties/chrf/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key10 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema39.properties.chrf,
              data: data60,
            };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
        if (data60.hyp_counts !== undefined) {
          let data61 = data60.hyp_counts;
          if (Array.isArray(data61)) {
            const len13 = data61.length;
            for (let i13 = 0; i13 < len13; i13++) {
              let data62 = data61[i13];
              if (!(typeof data62 == 'number' && isFinite(data62))) {
                const err123 = {
                  instancePath: instancePath + '/chrf/hyp_counts/' + i13,
                  schemaPath: '#/$defs/generationStats/properties/chrf/properties/hyp_counts/items/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema39.properties.chrf.properties.hyp_counts.items.type,
                  parentSchema: schema39.properties.chrf.properties.hyp_counts.items,
                  data: data62,
                };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
            }
          } else {
            const err124 = {
              instancePath: instancePath + '/chrf/hyp_counts',
              schemaPath: '#/$defs/generationStats/properties/chrf/properties/hyp_counts/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema39.properties.chrf.properties.hyp_counts.type,
              parentSchema: schema39.properties.chrf.properties.hyp_counts,
              data: data61,
            };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
        }
        if (data60.ref_counts !== undefined) {
          let data63 = data60.ref_counts;
          if (Array.isArray(data63)) {
            const len14 = data63.length;
            for (let i14 = 0; i14 < len14; i14++) {
              let data64 = data63[i14];
              if (!(typeof data64 == 'number' && isFinite(data64))) {
                const err125 = {
                  instancePath: instancePath + '/chrf/ref_counts/' + i14,
                  schemaPath: '#/$defs/generationStats/properties/chrf/properties/ref_counts/items/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema39.properties.chrf.properties.ref_counts.items.type,
                  parentSchema: schema39.properties.chrf.properties.ref_counts.items,
                  data: data64,
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
              instancePath: instancePath + '/chrf/ref_counts',
              schemaPath: '#/$defs/generationStats/properties/chrf/properties/ref_counts/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema39.properties.chrf.properties.ref_counts.type,
              parentSchema: schema39.properties.chrf.properties.ref_counts,
              data: data63,
            };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
        }
        if (data60.matches !== undefined) {
          let data65 = data60.matches;
          if (Array.isArray(data65)) {
            const len15 = data65.length;
            for (let i15 = 0; i15 < len15; i15++) {
              let data66 = data65[i15];
              if (!(typeof data66 == 'number' && isFinite(data66))) {
                const err127 = {
                  instancePath: instancePath + '/chrf/matches/' + i15,
                  schemaPath: '#/$defs/generationStats/properties/chrf/properties/matches/items/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema39.properties.chrf.properties.matches.items.type,
                  parentSchema: schema39.properties.chrf.properties.matches.items,
                  data: data66,
                };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
          } else {
            const err128 = {
              instancePath: instancePath + '/chrf/matches',
              schemaPath: '#/$defs/generationStats/properties/chrf/properties/matches/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema39.properties.chrf.properties.matches.type,
              parentSchema: schema39.properties.chrf.properties.matches,
              data: data65,
            };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
        }
      } else {
        const err129 = {
          instancePath: instancePath + '/chrf',
          schemaPath: '#/$defs/generationStats/properties/chrf/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema39.properties.chrf.type,
          parentSchema: schema39.properties.chrf,
          data: data60,
        };
        if (vErrors === null) {
          vErrors = [err129];
        } else {
          vErrors.push(err129);
        }
        errors++;
      }
    }
  } else {
    const err130 = {
      instancePath,
      schemaPath: '#/$defs/generationStats/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema39.type,
      parentSchema: schema39,
      data,
    };
    if (vErrors === null) {
      vErrors = [err130];
    } else {
      vErrors.push(err130);
    }
    errors++;
  }
  var _valid0 = _errs109 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = true;
    }
  }
  const _errs156 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.family === undefined) {
      const err131 = {
        instancePath,
        schemaPath: '#/$defs/spanStats/required',
        keyword: 'required',
        params: { missingProperty: 'family' },
        message: "must have required property '" + 'family' + "'",
        schema: schema40.required,
        parentSchema: schema40,
        data,
      };
      if (vErrors === null) {
        vErrors = [err131];
      } else {
        vErrors.push(err131);
      }
      errors++;
    }
    if (data.n === undefined) {
      const err132 = {
        instancePath,
        schemaPath: '#/$defs/spanStats/required',
        keyword: 'required',
        params: { missingProperty: 'n' },
        message: "must have required property '" + 'n' + "'",
        schema: schema40.required,
        parentSchema: schema40,
        data,
      };
      if (vErrors === null) {
        vErrors = [err132];
      } else {
        vErrors.push(err132);
      }
      errors++;
    }
    if (data.tp === undefined) {
      const err133 = {
        instancePath,
        schemaPath: '#/$defs/spanStats/required',
        keyword: 'required',
        params: { missingProperty: 'tp' },
        message: "must have required property '" + 'tp' + "'",
        schema: schema40.required,
        parentSchema: schema40,
        data,
      };
      if (vErrors === null) {
        vErrors = [err133];
      } else {
        vErrors.push(err133);
      }
      errors++;
    }
    if (data.fp === undefined) {
      const err134 = {
        instancePath,
        schemaPath: '#/$defs/spanStats/required',
        keyword: 'required',
        params: { missingProperty: 'fp' },
        message: "must have required property '" + 'fp' + "'",
        schema: schema40.required,
        parentSchema: schema40,
        data,
      };
      if (vErrors === null) {
        vErrors = [err134];
      } else {
        vErrors.push(err134);
      }
      errors++;
    }
    if (data.fn === undefined) {
      const err135 = {
        instancePath,
        schemaPath: '#/$defs/spanStats/required',
        keyword: 'required',
        params: { missingProperty: 'fn' },
        message: "must have required property '" + 'fn' + "'",
        schema: schema40.required,
        parentSchema: schema40,
        data,
      };
      if (vErrors === null) {
        vErrors = [err135];
      } else {
        vErrors.push(err135);
      }
      errors++;
    }
    for (const key11 in data) {
      if (!(key11 === 'family' || key11 === 'n' || key11 === 'tp' || key11 === 'fp' || key11 === 'fn')) {
        const err136 = {
          instancePath,
          schemaPath: '#/$defs/spanStats/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key11 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema40,
          data,
        };
        if (vErrors === null) {
          vErrors = [err136];
        } else {
          vErrors.push(err136);
        }
        errors++;
      }
    }
    if (data.family !== undefined) {
      let data67 = data.family;
      if ('spans' !== data67) {
        const err137 = {
          instancePath: instancePath + '/family',
          schemaPath: '#/$defs/spanStats/properties/family/const',
          keyword: 'const',
          params: { allowedValue: 'spans' },
          message: 'must be equal to constant',
          schema: 'spans',
          parentSchema: schema40.properties.family,
          data: data67,
        };
        if (vErrors === null) {
          vErrors = [err137];
        } else {
          vErrors.push(err137);
        }
        errors++;
      }
    }
    if (data.n !== undefined) {
      let data68 = data.n;
      if (!(typeof data68 == 'number' && isFinite(data68))) {
        const err138 = {
          instancePath: instancePath + '/n',
          schemaPath: '#/$defs/spanStats/properties/n/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema40.properties.n.type,
          parentSchema: schema40.properties.n,
          data: data68,
        };
        if (vErrors === null) {
          vErrors = [err138];
        } else {
          vErrors.push(err138);
        }
        errors++;
      }
    }
    if (data.tp !== undefined) {
      let data69 = data.tp;
      if (Array.isArray(data69)) {
        const len16 = data69.length;
        for (let i16 = 0; i16 < len16; i16++) {
          let data70 = data69[i16];
          if (!(typeof data70 == 'number' && isFinite(data70))) {
            const err139 = {
              instancePath: instancePath + '/tp/' + i16,
              schemaPath: '#/$defs/spanStats/properties/tp/items/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema40.properties.tp.items.type,
              parentSchema: schema40.properties.tp.items,
              data: data70,
            };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
      } else {
        const err140 = {
          instancePath: instancePath + '/tp',
          schemaPath: '#/$defs/spanStats/properties/tp/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema40.properties.tp.type,
          parentSchema: schema40.properties.tp,
          data: data69,
        };
        if (vErrors === null) {
          vErrors = [err140];
        } else {
          vErrors.push(err140);
        }
        errors++;
      }
    }
    if (data.fp !== undefined) {
      let data71 = data.fp;
      if (Array.isArray(data71)) {
        const len17 = data71.length;
        for (let i17 = 0; i17 < len17; i17++) {
          let data72 = data71[i17];
          if (!(typeof data72 == 'number' && isFinite(data72))) {
            const err141 = {
              instancePath: instancePath + '/fp/' + i17,
              schemaPath: '#/$defs/spanStats/properties/fp/items/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema40.properties.fp.items.type,
              parentSchema: schema40.properties.fp.items,
              data: data72,
            };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
        }
      } else {
        const err142 = {
          instancePath: instancePath + '/fp',
          schemaPath: '#/$defs/spanStats/properties/fp/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema40.properties.fp.type,
          parentSchema: schema40.properties.fp,
          data: data71,
        };
        if (vErrors === null) {
          vErrors = [err142];
        } else {
          vErrors.push(err142);
        }
        errors++;
      }
    }
    if (data.fn !== undefined) {
      let data73 = data.fn;
      if (Array.isArray(data73)) {
        const len18 = data73.length;
        for (let i18 = 0; i18 < len18; i18++) {
          let data74 = data73[i18];
          if (!(typeof data74 == 'number' && isFinite(data74))) {
            const err143 = {
              instancePath: instancePath + '/fn/' + i18,
              schemaPath: '#/$defs/spanStats/properties/fn/items/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema40.properties.fn.items.type,
              parentSchema: schema40.properties.fn.items,
              data: data74,
            };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
        }
      } else {
        const err144 = {
          instancePath: instancePath + '/fn',
          schemaPath: '#/$defs/spanStats/properties/fn/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema40.properties.fn.type,
          parentSchema: schema40.properties.fn,
          data: data73,
        };
        if (vErrors === null) {
          vErrors = [err144];
        } else {
          vErrors.push(err144);
        }
        errors++;
      }
    }
  } else {
    const err145 = {
      instancePath,
      schemaPath: '#/$defs/spanStats/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema40.type,
      parentSchema: schema40,
      data,
    };
    if (vErrors === null) {
      vErrors = [err145];
    } else {
      vErrors.push(err145);
    }
    errors++;
  }
  var _valid0 = _errs156 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = true;
    }
  }
  const _errs175 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.family === undefined) {
      const err146 = {
        instancePath,
        schemaPath: '#/$defs/scoredStats/required',
        keyword: 'required',
        params: { missingProperty: 'family' },
        message: "must have required property '" + 'family' + "'",
        schema: schema41.required,
        parentSchema: schema41,
        data,
      };
      if (vErrors === null) {
        vErrors = [err146];
      } else {
        vErrors.push(err146);
      }
      errors++;
    }
    if (data.n === undefined) {
      const err147 = {
        instancePath,
        schemaPath: '#/$defs/scoredStats/required',
        keyword: 'required',
        params: { missingProperty: 'n' },
        message: "must have required property '" + 'n' + "'",
        schema: schema41.required,
        parentSchema: schema41,
        data,
      };
      if (vErrors === null) {
        vErrors = [err147];
      } else {
        vErrors.push(err147);
      }
      errors++;
    }
    if (data.runs === undefined) {
      const err148 = {
        instancePath,
        schemaPath: '#/$defs/scoredStats/required',
        keyword: 'required',
        params: { missingProperty: 'runs' },
        message: "must have required property '" + 'runs' + "'",
        schema: schema41.required,
        parentSchema: schema41,
        data,
      };
      if (vErrors === null) {
        vErrors = [err148];
      } else {
        vErrors.push(err148);
      }
      errors++;
    }
    if (data.scored === undefined) {
      const err149 = {
        instancePath,
        schemaPath: '#/$defs/scoredStats/required',
        keyword: 'required',
        params: { missingProperty: 'scored' },
        message: "must have required property '" + 'scored' + "'",
        schema: schema41.required,
        parentSchema: schema41,
        data,
      };
      if (vErrors === null) {
        vErrors = [err149];
      } else {
        vErrors.push(err149);
      }
      errors++;
    }
    if (data.score_sum === undefined) {
      const err150 = {
        instancePath,
        schemaPath: '#/$defs/scoredStats/required',
        keyword: 'required',
        params: { missingProperty: 'score_sum' },
        message: "must have required property '" + 'score_sum' + "'",
        schema: schema41.required,
        parentSchema: schema41,
        data,
      };
      if (vErrors === null) {
        vErrors = [err150];
      } else {
        vErrors.push(err150);
      }
      errors++;
    }
    if (data.judged === undefined) {
      const err151 = {
        instancePath,
        schemaPath: '#/$defs/scoredStats/required',
        keyword: 'required',
        params: { missingProperty: 'judged' },
        message: "must have required property '" + 'judged' + "'",
        schema: schema41.required,
        parentSchema: schema41,
        data,
      };
      if (vErrors === null) {
        vErrors = [err151];
      } else {
        vErrors.push(err151);
      }
      errors++;
    }
    if (data.pass_sum === undefined) {
      const err152 = {
        instancePath,
        schemaPath: '#/$defs/scoredStats/required',
        keyword: 'required',
        params: { missingProperty: 'pass_sum' },
        message: "must have required property '" + 'pass_sum' + "'",
        schema: schema41.required,
        parentSchema: schema41,
        data,
      };
      if (vErrors === null) {
        vErrors = [err152];
      } else {
        vErrors.push(err152);
      }
      errors++;
    }
    if (data.flaky === undefined) {
      const err153 = {
        instancePath,
        schemaPath: '#/$defs/scoredStats/required',
        keyword: 'required',
        params: { missingProperty: 'flaky' },
        message: "must have required property '" + 'flaky' + "'",
        schema: schema41.required,
        parentSchema: schema41,
        data,
      };
      if (vErrors === null) {
        vErrors = [err153];
      } else {
        vErrors.push(err153);
      }
      errors++;
    }
    if (data.score_values === undefined) {
      const err154 = {
        instancePath,
        schemaPath: '#/$defs/scoredStats/required',
        keyword: 'required',
        params: { missingProperty: 'score_values' },
        message: "must have required property '" + 'score_values' + "'",
        schema: schema41.required,
        parentSchema: schema41,
        data,
      };
      if (vErrors === null) {
        vErrors = [err154];
      } else {
        vErrors.push(err154);
      }
      errors++;
    }
    if (data.score_counts === undefined) {
      const err155 = {
        instancePath,
        schemaPath: '#/$defs/scoredStats/required',
        keyword: 'required',
        params: { missingProperty: 'score_counts' },
        message: "must have required property '" + 'score_counts' + "'",
        schema: schema41.required,
        parentSchema: schema41,
        data,
      };
      if (vErrors === null) {
        vErrors = [err155];
      } else {
        vErrors.push(err155);
      }
      errors++;
    }
    for (const key12 in data) {
      if (!func1.call(schema41.properties, key12)) {
        const err156 = {
          instancePath,
          schemaPath: '#/$defs/scoredStats/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key12 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema41,
          data,
        };
        if (vErrors === null) {
          vErrors = [err156];
        } else {
          vErrors.push(err156);
        }
        errors++;
      }
    }
    if (data.family !== undefined) {
      let data75 = data.family;
      if ('scored' !== data75) {
        const err157 = {
          instancePath: instancePath + '/family',
          schemaPath: '#/$defs/scoredStats/properties/family/const',
          keyword: 'const',
          params: { allowedValue: 'scored' },
          message: 'must be equal to constant',
          schema: 'scored',
          parentSchema: schema41.properties.family,
          data: data75,
        };
        if (vErrors === null) {
          vErrors = [err157];
        } else {
          vErrors.push(err157);
        }
        errors++;
      }
    }
    if (data.n !== undefined) {
      let data76 = data.n;
      if (!(typeof data76 == 'number' && isFinite(data76))) {
        const err158 = {
          instancePath: instancePath + '/n',
          schemaPath: '#/$defs/scoredStats/properties/n/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema41.properties.n.type,
          parentSchema: schema41.properties.n,
          data: data76,
        };
        if (vErrors === null) {
          vErrors = [err158];
        } else {
          vErrors.push(err158);
        }
        errors++;
      }
    }
    if (data.runs !== undefined) {
      let data77 = data.runs;
      if (!(typeof data77 == 'number' && isFinite(data77))) {
        const err159 = {
          instancePath: instancePath + '/runs',
          schemaPath: '#/$defs/scoredStats/properties/runs/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema41.properties.runs.type,
          parentSchema: schema41.properties.runs,
          data: data77,
        };
        if (vErrors === null) {
          vErrors = [err159];
        } else {
          vErrors.push(err159);
        }
        errors++;
      }
    }
    if (data.scored !== undefined) {
      let data78 = data.scored;
      if (!(typeof data78 == 'number' && isFinite(data78))) {
        const err160 = {
          instancePath: instancePath + '/scored',
          schemaPath: '#/$defs/scoredStats/properties/scored/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema41.properties.scored.type,
          parentSchema: schema41.properties.scored,
          data: data78,
        };
        if (vErrors === null) {
          vErrors = [err160];
        } else {
          vErrors.push(err160);
        }
        errors++;
      }
    }
    if (data.score_sum !== undefined) {
      let data79 = data.score_sum;
      if (!(typeof data79 == 'number' && isFinite(data79))) {
        const err161 = {
          instancePath: instancePath + '/score_sum',
          schemaPath: '#/$defs/scoredStats/properties/score_sum/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema41.properties.score_sum.type,
          parentSchema: schema41.properties.score_sum,
          data: data79,
        };
        if (vErrors === null) {
          vErrors = [err161];
        } else {
          vErrors.push(err161);
        }
        errors++;
      }
    }
    if (data.judged !== undefined) {
      let data80 = data.judged;
      if (!(typeof data80 == 'number' && isFinite(data80))) {
        const err162 = {
          instancePath: instancePath + '/judged',
          schemaPath: '#/$defs/scoredStats/properties/judged/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema41.properties.judged.type,
          parentSchema: schema41.properties.judged,
          data: data80,
        };
        if (vErrors === null) {
          vErrors = [err162];
        } else {
          vErrors.push(err162);
        }
        errors++;
      }
    }
    if (data.pass_sum !== undefined) {
      let data81 = data.pass_sum;
      if (!(typeof data81 == 'number' && isFinite(data81))) {
        const err163 = {
          instancePath: instancePath + '/pass_sum',
          schemaPath: '#/$defs/scoredStats/properties/pass_sum/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema41.properties.pass_sum.type,
          parentSchema: schema41.properties.pass_sum,
          data: data81,
        };
        if (vErrors === null) {
          vErrors = [err163];
        } else {
          vErrors.push(err163);
        }
        errors++;
      }
    }
    if (data.flaky !== undefined) {
      let data82 = data.flaky;
      if (!(typeof data82 == 'number' && isFinite(data82))) {
        const err164 = {
          instancePath: instancePath + '/flaky',
          schemaPath: '#/$defs/scoredStats/properties/flaky/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
          schema: schema41.properties.flaky.type,
          parentSchema: schema41.properties.flaky,
          data: data82,
        };
        if (vErrors === null) {
          vErrors = [err164];
        } else {
          vErrors.push(err164);
        }
        errors++;
      }
    }
    if (data.score_values !== undefined) {
      let data83 = data.score_values;
      if (Array.isArray(data83)) {
        const len19 = data83.length;
        for (let i19 = 0; i19 < len19; i19++) {
          let data84 = data83[i19];
          if (!(typeof data84 == 'number' && isFinite(data84))) {
            const err165 = {
              instancePath: instancePath + '/score_values/' + i19,
              schemaPath: '#/$defs/scoredStats/properties/score_values/items/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema41.properties.score_values.items.type,
              parentSchema: schema41.properties.score_values.items,
              data: data84,
            };
            if (vErrors === null) {
              vErrors = [err165];
            } else {
              vErrors.push(err165);
            }
            errors++;
          }
        }
      } else {
        const err166 = {
          instancePath: instancePath + '/score_values',
          schemaPath: '#/$defs/scoredStats/properties/score_values/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema41.properties.score_values.type,
          parentSchema: schema41.properties.score_values,
          data: data83,
        };
        if (vErrors === null) {
          vErrors = [err166];
        } else {
          vErrors.push(err166);
        }
        errors++;
      }
    }
    if (data.score_counts !== undefined) {
      let data85 = data.score_counts;
      if (Array.isArray(data85)) {
        const len20 = data85.length;
        for (let i20 = 0; i20 < len20; i20++) {
          let data86 = data85[i20];
          if (!(typeof data86 == 'number' && isFinite(data86))) {
            const err167 = {
              instancePath: instancePath + '/score_counts/' + i20,
              schemaPath: '#/$defs/scoredStats/properties/score_counts/items/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema41.properties.score_counts.items.type,
              parentSchema: schema41.properties.score_counts.items,
              data: data86,
            };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
        }
      } else {
        const err168 = {
          instancePath: instancePath + '/score_counts',
          schemaPath: '#/$defs/scoredStats/properties/score_counts/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema41.properties.score_counts.type,
          parentSchema: schema41.properties.score_counts,
          data: data85,
        };
        if (vErrors === null) {
          vErrors = [err168];
        } else {
          vErrors.push(err168);
        }
        errors++;
      }
    }
  } else {
    const err169 = {
      instancePath,
      schemaPath: '#/$defs/scoredStats/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema41.type,
      parentSchema: schema41,
      data,
    };
    if (vErrors === null) {
      vErrors = [err169];
    } else {
      vErrors.push(err169);
    }
    errors++;
  }
  var _valid0 = _errs175 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (props0 !== true) {
      props0 = true;
    }
  }
  if (!valid0) {
    const err170 = {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf',
      schema: schema34.anyOf,
      parentSchema: schema34,
      data,
    };
    if (vErrors === null) {
      vErrors = [err170];
    } else {
      vErrors.push(err170);
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
  validate23.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate23.evaluated = { dynamicProps: true, dynamicItems: false };
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
    if (data.key === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
        message: "must have required property '" + 'key' + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.fields === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'fields' },
        message: "must have required property '" + 'fields' + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.n === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'n' },
        message: "must have required property '" + 'n' + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.insufficient === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'insufficient' },
        message: "must have required property '" + 'insufficient' + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.metrics === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'metrics' },
        message: "must have required property '" + 'metrics' + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema33.properties, key0)) {
        const err6 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema33,
          data,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/key',
          schemaPath: '#/properties/key/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.properties.key.type,
          parentSchema: schema33.properties.key,
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
    if (data.kind !== undefined) {
      let data1 = data.kind;
      if (!(data1 === 'overall' || data1 === 'field' || data1 === 'cross' || data1 === 'label')) {
        const err8 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/enum',
          keyword: 'enum',
          params: { allowedValues: schema33.properties.kind.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema33.properties.kind.enum,
          parentSchema: schema33.properties.kind,
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
    if (data.fields !== undefined) {
      let data2 = data.fields;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          let data3 = data2[key1];
          if (typeof data3 !== 'string') {
            const err9 = {
              instancePath: instancePath + '/fields/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/fields/additionalProperties/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.properties.fields.additionalProperties.type,
              parentSchema: schema33.properties.fields.additionalProperties,
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
      } else {
        const err10 = {
          instancePath: instancePath + '/fields',
          schemaPath: '#/properties/fields/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema33.properties.fields.type,
          parentSchema: schema33.properties.fields,
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
    if (data.n !== undefined) {
      let data4 = data.n;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        const err11 = {
          instancePath: instancePath + '/n',
          schemaPath: '#/properties/n/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema33.properties.n.type,
          parentSchema: schema33.properties.n,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 == 'number' && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err12 = {
            instancePath: instancePath + '/n',
            schemaPath: '#/properties/n/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema33.properties.n,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.insufficient !== undefined) {
      let data5 = data.insufficient;
      if (typeof data5 !== 'boolean') {
        const err13 = {
          instancePath: instancePath + '/insufficient',
          schemaPath: '#/properties/insufficient/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
          schema: schema33.properties.insufficient.type,
          parentSchema: schema33.properties.insufficient,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.metrics !== undefined) {
      let data6 = data.metrics;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        for (const key2 in data6) {
          let data7 = data6[key2];
          if (!(typeof data7 == 'number' && isFinite(data7)) && data7 !== null) {
            const err14 = {
              instancePath: instancePath + '/metrics/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/metrics/additionalProperties/type',
              keyword: 'type',
              params: { type: schema33.properties.metrics.additionalProperties.type },
              message: 'must be number,null',
              schema: schema33.properties.metrics.additionalProperties.type,
              parentSchema: schema33.properties.metrics.additionalProperties,
              data: data7,
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
          instancePath: instancePath + '/metrics',
          schemaPath: '#/properties/metrics/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema33.properties.metrics.type,
          parentSchema: schema33.properties.metrics,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.per_class !== undefined) {
      let data8 = data.per_class;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
            if (data9.label === undefined) {
              const err16 = {
                instancePath: instancePath + '/per_class/' + i0,
                schemaPath: '#/properties/per_class/items/required',
                keyword: 'required',
                params: { missingProperty: 'label' },
                message: "must have required property '" + 'label' + "'",
                schema: schema33.properties.per_class.items.required,
                parentSchema: schema33.properties.per_class.items,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data9.precision === undefined) {
              const err17 = {
                instancePath: instancePath + '/per_class/' + i0,
                schemaPath: '#/properties/per_class/items/required',
                keyword: 'required',
                params: { missingProperty: 'precision' },
                message: "must have required property '" + 'precision' + "'",
                schema: schema33.properties.per_class.items.required,
                parentSchema: schema33.properties.per_class.items,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data9.recall === undefined) {
              const err18 = {
                instancePath: instancePath + '/per_class/' + i0,
                schemaPath: '#/properties/per_class/items/required',
                keyword: 'required',
                params: { missingProperty: 'recall' },
                message: "must have required property '" + 'recall' + "'",
                schema: schema33.properties.per_class.items.required,
                parentSchema: schema33.properties.per_class.items,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data9.f1 === undefined) {
              const err19 = {
                instancePath: instancePath + '/per_class/' + i0,
                schemaPath: '#/properties/per_class/items/required',
                keyword: 'required',
                params: { missingProperty: 'f1' },
                message: "must have required property '" + 'f1' + "'",
                schema: schema33.properties.per_class.items.required,
                parentSchema: schema33.properties.per_class.items,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data9.support === undefined) {
              const err20 = {
                instancePath: instancePath + '/per_class/' + i0,
                schemaPath: '#/properties/per_class/items/required',
                keyword: 'required',
                params: { missingProperty: 'support' },
                message: "must have required property '" + 'support' + "'",
                schema: schema33.properties.per_class.items.required,
                parentSchema: schema33.properties.per_class.items,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            for (const key3 in data9) {
              if (!(
                key3 === 'label' ||
                key3 === 'precision' ||
                key3 === 'recall' ||
                key3 === 'f1' ||
                key3 === 'support'
              )) {
                const err21 = {
                  instancePath: instancePath + '/per_class/' + i0,
                  schemaPath: '#/properties/per_class/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema33.properties.per_class.items,
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
            if (data9.label !== undefined) {
              let data10 = data9.label;
              if (typeof data10 !== 'string') {
                const err22 = {
                  instancePath: instancePath + '/per_class/' + i0 + '/label',
                  schemaPath: '#/properties/per_class/items/properties/label/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema33.properties.per_class.items.properties.label.type,
                  parentSchema: schema33.properties.per_class.items.properties.label,
                  data: data10,
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data9.precision !== undefined) {
              let data11 = data9.precision;
              if (!(typeof data11 == 'number' && isFinite(data11))) {
                const err23 = {
                  instancePath: instancePath + '/per_class/' + i0 + '/precision',
                  schemaPath: '#/properties/per_class/items/properties/precision/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema33.properties.per_class.items.properties.precision.type,
                  parentSchema: schema33.properties.per_class.items.properties.precision,
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
            if (data9.recall !== undefined) {
              let data12 = data9.recall;
              if (!(typeof data12 == 'number' && isFinite(data12))) {
                const err24 = {
                  instancePath: instancePath + '/per_class/' + i0 + '/recall',
                  schemaPath: '#/properties/per_class/items/properties/recall/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema33.properties.per_class.items.properties.recall.type,
                  parentSchema: schema33.properties.per_class.items.properties.recall,
                  data: data12,
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data9.f1 !== undefined) {
              let data13 = data9.f1;
              if (!(typeof data13 == 'number' && isFinite(data13))) {
                const err25 = {
                  instancePath: instancePath + '/per_class/' + i0 + '/f1',
                  schemaPath: '#/properties/per_class/items/properties/f1/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema33.properties.per_class.items.properties.f1.type,
                  parentSchema: schema33.properties.per_class.items.properties.f1,
                  data: data13,
                };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data9.support !== undefined) {
              let data14 = data9.support;
              if (!(typeof data14 == 'number' && isFinite(data14))) {
                const err26 = {
                  instancePath: instancePath + '/per_class/' + i0 + '/support',
                  schemaPath: '#/properties/per_class/items/properties/support/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema33.properties.per_class.items.properties.support.type,
                  parentSchema: schema33.properties.per_class.items.properties.support,
                  data: data14,
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = {
              instancePath: instancePath + '/per_class/' + i0,
              schemaPath: '#/properties/per_class/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema33.properties.per_class.items.type,
              parentSchema: schema33.properties.per_class.items,
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
      } else {
        const err28 = {
          instancePath: instancePath + '/per_class',
          schemaPath: '#/properties/per_class/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema33.properties.per_class.type,
          parentSchema: schema33.properties.per_class,
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
    if (data.confusion_matrix !== undefined) {
      let data15 = data.confusion_matrix;
      if (Array.isArray(data15)) {
        const len1 = data15.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data16 = data15[i1];
          if (Array.isArray(data16)) {
            const len2 = data16.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data17 = data16[i2];
              if (!(typeof data17 == 'number' && isFinite(data17))) {
                const err29 = {
                  instancePath: instancePath + '/confusion_matrix/' + i1 + '/' + i2,
                  schemaPath: '#/properties/confusion_matrix/items/items/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema33.properties.confusion_matrix.items.items.type,
                  parentSchema: schema33.properties.confusion_matrix.items.items,
                  data: data17,
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
              instancePath: instancePath + '/confusion_matrix/' + i1,
              schemaPath: '#/properties/confusion_matrix/items/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema33.properties.confusion_matrix.items.type,
              parentSchema: schema33.properties.confusion_matrix.items,
              data: data16,
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
          instancePath: instancePath + '/confusion_matrix',
          schemaPath: '#/properties/confusion_matrix/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema33.properties.confusion_matrix.type,
          parentSchema: schema33.properties.confusion_matrix,
          data: data15,
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.stats !== undefined) {
      if (
        !validate23(data.stats, {
          instancePath: instancePath + '/stats',
          parentData: data,
          parentDataProperty: 'stats',
          rootData,
          dynamicAnchors,
        })
      ) {
        if (vErrors === null) vErrors = validate23.errors.slice();
        else for (const e of validate23.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.ops !== undefined) {
      let data19 = data.ops;
      if (data19 && typeof data19 == 'object' && !Array.isArray(data19)) {
        for (const key4 in data19) {
          if (!(key4 === 'latency' || key4 === 'cost')) {
            const err32 = {
              instancePath: instancePath + '/ops',
              schemaPath: '#/$defs/opsStats/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema42,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data19.latency !== undefined) {
          let data20 = data19.latency;
          if (data20 && typeof data20 == 'object' && !Array.isArray(data20)) {
            if (data20.values === undefined) {
              const err33 = {
                instancePath: instancePath + '/ops/latency',
                schemaPath: '#/$defs/opsStats/properties/latency/required',
                keyword: 'required',
                params: { missingProperty: 'values' },
                message: "must have required property '" + 'values' + "'",
                schema: schema42.properties.latency.required,
                parentSchema: schema42.properties.latency,
                data: data20,
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data20.counts === undefined) {
              const err34 = {
                instancePath: instancePath + '/ops/latency',
                schemaPath: '#/$defs/opsStats/properties/latency/required',
                keyword: 'required',
                params: { missingProperty: 'counts' },
                message: "must have required property '" + 'counts' + "'",
                schema: schema42.properties.latency.required,
                parentSchema: schema42.properties.latency,
                data: data20,
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            for (const key5 in data20) {
              if (!(key5 === 'values' || key5 === 'counts')) {
                const err35 = {
                  instancePath: instancePath + '/ops/latency',
                  schemaPath: '#/$defs/opsStats/properties/latency/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key5 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema42.properties.latency,
                  data: data20,
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data20.values !== undefined) {
              let data21 = data20.values;
              if (Array.isArray(data21)) {
                const len3 = data21.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data22 = data21[i3];
                  if (!(typeof data22 == 'number' && isFinite(data22))) {
                    const err36 = {
                      instancePath: instancePath + '/ops/latency/values/' + i3,
                      schemaPath: '#/$defs/opsStats/properties/latency/properties/values/items/type',
                      keyword: 'type',
                      params: { type: 'number' },
                      message: 'must be number',
                      schema: schema42.properties.latency.properties.values.items.type,
                      parentSchema: schema42.properties.latency.properties.values.items,
                      data: data22,
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
                  instancePath: instancePath + '/ops/latency/values',
                  schemaPath: '#/$defs/opsStats/properties/latency/properties/values/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema42.properties.latency.properties.values.type,
                  parentSchema: schema42.properties.latency.properties.values,
                  data: data21,
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data20.counts !== undefined) {
              let data23 = data20.counts;
              if (Array.isArray(data23)) {
                const len4 = data23.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data24 = data23[i4];
                  if (!(typeof data24 == 'number' && isFinite(data24))) {
                    const err38 = {
                      instancePath: instancePath + '/ops/latency/counts/' + i4,
                      schemaPath: '#/$defs/opsStats/properties/latency/properties/counts/items/type',
                      keyword: 'type',
                      params: { type: 'number' },
                      message: 'must be number',
                      schema: schema42.properties.latency.properties.counts.items.type,
                      parentSchema: schema42.properties.latency.properties.counts.items,
                      data: data24,
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
                  instancePath: instancePath + '/ops/latency/counts',
                  schemaPath: '#/$defs/opsStats/properties/latency/properties/counts/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema42.properties.latency.properties.counts.type,
                  parentSchema: schema42.properties.latency.properties.counts,
                  data: data23,
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
              instancePath: instancePath + '/ops/latency',
              schemaPath: '#/$defs/opsStats/properties/latency/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema42.properties.latency.type,
              parentSchema: schema42.properties.latency,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data19.cost !== undefined) {
          let data25 = data19.cost;
          if (data25 && typeof data25 == 'object' && !Array.isArray(data25)) {
            if (data25.sum === undefined) {
              const err41 = {
                instancePath: instancePath + '/ops/cost',
                schemaPath: '#/$defs/opsStats/properties/cost/required',
                keyword: 'required',
                params: { missingProperty: 'sum' },
                message: "must have required property '" + 'sum' + "'",
                schema: schema42.properties.cost.required,
                parentSchema: schema42.properties.cost,
                data: data25,
              };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data25.count === undefined) {
              const err42 = {
                instancePath: instancePath + '/ops/cost',
                schemaPath: '#/$defs/opsStats/properties/cost/required',
                keyword: 'required',
                params: { missingProperty: 'count' },
                message: "must have required property '" + 'count' + "'",
                schema: schema42.properties.cost.required,
                parentSchema: schema42.properties.cost,
                data: data25,
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            for (const key6 in data25) {
              if (!(key6 === 'sum' || key6 === 'count')) {
                const err43 = {
                  instancePath: instancePath + '/ops/cost',
                  schemaPath: '#/$defs/opsStats/properties/cost/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key6 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema42.properties.cost,
                  data: data25,
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data25.sum !== undefined) {
              let data26 = data25.sum;
              if (!(typeof data26 == 'number' && isFinite(data26))) {
                const err44 = {
                  instancePath: instancePath + '/ops/cost/sum',
                  schemaPath: '#/$defs/opsStats/properties/cost/properties/sum/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema42.properties.cost.properties.sum.type,
                  parentSchema: schema42.properties.cost.properties.sum,
                  data: data26,
                };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data25.count !== undefined) {
              let data27 = data25.count;
              if (!(typeof data27 == 'number' && isFinite(data27))) {
                const err45 = {
                  instancePath: instancePath + '/ops/cost/count',
                  schemaPath: '#/$defs/opsStats/properties/cost/properties/count/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                  schema: schema42.properties.cost.properties.count.type,
                  parentSchema: schema42.properties.cost.properties.count,
                  data: data27,
                };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          } else {
            const err46 = {
              instancePath: instancePath + '/ops/cost',
              schemaPath: '#/$defs/opsStats/properties/cost/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema42.properties.cost.type,
              parentSchema: schema42.properties.cost,
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = {
          instancePath: instancePath + '/ops',
          schemaPath: '#/$defs/opsStats/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema42.type,
          parentSchema: schema42,
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
  } else {
    const err48 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema33.type,
      parentSchema: schema33,
      data,
    };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema43 = {
  title: 'ExampleRecords',
  type: 'object',
  additionalProperties: false,
  required: ['n', 'ids', 'columns'],
  description:
    "Compact per-example records in golden-file order, for paired comparison. Columns: truth, pred (class indices, -1 = no prediction), golden (u32 hash of the example's golden content, to detect relabelled examples), field.<name> (code of the example's value in slice_values[name]), and per-example metric terms (confidence, brier, log_loss) when those metrics are computed.",
  properties: {
    n: { type: 'integer', minimum: 0 },
    ids: { type: 'array', items: { type: 'string' } },
    columns: { type: 'object', additionalProperties: { $ref: '#/$defs/column' } },
  },
};
const schema44 = {
  title: 'Column',
  description: 'Per-example values as a typed array (little-endian) in base64: `width` values an example.',
  type: 'object',
  additionalProperties: false,
  required: ['dtype', 'data'],
  properties: {
    dtype: { enum: ['u8', 'u16', 'u32', 'i16', 'i32', 'f32', 'f64'] },
    width: { type: 'integer', minimum: 1, description: 'Values per example (default 1).' },
    data: { type: 'string', contentEncoding: 'base64' },
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
    if (data.n === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'n' },
        message: "must have required property '" + 'n' + "'",
        schema: schema43.required,
        parentSchema: schema43,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.ids === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ids' },
        message: "must have required property '" + 'ids' + "'",
        schema: schema43.required,
        parentSchema: schema43,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.columns === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'columns' },
        message: "must have required property '" + 'columns' + "'",
        schema: schema43.required,
        parentSchema: schema43,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'n' || key0 === 'ids' || key0 === 'columns')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema43,
          data,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.n !== undefined) {
      let data0 = data.n;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err4 = {
          instancePath: instancePath + '/n',
          schemaPath: '#/properties/n/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema43.properties.n.type,
          parentSchema: schema43.properties.n,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err5 = {
            instancePath: instancePath + '/n',
            schemaPath: '#/properties/n/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema43.properties.n,
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
    }
    if (data.ids !== undefined) {
      let data1 = data.ids;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== 'string') {
            const err6 = {
              instancePath: instancePath + '/ids/' + i0,
              schemaPath: '#/properties/ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema43.properties.ids.items.type,
              parentSchema: schema43.properties.ids.items,
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
      } else {
        const err7 = {
          instancePath: instancePath + '/ids',
          schemaPath: '#/properties/ids/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema43.properties.ids.type,
          parentSchema: schema43.properties.ids,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.columns !== undefined) {
      let data3 = data.columns;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
            if (data4.dtype === undefined) {
              const err8 = {
                instancePath: instancePath + '/columns/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/$defs/column/required',
                keyword: 'required',
                params: { missingProperty: 'dtype' },
                message: "must have required property '" + 'dtype' + "'",
                schema: schema44.required,
                parentSchema: schema44,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data4.data === undefined) {
              const err9 = {
                instancePath: instancePath + '/columns/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/$defs/column/required',
                keyword: 'required',
                params: { missingProperty: 'data' },
                message: "must have required property '" + 'data' + "'",
                schema: schema44.required,
                parentSchema: schema44,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            for (const key2 in data4) {
              if (!(key2 === 'dtype' || key2 === 'width' || key2 === 'data')) {
                const err10 = {
                  instancePath: instancePath + '/columns/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/$defs/column/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key2 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema44,
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
            if (data4.dtype !== undefined) {
              let data5 = data4.dtype;
              if (!(
                data5 === 'u8' ||
                data5 === 'u16' ||
                data5 === 'u32' ||
                data5 === 'i16' ||
                data5 === 'i32' ||
                data5 === 'f32' ||
                data5 === 'f64'
              )) {
                const err11 = {
                  instancePath:
                    instancePath + '/columns/' + key1.replace(/~/g, '~0').replace(/\//g, '~1') + '/dtype',
                  schemaPath: '#/$defs/column/properties/dtype/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema44.properties.dtype.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema44.properties.dtype.enum,
                  parentSchema: schema44.properties.dtype,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data4.width !== undefined) {
              let data6 = data4.width;
              if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
                const err12 = {
                  instancePath:
                    instancePath + '/columns/' + key1.replace(/~/g, '~0').replace(/\//g, '~1') + '/width',
                  schemaPath: '#/$defs/column/properties/width/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema44.properties.width.type,
                  parentSchema: schema44.properties.width,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              if (typeof data6 == 'number' && isFinite(data6)) {
                if (data6 < 1 || isNaN(data6)) {
                  const err13 = {
                    instancePath:
                      instancePath + '/columns/' + key1.replace(/~/g, '~0').replace(/\//g, '~1') + '/width',
                    schemaPath: '#/$defs/column/properties/width/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                    schema: 1,
                    parentSchema: schema44.properties.width,
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
            }
            if (data4.data !== undefined) {
              let data7 = data4.data;
              if (typeof data7 !== 'string') {
                const err14 = {
                  instancePath:
                    instancePath + '/columns/' + key1.replace(/~/g, '~0').replace(/\//g, '~1') + '/data',
                  schemaPath: '#/$defs/column/properties/data/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema44.properties.data.type,
                  parentSchema: schema44.properties.data,
                  data: data7,
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
              instancePath: instancePath + '/columns/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/$defs/column/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema44.type,
              parentSchema: schema44,
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
      } else {
        const err16 = {
          instancePath: instancePath + '/columns',
          schemaPath: '#/properties/columns/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema43.properties.columns.type,
          parentSchema: schema43.properties.columns,
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
  } else {
    const err17 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema43.type,
      parentSchema: schema43,
      data,
    };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema46 = {
  title: 'ShardSuite',
  type: 'object',
  additionalProperties: false,
  required: ['golden_n', 'golden_ids', 'meta', 'n', 'ids', 'rows', 'golden', 'fields', 'columns'],
  description:
    "A suite of a partial result: the whole golden set's size and id fingerprint (equal in every shard of one run), the family's data the merge combines, and the shard's examples as the merge reads them: ids; rows (u32: each example's row in the golden set, the merge's golden order); golden (u32: each example's golden-content hash); fields (slice-value codes); columns (the family's per-example rows). The merge scatters them back to golden order and runs the family's aggregation over them.",
  properties: {
    golden_n: { type: 'integer', minimum: 0 },
    golden_ids: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
    meta: {
      type: 'object',
      additionalProperties: false,
      description:
        "The family's data beside the rows. spans: types (the golden set's and this shard's predicted entity types, sorted), goldTypes (the golden set's), invalid (predicted sequences breaking the scheme). classification: labels, note (on predicted labels outside the label space), positive (class index).",
      properties: {
        types: { type: 'array', items: { type: 'string' } },
        goldTypes: { type: 'array', items: { type: 'string' } },
        invalid: { type: 'integer', minimum: 0 },
        labels: { type: 'array', items: { type: 'string' } },
        note: { type: ['string', 'null'] },
        positive: { type: ['integer', 'null'], minimum: 0 },
      },
    },
    extra: {
      type: 'object',
      additionalProperties: false,
      required: ['count', 'first', 'line', 'file'],
      description:
        'Predictions this shard owns whose id is not in the golden set (extra_predictions: ignore).',
      properties: {
        count: { type: 'integer', minimum: 1 },
        first: { type: 'string' },
        line: { type: 'integer', minimum: 0 },
        file: { type: 'string' },
      },
    },
    n: {
      type: 'integer',
      minimum: 0,
      description: 'Examples this shard holds (the length of ids, rows and every column).',
    },
    ids: {
      type: 'string',
      contentEncoding: 'base64',
      description:
        "The examples' ids: the UTF-8 bytes of their JSON array without its brackets (JSON.stringify(ids).slice(1, -1)), in base64. The merge checks and copies them as bytes.",
    },
    rows: { $ref: '#/$defs/column' },
    golden: { $ref: '#/$defs/column' },
    fields: {
      type: 'object',
      additionalProperties: { $ref: '#/$defs/column' },
      description: "Per slice field: each example's code in slice_values[field].",
    },
    columns: {
      type: 'object',
      additionalProperties: { $ref: '#/$defs/column' },
      description:
        "The family's per-example rows, by name (classification: truth, pred, scored, conf, brier, log_loss, hit; ranking: m.<metric>; spans: counts; scored: runs, run_score, run_pass, …; ops.* for latency and cost).",
    },
  },
};
function validate28(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.golden_n === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'golden_n' },
        message: "must have required property '" + 'golden_n' + "'",
        schema: schema46.required,
        parentSchema: schema46,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.golden_ids === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'golden_ids' },
        message: "must have required property '" + 'golden_ids' + "'",
        schema: schema46.required,
        parentSchema: schema46,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.meta === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'meta' },
        message: "must have required property '" + 'meta' + "'",
        schema: schema46.required,
        parentSchema: schema46,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.n === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'n' },
        message: "must have required property '" + 'n' + "'",
        schema: schema46.required,
        parentSchema: schema46,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.ids === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ids' },
        message: "must have required property '" + 'ids' + "'",
        schema: schema46.required,
        parentSchema: schema46,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.rows === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rows' },
        message: "must have required property '" + 'rows' + "'",
        schema: schema46.required,
        parentSchema: schema46,
        data,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.golden === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'golden' },
        message: "must have required property '" + 'golden' + "'",
        schema: schema46.required,
        parentSchema: schema46,
        data,
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.fields === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'fields' },
        message: "must have required property '" + 'fields' + "'",
        schema: schema46.required,
        parentSchema: schema46,
        data,
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.columns === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'columns' },
        message: "must have required property '" + 'columns' + "'",
        schema: schema46.required,
        parentSchema: schema46,
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
      if (!func1.call(schema46.properties, key0)) {
        const err9 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema46,
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
    if (data.golden_n !== undefined) {
      let data0 = data.golden_n;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err10 = {
          instancePath: instancePath + '/golden_n',
          schemaPath: '#/properties/golden_n/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema46.properties.golden_n.type,
          parentSchema: schema46.properties.golden_n,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err11 = {
            instancePath: instancePath + '/golden_n',
            schemaPath: '#/properties/golden_n/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema46.properties.golden_n,
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
    }
    if (data.golden_ids !== undefined) {
      let data1 = data.golden_ids;
      if (typeof data1 === 'string') {
        if (!pattern4.test(data1)) {
          const err12 = {
            instancePath: instancePath + '/golden_ids',
            schemaPath: '#/properties/golden_ids/pattern',
            keyword: 'pattern',
            params: { pattern: '^sha256:[0-9a-f]{64}$' },
            message: 'must match pattern "' + '^sha256:[0-9a-f]{64}$' + '"',
            schema: '^sha256:[0-9a-f]{64}$',
            parentSchema: schema46.properties.golden_ids,
            data: data1,
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
          instancePath: instancePath + '/golden_ids',
          schemaPath: '#/properties/golden_ids/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema46.properties.golden_ids.type,
          parentSchema: schema46.properties.golden_ids,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.meta !== undefined) {
      let data2 = data.meta;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(
            key1 === 'types' ||
            key1 === 'goldTypes' ||
            key1 === 'invalid' ||
            key1 === 'labels' ||
            key1 === 'note' ||
            key1 === 'positive'
          )) {
            const err14 = {
              instancePath: instancePath + '/meta',
              schemaPath: '#/properties/meta/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema46.properties.meta,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data2.types !== undefined) {
          let data3 = data2.types;
          if (Array.isArray(data3)) {
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data4 = data3[i0];
              if (typeof data4 !== 'string') {
                const err15 = {
                  instancePath: instancePath + '/meta/types/' + i0,
                  schemaPath: '#/properties/meta/properties/types/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema46.properties.meta.properties.types.items.type,
                  parentSchema: schema46.properties.meta.properties.types.items,
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
          } else {
            const err16 = {
              instancePath: instancePath + '/meta/types',
              schemaPath: '#/properties/meta/properties/types/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema46.properties.meta.properties.types.type,
              parentSchema: schema46.properties.meta.properties.types,
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
        if (data2.goldTypes !== undefined) {
          let data5 = data2.goldTypes;
          if (Array.isArray(data5)) {
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data6 = data5[i1];
              if (typeof data6 !== 'string') {
                const err17 = {
                  instancePath: instancePath + '/meta/goldTypes/' + i1,
                  schemaPath: '#/properties/meta/properties/goldTypes/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema46.properties.meta.properties.goldTypes.items.type,
                  parentSchema: schema46.properties.meta.properties.goldTypes.items,
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
          } else {
            const err18 = {
              instancePath: instancePath + '/meta/goldTypes',
              schemaPath: '#/properties/meta/properties/goldTypes/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema46.properties.meta.properties.goldTypes.type,
              parentSchema: schema46.properties.meta.properties.goldTypes,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data2.invalid !== undefined) {
          let data7 = data2.invalid;
          if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
            const err19 = {
              instancePath: instancePath + '/meta/invalid',
              schemaPath: '#/properties/meta/properties/invalid/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema46.properties.meta.properties.invalid.type,
              parentSchema: schema46.properties.meta.properties.invalid,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (typeof data7 == 'number' && isFinite(data7)) {
            if (data7 < 0 || isNaN(data7)) {
              const err20 = {
                instancePath: instancePath + '/meta/invalid',
                schemaPath: '#/properties/meta/properties/invalid/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema46.properties.meta.properties.invalid,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        }
        if (data2.labels !== undefined) {
          let data8 = data2.labels;
          if (Array.isArray(data8)) {
            const len2 = data8.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data9 = data8[i2];
              if (typeof data9 !== 'string') {
                const err21 = {
                  instancePath: instancePath + '/meta/labels/' + i2,
                  schemaPath: '#/properties/meta/properties/labels/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema46.properties.meta.properties.labels.items.type,
                  parentSchema: schema46.properties.meta.properties.labels.items,
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
          } else {
            const err22 = {
              instancePath: instancePath + '/meta/labels',
              schemaPath: '#/properties/meta/properties/labels/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema46.properties.meta.properties.labels.type,
              parentSchema: schema46.properties.meta.properties.labels,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data2.note !== undefined) {
          let data10 = data2.note;
          if (typeof data10 !== 'string' && data10 !== null) {
            const err23 = {
              instancePath: instancePath + '/meta/note',
              schemaPath: '#/properties/meta/properties/note/type',
              keyword: 'type',
              params: { type: schema46.properties.meta.properties.note.type },
              message: 'must be string,null',
              schema: schema46.properties.meta.properties.note.type,
              parentSchema: schema46.properties.meta.properties.note,
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
        if (data2.positive !== undefined) {
          let data11 = data2.positive;
          if (
            !(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11)) &&
            data11 !== null
          ) {
            const err24 = {
              instancePath: instancePath + '/meta/positive',
              schemaPath: '#/properties/meta/properties/positive/type',
              keyword: 'type',
              params: { type: schema46.properties.meta.properties.positive.type },
              message: 'must be integer,null',
              schema: schema46.properties.meta.properties.positive.type,
              parentSchema: schema46.properties.meta.properties.positive,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data11 == 'number' && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err25 = {
                instancePath: instancePath + '/meta/positive',
                schemaPath: '#/properties/meta/properties/positive/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema46.properties.meta.properties.positive,
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
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/meta',
          schemaPath: '#/properties/meta/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema46.properties.meta.type,
          parentSchema: schema46.properties.meta,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.extra !== undefined) {
      let data12 = data.extra;
      if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
        if (data12.count === undefined) {
          const err27 = {
            instancePath: instancePath + '/extra',
            schemaPath: '#/properties/extra/required',
            keyword: 'required',
            params: { missingProperty: 'count' },
            message: "must have required property '" + 'count' + "'",
            schema: schema46.properties.extra.required,
            parentSchema: schema46.properties.extra,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data12.first === undefined) {
          const err28 = {
            instancePath: instancePath + '/extra',
            schemaPath: '#/properties/extra/required',
            keyword: 'required',
            params: { missingProperty: 'first' },
            message: "must have required property '" + 'first' + "'",
            schema: schema46.properties.extra.required,
            parentSchema: schema46.properties.extra,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data12.line === undefined) {
          const err29 = {
            instancePath: instancePath + '/extra',
            schemaPath: '#/properties/extra/required',
            keyword: 'required',
            params: { missingProperty: 'line' },
            message: "must have required property '" + 'line' + "'",
            schema: schema46.properties.extra.required,
            parentSchema: schema46.properties.extra,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data12.file === undefined) {
          const err30 = {
            instancePath: instancePath + '/extra',
            schemaPath: '#/properties/extra/required',
            keyword: 'required',
            params: { missingProperty: 'file' },
            message: "must have required property '" + 'file' + "'",
            schema: schema46.properties.extra.required,
            parentSchema: schema46.properties.extra,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        for (const key2 in data12) {
          if (!(key2 === 'count' || key2 === 'first' || key2 === 'line' || key2 === 'file')) {
            const err31 = {
              instancePath: instancePath + '/extra',
              schemaPath: '#/properties/extra/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema46.properties.extra,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data12.count !== undefined) {
          let data13 = data12.count;
          if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
            const err32 = {
              instancePath: instancePath + '/extra/count',
              schemaPath: '#/properties/extra/properties/count/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema46.properties.extra.properties.count.type,
              parentSchema: schema46.properties.extra.properties.count,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (typeof data13 == 'number' && isFinite(data13)) {
            if (data13 < 1 || isNaN(data13)) {
              const err33 = {
                instancePath: instancePath + '/extra/count',
                schemaPath: '#/properties/extra/properties/count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema46.properties.extra.properties.count,
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
        }
        if (data12.first !== undefined) {
          let data14 = data12.first;
          if (typeof data14 !== 'string') {
            const err34 = {
              instancePath: instancePath + '/extra/first',
              schemaPath: '#/properties/extra/properties/first/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema46.properties.extra.properties.first.type,
              parentSchema: schema46.properties.extra.properties.first,
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
        if (data12.line !== undefined) {
          let data15 = data12.line;
          if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
            const err35 = {
              instancePath: instancePath + '/extra/line',
              schemaPath: '#/properties/extra/properties/line/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema46.properties.extra.properties.line.type,
              parentSchema: schema46.properties.extra.properties.line,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (typeof data15 == 'number' && isFinite(data15)) {
            if (data15 < 0 || isNaN(data15)) {
              const err36 = {
                instancePath: instancePath + '/extra/line',
                schemaPath: '#/properties/extra/properties/line/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema46.properties.extra.properties.line,
                data: data15,
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        }
        if (data12.file !== undefined) {
          let data16 = data12.file;
          if (typeof data16 !== 'string') {
            const err37 = {
              instancePath: instancePath + '/extra/file',
              schemaPath: '#/properties/extra/properties/file/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema46.properties.extra.properties.file.type,
              parentSchema: schema46.properties.extra.properties.file,
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
          instancePath: instancePath + '/extra',
          schemaPath: '#/properties/extra/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema46.properties.extra.type,
          parentSchema: schema46.properties.extra,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.n !== undefined) {
      let data17 = data.n;
      if (!(typeof data17 == 'number' && !(data17 % 1) && !isNaN(data17) && isFinite(data17))) {
        const err39 = {
          instancePath: instancePath + '/n',
          schemaPath: '#/properties/n/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema46.properties.n.type,
          parentSchema: schema46.properties.n,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (typeof data17 == 'number' && isFinite(data17)) {
        if (data17 < 0 || isNaN(data17)) {
          const err40 = {
            instancePath: instancePath + '/n',
            schemaPath: '#/properties/n/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
            schema: 0,
            parentSchema: schema46.properties.n,
            data: data17,
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
    if (data.ids !== undefined) {
      let data18 = data.ids;
      if (typeof data18 !== 'string') {
        const err41 = {
          instancePath: instancePath + '/ids',
          schemaPath: '#/properties/ids/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema46.properties.ids.type,
          parentSchema: schema46.properties.ids,
          data: data18,
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.rows !== undefined) {
      let data19 = data.rows;
      if (data19 && typeof data19 == 'object' && !Array.isArray(data19)) {
        if (data19.dtype === undefined) {
          const err42 = {
            instancePath: instancePath + '/rows',
            schemaPath: '#/$defs/column/required',
            keyword: 'required',
            params: { missingProperty: 'dtype' },
            message: "must have required property '" + 'dtype' + "'",
            schema: schema44.required,
            parentSchema: schema44,
            data: data19,
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data19.data === undefined) {
          const err43 = {
            instancePath: instancePath + '/rows',
            schemaPath: '#/$defs/column/required',
            keyword: 'required',
            params: { missingProperty: 'data' },
            message: "must have required property '" + 'data' + "'",
            schema: schema44.required,
            parentSchema: schema44,
            data: data19,
          };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        for (const key3 in data19) {
          if (!(key3 === 'dtype' || key3 === 'width' || key3 === 'data')) {
            const err44 = {
              instancePath: instancePath + '/rows',
              schemaPath: '#/$defs/column/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key3 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema44,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data19.dtype !== undefined) {
          let data20 = data19.dtype;
          if (!(
            data20 === 'u8' ||
            data20 === 'u16' ||
            data20 === 'u32' ||
            data20 === 'i16' ||
            data20 === 'i32' ||
            data20 === 'f32' ||
            data20 === 'f64'
          )) {
            const err45 = {
              instancePath: instancePath + '/rows/dtype',
              schemaPath: '#/$defs/column/properties/dtype/enum',
              keyword: 'enum',
              params: { allowedValues: schema44.properties.dtype.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema44.properties.dtype.enum,
              parentSchema: schema44.properties.dtype,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data19.width !== undefined) {
          let data21 = data19.width;
          if (!(typeof data21 == 'number' && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
            const err46 = {
              instancePath: instancePath + '/rows/width',
              schemaPath: '#/$defs/column/properties/width/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema44.properties.width.type,
              parentSchema: schema44.properties.width,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (typeof data21 == 'number' && isFinite(data21)) {
            if (data21 < 1 || isNaN(data21)) {
              const err47 = {
                instancePath: instancePath + '/rows/width',
                schemaPath: '#/$defs/column/properties/width/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema44.properties.width,
                data: data21,
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
        if (data19.data !== undefined) {
          let data22 = data19.data;
          if (typeof data22 !== 'string') {
            const err48 = {
              instancePath: instancePath + '/rows/data',
              schemaPath: '#/$defs/column/properties/data/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema44.properties.data.type,
              parentSchema: schema44.properties.data,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = {
          instancePath: instancePath + '/rows',
          schemaPath: '#/$defs/column/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema44.type,
          parentSchema: schema44,
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
    if (data.golden !== undefined) {
      let data23 = data.golden;
      if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
        if (data23.dtype === undefined) {
          const err50 = {
            instancePath: instancePath + '/golden',
            schemaPath: '#/$defs/column/required',
            keyword: 'required',
            params: { missingProperty: 'dtype' },
            message: "must have required property '" + 'dtype' + "'",
            schema: schema44.required,
            parentSchema: schema44,
            data: data23,
          };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        if (data23.data === undefined) {
          const err51 = {
            instancePath: instancePath + '/golden',
            schemaPath: '#/$defs/column/required',
            keyword: 'required',
            params: { missingProperty: 'data' },
            message: "must have required property '" + 'data' + "'",
            schema: schema44.required,
            parentSchema: schema44,
            data: data23,
          };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        for (const key4 in data23) {
          if (!(key4 === 'dtype' || key4 === 'width' || key4 === 'data')) {
            const err52 = {
              instancePath: instancePath + '/golden',
              schemaPath: '#/$defs/column/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema44,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data23.dtype !== undefined) {
          let data24 = data23.dtype;
          if (!(
            data24 === 'u8' ||
            data24 === 'u16' ||
            data24 === 'u32' ||
            data24 === 'i16' ||
            data24 === 'i32' ||
            data24 === 'f32' ||
            data24 === 'f64'
          )) {
            const err53 = {
              instancePath: instancePath + '/golden/dtype',
              schemaPath: '#/$defs/column/properties/dtype/enum',
              keyword: 'enum',
              params: { allowedValues: schema44.properties.dtype.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema44.properties.dtype.enum,
              parentSchema: schema44.properties.dtype,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data23.width !== undefined) {
          let data25 = data23.width;
          if (!(typeof data25 == 'number' && !(data25 % 1) && !isNaN(data25) && isFinite(data25))) {
            const err54 = {
              instancePath: instancePath + '/golden/width',
              schemaPath: '#/$defs/column/properties/width/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema44.properties.width.type,
              parentSchema: schema44.properties.width,
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          if (typeof data25 == 'number' && isFinite(data25)) {
            if (data25 < 1 || isNaN(data25)) {
              const err55 = {
                instancePath: instancePath + '/golden/width',
                schemaPath: '#/$defs/column/properties/width/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema44.properties.width,
                data: data25,
              };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
        }
        if (data23.data !== undefined) {
          let data26 = data23.data;
          if (typeof data26 !== 'string') {
            const err56 = {
              instancePath: instancePath + '/golden/data',
              schemaPath: '#/$defs/column/properties/data/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema44.properties.data.type,
              parentSchema: schema44.properties.data,
              data: data26,
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = {
          instancePath: instancePath + '/golden',
          schemaPath: '#/$defs/column/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema44.type,
          parentSchema: schema44,
          data: data23,
        };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.fields !== undefined) {
      let data27 = data.fields;
      if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
        for (const key5 in data27) {
          let data28 = data27[key5];
          if (data28 && typeof data28 == 'object' && !Array.isArray(data28)) {
            if (data28.dtype === undefined) {
              const err58 = {
                instancePath: instancePath + '/fields/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/$defs/column/required',
                keyword: 'required',
                params: { missingProperty: 'dtype' },
                message: "must have required property '" + 'dtype' + "'",
                schema: schema44.required,
                parentSchema: schema44,
                data: data28,
              };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data28.data === undefined) {
              const err59 = {
                instancePath: instancePath + '/fields/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/$defs/column/required',
                keyword: 'required',
                params: { missingProperty: 'data' },
                message: "must have required property '" + 'data' + "'",
                schema: schema44.required,
                parentSchema: schema44,
                data: data28,
              };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            for (const key6 in data28) {
              if (!(key6 === 'dtype' || key6 === 'width' || key6 === 'data')) {
                const err60 = {
                  instancePath: instancePath + '/fields/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/$defs/column/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key6 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema44,
                  data: data28,
                };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data28.dtype !== undefined) {
              let data29 = data28.dtype;
              if (!(
                data29 === 'u8' ||
                data29 === 'u16' ||
                data29 === 'u32' ||
                data29 === 'i16' ||
                data29 === 'i32' ||
                data29 === 'f32' ||
                data29 === 'f64'
              )) {
                const err61 = {
                  instancePath:
                    instancePath + '/fields/' + key5.replace(/~/g, '~0').replace(/\//g, '~1') + '/dtype',
                  schemaPath: '#/$defs/column/properties/dtype/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema44.properties.dtype.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema44.properties.dtype.enum,
                  parentSchema: schema44.properties.dtype,
                  data: data29,
                };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data28.width !== undefined) {
              let data30 = data28.width;
              if (!(typeof data30 == 'number' && !(data30 % 1) && !isNaN(data30) && isFinite(data30))) {
                const err62 = {
                  instancePath:
                    instancePath + '/fields/' + key5.replace(/~/g, '~0').replace(/\//g, '~1') + '/width',
                  schemaPath: '#/$defs/column/properties/width/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema44.properties.width.type,
                  parentSchema: schema44.properties.width,
                  data: data30,
                };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
              if (typeof data30 == 'number' && isFinite(data30)) {
                if (data30 < 1 || isNaN(data30)) {
                  const err63 = {
                    instancePath:
                      instancePath + '/fields/' + key5.replace(/~/g, '~0').replace(/\//g, '~1') + '/width',
                    schemaPath: '#/$defs/column/properties/width/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                    schema: 1,
                    parentSchema: schema44.properties.width,
                    data: data30,
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
            if (data28.data !== undefined) {
              let data31 = data28.data;
              if (typeof data31 !== 'string') {
                const err64 = {
                  instancePath:
                    instancePath + '/fields/' + key5.replace(/~/g, '~0').replace(/\//g, '~1') + '/data',
                  schemaPath: '#/$defs/column/properties/data/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema44.properties.data.type,
                  parentSchema: schema44.properties.data,
                  data: data31,
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
              instancePath: instancePath + '/fields/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/$defs/column/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema44.type,
              parentSchema: schema44,
              data: data28,
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
          instancePath: instancePath + '/fields',
          schemaPath: '#/properties/fields/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema46.properties.fields.type,
          parentSchema: schema46.properties.fields,
          data: data27,
        };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.columns !== undefined) {
      let data32 = data.columns;
      if (data32 && typeof data32 == 'object' && !Array.isArray(data32)) {
        for (const key7 in data32) {
          let data33 = data32[key7];
          if (data33 && typeof data33 == 'object' && !Array.isArray(data33)) {
            if (data33.dtype === undefined) {
              const err67 = {
                instancePath: instancePath + '/columns/' + key7.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/$defs/column/required',
                keyword: 'required',
                params: { missingProperty: 'dtype' },
                message: "must have required property '" + 'dtype' + "'",
                schema: schema44.required,
                parentSchema: schema44,
                data: data33,
              };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (data33.data === undefined) {
              const err68 = {
                instancePath: instancePath + '/columns/' + key7.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/$defs/column/required',
                keyword: 'required',
                params: { missingProperty: 'data' },
                message: "must have required property '" + 'data' + "'",
                schema: schema44.required,
                parentSchema: schema44,
                data: data33,
              };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            for (const key8 in data33) {
              if (!(key8 === 'dtype' || key8 === 'width' || key8 === 'data')) {
                const err69 = {
                  instancePath: instancePath + '/columns/' + key7.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/$defs/column/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key8 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema44,
                  data: data33,
                };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data33.dtype !== undefined) {
              let data34 = data33.dtype;
              if (!(
                data34 === 'u8' ||
                data34 === 'u16' ||
                data34 === 'u32' ||
                data34 === 'i16' ||
                data34 === 'i32' ||
                data34 === 'f32' ||
                data34 === 'f64'
              )) {
                const err70 = {
                  instancePath:
                    instancePath + '/columns/' + key7.replace(/~/g, '~0').replace(/\//g, '~1') + '/dtype',
                  schemaPath: '#/$defs/column/properties/dtype/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema44.properties.dtype.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema44.properties.dtype.enum,
                  parentSchema: schema44.properties.dtype,
                  data: data34,
                };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data33.width !== undefined) {
              let data35 = data33.width;
              if (!(typeof data35 == 'number' && !(data35 % 1) && !isNaN(data35) && isFinite(data35))) {
                const err71 = {
                  instancePath:
                    instancePath + '/columns/' + key7.replace(/~/g, '~0').replace(/\//g, '~1') + '/width',
                  schemaPath: '#/$defs/column/properties/width/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema44.properties.width.type,
                  parentSchema: schema44.properties.width,
                  data: data35,
                };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
              if (typeof data35 == 'number' && isFinite(data35)) {
                if (data35 < 1 || isNaN(data35)) {
                  const err72 = {
                    instancePath:
                      instancePath + '/columns/' + key7.replace(/~/g, '~0').replace(/\//g, '~1') + '/width',
                    schemaPath: '#/$defs/column/properties/width/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                    schema: 1,
                    parentSchema: schema44.properties.width,
                    data: data35,
                  };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              }
            }
            if (data33.data !== undefined) {
              let data36 = data33.data;
              if (typeof data36 !== 'string') {
                const err73 = {
                  instancePath:
                    instancePath + '/columns/' + key7.replace(/~/g, '~0').replace(/\//g, '~1') + '/data',
                  schemaPath: '#/$defs/column/properties/data/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema44.properties.data.type,
                  parentSchema: schema44.properties.data,
                  data: data36,
                };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
          } else {
            const err74 = {
              instancePath: instancePath + '/columns/' + key7.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/$defs/column/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema44.type,
              parentSchema: schema44,
              data: data33,
            };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      } else {
        const err75 = {
          instancePath: instancePath + '/columns',
          schemaPath: '#/properties/columns/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema46.properties.columns.type,
          parentSchema: schema46.properties.columns,
          data: data32,
        };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
  } else {
    const err76 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema46.type,
      parentSchema: schema46,
      data,
    };
    if (vErrors === null) {
      vErrors = [err76];
    } else {
      vErrors.push(err76);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
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
    if (data.task_type === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'task_type' },
        message: "must have required property '" + 'task_type' + "'",
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
    if (data.definition_fingerprint === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'definition_fingerprint' },
        message: "must have required property '" + 'definition_fingerprint' + "'",
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
    if (data.golden === undefined) {
      const err4 = {
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
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.predictions === undefined) {
      const err5 = {
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
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.labels === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'labels' },
        message: "must have required property '" + 'labels' + "'",
        schema: schema32.required,
        parentSchema: schema32,
        data,
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.min_support === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'min_support' },
        message: "must have required property '" + 'min_support' + "'",
        schema: schema32.required,
        parentSchema: schema32,
        data,
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.metrics === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'metrics' },
        message: "must have required property '" + 'metrics' + "'",
        schema: schema32.required,
        parentSchema: schema32,
        data,
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.slices === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'slices' },
        message: "must have required property '" + 'slices' + "'",
        schema: schema32.required,
        parentSchema: schema32,
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
      if (!func1.call(schema32.properties, key0)) {
        const err10 = {
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
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      if (typeof data0 === 'string') {
        if (func3(data0) > 100) {
          const err11 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/maxLength',
            keyword: 'maxLength',
            params: { limit: 100 },
            message: 'must NOT have more than 100 characters',
            schema: 100,
            parentSchema: schema32.properties.name,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func3(data0) < 1) {
          const err12 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema32.properties.name,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err13 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\r\\n<>`|]+$' },
            message: 'must match pattern "' + '^[^\\r\\n<>`|]+$' + '"',
            schema: '^[^\\r\\n<>`|]+$',
            parentSchema: schema32.properties.name,
            data: data0,
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
          vErrors = [err14];
        } else {
          vErrors.push(err14);
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
        const err15 = {
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
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.task_type !== undefined) {
      let data2 = data.task_type;
      if (!(
        data2 === 'binary' ||
        data2 === 'multiclass' ||
        data2 === 'multilabel' ||
        data2 === 'ranking' ||
        data2 === 'generation' ||
        data2 === 'spans-tags' ||
        data2 === 'spans-offsets' ||
        data2 === 'judged'
      )) {
        const err16 = {
          instancePath: instancePath + '/task_type',
          schemaPath: '#/properties/task_type/enum',
          keyword: 'enum',
          params: { allowedValues: schema32.properties.task_type.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema32.properties.task_type.enum,
          parentSchema: schema32.properties.task_type,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.definition_fingerprint !== undefined) {
      let data3 = data.definition_fingerprint;
      if (typeof data3 === 'string') {
        if (!pattern4.test(data3)) {
          const err17 = {
            instancePath: instancePath + '/definition_fingerprint',
            schemaPath: '#/properties/definition_fingerprint/pattern',
            keyword: 'pattern',
            params: { pattern: '^sha256:[0-9a-f]{64}$' },
            message: 'must match pattern "' + '^sha256:[0-9a-f]{64}$' + '"',
            schema: '^sha256:[0-9a-f]{64}$',
            parentSchema: schema32.properties.definition_fingerprint,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/definition_fingerprint',
          schemaPath: '#/properties/definition_fingerprint/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.properties.definition_fingerprint.type,
          parentSchema: schema32.properties.definition_fingerprint,
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
    if (data.golden !== undefined) {
      let data4 = data.golden;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        if (data4.path === undefined) {
          const err19 = {
            instancePath: instancePath + '/golden',
            schemaPath: '#/properties/golden/required',
            keyword: 'required',
            params: { missingProperty: 'path' },
            message: "must have required property '" + 'path' + "'",
            schema: schema32.properties.golden.required,
            parentSchema: schema32.properties.golden,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data4.n === undefined) {
          const err20 = {
            instancePath: instancePath + '/golden',
            schemaPath: '#/properties/golden/required',
            keyword: 'required',
            params: { missingProperty: 'n' },
            message: "must have required property '" + 'n' + "'",
            schema: schema32.properties.golden.required,
            parentSchema: schema32.properties.golden,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data4.fingerprint === undefined) {
          const err21 = {
            instancePath: instancePath + '/golden',
            schemaPath: '#/properties/golden/required',
            keyword: 'required',
            params: { missingProperty: 'fingerprint' },
            message: "must have required property '" + 'fingerprint' + "'",
            schema: schema32.properties.golden.required,
            parentSchema: schema32.properties.golden,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === 'path' || key1 === 'n' || key1 === 'fingerprint')) {
            const err22 = {
              instancePath: instancePath + '/golden',
              schemaPath: '#/properties/golden/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema32.properties.golden,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data4.path !== undefined) {
          let data5 = data4.path;
          if (typeof data5 !== 'string') {
            const err23 = {
              instancePath: instancePath + '/golden/path',
              schemaPath: '#/properties/golden/properties/path/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.properties.golden.properties.path.type,
              parentSchema: schema32.properties.golden.properties.path,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data4.n !== undefined) {
          let data6 = data4.n;
          if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
            const err24 = {
              instancePath: instancePath + '/golden/n',
              schemaPath: '#/properties/golden/properties/n/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema32.properties.golden.properties.n.type,
              parentSchema: schema32.properties.golden.properties.n,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data6 == 'number' && isFinite(data6)) {
            if (data6 < 0 || isNaN(data6)) {
              const err25 = {
                instancePath: instancePath + '/golden/n',
                schemaPath: '#/properties/golden/properties/n/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema32.properties.golden.properties.n,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data4.fingerprint !== undefined) {
          let data7 = data4.fingerprint;
          if (typeof data7 === 'string') {
            if (!pattern4.test(data7)) {
              const err26 = {
                instancePath: instancePath + '/golden/fingerprint',
                schemaPath: '#/properties/golden/properties/fingerprint/pattern',
                keyword: 'pattern',
                params: { pattern: '^sha256:[0-9a-f]{64}$' },
                message: 'must match pattern "' + '^sha256:[0-9a-f]{64}$' + '"',
                schema: '^sha256:[0-9a-f]{64}$',
                parentSchema: schema32.properties.golden.properties.fingerprint,
                data: data7,
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
              instancePath: instancePath + '/golden/fingerprint',
              schemaPath: '#/properties/golden/properties/fingerprint/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.properties.golden.properties.fingerprint.type,
              parentSchema: schema32.properties.golden.properties.fingerprint,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/golden',
          schemaPath: '#/properties/golden/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema32.properties.golden.type,
          parentSchema: schema32.properties.golden,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.predictions !== undefined) {
      let data8 = data.predictions;
      if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
        if (data8.path === undefined) {
          const err29 = {
            instancePath: instancePath + '/predictions',
            schemaPath: '#/properties/predictions/required',
            keyword: 'required',
            params: { missingProperty: 'path' },
            message: "must have required property '" + 'path' + "'",
            schema: schema32.properties.predictions.required,
            parentSchema: schema32.properties.predictions,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data8.n === undefined) {
          const err30 = {
            instancePath: instancePath + '/predictions',
            schemaPath: '#/properties/predictions/required',
            keyword: 'required',
            params: { missingProperty: 'n' },
            message: "must have required property '" + 'n' + "'",
            schema: schema32.properties.predictions.required,
            parentSchema: schema32.properties.predictions,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data8.matched === undefined) {
          const err31 = {
            instancePath: instancePath + '/predictions',
            schemaPath: '#/properties/predictions/required',
            keyword: 'required',
            params: { missingProperty: 'matched' },
            message: "must have required property '" + 'matched' + "'",
            schema: schema32.properties.predictions.required,
            parentSchema: schema32.properties.predictions,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data8.missing === undefined) {
          const err32 = {
            instancePath: instancePath + '/predictions',
            schemaPath: '#/properties/predictions/required',
            keyword: 'required',
            params: { missingProperty: 'missing' },
            message: "must have required property '" + 'missing' + "'",
            schema: schema32.properties.predictions.required,
            parentSchema: schema32.properties.predictions,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data8.coverage === undefined) {
          const err33 = {
            instancePath: instancePath + '/predictions',
            schemaPath: '#/properties/predictions/required',
            keyword: 'required',
            params: { missingProperty: 'coverage' },
            message: "must have required property '" + 'coverage' + "'",
            schema: schema32.properties.predictions.required,
            parentSchema: schema32.properties.predictions,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        for (const key2 in data8) {
          if (!(
            key2 === 'path' ||
            key2 === 'n' ||
            key2 === 'matched' ||
            key2 === 'missing' ||
            key2 === 'coverage'
          )) {
            const err34 = {
              instancePath: instancePath + '/predictions',
              schemaPath: '#/properties/predictions/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema32.properties.predictions,
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
        if (data8.path !== undefined) {
          let data9 = data8.path;
          if (typeof data9 !== 'string') {
            const err35 = {
              instancePath: instancePath + '/predictions/path',
              schemaPath: '#/properties/predictions/properties/path/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.properties.predictions.properties.path.type,
              parentSchema: schema32.properties.predictions.properties.path,
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
        if (data8.n !== undefined) {
          let data10 = data8.n;
          if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
            const err36 = {
              instancePath: instancePath + '/predictions/n',
              schemaPath: '#/properties/predictions/properties/n/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema32.properties.predictions.properties.n.type,
              parentSchema: schema32.properties.predictions.properties.n,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (typeof data10 == 'number' && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err37 = {
                instancePath: instancePath + '/predictions/n',
                schemaPath: '#/properties/predictions/properties/n/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema32.properties.predictions.properties.n,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
        }
        if (data8.matched !== undefined) {
          let data11 = data8.matched;
          if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
            const err38 = {
              instancePath: instancePath + '/predictions/matched',
              schemaPath: '#/properties/predictions/properties/matched/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema32.properties.predictions.properties.matched.type,
              parentSchema: schema32.properties.predictions.properties.matched,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (typeof data11 == 'number' && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err39 = {
                instancePath: instancePath + '/predictions/matched',
                schemaPath: '#/properties/predictions/properties/matched/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema32.properties.predictions.properties.matched,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
        }
        if (data8.missing !== undefined) {
          let data12 = data8.missing;
          if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
            const err40 = {
              instancePath: instancePath + '/predictions/missing',
              schemaPath: '#/properties/predictions/properties/missing/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema32.properties.predictions.properties.missing.type,
              parentSchema: schema32.properties.predictions.properties.missing,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (typeof data12 == 'number' && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err41 = {
                instancePath: instancePath + '/predictions/missing',
                schemaPath: '#/properties/predictions/properties/missing/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema32.properties.predictions.properties.missing,
                data: data12,
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
        if (data8.coverage !== undefined) {
          let data13 = data8.coverage;
          if (typeof data13 == 'number' && isFinite(data13)) {
            if (data13 > 1 || isNaN(data13)) {
              const err42 = {
                instancePath: instancePath + '/predictions/coverage',
                schemaPath: '#/properties/predictions/properties/coverage/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1 },
                message: 'must be <= 1',
                schema: 1,
                parentSchema: schema32.properties.predictions.properties.coverage,
                data: data13,
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data13 < 0 || isNaN(data13)) {
              const err43 = {
                instancePath: instancePath + '/predictions/coverage',
                schemaPath: '#/properties/predictions/properties/coverage/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema32.properties.predictions.properties.coverage,
                data: data13,
              };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = {
              instancePath: instancePath + '/predictions/coverage',
              schemaPath: '#/properties/predictions/properties/coverage/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
              schema: schema32.properties.predictions.properties.coverage.type,
              parentSchema: schema32.properties.predictions.properties.coverage,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = {
          instancePath: instancePath + '/predictions',
          schemaPath: '#/properties/predictions/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema32.properties.predictions.type,
          parentSchema: schema32.properties.predictions,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.labels !== undefined) {
      let data14 = data.labels;
      if (Array.isArray(data14)) {
        const len0 = data14.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data15 = data14[i0];
          if (typeof data15 !== 'string') {
            const err46 = {
              instancePath: instancePath + '/labels/' + i0,
              schemaPath: '#/properties/labels/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.properties.labels.items.type,
              parentSchema: schema32.properties.labels.items,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = {
          instancePath: instancePath + '/labels',
          schemaPath: '#/properties/labels/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema32.properties.labels.type,
          parentSchema: schema32.properties.labels,
          data: data14,
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
      let data16 = data.positive_label;
      if (typeof data16 !== 'string' && data16 !== null) {
        const err48 = {
          instancePath: instancePath + '/positive_label',
          schemaPath: '#/properties/positive_label/type',
          keyword: 'type',
          params: { type: schema32.properties.positive_label.type },
          message: 'must be string,null',
          schema: schema32.properties.positive_label.type,
          parentSchema: schema32.properties.positive_label,
          data: data16,
        };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.min_support !== undefined) {
      let data17 = data.min_support;
      if (!(typeof data17 == 'number' && !(data17 % 1) && !isNaN(data17) && isFinite(data17))) {
        const err49 = {
          instancePath: instancePath + '/min_support',
          schemaPath: '#/properties/min_support/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
          schema: schema32.properties.min_support.type,
          parentSchema: schema32.properties.min_support,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
      if (typeof data17 == 'number' && isFinite(data17)) {
        if (data17 < 1 || isNaN(data17)) {
          const err50 = {
            instancePath: instancePath + '/min_support',
            schemaPath: '#/properties/min_support/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
            schema: 1,
            parentSchema: schema32.properties.min_support,
            data: data17,
          };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      }
    }
    if (data.metrics !== undefined) {
      let data18 = data.metrics;
      if (Array.isArray(data18)) {
        const len1 = data18.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data19 = data18[i1];
          if (typeof data19 === 'string') {
            if (!pattern8.test(data19)) {
              const err51 = {
                instancePath: instancePath + '/metrics/' + i1,
                schemaPath: '#/properties/metrics/items/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z][A-Za-z0-9_@.]{0,63}$' },
                message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_@.]{0,63}$' + '"',
                schema: '^[A-Za-z][A-Za-z0-9_@.]{0,63}$',
                parentSchema: schema32.properties.metrics.items,
                data: data19,
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = {
              instancePath: instancePath + '/metrics/' + i1,
              schemaPath: '#/properties/metrics/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.properties.metrics.items.type,
              parentSchema: schema32.properties.metrics.items,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = {
          instancePath: instancePath + '/metrics',
          schemaPath: '#/properties/metrics/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema32.properties.metrics.type,
          parentSchema: schema32.properties.metrics,
          data: data18,
        };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.slice_fields !== undefined) {
      let data20 = data.slice_fields;
      if (Array.isArray(data20)) {
        const len2 = data20.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data21 = data20[i2];
          const _errs45 = errors;
          let valid9 = false;
          const _errs46 = errors;
          if (typeof data21 !== 'string') {
            const err54 = {
              instancePath: instancePath + '/slice_fields/' + i2,
              schemaPath: '#/properties/slice_fields/items/anyOf/0/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.properties.slice_fields.items.anyOf[0].type,
              parentSchema: schema32.properties.slice_fields.items.anyOf[0],
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          var _valid0 = _errs46 === errors;
          valid9 = valid9 || _valid0;
          const _errs48 = errors;
          if (Array.isArray(data21)) {
            const len3 = data21.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data22 = data21[i3];
              if (typeof data22 !== 'string') {
                const err55 = {
                  instancePath: instancePath + '/slice_fields/' + i2 + '/' + i3,
                  schemaPath: '#/properties/slice_fields/items/anyOf/1/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema32.properties.slice_fields.items.anyOf[1].items.type,
                  parentSchema: schema32.properties.slice_fields.items.anyOf[1].items,
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
          } else {
            const err56 = {
              instancePath: instancePath + '/slice_fields/' + i2,
              schemaPath: '#/properties/slice_fields/items/anyOf/1/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema32.properties.slice_fields.items.anyOf[1].type,
              parentSchema: schema32.properties.slice_fields.items.anyOf[1],
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          var _valid0 = _errs48 === errors;
          valid9 = valid9 || _valid0;
          if (!valid9) {
            const err57 = {
              instancePath: instancePath + '/slice_fields/' + i2,
              schemaPath: '#/properties/slice_fields/items/anyOf',
              keyword: 'anyOf',
              params: {},
              message: 'must match a schema in anyOf',
              schema: schema32.properties.slice_fields.items.anyOf,
              parentSchema: schema32.properties.slice_fields.items,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          } else {
            errors = _errs45;
            if (vErrors !== null) {
              if (_errs45) {
                vErrors.length = _errs45;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err58 = {
          instancePath: instancePath + '/slice_fields',
          schemaPath: '#/properties/slice_fields/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema32.properties.slice_fields.type,
          parentSchema: schema32.properties.slice_fields,
          data: data20,
        };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.slices !== undefined) {
      let data23 = data.slices;
      if (Array.isArray(data23)) {
        const len4 = data23.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (
            !validate22(data23[i4], {
              instancePath: instancePath + '/slices/' + i4,
              parentData: data23,
              parentDataProperty: i4,
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
        const err59 = {
          instancePath: instancePath + '/slices',
          schemaPath: '#/properties/slices/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema32.properties.slices.type,
          parentSchema: schema32.properties.slices,
          data: data23,
        };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.examples !== undefined) {
      if (
        !validate26(data.examples, {
          instancePath: instancePath + '/examples',
          parentData: data,
          parentDataProperty: 'examples',
          rootData,
          dynamicAnchors,
        })
      ) {
        if (vErrors === null) vErrors = validate26.errors.slice();
        else for (const e of validate26.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.slice_values !== undefined) {
      let data26 = data.slice_values;
      if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
        for (const key3 in data26) {
          let data27 = data26[key3];
          if (Array.isArray(data27)) {
            const len5 = data27.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data28 = data27[i5];
              if (typeof data28 !== 'string') {
                const err60 = {
                  instancePath:
                    instancePath +
                    '/slice_values/' +
                    key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/' +
                    i5,
                  schemaPath: '#/properties/slice_values/additionalProperties/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema32.properties.slice_values.additionalProperties.items.type,
                  parentSchema: schema32.properties.slice_values.additionalProperties.items,
                  data: data28,
                };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
          } else {
            const err61 = {
              instancePath: instancePath + '/slice_values/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/slice_values/additionalProperties/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema32.properties.slice_values.additionalProperties.type,
              parentSchema: schema32.properties.slice_values.additionalProperties,
              data: data27,
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
          instancePath: instancePath + '/slice_values',
          schemaPath: '#/properties/slice_values/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema32.properties.slice_values.type,
          parentSchema: schema32.properties.slice_values,
          data: data26,
        };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.notes !== undefined) {
      let data29 = data.notes;
      if (Array.isArray(data29)) {
        const len6 = data29.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data30 = data29[i6];
          if (typeof data30 !== 'string') {
            const err63 = {
              instancePath: instancePath + '/notes/' + i6,
              schemaPath: '#/properties/notes/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.properties.notes.items.type,
              parentSchema: schema32.properties.notes.items,
              data: data30,
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
          instancePath: instancePath + '/notes',
          schemaPath: '#/properties/notes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema32.properties.notes.type,
          parentSchema: schema32.properties.notes,
          data: data29,
        };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.flaky !== undefined) {
      let data31 = data.flaky;
      if (data31 && typeof data31 == 'object' && !Array.isArray(data31)) {
        if (data31.count === undefined) {
          const err65 = {
            instancePath: instancePath + '/flaky',
            schemaPath: '#/$defs/flaky/required',
            keyword: 'required',
            params: { missingProperty: 'count' },
            message: "must have required property '" + 'count' + "'",
            schema: schema45.required,
            parentSchema: schema45,
            data: data31,
          };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        if (data31.repeated === undefined) {
          const err66 = {
            instancePath: instancePath + '/flaky',
            schemaPath: '#/$defs/flaky/required',
            keyword: 'required',
            params: { missingProperty: 'repeated' },
            message: "must have required property '" + 'repeated' + "'",
            schema: schema45.required,
            parentSchema: schema45,
            data: data31,
          };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
        if (data31.examples === undefined) {
          const err67 = {
            instancePath: instancePath + '/flaky',
            schemaPath: '#/$defs/flaky/required',
            keyword: 'required',
            params: { missingProperty: 'examples' },
            message: "must have required property '" + 'examples' + "'",
            schema: schema45.required,
            parentSchema: schema45,
            data: data31,
          };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        for (const key4 in data31) {
          if (!(key4 === 'count' || key4 === 'repeated' || key4 === 'examples')) {
            const err68 = {
              instancePath: instancePath + '/flaky',
              schemaPath: '#/$defs/flaky/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema45,
              data: data31,
            };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data31.count !== undefined) {
          let data32 = data31.count;
          if (!(typeof data32 == 'number' && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
            const err69 = {
              instancePath: instancePath + '/flaky/count',
              schemaPath: '#/$defs/flaky/properties/count/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema45.properties.count.type,
              parentSchema: schema45.properties.count,
              data: data32,
            };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (typeof data32 == 'number' && isFinite(data32)) {
            if (data32 < 0 || isNaN(data32)) {
              const err70 = {
                instancePath: instancePath + '/flaky/count',
                schemaPath: '#/$defs/flaky/properties/count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema45.properties.count,
                data: data32,
              };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
        }
        if (data31.repeated !== undefined) {
          let data33 = data31.repeated;
          if (!(typeof data33 == 'number' && !(data33 % 1) && !isNaN(data33) && isFinite(data33))) {
            const err71 = {
              instancePath: instancePath + '/flaky/repeated',
              schemaPath: '#/$defs/flaky/properties/repeated/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema45.properties.repeated.type,
              parentSchema: schema45.properties.repeated,
              data: data33,
            };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
          if (typeof data33 == 'number' && isFinite(data33)) {
            if (data33 < 0 || isNaN(data33)) {
              const err72 = {
                instancePath: instancePath + '/flaky/repeated',
                schemaPath: '#/$defs/flaky/properties/repeated/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema45.properties.repeated,
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
        }
        if (data31.examples !== undefined) {
          let data34 = data31.examples;
          if (Array.isArray(data34)) {
            const len7 = data34.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data35 = data34[i7];
              if (data35 && typeof data35 == 'object' && !Array.isArray(data35)) {
                if (data35.id === undefined) {
                  const err73 = {
                    instancePath: instancePath + '/flaky/examples/' + i7,
                    schemaPath: '#/$defs/flaky/properties/examples/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'id' },
                    message: "must have required property '" + 'id' + "'",
                    schema: schema45.properties.examples.items.required,
                    parentSchema: schema45.properties.examples.items,
                    data: data35,
                  };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
                if (data35.runs === undefined) {
                  const err74 = {
                    instancePath: instancePath + '/flaky/examples/' + i7,
                    schemaPath: '#/$defs/flaky/properties/examples/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'runs' },
                    message: "must have required property '" + 'runs' + "'",
                    schema: schema45.properties.examples.items.required,
                    parentSchema: schema45.properties.examples.items,
                    data: data35,
                  };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
                if (data35.passes === undefined) {
                  const err75 = {
                    instancePath: instancePath + '/flaky/examples/' + i7,
                    schemaPath: '#/$defs/flaky/properties/examples/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'passes' },
                    message: "must have required property '" + 'passes' + "'",
                    schema: schema45.properties.examples.items.required,
                    parentSchema: schema45.properties.examples.items,
                    data: data35,
                  };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
                if (data35.mean_score === undefined) {
                  const err76 = {
                    instancePath: instancePath + '/flaky/examples/' + i7,
                    schemaPath: '#/$defs/flaky/properties/examples/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'mean_score' },
                    message: "must have required property '" + 'mean_score' + "'",
                    schema: schema45.properties.examples.items.required,
                    parentSchema: schema45.properties.examples.items,
                    data: data35,
                  };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
                if (data35.spread === undefined) {
                  const err77 = {
                    instancePath: instancePath + '/flaky/examples/' + i7,
                    schemaPath: '#/$defs/flaky/properties/examples/items/required',
                    keyword: 'required',
                    params: { missingProperty: 'spread' },
                    message: "must have required property '" + 'spread' + "'",
                    schema: schema45.properties.examples.items.required,
                    parentSchema: schema45.properties.examples.items,
                    data: data35,
                  };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                for (const key5 in data35) {
                  if (!(
                    key5 === 'id' ||
                    key5 === 'runs' ||
                    key5 === 'passes' ||
                    key5 === 'mean_score' ||
                    key5 === 'spread'
                  )) {
                    const err78 = {
                      instancePath: instancePath + '/flaky/examples/' + i7,
                      schemaPath: '#/$defs/flaky/properties/examples/items/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key5 },
                      message: 'must NOT have additional properties',
                      schema: false,
                      parentSchema: schema45.properties.examples.items,
                      data: data35,
                    };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                if (data35.id !== undefined) {
                  let data36 = data35.id;
                  if (typeof data36 !== 'string') {
                    const err79 = {
                      instancePath: instancePath + '/flaky/examples/' + i7 + '/id',
                      schemaPath: '#/$defs/flaky/properties/examples/items/properties/id/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema45.properties.examples.items.properties.id.type,
                      parentSchema: schema45.properties.examples.items.properties.id,
                      data: data36,
                    };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
                if (data35.runs !== undefined) {
                  let data37 = data35.runs;
                  if (!(typeof data37 == 'number' && !(data37 % 1) && !isNaN(data37) && isFinite(data37))) {
                    const err80 = {
                      instancePath: instancePath + '/flaky/examples/' + i7 + '/runs',
                      schemaPath: '#/$defs/flaky/properties/examples/items/properties/runs/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                      schema: schema45.properties.examples.items.properties.runs.type,
                      parentSchema: schema45.properties.examples.items.properties.runs,
                      data: data37,
                    };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                  if (typeof data37 == 'number' && isFinite(data37)) {
                    if (data37 < 1 || isNaN(data37)) {
                      const err81 = {
                        instancePath: instancePath + '/flaky/examples/' + i7 + '/runs',
                        schemaPath: '#/$defs/flaky/properties/examples/items/properties/runs/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 1 },
                        message: 'must be >= 1',
                        schema: 1,
                        parentSchema: schema45.properties.examples.items.properties.runs,
                        data: data37,
                      };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                  }
                }
                if (data35.passes !== undefined) {
                  let data38 = data35.passes;
                  if (!(typeof data38 == 'number' && !(data38 % 1) && !isNaN(data38) && isFinite(data38))) {
                    const err82 = {
                      instancePath: instancePath + '/flaky/examples/' + i7 + '/passes',
                      schemaPath: '#/$defs/flaky/properties/examples/items/properties/passes/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                      schema: schema45.properties.examples.items.properties.passes.type,
                      parentSchema: schema45.properties.examples.items.properties.passes,
                      data: data38,
                    };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                  if (typeof data38 == 'number' && isFinite(data38)) {
                    if (data38 < 0 || isNaN(data38)) {
                      const err83 = {
                        instancePath: instancePath + '/flaky/examples/' + i7 + '/passes',
                        schemaPath: '#/$defs/flaky/properties/examples/items/properties/passes/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                        schema: 0,
                        parentSchema: schema45.properties.examples.items.properties.passes,
                        data: data38,
                      };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  }
                }
                if (data35.mean_score !== undefined) {
                  let data39 = data35.mean_score;
                  if (!(typeof data39 == 'number' && isFinite(data39)) && data39 !== null) {
                    const err84 = {
                      instancePath: instancePath + '/flaky/examples/' + i7 + '/mean_score',
                      schemaPath: '#/$defs/flaky/properties/examples/items/properties/mean_score/type',
                      keyword: 'type',
                      params: { type: schema45.properties.examples.items.properties.mean_score.type },
                      message: 'must be number,null',
                      schema: schema45.properties.examples.items.properties.mean_score.type,
                      parentSchema: schema45.properties.examples.items.properties.mean_score,
                      data: data39,
                    };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
                if (data35.spread !== undefined) {
                  let data40 = data35.spread;
                  if (!(typeof data40 == 'number' && isFinite(data40)) && data40 !== null) {
                    const err85 = {
                      instancePath: instancePath + '/flaky/examples/' + i7 + '/spread',
                      schemaPath: '#/$defs/flaky/properties/examples/items/properties/spread/type',
                      keyword: 'type',
                      params: { type: schema45.properties.examples.items.properties.spread.type },
                      message: 'must be number,null',
                      schema: schema45.properties.examples.items.properties.spread.type,
                      parentSchema: schema45.properties.examples.items.properties.spread,
                      data: data40,
                    };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
              } else {
                const err86 = {
                  instancePath: instancePath + '/flaky/examples/' + i7,
                  schemaPath: '#/$defs/flaky/properties/examples/items/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema45.properties.examples.items.type,
                  parentSchema: schema45.properties.examples.items,
                  data: data35,
                };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
          } else {
            const err87 = {
              instancePath: instancePath + '/flaky/examples',
              schemaPath: '#/$defs/flaky/properties/examples/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema45.properties.examples.type,
              parentSchema: schema45.properties.examples,
              data: data34,
            };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
      } else {
        const err88 = {
          instancePath: instancePath + '/flaky',
          schemaPath: '#/$defs/flaky/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema45.type,
          parentSchema: schema45,
          data: data31,
        };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
    }
    if (data.shard !== undefined) {
      if (
        !validate28(data.shard, {
          instancePath: instancePath + '/shard',
          parentData: data,
          parentDataProperty: 'shard',
          rootData,
          dynamicAnchors,
        })
      ) {
        if (vErrors === null) vErrors = validate28.errors.slice();
        else for (const e of validate28.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
  } else {
    const err89 = {
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
      vErrors = [err89];
    } else {
      vErrors.push(err89);
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
  /*# sourceURL="https://evalgate.dev/schema/result.schema.json" */ let vErrors = null;
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
    if (data.created_at === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
        message: "must have required property '" + 'created_at' + "'",
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
    if (data.config_fingerprint === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'config_fingerprint' },
        message: "must have required property '" + 'config_fingerprint' + "'",
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
    if (data.suites === undefined) {
      const err5 = {
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
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err6 = {
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
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.$schema !== undefined) {
      let data0 = data.$schema;
      if (typeof data0 !== 'string') {
        const err7 = {
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
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data1 = data.kind;
      if ('evalgate-result' !== data1) {
        const err8 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/const',
          keyword: 'const',
          params: { allowedValue: 'evalgate-result' },
          message: 'must be equal to constant',
          schema: 'evalgate-result',
          parentSchema: schema31.properties.kind,
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
    if (data.schema_version !== undefined) {
      let data2 = data.schema_version;
      if (!(data2 === 1 || data2 === 2)) {
        const err9 = {
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
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.tool !== undefined) {
      let data3 = data.tool;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.name === undefined) {
          const err10 = {
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
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.version === undefined) {
          const err11 = {
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
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data3.metric_definitions === undefined) {
          const err12 = {
            instancePath: instancePath + '/tool',
            schemaPath: '#/properties/tool/required',
            keyword: 'required',
            params: { missingProperty: 'metric_definitions' },
            message: "must have required property '" + 'metric_definitions' + "'",
            schema: schema31.properties.tool.required,
            parentSchema: schema31.properties.tool,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === 'name' || key1 === 'version' || key1 === 'metric_definitions')) {
            const err13 = {
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
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.name !== undefined) {
          let data4 = data3.name;
          if ('evalgate' !== data4) {
            const err14 = {
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
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data3.version !== undefined) {
          let data5 = data3.version;
          if (typeof data5 !== 'string') {
            const err15 = {
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
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.metric_definitions !== undefined) {
          let data6 = data3.metric_definitions;
          if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
            const err16 = {
              instancePath: instancePath + '/tool/metric_definitions',
              schemaPath: '#/properties/tool/properties/metric_definitions/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema31.properties.tool.properties.metric_definitions.type,
              parentSchema: schema31.properties.tool.properties.metric_definitions,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data6 == 'number' && isFinite(data6)) {
            if (data6 < 1 || isNaN(data6)) {
              const err17 = {
                instancePath: instancePath + '/tool/metric_definitions',
                schemaPath: '#/properties/tool/properties/metric_definitions/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema31.properties.tool.properties.metric_definitions,
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
    if (data.created_at !== undefined) {
      let data7 = data.created_at;
      if (typeof data7 === 'string') {
        if (!formats0.validate(data7)) {
          const err19 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "' + 'date-time' + '"',
            schema: 'date-time',
            parentSchema: schema31.properties.created_at,
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema31.properties.created_at.type,
          parentSchema: schema31.properties.created_at,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.git !== undefined) {
      let data8 = data.git;
      if (!(data8 && typeof data8 == 'object' && !Array.isArray(data8)) && data8 !== null) {
        const err21 = {
          instancePath: instancePath + '/git',
          schemaPath: '#/properties/git/type',
          keyword: 'type',
          params: { type: schema31.properties.git.type },
          message: 'must be object,null',
          schema: schema31.properties.git.type,
          parentSchema: schema31.properties.git,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
        if (data8.sha === undefined) {
          const err22 = {
            instancePath: instancePath + '/git',
            schemaPath: '#/properties/git/required',
            keyword: 'required',
            params: { missingProperty: 'sha' },
            message: "must have required property '" + 'sha' + "'",
            schema: schema31.properties.git.required,
            parentSchema: schema31.properties.git,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        for (const key2 in data8) {
          if (!(key2 === 'sha' || key2 === 'ref')) {
            const err23 = {
              instancePath: instancePath + '/git',
              schemaPath: '#/properties/git/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.git,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data8.sha !== undefined) {
          let data9 = data8.sha;
          if (typeof data9 !== 'string') {
            const err24 = {
              instancePath: instancePath + '/git/sha',
              schemaPath: '#/properties/git/properties/sha/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema31.properties.git.properties.sha.type,
              parentSchema: schema31.properties.git.properties.sha,
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
        if (data8.ref !== undefined) {
          let data10 = data8.ref;
          if (typeof data10 !== 'string' && data10 !== null) {
            const err25 = {
              instancePath: instancePath + '/git/ref',
              schemaPath: '#/properties/git/properties/ref/type',
              keyword: 'type',
              params: { type: schema31.properties.git.properties.ref.type },
              message: 'must be string,null',
              schema: schema31.properties.git.properties.ref.type,
              parentSchema: schema31.properties.git.properties.ref,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      }
    }
    if (data.config_fingerprint !== undefined) {
      let data11 = data.config_fingerprint;
      if (typeof data11 === 'string') {
        if (!pattern4.test(data11)) {
          const err26 = {
            instancePath: instancePath + '/config_fingerprint',
            schemaPath: '#/properties/config_fingerprint/pattern',
            keyword: 'pattern',
            params: { pattern: '^sha256:[0-9a-f]{64}$' },
            message: 'must match pattern "' + '^sha256:[0-9a-f]{64}$' + '"',
            schema: '^sha256:[0-9a-f]{64}$',
            parentSchema: schema31.properties.config_fingerprint,
            data: data11,
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
          instancePath: instancePath + '/config_fingerprint',
          schemaPath: '#/properties/config_fingerprint/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema31.properties.config_fingerprint.type,
          parentSchema: schema31.properties.config_fingerprint,
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
    if (data.suites !== undefined) {
      let data12 = data.suites;
      if (Array.isArray(data12)) {
        const len0 = data12.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate21(data12[i0], {
              instancePath: instancePath + '/suites/' + i0,
              parentData: data12,
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
        const err28 = {
          instancePath: instancePath + '/suites',
          schemaPath: '#/properties/suites/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.suites.type,
          parentSchema: schema31.properties.suites,
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
    if (data.history !== undefined) {
      let data14 = data.history;
      if (Array.isArray(data14)) {
        if (data14.length > 50) {
          const err29 = {
            instancePath: instancePath + '/history',
            schemaPath: '#/properties/history/maxItems',
            keyword: 'maxItems',
            params: { limit: 50 },
            message: 'must NOT have more than 50 items',
            schema: 50,
            parentSchema: schema31.properties.history,
            data: data14,
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        const len1 = data14.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data15 = data14[i1];
          if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
            if (data15.sha === undefined) {
              const err30 = {
                instancePath: instancePath + '/history/' + i1,
                schemaPath: '#/$defs/historyPoint/required',
                keyword: 'required',
                params: { missingProperty: 'sha' },
                message: "must have required property '" + 'sha' + "'",
                schema: schema51.required,
                parentSchema: schema51,
                data: data15,
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data15.run_id === undefined) {
              const err31 = {
                instancePath: instancePath + '/history/' + i1,
                schemaPath: '#/$defs/historyPoint/required',
                keyword: 'required',
                params: { missingProperty: 'run_id' },
                message: "must have required property '" + 'run_id' + "'",
                schema: schema51.required,
                parentSchema: schema51,
                data: data15,
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data15.run_number === undefined) {
              const err32 = {
                instancePath: instancePath + '/history/' + i1,
                schemaPath: '#/$defs/historyPoint/required',
                keyword: 'required',
                params: { missingProperty: 'run_number' },
                message: "must have required property '" + 'run_number' + "'",
                schema: schema51.required,
                parentSchema: schema51,
                data: data15,
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            for (const key3 in data15) {
              if (!(
                key3 === 'sha' ||
                key3 === 'run_id' ||
                key3 === 'run_number' ||
                key3 === 'created_at' ||
                key3 === 'suites' ||
                key3 === 'skipped'
              )) {
                const err33 = {
                  instancePath: instancePath + '/history/' + i1,
                  schemaPath: '#/$defs/historyPoint/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema51,
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
            if (data15.sha !== undefined) {
              let data16 = data15.sha;
              if (typeof data16 === 'string') {
                if (!pattern10.test(data16)) {
                  const err34 = {
                    instancePath: instancePath + '/history/' + i1 + '/sha',
                    schemaPath: '#/$defs/historyPoint/properties/sha/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[0-9a-f]{7,64}$' },
                    message: 'must match pattern "' + '^[0-9a-f]{7,64}$' + '"',
                    schema: '^[0-9a-f]{7,64}$',
                    parentSchema: schema51.properties.sha,
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
                  instancePath: instancePath + '/history/' + i1 + '/sha',
                  schemaPath: '#/$defs/historyPoint/properties/sha/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema51.properties.sha.type,
                  parentSchema: schema51.properties.sha,
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
            if (data15.run_id !== undefined) {
              let data17 = data15.run_id;
              if (
                !(typeof data17 == 'number' && !(data17 % 1) && !isNaN(data17) && isFinite(data17)) &&
                data17 !== null
              ) {
                const err36 = {
                  instancePath: instancePath + '/history/' + i1 + '/run_id',
                  schemaPath: '#/$defs/historyPoint/properties/run_id/type',
                  keyword: 'type',
                  params: { type: schema51.properties.run_id.type },
                  message: 'must be integer,null',
                  schema: schema51.properties.run_id.type,
                  parentSchema: schema51.properties.run_id,
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
            if (data15.run_number !== undefined) {
              let data18 = data15.run_number;
              if (
                !(typeof data18 == 'number' && !(data18 % 1) && !isNaN(data18) && isFinite(data18)) &&
                data18 !== null
              ) {
                const err37 = {
                  instancePath: instancePath + '/history/' + i1 + '/run_number',
                  schemaPath: '#/$defs/historyPoint/properties/run_number/type',
                  keyword: 'type',
                  params: { type: schema51.properties.run_number.type },
                  message: 'must be integer,null',
                  schema: schema51.properties.run_number.type,
                  parentSchema: schema51.properties.run_number,
                  data: data18,
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data15.created_at !== undefined) {
              let data19 = data15.created_at;
              if (typeof data19 !== 'string' && data19 !== null) {
                const err38 = {
                  instancePath: instancePath + '/history/' + i1 + '/created_at',
                  schemaPath: '#/$defs/historyPoint/properties/created_at/type',
                  keyword: 'type',
                  params: { type: schema51.properties.created_at.type },
                  message: 'must be string,null',
                  schema: schema51.properties.created_at.type,
                  parentSchema: schema51.properties.created_at,
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
            if (data15.suites !== undefined) {
              let data20 = data15.suites;
              if (Array.isArray(data20)) {
                if (data20.length > 100) {
                  const err39 = {
                    instancePath: instancePath + '/history/' + i1 + '/suites',
                    schemaPath: '#/$defs/historyPoint/properties/suites/maxItems',
                    keyword: 'maxItems',
                    params: { limit: 100 },
                    message: 'must NOT have more than 100 items',
                    schema: 100,
                    parentSchema: schema51.properties.suites,
                    data: data20,
                  };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                const len2 = data20.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data21 = data20[i2];
                  if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
                    if (data21.name === undefined) {
                      const err40 = {
                        instancePath: instancePath + '/history/' + i1 + '/suites/' + i2,
                        schemaPath: '#/$defs/historyPoint/properties/suites/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'name' },
                        message: "must have required property '" + 'name' + "'",
                        schema: schema51.properties.suites.items.required,
                        parentSchema: schema51.properties.suites.items,
                        data: data21,
                      };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                    if (data21.metrics === undefined) {
                      const err41 = {
                        instancePath: instancePath + '/history/' + i1 + '/suites/' + i2,
                        schemaPath: '#/$defs/historyPoint/properties/suites/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'metrics' },
                        message: "must have required property '" + 'metrics' + "'",
                        schema: schema51.properties.suites.items.required,
                        parentSchema: schema51.properties.suites.items,
                        data: data21,
                      };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                    for (const key4 in data21) {
                      if (!(key4 === 'name' || key4 === 'metrics')) {
                        const err42 = {
                          instancePath: instancePath + '/history/' + i1 + '/suites/' + i2,
                          schemaPath: '#/$defs/historyPoint/properties/suites/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key4 },
                          message: 'must NOT have additional properties',
                          schema: false,
                          parentSchema: schema51.properties.suites.items,
                          data: data21,
                        };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                    if (data21.name !== undefined) {
                      let data22 = data21.name;
                      if (typeof data22 === 'string') {
                        if (func3(data22) > 100) {
                          const err43 = {
                            instancePath: instancePath + '/history/' + i1 + '/suites/' + i2 + '/name',
                            schemaPath:
                              '#/$defs/historyPoint/properties/suites/items/properties/name/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 100 },
                            message: 'must NOT have more than 100 characters',
                            schema: 100,
                            parentSchema: schema51.properties.suites.items.properties.name,
                            data: data22,
                          };
                          if (vErrors === null) {
                            vErrors = [err43];
                          } else {
                            vErrors.push(err43);
                          }
                          errors++;
                        }
                      } else {
                        const err44 = {
                          instancePath: instancePath + '/history/' + i1 + '/suites/' + i2 + '/name',
                          schemaPath: '#/$defs/historyPoint/properties/suites/items/properties/name/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema: schema51.properties.suites.items.properties.name.type,
                          parentSchema: schema51.properties.suites.items.properties.name,
                          data: data22,
                        };
                        if (vErrors === null) {
                          vErrors = [err44];
                        } else {
                          vErrors.push(err44);
                        }
                        errors++;
                      }
                    }
                    if (data21.metrics !== undefined) {
                      let data23 = data21.metrics;
                      if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
                        if (Object.keys(data23).length > 64) {
                          const err45 = {
                            instancePath: instancePath + '/history/' + i1 + '/suites/' + i2 + '/metrics',
                            schemaPath:
                              '#/$defs/historyPoint/properties/suites/items/properties/metrics/maxProperties',
                            keyword: 'maxProperties',
                            params: { limit: 64 },
                            message: 'must NOT have more than 64 properties',
                            schema: 64,
                            parentSchema: schema51.properties.suites.items.properties.metrics,
                            data: data23,
                          };
                          if (vErrors === null) {
                            vErrors = [err45];
                          } else {
                            vErrors.push(err45);
                          }
                          errors++;
                        }
                        for (const key5 in data23) {
                          let data24 = data23[key5];
                          if (!(typeof data24 == 'number' && isFinite(data24)) && data24 !== null) {
                            const err46 = {
                              instancePath:
                                instancePath +
                                '/history/' +
                                i1 +
                                '/suites/' +
                                i2 +
                                '/metrics/' +
                                key5.replace(/~/g, '~0').replace(/\//g, '~1'),
                              schemaPath:
                                '#/$defs/historyPoint/properties/suites/items/properties/metrics/additionalProperties/type',
                              keyword: 'type',
                              params: {
                                type: schema51.properties.suites.items.properties.metrics.additionalProperties
                                  .type,
                              },
                              message: 'must be number,null',
                              schema:
                                schema51.properties.suites.items.properties.metrics.additionalProperties.type,
                              parentSchema:
                                schema51.properties.suites.items.properties.metrics.additionalProperties,
                              data: data24,
                            };
                            if (vErrors === null) {
                              vErrors = [err46];
                            } else {
                              vErrors.push(err46);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err47 = {
                          instancePath: instancePath + '/history/' + i1 + '/suites/' + i2 + '/metrics',
                          schemaPath: '#/$defs/historyPoint/properties/suites/items/properties/metrics/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                          schema: schema51.properties.suites.items.properties.metrics.type,
                          parentSchema: schema51.properties.suites.items.properties.metrics,
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
                  } else {
                    const err48 = {
                      instancePath: instancePath + '/history/' + i1 + '/suites/' + i2,
                      schemaPath: '#/$defs/historyPoint/properties/suites/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema51.properties.suites.items.type,
                      parentSchema: schema51.properties.suites.items,
                      data: data21,
                    };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
              } else {
                const err49 = {
                  instancePath: instancePath + '/history/' + i1 + '/suites',
                  schemaPath: '#/$defs/historyPoint/properties/suites/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema51.properties.suites.type,
                  parentSchema: schema51.properties.suites,
                  data: data20,
                };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data15.skipped !== undefined) {
              let data25 = data15.skipped;
              if (typeof data25 === 'string') {
                if (func3(data25) > 300) {
                  const err50 = {
                    instancePath: instancePath + '/history/' + i1 + '/skipped',
                    schemaPath: '#/$defs/historyPoint/properties/skipped/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 300 },
                    message: 'must NOT have more than 300 characters',
                    schema: 300,
                    parentSchema: schema51.properties.skipped,
                    data: data25,
                  };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = {
                  instancePath: instancePath + '/history/' + i1 + '/skipped',
                  schemaPath: '#/$defs/historyPoint/properties/skipped/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema51.properties.skipped.type,
                  parentSchema: schema51.properties.skipped,
                  data: data25,
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
              instancePath: instancePath + '/history/' + i1,
              schemaPath: '#/$defs/historyPoint/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema51.type,
              parentSchema: schema51,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = {
          instancePath: instancePath + '/history',
          schemaPath: '#/properties/history/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.history.type,
          parentSchema: schema31.properties.history,
          data: data14,
        };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.shard !== undefined) {
      let data26 = data.shard;
      if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
        if (data26.index === undefined) {
          const err54 = {
            instancePath: instancePath + '/shard',
            schemaPath: '#/$defs/shardRun/required',
            keyword: 'required',
            params: { missingProperty: 'index' },
            message: "must have required property '" + 'index' + "'",
            schema: schema52.required,
            parentSchema: schema52,
            data: data26,
          };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        if (data26.count === undefined) {
          const err55 = {
            instancePath: instancePath + '/shard',
            schemaPath: '#/$defs/shardRun/required',
            keyword: 'required',
            params: { missingProperty: 'count' },
            message: "must have required property '" + 'count' + "'",
            schema: schema52.required,
            parentSchema: schema52,
            data: data26,
          };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        if (data26.hash === undefined) {
          const err56 = {
            instancePath: instancePath + '/shard',
            schemaPath: '#/$defs/shardRun/required',
            keyword: 'required',
            params: { missingProperty: 'hash' },
            message: "must have required property '" + 'hash' + "'",
            schema: schema52.required,
            parentSchema: schema52,
            data: data26,
          };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        if (data26.format === undefined) {
          const err57 = {
            instancePath: instancePath + '/shard',
            schemaPath: '#/$defs/shardRun/required',
            keyword: 'required',
            params: { missingProperty: 'format' },
            message: "must have required property '" + 'format' + "'",
            schema: schema52.required,
            parentSchema: schema52,
            data: data26,
          };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        for (const key6 in data26) {
          if (!(key6 === 'index' || key6 === 'count' || key6 === 'hash' || key6 === 'format')) {
            const err58 = {
              instancePath: instancePath + '/shard',
              schemaPath: '#/$defs/shardRun/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key6 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema52,
              data: data26,
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data26.index !== undefined) {
          let data27 = data26.index;
          if (!(typeof data27 == 'number' && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
            const err59 = {
              instancePath: instancePath + '/shard/index',
              schemaPath: '#/$defs/shardRun/properties/index/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema52.properties.index.type,
              parentSchema: schema52.properties.index,
              data: data27,
            };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (typeof data27 == 'number' && isFinite(data27)) {
            if (data27 > 256 || isNaN(data27)) {
              const err60 = {
                instancePath: instancePath + '/shard/index',
                schemaPath: '#/$defs/shardRun/properties/index/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 256 },
                message: 'must be <= 256',
                schema: 256,
                parentSchema: schema52.properties.index,
                data: data27,
              };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data27 < 1 || isNaN(data27)) {
              const err61 = {
                instancePath: instancePath + '/shard/index',
                schemaPath: '#/$defs/shardRun/properties/index/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema52.properties.index,
                data: data27,
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
        if (data26.count !== undefined) {
          let data28 = data26.count;
          if (!(typeof data28 == 'number' && !(data28 % 1) && !isNaN(data28) && isFinite(data28))) {
            const err62 = {
              instancePath: instancePath + '/shard/count',
              schemaPath: '#/$defs/shardRun/properties/count/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema52.properties.count.type,
              parentSchema: schema52.properties.count,
              data: data28,
            };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          if (typeof data28 == 'number' && isFinite(data28)) {
            if (data28 > 256 || isNaN(data28)) {
              const err63 = {
                instancePath: instancePath + '/shard/count',
                schemaPath: '#/$defs/shardRun/properties/count/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 256 },
                message: 'must be <= 256',
                schema: 256,
                parentSchema: schema52.properties.count,
                data: data28,
              };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            if (data28 < 1 || isNaN(data28)) {
              const err64 = {
                instancePath: instancePath + '/shard/count',
                schemaPath: '#/$defs/shardRun/properties/count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema52.properties.count,
                data: data28,
              };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          }
        }
        if (data26.hash !== undefined) {
          let data29 = data26.hash;
          if ('fnv1a32-lowbias32-mod' !== data29) {
            const err65 = {
              instancePath: instancePath + '/shard/hash',
              schemaPath: '#/$defs/shardRun/properties/hash/const',
              keyword: 'const',
              params: { allowedValue: 'fnv1a32-lowbias32-mod' },
              message: 'must be equal to constant',
              schema: 'fnv1a32-lowbias32-mod',
              parentSchema: schema52.properties.hash,
              data: data29,
            };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data26.format !== undefined) {
          let data30 = data26.format;
          if (2 !== data30) {
            const err66 = {
              instancePath: instancePath + '/shard/format',
              schemaPath: '#/$defs/shardRun/properties/format/const',
              keyword: 'const',
              params: { allowedValue: 2 },
              message: 'must be equal to constant',
              schema: 2,
              parentSchema: schema52.properties.format,
              data: data30,
            };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = {
          instancePath: instancePath + '/shard',
          schemaPath: '#/$defs/shardRun/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema52.type,
          parentSchema: schema52,
          data: data26,
        };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
  } else {
    const err68 = {
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
      vErrors = [err68];
    } else {
      vErrors.push(err68);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
