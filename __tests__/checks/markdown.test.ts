import { describe, test, expect } from '@jest/globals';
import { normaliseHeading, parseMarkdown } from '../../src/checks/markdown.js';
import { decodeUtf8 } from '../../src/checks/text.js';
import { fixture, fixtureBytes } from './helpers.js';

describe('parseMarkdown', () => {
  test('finds ATX and setext headings of a real model card, skipping front matter and code blocks', () => {
    const doc = parseMarkdown(fixture('cards/complete.md'));
    expect(doc.headings.map((h) => [h.level, h.text])).toEqual([
      [1, 'Model Card: support-intents v1.5'],
      [2, 'Model details'],
      [2, 'Intended use:'],
      [3, 'Out-of-scope use'],
      [2, 'Limitations'],
      [2, 'Ethical considerations'],
      [2, 'Evaluation'],
      [2, 'How to cite'],
    ]);
  });

  test('reads closing hashes, setext level 1 and multi-line setext text', () => {
    const doc = parseMarkdown(
      'Title\n=====\n\n## Usage ##\n\nTwo line\nheading\n---\n#NotAHeading\n    # indented code\n',
    );
    expect(doc.headings.map((h) => [h.level, h.text, h.line])).toEqual([
      [1, 'Title', 0],
      [2, 'Usage', 3],
      [2, 'Two line heading', 5],
    ]);
  });

  test('a thematic break after a blank line or a list is not a setext underline', () => {
    const doc = parseMarkdown('Intro\n\n---\n\n- item\n---\n');
    expect(doc.headings).toEqual([]);
  });

  test('headings inside HTML comments do not count', () => {
    expect(parseMarkdown('<!--\n## Limitations\n-->\n## Evaluation\n').headings.map((h) => h.text)).toEqual([
      'Evaluation',
    ]);
  });
});

describe('normaliseHeading', () => {
  test.each([
    ['Intended use:', 'intended use'],
    ['  **Intended  Use**  ', 'intended use'],
    ['2. Limitations', 'limitations'],
    ['[Unreleased]', 'unreleased'],
    ['[Unreleased](https://example.com/compare)', 'unreleased'],
    ['`Evaluation` results!', 'evaluation results'],
    ['STRAẞE', 'strasse'],
    ['Risks?', 'risks'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseHeading(input)).toBe(expected);
  });
});

describe('decodeUtf8', () => {
  test('a Latin-1 changelog is rejected with the offset and line of the first bad byte', () => {
    const result = decodeUtf8(fixtureBytes('changelog/head-latin1.md'), 'CHANGELOG.md');
    const bytes = fixtureBytes('changelog/head-latin1.md');
    const offset = bytes.indexOf(0xe9); // "é" as one Latin-1 byte
    const line = bytes.subarray(0, offset).toString('latin1').split('\n').length;
    expect(result).toEqual({
      ok: false,
      reason: `CHANGELOG.md is not valid UTF-8 (first bad byte at offset ${offset}, line ${line})`,
    });
  });

  test('drops a byte-order mark and accepts valid multi-byte text', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Straße ✓ 😀', 'utf8')]);
    expect(decodeUtf8(bytes, 'x.md')).toEqual({ ok: true, text: 'Straße ✓ 😀' });
  });

  test.each([
    ['an overlong encoding', [0x41, 0xc0, 0xaf], 1],
    ['a lone continuation byte', [0x41, 0x42, 0x80], 2],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0],
    ['a truncated sequence', [0x41, 0xe2, 0x82], 1],
  ])('rejects %s at the right offset', (_what, bytes, offset) => {
    const result = decodeUtf8(Uint8Array.from(bytes), 'f.txt');
    expect(result).toEqual({
      ok: false,
      reason: `f.txt is not valid UTF-8 (first bad byte at offset ${offset}, line 1)`,
    });
  });
});
