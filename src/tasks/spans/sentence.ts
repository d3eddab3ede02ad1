/** One record's statistics: gold and predicted tag sequences (or spans) validated and turned into counts. */
import {
  assertSameLength,
  entitiesFromCharSpans,
  entitiesFromTags,
  type EntityMode,
  type TagScheme,
} from './entities.js';
import type { SourceLocation } from './errors.js';
import { spanCounts, type SpanCounts } from './scores.js';

export interface TagRecordOptions {
  readonly scheme: TagScheme;
  readonly mode: EntityMode;
  readonly location?: SourceLocation;
  /** Number of tokens, when the record has them; both tag sequences must match it. */
  readonly tokensLength?: number;
  /** Field names used in error messages (defaults: `tags`, `predicted`, `tokens`). */
  readonly goldField?: string;
  readonly predictedField?: string;
  readonly tokensField?: string;
}

/** Counts of one tagged sentence; throws SpanInputError (`<file>:<line>: tags: length 5 does not match ...`). */
export function tagRecordCounts(
  goldTags: readonly string[],
  predictedTags: readonly string[],
  options: TagRecordOptions,
): SpanCounts {
  const goldField = options.goldField ?? 'tags';
  const predictedField = options.predictedField ?? 'predicted';
  if (options.tokensLength !== undefined) {
    const tokensField = options.tokensField ?? 'tokens';
    assertSameLength(goldField, goldTags.length, tokensField, options.tokensLength, options.location);
    assertSameLength(
      predictedField,
      predictedTags.length,
      tokensField,
      options.tokensLength,
      options.location,
    );
  }
  assertSameLength(predictedField, predictedTags.length, goldField, goldTags.length, options.location);
  const common = { scheme: options.scheme, mode: options.mode, location: options.location };
  return spanCounts(
    entitiesFromTags(goldTags, { ...common, field: goldField }),
    entitiesFromTags(predictedTags, { ...common, field: predictedField }),
  );
}

export interface SpanRecordOptions {
  readonly location?: SourceLocation;
  readonly textLength?: number;
  readonly goldField?: string;
  readonly predictedField?: string;
}

/** Counts of one record with character-offset spans `{start, end, type}` on both sides. */
export function spanRecordCounts(
  goldSpans: readonly unknown[],
  predictedSpans: readonly unknown[],
  options: SpanRecordOptions = {},
): SpanCounts {
  const common = { location: options.location, textLength: options.textLength };
  return spanCounts(
    entitiesFromCharSpans(goldSpans, { ...common, field: options.goldField ?? 'spans' }),
    entitiesFromCharSpans(predictedSpans, { ...common, field: options.predictedField ?? 'predicted' }),
  );
}
