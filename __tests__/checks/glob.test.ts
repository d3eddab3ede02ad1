import { describe, test, expect } from '@jest/globals';
import { GlobError, globMatcher, globProblem, matchingFiles } from '../../src/checks/glob.js';

describe('matchingFiles', () => {
  const files = [
    'models/intent/model.onnx',
    'models',
    'prompts/system.txt',
    'src/preprocess/tokenize.ts',
    'src/preprocessing.ts',
    '.github/workflows/ci.yml',
    'docs/MODEL_CARD.md',
  ];

  test.each([
    [['models/**'], ['models/intent/model.onnx', 'models']],
    [['src/preprocess/**'], ['src/preprocess/tokenize.ts']],
    [['**/*.yml'], ['.github/workflows/ci.yml']],
    [['./docs/MODEL_CARD.md'], ['docs/MODEL_CARD.md']],
    [
      ['docs/*.md', '{prompts,models}/*.txt'],
      ['prompts/system.txt', 'docs/MODEL_CARD.md'],
    ],
    [['docs/model_card.md'], []],
  ])('%j', (globs, expected) => {
    expect(matchingFiles(files, globs)).toEqual(expected);
  });
});

describe('globProblem', () => {
  test.each([
    ['models/**', null],
    ['[abc', 'Missing closing: "]" - use "\\\\]" to match literal characters'],
    ['a{b', 'Missing closing: "}" - use "\\\\}" to match literal characters'],
    ['foo)', 'Missing opening: "(" - use "\\\\(" to match literal characters'],
    ['a\\', 'use "/" as the path separator; "\\" only escapes a special character'],
    ['a\\*', null],
    ['', 'the pattern is empty'],
    [' docs/*.md', 'the pattern has leading or trailing spaces'],
    ['/docs/*.md', 'paths are relative to the repository root: drop the leading "/"'],
    ['../shared/*.md', '".." cannot match: paths are relative to the repository root'],
    [42, 'expected a string, got number'],
  ])('%j', (pattern, expected) => {
    expect(globProblem(pattern)).toBe(expected);
  });

  test('globMatcher throws a GlobError that quotes the pattern', () => {
    expect(() => globMatcher(['ok/**', 'bad[x'])).toThrow(
      new GlobError('bad[x', 'Missing closing: "]" - use "\\\\]" to match literal characters'),
    );
    expect(() => globMatcher(['bad[x'])).toThrow('invalid glob "bad[x": Missing closing');
  });
});
