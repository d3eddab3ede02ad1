import { describe, test, expect } from '@jest/globals';
import { analysePrBody, countWords } from '../../src/checks/pr-body.js';
import { fixture } from './helpers.js';

const SECTIONS = ['What changed', 'How measured', 'Risks'];

describe('analysePrBody', () => {
  // Word lists checked by hand: good.md has 121 tokens, of which 6 are heading words; bold-labels.md 58, 5 in labels.
  test('a filled-in template has every section and counts only the author’s words', () => {
    expect(analysePrBody(fixture('pr/good.md'), SECTIONS)).toEqual({ words: 115, missing: [], empty: [] });
  });

  test('an untouched template has the headings but every section is empty and no words count', () => {
    expect(analysePrBody(fixture('pr/template-untouched.md'), SECTIONS)).toEqual({
      words: 0,
      missing: [],
      empty: ['What changed', 'How measured', 'Risks'],
    });
  });

  test('bold label lines count as sections, with text on the same line', () => {
    expect(analysePrBody(fixture('pr/bold-labels.md'), SECTIONS)).toEqual({
      words: 53,
      missing: [],
      empty: [],
    });
  });

  test('one-word answers fill the sections but are only 3 words', () => {
    expect(analysePrBody(fixture('pr/too-short.md'), SECTIONS)).toEqual({ words: 3, missing: [], empty: [] });
  });

  test('a body without the headings misses them all', () => {
    expect(analysePrBody('Bumps the threshold. See #12.', SECTIONS)).toEqual({
      words: 5,
      missing: SECTIONS,
      empty: [],
    });
  });

  test('a subheading stays inside its section; the next same-level heading ends it', () => {
    const body = '## What changed\n### Details\nNew tokenizer.\n## Risks\n<!-- fill me -->\n';
    expect(analysePrBody(body, ['What changed', 'Risks'])).toEqual({
      words: 2,
      missing: [],
      empty: ['Risks'],
    });
  });
});

describe('countWords', () => {
  test.each([
    ['<!-- describe your change -->', 0],
    ['[Describe the change here]', 0],
    ['{{ summary }} and <describe the risk>', 1],
    ['- [ ] I updated the model card', 0],
    ['- [x] I updated the model card', 5],
    ['See [the run](https://github.com/acme/x/actions/runs/1) for details', 5],
    ['Accuracy 0.912 → 0.925, e.g. on short-utterance', 6],
    ['CI [+0.021, +0.063] on 1,200 messages', 6],
    ['see docs/MODEL_CARD.md', 2],
    ['TODO', 0],
    ['Details: https://example.com/a/b?c=d', 2],
  ])('%j has %d words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
