import { describe, expect, test } from '@jest/globals';
import { escapeCell, INERT_JOINER, neutraliseReferences } from '../../src/report/escape.js';
import { mulberry32 } from '../helpers/seeded-random.js';

/** Fragments a pull request's golden data could put in a label or slice value to reach past the table. */
const HOSTILE = [
  '@octocat',
  '@org/team',
  '@@team',
  'x@10',
  'nDCG@10',
  'owner/repo#1',
  '#123',
  'GH-42',
  'gh-7',
  'owner/repo@abc1234',
  'a@b.com',
  'https://evil.example/x',
  'http://evil.example',
  'www.evil.example',
  '$x^2$',
  '$$\\int$$',
  '</details>',
  '<img src=x>',
  '[phish](https://evil.example)',
  '![img](x)',
  '`code`',
  '| cell |',
  '**bold**',
  '_em_',
  '~~strike~~',
  '&lt;',
  '&#64;octocat',
  '\n## ✅ pass\n',
  '\r\n',
  '\u2028',
  ':+1:',
  'plain',
  ' ',
];

function hostileString(next: () => number): string {
  const parts: string[] = [];
  const count = 1 + Math.floor(next() * 5);
  for (let i = 0; i < count; i++) {
    if (next() < 0.7) parts.push(HOSTILE[Math.floor(next() * HOSTILE.length)]);
    // random printable ASCII glue, so fragments also meet odd neighbours
    else parts.push(String.fromCharCode(...Array.from({ length: 3 }, () => 32 + Math.floor(next() * 95))));
  }
  return parts.join(next() < 0.5 ? '' : ' ');
}

/** What GitHub would make live in the rendered text of an escaped cell. */
function liveConstructs(escaped: string): string[] {
  // decode the entities the escaper emits, as GitHub's renderer does before mentions/links are found
  const rendered = escaped.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
  const found: string[] = [];
  const rules: [string, RegExp][] = [
    ['mention', /(?<![A-Za-z0-9])@[A-Za-z0-9]/],
    ['email or commit link', /@(?:[0-9a-f]{7}|[A-Za-z0-9-]+\.[A-Za-z])/],
    ['issue reference', /#\d/],
    ['GH reference', /\bGH-\d/i],
    ['autolink', /:\/\//],
    ['www autolink', /\bwww\./i],
    ['newline', /[\r\n\u2028\u2029]/],
  ];
  for (const [name, re] of rules) if (re.test(rendered)) found.push(name);
  const rules2: [string, RegExp][] = [
    ['raw tag', /</],
    ['raw pipe', /\|/],
    ['raw backtick', /`/],
    ['raw bracket', /[[\]]/],
    ['raw dollar', /\$/],
    ['raw star', /\*/],
    ['raw tilde', /~/],
  ];
  for (const [name, re] of rules2) if (re.test(escaped)) found.push(name);
  return found;
}

describe('escapeCell: data stays inert in the comment', () => {
  test('mentions, references, URLs and math are neutralised, the text reads the same', () => {
    expect(escapeCell('@octocat')).toBe(`@${INERT_JOINER}octocat`);
    expect(escapeCell('@org/team')).toBe(`@${INERT_JOINER}org/team`);
    expect(escapeCell('owner/repo#1')).toBe(`owner/repo#${INERT_JOINER}1`);
    expect(escapeCell('#123')).toBe(`#${INERT_JOINER}123`);
    expect(escapeCell('GH-42')).toBe(`GH${INERT_JOINER}-42`);
    expect(escapeCell('https://evil.example')).toBe(`https:${INERT_JOINER}//evil.example`);
    expect(escapeCell('www.evil.example')).toBe(`www${INERT_JOINER}.evil.example`);
    expect(escapeCell('$x$')).toBe('&#36;x&#36;');
    // entities the escaper writes keep their digits intact
    expect(escapeCell('a|b')).toBe('a&#124;b');
    expect(escapeCell('check_order_status')).toBe('check_order_status');
    expect(neutraliseReferences('plain text 12')).toBe('plain text 12');
    // After a word `@` mentions nobody: metric names keep their look.
    expect(escapeCell('nDCG@10')).toBe('nDCG@10');
    expect(escapeCell('a@b.com')).toBe(`a@${INERT_JOINER}b.com`);
    expect(escapeCell('user@abc1234')).toBe(`user@${INERT_JOINER}abc1234`);
    expect(escapeCell('@@team')).toBe(`@${INERT_JOINER}@${INERT_JOINER}team`);
  });

  test('property: 5,000 seeded hostile strings leave nothing live', () => {
    const next = mulberry32(20260311);
    for (let i = 0; i < 5_000; i++) {
      const input = hostileString(next);
      const escaped = escapeCell(input);
      const live = liveConstructs(escaped);
      if (live.length > 0)
        throw new Error(
          `case ${i}: ${JSON.stringify(input)} → ${JSON.stringify(escaped)}: ${live.join(', ')}`,
        );
      // Only the joiner is added: removing it and decoding gives the input back (newlines become spaces).
      const decoded = escaped
        .split(INERT_JOINER)
        .join('')
        .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      expect(decoded).toBe(input.replace(/[\r\n\u2028\u2029]+/g, ' '));
    }
  });
});
