// Documentation and golden-set checks: pure functions over plain data, plus the CheckContext I/O interface.
export * from './types.js';
export { runChecks } from './run.js';
export { parseCheckRules, CheckConfigError } from './validate.js';
export { evaluateCondition, type Truth } from './conditions.js';
export { globProblem, globMatcher, matchingFiles, GlobError } from './glob.js';
export { decodeUtf8, type TextFile } from './text.js';
export { parseMarkdown, normaliseHeading, type Heading, type MarkdownDoc } from './markdown.js';
export { unreleasedEntries, addedUnreleasedEntries, type ChangelogDiff } from './changelog.js';
export { analysePrBody, countWords, type PrBodyReport } from './pr-body.js';
export {
  CARD_START,
  CARD_END,
  renderCardBlock,
  readCardBlock,
  checkCardFresh,
  updateCard,
  describeStale,
  type CardCell,
  type CardFreshness,
  type StaleNumber,
} from './card.js';
export {
  GoldenHygiene,
  checkGoldenHygiene,
  normaliseText,
  type GoldenRecord,
  type TrainRecord,
  type HygieneExample,
  type Finding,
  type HygieneOptions,
  type HygieneReport,
  type NormalisationLevel,
} from './hygiene.js';
export { countLabels, labelShift, type LabelShare, type LabelShift } from './label-shift.js';
export { describeHygiene } from './describe-hygiene.js';
export { metricsChangedFrom } from './metrics-changed.js';
export { cardRowsFromResult } from './card-rows.js';
export { runConfigChecks } from './config-checks.js';
export { CHECKS_SCHEMA } from './schema.js';
