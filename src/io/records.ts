import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse';
import { InputError, describeType, oneLine } from './errors.js';
import { RecordScanner, scannable, type ScanFields } from './json-scan.js';
import { describeFsError, forEachLine, forEachLineBytes, isGzip, type LineReadOptions } from './lines.js';

export const RECORD_FORMATS = ['jsonl', 'csv', 'json'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

/** One data record and where it came from (1-based line of its start). */
export type RecordHandler = (record: Record<string, unknown>, line: number) => void;

/** The format from the file name: `.jsonl`/`.ndjson` (also `.gz`), `.csv`, `.json`. */
export function formatFromPath(path: string): RecordFormat | undefined {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.json')) return 'json';
  return undefined;
}

export function resolveFormat(path: string, format?: RecordFormat): RecordFormat {
  const resolved = format ?? formatFromPath(path);
  if (!resolved) {
    throw new InputError({
      file: path,
      message:
        'cannot tell the format from the file name: expected .jsonl, .jsonl.gz, .csv or .json, or set `format`',
    });
  }
  return resolved;
}

export interface RecordReadOptions extends LineReadOptions {
  format?: RecordFormat;
  /**
   * The only fields the handler reads (and which of them to deliver as a NumberRow, see json-scan.ts): JSONL
   * records may then hold just these, scanned from the bytes instead of parsed whole. Same values and errors.
   */
  fields?: ScanFields;
  /** Receives the scanner, e.g. to tell it the number keys once the first row has fixed them. */
  onScanner?: (scanner: RecordScanner) => void;
}

/** Streams the records of a JSONL, CSV (with header) or JSON-array file. */
export async function readRecords(
  path: string,
  onRecord: RecordHandler,
  options: RecordReadOptions = {},
): Promise<number> {
  const name = options.displayName ?? path;
  const format = resolveFormat(name, options.format);
  const handler: RecordHandler = (record, line) => {
    try {
      onRecord(record, line);
    } catch (error) {
      throw withKeysPresent(error, record, format);
    }
  };
  if (format === 'jsonl' && options.fields && scannable(options.fields))
    return scanJsonl(path, name, onRecord, handler, options);
  if (format === 'jsonl') return readJsonl(path, name, handler, options);
  if (format === 'csv') return readCsv(path, name, handler);
  return readJsonArray(path, name, handler, options);
}

/**
 * A "missing <field>" error on a record without that field also lists what the record has, since the usual
 * cause is a differently named column (`qid` for `id`): the fix is then the suite's `fields:`.
 */
function withKeysPresent(error: unknown, record: Record<string, unknown>, format: RecordFormat): unknown {
  if (!(error instanceof InputError) || !error.field || !error.detail.startsWith('missing ')) return error;
  // only a top-level key (`scores.y` is inside an object the record has)
  if (/[.[]/.test(error.field) || Object.hasOwn(record, error.field)) return error;
  const keys = Object.keys(record);
  const shown = keys.slice(0, 12).map((k) => JSON.stringify(k));
  const list = `${shown.join(', ')}${keys.length > shown.length ? `, … (${keys.length} in all)` : ''}`;
  const has =
    format === 'csv' ? `the file's columns are ${list}` : `the record has ${keys.length ? list : 'no keys'}`;
  return new InputError({
    file: error.file,
    line: error.line,
    field: error.field,
    message: `${error.detail}; ${has} (point the suite's config at the right one)`,
  });
}

function parseJsonText(text: string, path: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (/(^|[^"\w])(NaN|-?Infinity)([^"\w]|$)/.test(text)) {
      throw new InputError({
        file: path,
        line,
        message: 'NaN and Infinity are not valid JSON numbers: write a finite number or null',
      });
    }
    const why = error instanceof Error ? error.message : String(error);
    throw new InputError({ file: path, line, message: `malformed JSON (${oneLine(why)})` });
  }
}

function asRecord(value: unknown, path: string, line: number): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError({ file: path, line, message: `expected a JSON object, got ${describeType(value)}` });
  }
  return value as Record<string, unknown>;
}

async function readJsonl(
  path: string,
  name: string,
  onRecord: RecordHandler,
  options: LineReadOptions,
): Promise<number> {
  return forEachLine(
    path,
    (text, line) => {
      if (text.length === 0 || text.trim().length === 0) return;
      onRecord(asRecord(parseJsonText(text, name, line), name, line), line);
    },
    options,
  );
}

/**
 * JSONL through the scanner: a line it reads gives a record of the wanted fields only; any other line (and
 * any line whose record the handler rejects, for the error's list of keys) is parsed whole as readJsonl does.
 */
async function scanJsonl(
  path: string,
  name: string,
  onRecord: RecordHandler,
  handler: RecordHandler,
  options: RecordReadOptions,
): Promise<number> {
  const scanner = new RecordScanner(options.fields!);
  options.onScanner?.(scanner);
  const onText = (text: string, line: number) => {
    if (text.length === 0 || text.trim().length === 0) return;
    handler(asRecord(parseJsonText(text, name, line), name, line), line);
  };
  return forEachLineBytes(
    path,
    (buf, start, end, line) => {
      const record = scanner.scan(buf, start, end);
      if (record === null) return onText(buf.toString('utf8', start, end), line);
      try {
        onRecord(record, line);
      } catch (error) {
        throw withKeysPresent(error, JSON.parse(buf.toString('utf8', start, end)), 'jsonl');
      }
    },
    onText,
    options,
  );
}

/**
 * A JSON array of objects, streamed: a small scanner finds where each top-level element starts and ends
 * (tracking strings and nesting) and hands each element's text to JSON.parse.
 */
async function readJsonArray(
  path: string,
  name: string,
  onRecord: RecordHandler,
  options: LineReadOptions,
): Promise<number> {
  let state = 'before' as 'before' | 'between' | 'element' | 'after';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: string[] = [];
  let elementLine = 0;
  let expectElement = true;

  const count = await forEachLine(
    path,
    (text, line) => {
      let segmentStart = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (state === 'element') {
          if (inString) {
            if (escaped) escaped = false;
            else if (c === 92) escaped = true;
            else if (c === 34) inString = false;
            continue;
          }
          if (depth === 0 && (c === 44 || c === 93)) {
            // a scalar element ended (e.g. `5,`): parsing it reports a clear error
            parts.push(text.slice(segmentStart, i));
            asRecord(parseJsonText(parts.join('\n'), name, elementLine), name, elementLine);
          }
          if (c === 34) inString = true;
          else if (c === 123 || c === 91) depth++;
          else if (c === 125 || c === 93) {
            depth--;
            if (depth === 0) {
              parts.push(text.slice(segmentStart, i + 1));
              const value = parseJsonText(parts.join('\n'), name, elementLine);
              onRecord(asRecord(value, name, elementLine), elementLine);
              parts = [];
              state = 'between';
              expectElement = false;
            }
          }
          continue;
        }
        if (c === 32 || c === 9 || c === 13) continue;
        if (state === 'before') {
          if (c !== 91) {
            throw new InputError({
              file: name,
              line,
              message: 'expected a JSON array of objects (the file must start with "[")',
            });
          }
          state = 'between';
          expectElement = true;
          continue;
        }
        if (state === 'after') {
          throw new InputError({
            file: name,
            line,
            message: 'unexpected text after the closing "]" of the array',
          });
        }
        // between elements
        if (c === 44 && !expectElement) {
          expectElement = true;
          continue;
        }
        if (c === 93) {
          state = 'after';
          continue;
        }
        if (!expectElement) {
          throw new InputError({
            file: name,
            line,
            message: 'malformed JSON array: expected "," or "]" between elements',
          });
        }
        state = 'element';
        elementLine = line;
        segmentStart = i;
        depth = 0;
        if (c === 123 || c === 91) depth = 1;
        else if (c === 34) inString = true;
      }
      if (state === 'element') parts.push(text.slice(segmentStart));
    },
    options,
  );
  // (the callback above changes `state`; TypeScript cannot see that)
  if ((state as string) !== 'after') {
    throw new InputError({
      file: name,
      message: 'malformed JSON array: the file ends before the closing "]"',
    });
  }
  return count;
}

async function readCsv(path: string, name: string, onRecord: RecordHandler): Promise<number> {
  const raw = createReadStream(path);
  const source = isGzip(path) ? raw.pipe(createGunzip()) : raw;
  let lines = 0;
  const parser = source.pipe(
    parseCsv({ columns: true, bom: true, info: true, skip_empty_lines: true, relax_column_count: false }),
  );
  try {
    for await (const item of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      onRecord(item.record, item.info.lines);
      lines = item.info.lines;
    }
    return lines;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const e = error as { code?: string; lines?: number; message?: string };
    if (e.code && e.code.startsWith('CSV_')) {
      throw new InputError({
        file: name,
        line: e.lines,
        message: `malformed CSV (${oneLine(e.message ?? e.code)})`,
      });
    }
    throw new InputError({ file: name, message: `cannot read the file (${describeFsError(error)})` });
  } finally {
    raw.destroy();
  }
}
