import { describe, expect, test } from '@jest/globals';
import { jsonValueCount } from '../../src/result/result-file.js';

/** The plain one-pass restatement: the bound must not change when strings are skipped with indexOf. */
function reference(text: string): number {
  let count = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x2c || c === 0x5b || c === 0x7b) count++;
  }
  return count;
}

describe('jsonValueCount: `,` `[` `{` outside strings', () => {
  test.each([
    '{"a":[1,2,{"b":"x,y[z{"}]}',
    '["\\\\",[1],"\\"[,{",{}]',
    '["\\\\\\"",",",[["\\\\\\\\"]]]',
    JSON.stringify({ ids: ['a,b', 'c"d', 'e\\f', '[{'], data: 'QUJD'.repeat(1000), n: [1, 2, 3] }),
    '["unterminated, [ {',
    '',
  ])('%s', (text) => {
    expect(jsonValueCount(text)).toBe(reference(text));
  });

  test('stops once past the bound', () => {
    expect(jsonValueCount('[' + '0,'.repeat(1000) + '0]', 10)).toBe(11);
  });
});
