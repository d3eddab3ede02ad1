import { describe, test, expect } from '@jest/globals';
import { addedUnreleasedEntries, unreleasedEntries } from '../../src/checks/changelog.js';
import { fixture } from './helpers.js';

const base = fixture('changelog/base.md');

describe('unreleasedEntries', () => {
  test('collects the bullets under [Unreleased] and its subheadings, not those of releases', () => {
    expect(unreleasedEntries(base)).toEqual([
      'Intent classifier now reports calibrated confidence scores (temperature scaling).',
      'Tokenizer no longer drops emoji at the end of an utterance.',
    ]);
  });

  test('is null without an Unreleased heading', () => {
    expect(unreleasedEntries(fixture('changelog/head-no-unreleased.md'))).toBeNull();
  });

  test('accepts a setext or linked Unreleased heading and * bullets', () => {
    const text =
      '# Changelog\n\n[Unreleased](https://x/compare/v1...HEAD)\n---\n* one\n+ two\n\n1.0.0\n---\n- old\n';
    expect(unreleasedEntries(text)).toEqual(['one', 'two']);
  });
});

describe('addedUnreleasedEntries', () => {
  test('a new entry under ### Changed is found (first line of a wrapped bullet)', () => {
    expect(addedUnreleasedEntries(fixture('changelog/head-added.md'), base)).toEqual({
      ok: true,
      added: ['Replaced the TF-IDF features with sentence embeddings (all-MiniLM-L6-v2); accuracy on the'],
    });
  });

  test('editing an old release adds nothing under Unreleased', () => {
    expect(addedUnreleasedEntries(fixture('changelog/head-old-release-edited.md'), base)).toEqual({
      ok: true,
      added: [],
    });
  });

  test('a changelog new in the PR has all its Unreleased entries added', () => {
    const result = addedUnreleasedEntries(base, null);
    expect(result.ok && result.added.length).toBe(2);
  });

  test('a repeated line counts as added (entries are compared as a multiset)', () => {
    const head = '## [Unreleased]\n- Fixed typo\n- Fixed typo\n';
    expect(addedUnreleasedEntries(head, '## [Unreleased]\n- Fixed typo\n')).toEqual({
      ok: true,
      added: ['Fixed typo'],
    });
  });

  test('no Unreleased section in head is a reason, not an empty list', () => {
    expect(addedUnreleasedEntries(fixture('changelog/head-no-unreleased.md'), base)).toEqual({
      ok: false,
      reason: 'has no "## [Unreleased]" section',
    });
  });
});
