import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NumberRow, RecordScanner, type ScanFields } from '../../src/io/json-scan.js';
import { readRecords } from '../../src/io/records.js';

/**
 * The scanner against JSON.parse: on every line it either answers null (the caller then parses the line
 * with JSON.parse) or gives, for each wanted field, exactly JSON.parse's value — present or absent alike.
 */

const FIELDS = ['id', 'label', 'score', 'lang', 'scores'];

function scan(line: string, fields: ScanFields = { names: FIELDS }, keys?: string[]) {
  const scanner = new RecordScanner(fields);
  if (keys) scanner.expectNumberKeys(keys);
  // bytes around the line, as in a chunk of a file
  const buf = Buffer.from(`xx\n${line}\n{"id":"next"}`, 'utf8');
  return scanner.scan(buf, 3, 3 + Buffer.byteLength(line));
}

/** The scanner agrees with JSON.parse on `line`; returns whether it read the line itself. */
function agrees(line: string, fields: ScanFields = { names: FIELDS }, keys?: string[]): boolean {
  let parsed: unknown;
  let parses = true;
  try {
    parsed = JSON.parse(line);
  } catch {
    parses = false;
  }
  const got = scan(line, fields, keys);
  if (got === null) return false;
  expect(parses).toBe(true);
  expect(parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)).toBe(true);
  const record = parsed as Record<string, unknown>;
  for (const name of fields.names) {
    expect(Object.hasOwn(got, name)).toBe(Object.hasOwn(record, name));
    if (!Object.hasOwn(record, name)) continue;
    const value = got[name];
    if (value instanceof NumberRow) {
      const object = record[name] as Record<string, number>;
      expect(Object.keys(object)).toEqual(keys);
      keys!.forEach((k, j) => expect(Object.is(value.values[j], object[k])).toBe(true));
    } else if (typeof value === 'number') expect(Object.is(value, record[name])).toBe(true);
    else expect(value).toEqual(record[name]);
  }
  return true;
}

describe('RecordScanner', () => {
  it('reads plain lines itself, with the values JSON.parse gives', () => {
    const lines = [
      '{"id": "utt-1", "text": "hello", "label": "a", "lang": "en"}',
      '{"id":7,"label":3,"lang":null}',
      '{ "id" : "x" , "label" : true , "lang" : false }',
      '\t{"id":"x"}  \r',
      '{}',
      '{"id": "ünïcødé ✓", "label": "日本語", "text": "emoji 😀"}',
      '{"id": "a", "nested": {"deep": [1, 2, {"x": [true, false, null]}], "s": "}"}, "label": "b"}',
      '{"id": "a", "label": ["x", "y"], "lang": {"k": 1}}',
      '{"id": "a", "text": "say \\"hi\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9 \\ud83d\\ude00", "label": "b"}',
      '{"id": "esc\\"aped", "label": "\\u0041"}',
      '{"id": "dup", "label": "first", "label": "last"}',
      '{"id": "a", "id": 5}',
    ];
    for (const line of lines) expect(agrees(line)).toBe(true);
  });

  it('reads numbers exactly as JSON.parse does', () => {
    const numbers = [
      '0',
      '-0',
      '1',
      '-1',
      '0.5',
      '1e-3',
      '1E+2',
      '1e2',
      '-0.0',
      '3.6e-05',
      '0.000282',
      '0.985381',
      '1.0',
      '123456789012345',
      '1234567890123456789',
      '9007199254740993',
      '0.1',
      '0.30000000000000004',
      '1e22',
      '1e23',
      '1e-22',
      '1e-23',
      '2.2250738585072014e-308',
      '5e-324',
      '1e400',
      '-1e400',
      '1e-400',
      '179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000',
      '0.1000000000000000055511151231257827',
      '12.5e-1',
      '100000000000000000000000',
      '4.35',
    ];
    for (const x of numbers) expect(agrees(`{"id": "a", "score": ${x}}`)).toBe(true);
  });

  it('leaves every invalid line to JSON.parse', () => {
    const lines = [
      '',
      '   ',
      '[1, 2]',
      '"text"',
      '{"id": "a",}',
      '{"id": "a" "label": "b"}',
      '{"id": 01}',
      '{"id": 1.}',
      '{"id": .5}',
      '{"id": +1}',
      '{"id": 1e}',
      '{"id": -}',
      '{"id": NaN}',
      '{"id": Infinity}',
      '{"id": tru}',
      '{"id": "a\tb"}',
      '{"id": "a\\x"}',
      '{"id": "a\\u12"}',
      '{"id": "a"} x',
      '{"id": "a"}}',
      '{"id": "a"',
      '{"id": "a}',
      "{'id': 'a'}",
      '{id: "a"}',
      '{"text": [1, 2,], "id": "a"}',
      '{"text": {"a" 1}, "id": "a"}',
    ];
    for (const line of lines) {
      expect(scan(line)).toBeNull();
    }
  });

  it('hands escaped keys and deep nesting to JSON.parse', () => {
    expect(scan('{"\\u0069d": "a"}')).toBeNull();
    const deep = `{"id": "a", "x": ${'['.repeat(100)}${']'.repeat(100)}}`;
    expect(scan(deep)).toBeNull();
    expect(agrees(`{"id": "a", "x": ${'['.repeat(30)}${']'.repeat(30)}}`)).toBe(true);
  });

  it('reads a flat object of numbers in the expected key order as a NumberRow', () => {
    const fields = { names: ['id', 'scores'], numbers: 'scores' };
    const keys = ['a', 'b', 'ü'];
    const row = scan('{"id": "x", "scores": {"a": 0.25, "b": 3.6e-05, "ü": 1.0}}', fields, keys);
    expect(row?.scores).toBeInstanceOf(NumberRow);
    expect([...(row!.scores as NumberRow).values]).toEqual([0.25, 3.6e-5, 1]);
    // anything else: an object, as JSON.parse reads it
    for (const other of [
      '{"id": "x", "scores": {"b": 0.25, "a": 0.5, "ü": 0}}',
      '{"id": "x", "scores": {"a": 0.25, "b": 0.5}}',
      '{"id": "x", "scores": {"a": 0.25, "b": 0.5, "ü": 0, "c": 1}}',
      '{"id": "x", "scores": {"a": 0.25, "b": "0.5", "ü": 0}}',
      '{"id": "x", "scores": {"a": 0.25, "a": 0.5, "ü": 0}}',
      '{"id": "x", "scores": {"\\u0061": 0.25, "b": 0.5, "ü": 0}}',
      '{"id": "x", "scores": {}}',
    ]) {
      expect(agrees(other, fields, keys)).toBe(true);
      expect(scan(other, fields, keys)?.scores).not.toBeInstanceOf(NumberRow);
    }
    expect(agrees('{"id": "x", "scores": {"a": 1, "b": 2, "ü": -0}}', fields, keys)).toBe(true);
    // a duplicate "scores" key: the last one counts, as in JSON.parse
    const dup = scan(
      '{"scores": {"a": 1, "b": 2, "ü": 3}, "scores": {"a": 4, "b": 5, "ü": 6}}',
      fields,
      keys,
    );
    expect([...(dup!.scores as NumberRow).values]).toEqual([4, 5, 6]);
    expect(agrees('{"scores": {"a": 1, "b": 2, "ü": 3}, "scores": [1]}', fields, keys)).toBe(true);
  });

  it('agrees with JSON.parse on thousands of randomly damaged lines', () => {
    const base = [
      '{"id": "utt-5bbe28a02a22", "prediction": "check", "scores": {"a": 0.985381, "b": 3.6e-05, "c": 0.0}}',
      '{"id": "x", "text": "Grüße \\"Pro plan\\" 😀", "label": "b", "lang": "de", "meta": {"k": [1, -2.5e3, null]}}',
    ];
    const alphabet = '{}[]":,\\ -+.eE0123456789abtrunlfsu\t\u00e9';
    let state = 12345;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 4294967296;
    };
    const fields = { names: ['id', 'label', 'lang', 'scores', 'prediction'], numbers: 'scores' };
    let readByScanner = 0;
    for (let i = 0; i < 4000; i++) {
      const chars = [...base[i % 2]];
      const edits = 1 + Math.floor(random() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * chars.length);
        const c = alphabet[Math.floor(random() * alphabet.length)];
        const kind = random();
        if (kind < 0.4) chars[at] = c;
        else if (kind < 0.7) chars.splice(at, 0, c);
        else chars.splice(at, 1);
      }
      if (agrees(chars.join(''), fields, ['a', 'b', 'c'])) readByScanner++;
    }
    // the damage leaves many lines valid: the scanner must have read some of them itself
    expect(readByScanner).toBeGreaterThan(100);
  });
});

describe('readRecords with fields', () => {
  it('gives the same values and the same errors as reading whole records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-scan-'));
    const good = [
      '\ufeff{"id": "a", "label": "x", "text": "t"}',
      '',
      '   ',
      '{"id": "b", "label": "y\\u00e9"}\r',
      '{"id": 3, "label": 1e2, "extra": [1, {"a": "}"}]}',
    ].join('\n');
    const file = join(dir, 'good.jsonl');
    writeFileSync(file, good);
    const whole: unknown[] = [];
    const scanned: unknown[] = [];
    await readRecords(file, (r, line) => whole.push([r.id, r.label, line]));
    await readRecords(file, (r, line) => scanned.push([r.id, r.label, line]), {
      fields: { names: ['id', 'label'] },
    });
    expect(scanned).toEqual(whole);
    expect(whole).toHaveLength(3);

    for (const [name, text] of [
      ['bad-json', '{"id": "a"}\n{"id": "b",}\n'],
      ['nan', '{"id": "a", "label": NaN}\n'],
      ['array', '{"id": "a"}\n[1]\n'],
    ]) {
      const path = join(dir, `${name}.jsonl`);
      writeFileSync(path, text);
      const plain = await readRecords(path, () => {}).catch((e: Error) => e.message);
      const fast = await readRecords(path, () => {}, { fields: { names: ['id'] } }).catch(
        (e: Error) => e.message,
      );
      expect(fast).toBe(plain);
      expect(String(fast)).toMatch(/\.jsonl:\d+: /);
    }
    // invalid UTF-8 on line 2
    const utf = join(dir, 'utf.jsonl');
    writeFileSync(
      utf,
      Buffer.concat([Buffer.from('{"id": "a"}\n{"id": "'), Buffer.from([0xff]), Buffer.from('"}\n')]),
    );
    const plain = await readRecords(utf, () => {}).catch((e: Error) => e.message);
    const fast = await readRecords(utf, () => {}, { fields: { names: ['id'] } }).catch(
      (e: Error) => e.message,
    );
    expect(fast).toBe(plain);
    expect(fast).toBe(`${utf}:2: the line is not valid UTF-8`);
  });
});
