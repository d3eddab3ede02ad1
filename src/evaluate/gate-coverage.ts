import type { ResolvedSuite } from '../spec/config.js';
import { didYouMean } from '../schema/validate.js';
import type { SuiteResult } from '../generated/result.js';
import { InputError } from '../io/errors.js';
import { readRecords } from '../io/records.js';
import { selectSlices } from '../gates/select.js';

const MISSING = '(missing)';
const LIST_MAX = 12;

const list = (values: readonly string[]) =>
  values.slice(0, LIST_MAX).join(', ') + (values.length > LIST_MAX ? `, … (${values.length} in all)` : '');

/**
 * Gates must see what they gate. After a suite is evaluated, its slices and gates are checked against the
 * data: a slice field no golden row has, a gate slice no row falls in, or a gate that selects nothing is an
 * error that names what the data does have; a field missing on some rows is a note. Returns the notes.
 */
export async function checkGateCoverage(suite: ResolvedSuite, result: SuiteResult): Promise<string[]> {
  const notes: string[] = [];
  const fields = [
    ...new Set(suite.slices.flatMap((entry) => (typeof entry === 'string' ? [entry] : [...entry]))),
  ];
  for (const field of fields) {
    const values = result.slice_values?.[field] ?? [];
    if (values.length === 0 || (values.length === 1 && values[0] === MISSING)) {
      const present = await goldenFields(suite);
      const hint = closestField(field, present);
      throw new InputError({
        file: suite.golden.display,
        field: `slices: ${field}`,
        message: `no golden row has a field ${JSON.stringify(field)}, so its slices would gate nothing${
          hint ? `; did you mean ${JSON.stringify(hint)}?` : ''
        }. Fields in the first row: ${list(present) || '(none could be read)'}. Fix: slice by a field the golden set has`,
      });
    }
    const missing = result.slices.find((s) => s.kind === 'field' && s.key === `${field}=${MISSING}`);
    if (missing)
      notes.push(
        `slice field ${field} is missing on ${missing.n} of ${result.golden.n} golden rows: they form the slice ${field}=${MISSING}`,
      );
  }
  suite.gates.forEach((gate, index) => {
    const where = `gates[${index}].slices`;
    const selector = gate.selector;
    if (Array.isArray(selector)) {
      for (const key of selector as string[]) checkKey(suite, result, key, where);
    } else if (typeof selector === 'object' && selector !== null) {
      const field = (selector as { field: string }).field;
      if (field !== suite.fields.label && !fields.includes(field))
        throw new InputError({
          file: suite.golden.display,
          field: where,
          message: `${JSON.stringify(field)} is not a slice field of suite ${suite.name}; slice fields: ${list(fields) || '(none)'}${
            suite.labelSlices ? `, and ${suite.fields.label} for label slices` : ''
          }. Fix: add it to slices or gate a listed field`,
        });
    }
    if (selectSlices(selector, result, null, suite.fields.label).length === 0)
      throw new InputError({
        file: suite.golden.display,
        field: where,
        message: `gate ${index} (${gate.text}) selects no slice of this data, so it would check nothing. Fix: gate slices the data has (${list(result.slices.map((s) => s.key))})`,
      });
  });
  return notes;
}

/** A listed slice key must name a field the suite slices by and a value some row has. */
function checkKey(suite: ResolvedSuite, result: SuiteResult, key: string, where: string): void {
  if (result.slices.some((s) => s.key === key)) return;
  const parts = key.split(',').map((p) => p.split('='));
  const fail = (message: string) => {
    throw new InputError({
      file: suite.golden.display,
      field: where,
      message: `${JSON.stringify(key)}: ${message}`,
    });
  };
  for (const [field, value] of parts) {
    if (value === undefined) fail(`a slice key is field=value (e.g. language=de), or overall`);
    const isLabel = field === 'label' || field === suite.fields.label;
    const values = isLabel ? result.labels : result.slice_values?.[field];
    if (!values)
      fail(
        `${field} is not a slice field of this suite (slice fields: ${list(Object.keys(result.slice_values ?? {})) || '(none)'})`,
      );
    if (!values!.includes(value)) {
      const sameCase = values!.find((v) => v.toLowerCase() === value.toLowerCase());
      const hint = sameCase ? `did you mean ${field}=${sameCase}? (values are case-sensitive) ` : '';
      fail(`no golden row has ${field}=${value}: ${hint}values that exist: ${list(values!)}`);
    }
  }
  // every part exists, but not this combination
  fail(
    `no golden row falls in this combination; slices that exist: ${list(result.slices.map((s) => s.key))}`,
  );
}

/** A close field name: an edit-distance typo, or one name containing the other (lang ↔ language). */
function closestField(field: string, present: readonly string[]): string | undefined {
  const lower = field.toLowerCase();
  return (
    didYouMean(field, present) ??
    present.find((p) => p.toLowerCase().startsWith(lower) || lower.startsWith(p.toLowerCase()))
  );
}

/** The field names of the golden set's first record (an error path only: reads one record). */
async function goldenFields(suite: ResolvedSuite): Promise<string[]> {
  const stop = new Error('first record read');
  let keys: string[] = [];
  try {
    await readRecords(
      suite.golden.path,
      (record) => {
        keys = Object.keys(record);
        throw stop;
      },
      { displayName: suite.golden.display, format: suite.golden.format },
    );
  } catch {
    // the stop after the first record, or a file that cannot be read: either way, what was seen
  }
  return keys;
}
