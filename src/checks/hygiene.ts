import { hash64, HashTable64 } from './hash64.js';
import { foldCase } from './markdown.js';
import { countLabels, labelShift, type LabelShift } from './label-shift.js';

/** One golden-set record as the readers produce it. `label` null: the record has none. */
export interface GoldenRecord {
  id: string;
  text: string;
  label: string | null;
  /** 1-based line (or row) in the file, for messages. */
  line: number;
}

/** One training-set record: only the input text matters for leakage. */
export interface TrainRecord {
  text: string;
  line: number;
}

export interface HygieneExample {
  line: number;
  id: string;
  /** The record's text, cut to 80 characters. */
  text: string;
  /** The line of the earlier record (or training record) it collides with. */
  otherLine: number;
  /** For label conflicts: [earlier label, this label]. */
  labels?: [string | null, string | null];
}

export interface Finding {
  /** Records involved, not counting the first occurrence of each group. */
  count: number;
  /** Distinct ids, inputs or training texts involved. */
  groups: number;
  /** Up to `maxExamples`, in file order. */
  examples: HygieneExample[];
}

export interface HygieneReport {
  records: number;
  duplicateIds: Finding;
  missingIds: Finding;
  emptyTexts: Finding;
  /** Only counted when labels are expected. */
  missingLabels: Finding;
  /** Same text after NFKC, case folding and whitespace collapsing, same label. */
  exactDuplicates: Finding;
  /** Same text after NFKC, case folding and whitespace collapsing, different labels. */
  exactConflicts: Finding;
  /** Same text only once punctuation is also dropped, same label. */
  nearDuplicates: Finding;
  /** Same text only once punctuation is also dropped, different labels. */
  nearConflicts: Finding;
  /** Overlap with the training set; null when no training set was given. */
  leakage: { trainRecords: number; exact: Finding; near: Finding } | null;
  /** Label distribution of base vs head; null when no base golden set was given. */
  labelShift: LabelShift | null;
  /** Bytes held by the hash tables at the end: the memory bound, independent of text lengths. */
  hashTableBytes: number;
}

export interface HygieneOptions {
  /** The training set to check for leakage. Read fully before the golden set. */
  train?: AsyncIterable<TrainRecord>;
  /** The base branch's golden set, for the label distribution shift. */
  base?: AsyncIterable<Pick<GoldenRecord, 'label'>>;
  /** Whether records must carry a label (classification-like tasks). Default true. */
  expectLabels?: boolean;
  maxExamples?: number;
}

export type NormalisationLevel = 'exact' | 'near';

/**
 * Text as compared for duplicates and leakage: Unicode NFKC, case-folded, whitespace collapsed; at the
 * `near` level punctuation (Unicode category P) is also replaced by spaces.
 */
export function normaliseText(text: string, level: NormalisationLevel): string {
  // Printable ASCII is its own NFKC form and folds by lower-casing: skip the Unicode work for it.
  if (PRINTABLE_ASCII.test(text)) {
    const s = text.toLowerCase();
    return (level === 'near' ? s.replace(ASCII_PUNCTUATION, ' ') : s).replace(/\s+/g, ' ').trim();
  }
  let s = foldCase(text.normalize('NFKC')).normalize('NFKC');
  if (level === 'near') s = s.replace(/\p{P}+/gu, ' ');
  return s.replace(/\s+/gu, ' ').trim();
}

const PRINTABLE_ASCII = /^[\x20-\x7e\t\n\r]*$/;
/** The ASCII characters of Unicode category P (`$+<=>^`|~` are symbols, category S). */
const ASCII_PUNCTUATION = /[!"#%&'()*,\-./:;?@[\\\]_{}]+/g;

// Value lanes of the tables.
const LINE = 0;
const LABEL = 1;
const COUNTED_DUPLICATE = 1;
const COUNTED_CONFLICT = 2;
const NO_LABEL = 0xffffffff;

/**
 * Golden-set hygiene, fed one record at a time (push style, for callback readers): training records first
 * (`addTrain`), then golden records (`add`), then `report`. Only 64-bit hashes of ids and normalised texts
 * are kept, plus the label counts, so memory does not grow with the length of the texts.
 */
export class GoldenHygiene {
  private readonly maxExamples: number;
  private readonly expectLabels: boolean;
  private readonly ids = new HashTable64(1);
  private readonly exact = new HashTable64(2);
  private readonly near = new HashTable64(2);
  private train: { records: number; exact: HashTable64; near: HashTable64 } | null = null;
  private readonly labelCodes = new Map<string, number>();
  private readonly headCounts = new Map<string, number>();
  private readonly findings = {
    duplicateIds: emptyFinding(),
    missingIds: emptyFinding(),
    emptyTexts: emptyFinding(),
    missingLabels: emptyFinding(),
    exactDuplicates: emptyFinding(),
    exactConflicts: emptyFinding(),
    nearDuplicates: emptyFinding(),
    nearConflicts: emptyFinding(),
    trainExact: emptyFinding(),
    trainNear: emptyFinding(),
  };
  private records = 0;

  /** `checkLeakage`: report leakage even if no training record turns up (an empty training set). */
  constructor(
    options: Pick<HygieneOptions, 'expectLabels' | 'maxExamples'> & { checkLeakage?: boolean } = {},
  ) {
    this.maxExamples = options.maxExamples ?? 5;
    this.expectLabels = options.expectLabels ?? true;
    if (options.checkLeakage)
      this.train = { records: 0, exact: new HashTable64(1), near: new HashTable64(1) };
  }

  /** Adds a training record to check leakage against. All must come before the first golden record. */
  addTrain(record: TrainRecord): void {
    if (this.records > 0) throw new Error('training records must be added before the golden records');
    this.train ??= { records: 0, exact: new HashTable64(1), near: new HashTable64(1) };
    this.train.records++;
    for (const [table, level] of [
      [this.train.exact, 'exact'],
      [this.train.near, 'near'],
    ] as const) {
      const [hi, lo] = hash64(normaliseText(record.text, level));
      if (table.find(hi, lo) < 0) table.set(table.add(hi, lo), LINE, record.line);
    }
  }

  add(record: GoldenRecord): void {
    this.records++;
    const f = this.findings;
    if (record.label !== null)
      this.headCounts.set(record.label, (this.headCounts.get(record.label) ?? 0) + 1);
    else if (this.expectLabels) this.note(f.missingLabels, record, record.line, true);

    if (record.id === '') this.note(f.missingIds, record, record.line, true);
    else this.seen(this.ids, hash64(record.id), record, f.duplicateIds);

    if (record.text.trim() === '') {
      this.note(f.emptyTexts, record, record.line, true);
      return;
    }
    const exactKey = hash64(normaliseText(record.text, 'exact'));
    const nearKey = hash64(normaliseText(record.text, 'near'));
    if (this.train) {
      if (this.train.exact.find(...exactKey) >= 0)
        this.seen(this.train.exact, exactKey, record, f.trainExact);
      else if (this.train.near.find(...nearKey) >= 0)
        this.seen(this.train.near, nearKey, record, f.trainNear);
    }
    const code = this.labelCode(record.label);
    // A record that repeats an earlier text exactly is not also reported as a near duplicate.
    if (this.labelled(this.exact, exactKey, record, code, f.exactDuplicates, f.exactConflicts)) return;
    this.labelled(this.near, nearKey, record, code, f.nearDuplicates, f.nearConflicts);
  }

  /** The findings so far; `baseCounts` (from `countLabels` over the base golden set) adds the label shift. */
  report(baseCounts?: ReadonlyMap<string, number>): HygieneReport {
    const f = this.findings;
    const train = this.train;
    return {
      records: this.records,
      duplicateIds: f.duplicateIds,
      missingIds: f.missingIds,
      emptyTexts: f.emptyTexts,
      missingLabels: f.missingLabels,
      exactDuplicates: f.exactDuplicates,
      exactConflicts: f.exactConflicts,
      nearDuplicates: f.nearDuplicates,
      nearConflicts: f.nearConflicts,
      leakage: train ? { trainRecords: train.records, exact: f.trainExact, near: f.trainNear } : null,
      labelShift: baseCounts ? labelShift(baseCounts, this.headCounts) : null,
      hashTableBytes:
        this.ids.bytes +
        this.exact.bytes +
        this.near.bytes +
        (train ? train.exact.bytes + train.near.bytes : 0),
    };
  }

  /** Records a key; if it was there, notes the record in `finding` against the first line. */
  private seen(table: HashTable64, [hi, lo]: [number, number], record: GoldenRecord, finding: Finding): void {
    const slot = table.find(hi, lo);
    if (slot < 0) {
      table.set(table.add(hi, lo), LINE, record.line);
      return;
    }
    const flags = table.getFlags(slot);
    this.note(finding, record, table.get(slot, LINE), !(flags & COUNTED_DUPLICATE));
    table.setFlags(slot, flags | COUNTED_DUPLICATE);
  }

  /** Like `seen`, telling same-label repeats from label conflicts. Returns whether the key was there. */
  private labelled(
    table: HashTable64,
    [hi, lo]: [number, number],
    record: GoldenRecord,
    code: number,
    duplicates: Finding,
    conflicts: Finding,
  ): boolean {
    const slot = table.find(hi, lo);
    if (slot < 0) {
      const added = table.add(hi, lo);
      table.set(added, LINE, record.line);
      table.set(added, LABEL, code);
      return false;
    }
    const firstCode = table.get(slot, LABEL);
    const flags = table.getFlags(slot);
    const firstLine = table.get(slot, LINE);
    if (!this.expectLabels || firstCode === code) {
      this.note(duplicates, record, firstLine, !(flags & COUNTED_DUPLICATE));
      table.setFlags(slot, flags | COUNTED_DUPLICATE);
    } else {
      const labels: [string | null, string | null] = [this.labelName(firstCode), record.label];
      this.note(conflicts, record, firstLine, !(flags & COUNTED_CONFLICT), labels);
      table.setFlags(slot, flags | COUNTED_CONFLICT);
    }
    return true;
  }

  private note(
    finding: Finding,
    record: GoldenRecord,
    otherLine: number,
    newGroup: boolean,
    labels?: [string | null, string | null],
  ): void {
    finding.count++;
    if (newGroup) finding.groups++;
    if (finding.examples.length >= this.maxExamples) return;
    const example: HygieneExample = { line: record.line, id: record.id, text: clip(record.text), otherLine };
    finding.examples.push(labels ? { ...example, labels } : example);
  }

  private labelCode(label: string | null): number {
    if (label === null) return NO_LABEL;
    let code = this.labelCodes.get(label);
    if (code === undefined) {
      code = this.labelCodes.size;
      this.labelCodes.set(label, code);
    }
    return code;
  }

  private labelName(code: number): string | null {
    for (const [label, c] of this.labelCodes) if (c === code) return label;
    return null;
  }
}

/**
 * Streams the training set (if any), then the golden set, then the base golden set (if any), once each,
 * and reports duplicate ids, duplicate and conflicting inputs, training-set leakage and the label shift.
 */
export async function checkGoldenHygiene(
  golden: AsyncIterable<GoldenRecord>,
  options: HygieneOptions = {},
): Promise<HygieneReport> {
  const hygiene = new GoldenHygiene({ ...options, checkLeakage: options.train !== undefined });
  if (options.train) for await (const record of options.train) hygiene.addTrain(record);
  for await (const record of golden) hygiene.add(record);
  return hygiene.report(options.base ? await countLabels(options.base) : undefined);
}

function emptyFinding(): Finding {
  return { count: 0, groups: 0, examples: [] };
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine;
}
