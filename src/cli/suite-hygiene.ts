import { resolve } from 'node:path';
import {
  describeHygiene,
  GoldenHygiene,
  type GoldenRecord,
  type HygieneReport,
  type LabelShift,
} from '../checks/index.js';
import type { ResolvedSuite } from '../spec/config.js';
import { formatFromPath, readRecords } from '../io/records.js';
import { formatCount } from '../tasks/format.js';

export interface SuiteHygiene {
  report: HygieneReport;
  /** The text field, or null when the golden records have none (only ids and labels were checked). */
  textField: string | null;
  /** The findings in words, most serious first; the label shift last when it is significant. */
  findings: string[];
  /** Notes that are not findings (e.g. the label distribution did not shift). */
  notes: string[];
}

/** A label shift counts as a finding when the chi-square test rejects equal distributions at this level. */
export const LABEL_SHIFT_ALPHA = 0.05;

/**
 * Golden-set hygiene of one suite: streams its training set (if `train:` is set), its golden set, and
 * `baseGolden` (the base branch's golden set, if given) once each.
 */
export async function suiteHygiene(
  suite: ResolvedSuite,
  options: { baseGolden?: string } = {},
): Promise<SuiteHygiene> {
  const textField = suite.fields.text ?? 'text';
  // A golden set without the (default) text field gets only its ids and labels checked.
  let hasText = suite.fields.text !== undefined;
  // only classification golden sets carry labels; other tasks get ids, duplicates and leakage checked
  const labelled = suite.task === 'classification';
  const hygiene = new GoldenHygiene({ checkLeakage: suite.train !== undefined, expectLabels: labelled });
  let trainWithoutText = 0;
  if (suite.train) {
    await readRecords(
      suite.train.path,
      (record, line) => {
        const text = textOf(record[textField]);
        if (text.trim() === '') trainWithoutText++;
        else hygiene.addTrain({ text, line });
      },
      { displayName: suite.train.display, format: suite.train.format },
    );
  }
  await readRecords(
    suite.golden.path,
    (record, line) => {
      hasText ||= textField in record;
      hygiene.add(goldenRecord(suite, record, line, textField));
    },
    { displayName: suite.golden.display, format: suite.golden.format },
  );
  let baseCounts: Map<string, number> | undefined;
  if (options.baseGolden !== undefined) {
    const given = options.baseGolden;
    baseCounts = new Map();
    const counts = baseCounts;
    await readRecords(
      resolve(given),
      (record) => {
        const label = labelOf(record[suite.fields.label]);
        if (label !== null) counts.set(label, (counts.get(label) ?? 0) + 1);
      },
      { displayName: given, format: formatFromPath(given) ?? suite.golden.format },
    );
  }
  const report = hygiene.report(baseCounts);
  // Without a text field every record would read as "empty input text": that is not a finding.
  const findings = describeHygiene(
    hasText ? report : { ...report, emptyTexts: { count: 0, groups: 0, examples: [] } },
  );
  const notes: string[] = [];
  if (!hasText) {
    notes.push(
      `no "${textField}" field in the golden records: duplicate-input and leakage checks skipped (set fields.text)`,
    );
  }
  if (suite.train && trainWithoutText > 0) {
    findings.push(
      `${formatCount(trainWithoutText)} records of ${suite.train.display} have an empty or missing "${textField}" field: they cannot be checked for leakage`,
    );
  }
  if (suite.train && hasText)
    notes.push(
      `leakage checked against ${suite.train.display} (${formatCount(report.leakage?.trainRecords ?? 0)} records)`,
    );
  if (report.labelShift) {
    const shift = describeShift(report.labelShift);
    if (report.labelShift.pValue !== null && report.labelShift.pValue < LABEL_SHIFT_ALPHA)
      findings.push(shift);
    else notes.push(shift);
  }
  return { report, textField: hasText ? textField : null, findings, notes };
}

/** e.g. `label distribution shifted from the base golden set: total variation 0.081, chi-square 14.2 (df 4), p = 0.0067; largest moves: refund 10.0% → 18.5%, …`. */
export function describeShift(shift: LabelShift): string {
  const moves = [...shift.labels]
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, 3)
    .map((l) => `${l.label} ${pct(l.baseShare)} → ${pct(l.headShare)}`)
    .join(', ');
  const test =
    shift.chiSquare === null || shift.pValue === null
      ? 'no test (one side is empty)'
      : `chi-square ${shift.chiSquare.toFixed(2)} (df ${shift.degreesOfFreedom}), p = ${formatP(shift.pValue)}`;
  const verdict =
    shift.pValue !== null && shift.pValue < LABEL_SHIFT_ALPHA
      ? 'label distribution shifted'
      : 'no significant label shift';
  return `${verdict} against the base golden set (${shift.baseTotal} → ${shift.headTotal} labelled records): total variation ${shift.totalVariation.toFixed(3)}, ${test}${moves ? `; largest moves: ${moves}` : ''}`;
}

function goldenRecord(
  suite: ResolvedSuite,
  record: Record<string, unknown>,
  line: number,
  textField: string,
): GoldenRecord {
  const id = record[suite.fields.id];
  return {
    id: typeof id === 'string' || typeof id === 'number' ? String(id) : '',
    text: textOf(record[textField]),
    label: labelOf(record[suite.fields.label]),
    line,
  };
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** A label as one string: multilabel sets sorted and joined, so `[b, a]` and `[a, b]` are the same label. */
function labelOf(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return JSON.stringify(value.map(String).sort());
  return String(value);
}

function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function formatP(p: number): string {
  return p < 1e-4 ? p.toExponential(1) : p.toFixed(4);
}
