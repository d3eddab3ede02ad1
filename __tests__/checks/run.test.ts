import { describe, test, expect } from '@jest/globals';
import { runChecks } from '../../src/checks/run.js';
import type { CheckResult, CheckRule } from '../../src/checks/types.js';
import { fixture, fixtureBytes, headMetrics, makeContext } from './helpers.js';

const CARD = 'docs/MODEL_CARD.md';
const LOG = 'CHANGELOG.md';

const modelCardFollows: CheckRule = {
  name: 'model card follows model changes',
  severity: 'fail',
  when: { changed: ['models/**', 'prompts/**', 'src/preprocess/**'] },
  unless: { labels: ['no-docs-needed'] },
  require: { changed: [CARD] },
};
const documented: CheckRule = {
  name: 'behaviour change is documented',
  severity: 'fail',
  when: { metrics: 'changed' },
  require: { changelog: LOG },
};
const prDescription: CheckRule = {
  name: 'PR description',
  severity: 'warn',
  require: { pr_body: { sections: ['What changed', 'How measured', 'Risks'], min_words: 30 } },
};
const cardComplete: CheckRule = {
  name: 'model card complete',
  severity: 'fail',
  require: { sections: { file: CARD, headings: ['Intended use', 'Limitations', 'Evaluation'] } },
};
const provenance: CheckRule = {
  name: 'golden set provenance',
  severity: 'fail',
  when: { golden_changed: true },
  require: { changed: ['data/golden/DATASHEET.md'] },
};
const cardFresh: CheckRule = {
  name: 'model card numbers',
  severity: 'fail',
  require: { card: { file: CARD } },
};

async function one(rule: CheckRule, ctx: Parameters<typeof runChecks>[1]): Promise<CheckResult> {
  const [result] = await runChecks([rule], ctx);
  return result;
}

describe('changed requirement', () => {
  test('a model change without a model-card update fails with the fix and the waiver label', async () => {
    const ctx = makeContext({ changedFiles: ['models/intent/model.onnx', 'README.md'] });
    expect(await one(modelCardFollows, ctx)).toEqual({
      name: 'model card follows model changes',
      severity: 'fail',
      status: 'fail',
      reason:
        'models/intent/model.onnx changed (matching "models/**", "prompts/**", "src/preprocess/**"), but "docs/MODEL_CARD.md" did not change.',
      fix: 'Update docs/MODEL_CARD.md in this PR, or add the label "no-docs-needed" if none is needed.',
    });
  });

  test('passes when the card changed too', async () => {
    const ctx = makeContext({ changedFiles: ['prompts/system.txt', CARD] });
    expect(await one(modelCardFollows, ctx)).toMatchObject({
      status: 'pass',
      reason: '"docs/MODEL_CARD.md" changed.',
    });
  });

  test('is skipped when no model file changed, and waived by the label (any case)', async () => {
    expect(await one(modelCardFollows, makeContext({ changedFiles: ['README.md'] }))).toMatchObject({
      status: 'skipped',
      reason: 'Not applicable: no changed file matches "models/**", "prompts/**", "src/preprocess/**".',
      fix: null,
    });
    const labelled = makeContext({ changedFiles: ['models/a.bin'], labels: ['No-Docs-Needed'] });
    expect(await one(modelCardFollows, labelled)).toMatchObject({
      status: 'skipped',
      reason: 'Waived: the PR has the label "no-docs-needed".',
    });
  });

  test('a truncated changed-file list makes an unmatched condition undecidable, not false', async () => {
    const ctx = makeContext({ changedFiles: ['a.txt'], changedFilesTruncated: true });
    expect(await one(modelCardFollows, ctx)).toMatchObject({
      status: 'skipped',
      reason:
        'Cannot tell whether it applies: no listed changed file matches "models/**", "prompts/**", "src/preprocess/**", but the list was cut at 1 files.',
    });
    const changedModel = makeContext({ changedFiles: ['models/a.bin'], changedFilesTruncated: true });
    expect(await one(modelCardFollows, changedModel)).toMatchObject({ status: 'skipped' });
  });

  test('golden_changed: a changed golden set needs the datasheet', async () => {
    const ctx = makeContext({ changedFiles: ['./data/golden/intents.jsonl'] });
    expect(await one(provenance, ctx)).toMatchObject({
      status: 'fail',
      reason:
        'The golden set data/golden/intents.jsonl changed, but "data/golden/DATASHEET.md" did not change.',
      fix: 'Update data/golden/DATASHEET.md in this PR.',
    });
    expect(await one(provenance, makeContext({ changedFiles: ['src/x.ts'] }))).toMatchObject({
      status: 'skipped',
      reason: 'Not applicable: no golden set changed.',
    });
  });

  test('a malformed glob is a failed check that names it, not a crash', async () => {
    const rule: CheckRule = {
      name: 'bad',
      severity: 'warn',
      when: { changed: ['models/[abc'] },
      require: { changed: ['x'] },
    };
    expect(await one(rule, makeContext())).toEqual({
      name: 'bad',
      severity: 'warn',
      status: 'warn',
      reason:
        'The rule cannot be evaluated: invalid glob "models/[abc": Missing closing: "]" - use "\\\\]" to match literal characters.',
      fix: 'Correct the check "bad" in the evalgate config.',
    });
  });
  test('a glob list given as a plain string is a failed check, not a character-by-character match', async () => {
    const rule = { ...modelCardFollows, when: { changed: 'models/**' } } as unknown as CheckRule;
    expect(await one(rule, makeContext({ changedFiles: ['m'] }))).toMatchObject({
      status: 'fail',
      reason: 'The rule cannot be evaluated: "changed" in a condition must be a list, got "models/**".',
    });
  });
});

describe('changelog requirement', () => {
  const base = { [LOG]: fixture('changelog/base.md') };

  test('passes when an entry was added under Unreleased', async () => {
    const ctx = makeContext({
      metricsChanged: true,
      head: { [LOG]: fixture('changelog/head-added.md') },
      base,
    });
    expect(await one(documented, ctx)).toMatchObject({
      status: 'pass',
      reason:
        'CHANGELOG.md: 1 entry added under [Unreleased] ("Replaced the TF-IDF features with sentence embeddings (all-MiniLM-L6-v2); accuracy on the").',
    });
  });

  test('fails when only an old release was edited', async () => {
    const ctx = makeContext({
      metricsChanged: true,
      head: { [LOG]: fixture('changelog/head-old-release-edited.md') },
      base,
    });
    expect(await one(documented, ctx)).toMatchObject({
      status: 'fail',
      reason:
        'A gated metric changed significantly, but no entry was added under "## [Unreleased]" in CHANGELOG.md.',
      fix: 'Add a line under "## [Unreleased]" in CHANGELOG.md (e.g. under "### Changed") saying what changed and why.',
    });
  });

  test('a non-UTF-8 changelog is a failed check with its reason', async () => {
    const ctx = makeContext({
      metricsChanged: true,
      head: { [LOG]: fixtureBytes('changelog/head-latin1.md') },
      base,
    });
    const result = await one(documented, ctx);
    expect(result.status).toBe('fail');
    expect(result.reason).toMatch(
      /^A gated metric changed significantly, but CHANGELOG\.md is not valid UTF-8 \(first bad byte at offset \d+, line 16\)\.$/,
    );
    expect(result.fix).toBe('Save CHANGELOG.md as UTF-8.');
  });

  test('a missing changelog fails; without a comparison the rule is skipped', async () => {
    expect(await one(documented, makeContext({ metricsChanged: true }))).toMatchObject({
      status: 'fail',
      reason: 'A gated metric changed significantly, but CHANGELOG.md does not exist.',
      fix: 'Add CHANGELOG.md with a "## [Unreleased]" section and an entry.',
    });
    expect(await one(documented, makeContext({ metricsChanged: null }))).toMatchObject({
      status: 'skipped',
      reason: 'Cannot tell whether it applies: no baseline comparison is available.',
    });
  });

  test('no Unreleased section in head', async () => {
    const ctx = makeContext({ head: { [LOG]: fixture('changelog/head-no-unreleased.md') }, base });
    expect(await one({ ...documented, when: undefined }, ctx)).toMatchObject({
      status: 'fail',
      reason: 'CHANGELOG.md has no "## [Unreleased]" section.',
    });
  });
});

describe('pr_body requirement', () => {
  test('a filled-in description passes', async () => {
    expect(await one(prDescription, makeContext({ prBody: fixture('pr/good.md') }))).toMatchObject({
      status: 'pass',
      reason: 'The PR description has 3 required section(s) filled in and 115 words.',
    });
  });

  test('an untouched template warns with every empty section', async () => {
    expect(await one(prDescription, makeContext({ prBody: fixture('pr/template-untouched.md') }))).toEqual({
      name: 'PR description',
      severity: 'warn',
      status: 'warn',
      reason:
        'The section(s) "What changed", "How measured", "Risks" are still empty; it has 0 words of its own, fewer than 30.',
      fix: 'Edit the PR description: fill in "What changed", "How measured", "Risks"; write at least 30 words (template comments and placeholders do not count).',
    });
  });

  test('an empty body fails; no body at all (local run) is skipped', async () => {
    expect(await one(prDescription, makeContext({ prBody: fixture('pr/empty.md') }))).toMatchObject({
      status: 'warn',
      reason: 'The PR description is empty.',
      fix: 'Edit the PR description: write the sections "What changed", "How measured", "Risks" and at least 30 words.',
    });
    expect(await one(prDescription, makeContext({ prBody: null }))).toMatchObject({
      status: 'skipped',
      reason: 'No PR description is available (a local run without --pr-body).',
    });
  });

  test('missing sections are named', async () => {
    const result = await one(prDescription, makeContext({ prBody: 'Bumps the threshold to 0.7.' }));
    expect(result.reason).toBe(
      'The PR description lacks the section(s) "What changed", "How measured", "Risks"; it has 5 words of its own, fewer than 30.',
    );
  });
});

describe('sections requirement', () => {
  test('the complete card has every heading (one setext, one with a colon)', async () => {
    expect(
      await one(cardComplete, makeContext({ head: { [CARD]: fixture('cards/complete.md') } })),
    ).toMatchObject({
      status: 'pass',
      reason: 'docs/MODEL_CARD.md has all 3 required headings.',
    });
  });

  test('a card missing a section names it and says what to add', async () => {
    const ctx = makeContext({ head: { [CARD]: fixture('cards/missing-limitations.md') } });
    expect(await one(cardComplete, ctx)).toMatchObject({
      status: 'fail',
      reason: 'docs/MODEL_CARD.md lacks the heading(s) "Limitations".',
      fix: 'Add "## Limitations" with its content to docs/MODEL_CARD.md.',
    });
  });

  test('a missing card fails', async () => {
    expect(await one(cardComplete, makeContext())).toMatchObject({
      status: 'fail',
      reason: 'docs/MODEL_CARD.md does not exist.',
      fix: 'Add docs/MODEL_CARD.md with the headings "## Intended use", "## Limitations", "## Evaluation".',
    });
  });

  test('a heading list that is not strings is a failed check that says so', async () => {
    const rule = {
      ...cardComplete,
      require: { sections: { file: CARD, headings: ['Usage', 3] } },
    } as unknown as CheckRule;
    expect(await one(rule, makeContext({ head: { [CARD]: '# x' } }))).toMatchObject({
      status: 'fail',
      reason:
        'The rule cannot be evaluated: "require.sections.headings" must be a list of strings, got ["Usage",3].',
    });
  });
});

describe('card requirement', () => {
  const withRows = (card: string) =>
    makeContext({ head: { [CARD]: fixture(card) }, cardRows: async () => headMetrics() });

  test('a fresh card passes', async () => {
    expect(await one(cardFresh, withRows('cards/complete.md'))).toMatchObject({
      status: 'pass',
      reason: 'docs/MODEL_CARD.md shows the head numbers (5 metrics).',
    });
  });

  test('a stale card lists the numbers and says how to rewrite the block', async () => {
    expect(await one(cardFresh, withRows('cards/stale.md'))).toMatchObject({
      status: 'fail',
      reason:
        'docs/MODEL_CARD.md shows stale numbers: intents/all/accuracy: card 0.897, head 0.912; intents/short-utterance/accuracy: card 0.842, head 0.861.',
      fix: 'Run `evalgate card --update` to rewrite the metrics block of docs/MODEL_CARD.md, and commit it.',
    });
  });

  test('a card without a block fails; without head metrics the rule is skipped', async () => {
    expect(await one(cardFresh, withRows('cards/no-block.md'))).toMatchObject({
      status: 'fail',
      reason:
        'docs/MODEL_CARD.md has no metrics block (<!-- evalgate:metrics --> … <!-- /evalgate:metrics -->).',
    });
    const noRows = makeContext({ head: { [CARD]: fixture('cards/complete.md') } });
    expect(await one(cardFresh, noRows)).toMatchObject({
      status: 'skipped',
      reason: 'No head metrics to compare docs/MODEL_CARD.md with.',
    });
  });

  test('the result path is passed to the loader', async () => {
    const asked: (string | undefined)[] = [];
    const ctx = makeContext({
      head: { [CARD]: fixture('cards/complete.md') },
      cardRows: async (result) => {
        asked.push(result);
        return headMetrics();
      },
    });
    await runChecks([{ ...cardFresh, require: { card: { file: CARD, result: 'out/result.json' } } }], ctx);
    expect(asked).toEqual(['out/result.json']);
  });
});

describe('conditions', () => {
  const rule = (when: CheckRule['when']): CheckRule => ({
    name: 'r',
    severity: 'fail',
    when,
    require: { changed: ['x'] },
  });
  const ctx = makeContext({ changedFiles: ['x', 'models/a.bin'], labels: ['model'], metricsChanged: null });

  test.each([
    [{ all: [{ changed: ['models/**'] }, { labels: ['model'] }] }, 'pass'],
    [{ all: [{ changed: ['models/**'] }, { labels: ['other'] }] }, 'skipped'],
    [{ any: [{ labels: ['other'] }, { changed: ['models/**'] }] }, 'pass'],
    [{ any: [{ labels: ['other'] }, { metrics: 'changed' as const }] }, 'skipped'],
    [{ any: [{ labels: ['model'] }, { metrics: 'changed' as const }] }, 'pass'],
    [{ changed: ['models/**'], labels: ['other'] }, 'skipped'],
    [{}, 'pass'],
  ])('%j → %s', async (when, status) => {
    expect((await one(rule(when), ctx)).status).toBe(status);
  });

  test('all five example rules from the issue run together, in order', async () => {
    const pr = makeContext({
      changedFiles: ['models/intent/model.onnx', 'data/golden/intents.jsonl', LOG],
      prBody: fixture('pr/good.md'),
      metricsChanged: true,
      head: { [LOG]: fixture('changelog/head-added.md'), [CARD]: fixture('cards/missing-limitations.md') },
      base: { [LOG]: fixture('changelog/base.md') },
    });
    const results = await runChecks(
      [modelCardFollows, documented, prDescription, cardComplete, provenance],
      pr,
    );
    expect(results.map((r) => [r.name, r.status])).toEqual([
      ['model card follows model changes', 'fail'],
      ['behaviour change is documented', 'pass'],
      ['PR description', 'pass'],
      ['model card complete', 'fail'],
      ['golden set provenance', 'fail'],
    ]);
    for (const r of results) expect(r.fix === null).toBe(r.status === 'pass' || r.status === 'skipped');
  });
});
