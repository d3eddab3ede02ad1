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

describe('glob matching cost is bounded (issue #11: ReDoS with PR file names)', () => {
  // picomatch's regex for these backtracks polynomially in the name's length (seen: over 20 s).
  const hostileNames = [
    'a'.repeat(4096),
    `${'a/'.repeat(1000)}${'a'.repeat(2000)}`,
    `${'a'.repeat(4095)}z`,
    `x/${'a'.repeat(4094)}`,
  ];
  test.each([
    '**/*a*a*a*b',
    '**/*a*a*a*a*a*a*a*a*b',
    '**/**/**/**/*a*b',
    '*a*a*a*a*a*a*?b',
    '{**/*a*a*b,**/*a*a*a*c,x/**/*a*a*a*a*d}',
  ])('%s against 4,096-character names stays fast', (pattern) => {
    const matches = globMatcher([pattern]);
    const started = performance.now();
    for (const name of hostileNames) expect(matches(name)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test('agrees with picomatch on ordinary patterns and names', async () => {
    const { default: picomatch } = await import('picomatch');
    const patterns = [
      'models/**',
      '**/*.yml',
      '{prompts,models}/*.txt',
      'docs/*.md',
      'src/**/test_*.py',
      '**/[Rr]EADME.md',
      'data/?.csv',
      'a/**/b/*.json',
      '**',
      '*',
      '!docs/**',
      'docs/[^a-c]*.md',
      'docs/[!a-c]*.md',
      'x/{a,b{c,d}}/*',
      'lit\\*eral',
      'a**b/c',
    ];
    const names = [
      'models',
      'models/intent/model.onnx',
      '.github/workflows/ci.yml',
      'ci.yml',
      'prompts/system.txt',
      'models/a.txt',
      'docs/MODEL_CARD.md',
      'docs/a.md',
      'docs/d.md',
      'src/x/y/test_a.py',
      'src/test_b.py',
      'README.md',
      'pkg/readme.md',
      'pkg/README.md',
      'data/1.csv',
      'data/12.csv',
      'a/b/x.json',
      'a/q/r/b/x.json',
      'x/a/f',
      'x/bc/f',
      'x/bd/f',
      'x/b/f',
      'lit*eral',
      'litXeral',
      'aXXb/c',
      '.hidden',
    ];
    for (const pattern of patterns) {
      const ours = globMatcher([pattern]);
      const theirs = picomatch(pattern, { dot: true, strictBrackets: true });
      for (const name of names) {
        if (ours(name) !== theirs(name))
          throw new Error(`${pattern} vs ${name}: ours ${ours(name)}, picomatch ${theirs(name)}`);
      }
    }
  });

  test('overlong patterns, brace bombs and groups are config errors', () => {
    expect(globProblem(`${'a'.repeat(600)}`)).toBe('the pattern is longer than 512 characters');
    expect(globProblem('{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}')).toBe(
      'the braces expand to more than 256 patterns',
    );
    expect(globProblem('docs/@(a|b).md')).toMatch(/^groups and extglobs/);
  });
});
