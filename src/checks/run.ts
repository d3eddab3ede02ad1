import { addedUnreleasedEntries } from './changelog.js';
import { checkCardFresh, describeStale } from './card.js';
import { conditionLabels, evaluateCondition, quoteList } from './conditions.js';
import { matchingFiles } from './glob.js';
import { normaliseHeading, parseMarkdown } from './markdown.js';
import { analysePrBody } from './pr-body.js';
import { readText } from './text.js';
import type {
  CardRequirement,
  ChangedRequirement,
  ChangelogRequirement,
  CheckContext,
  CheckResult,
  CheckRule,
  PrBodyRequirement,
  Requirement,
  SectionsRequirement,
} from './types.js';

/** What a requirement found: met, not met (with a fix), or not decidable from the context. */
type Outcome =
  { met: true; reason: string } | { met: false; reason: string; fix: string } | { met: null; reason: string };

type RequirementKind = 'changed' | 'changelog' | 'pr_body' | 'sections' | 'card';

/** One evaluator per requirement kind: a missing one is a compile error. */
const EVALUATORS: { [K in RequirementKind]: (req: Requirement, ctx: CheckContext) => Promise<Outcome> } = {
  changed: async (req, ctx) => requireChanged(req as ChangedRequirement, ctx),
  changelog: (req, ctx) => requireChangelog(req as ChangelogRequirement, ctx),
  pr_body: async (req, ctx) => requirePrBody(req as PrBodyRequirement, ctx),
  sections: (req, ctx) => requireSections(req as SectionsRequirement, ctx),
  card: (req, ctx) => requireFreshCard(req as CardRequirement, ctx),
};

/**
 * Runs every rule against the PR context, in order. A rule that cannot be evaluated (a malformed glob, a
 * requirement of the wrong shape) becomes a failed result that says why; this never throws for bad rules.
 */
export async function runChecks(rules: readonly CheckRule[], ctx: CheckContext): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const rule of rules) results.push(await runRule(rule, ctx));
  return results;
}

async function runRule(rule: CheckRule, ctx: CheckContext): Promise<CheckResult> {
  const base = { name: rule.name, severity: rule.severity };
  try {
    let applies = '';
    if (rule.when) {
      const when = evaluateCondition(rule.when, ctx);
      if (when.value === false)
        return { ...base, status: 'skipped', reason: `Not applicable: ${when.reason}.`, fix: null };
      if (when.value === null) {
        return {
          ...base,
          status: 'skipped',
          reason: `Cannot tell whether it applies: ${when.reason}.`,
          fix: null,
        };
      }
      applies = when.reason;
    }
    if (rule.unless) {
      const unless = evaluateCondition(rule.unless, ctx);
      if (unless.value === true)
        return { ...base, status: 'skipped', reason: `Waived: ${unless.reason}.`, fix: null };
    }
    const kind = requirementKind(rule.require);
    const outcome = await EVALUATORS[kind](rule.require, ctx);
    if (outcome.met === true) return { ...base, status: 'pass', reason: sentence(outcome.reason), fix: null };
    if (outcome.met === null)
      return { ...base, status: 'skipped', reason: sentence(outcome.reason), fix: null };
    const reason = applies ? `${applies}, but ${outcome.reason}` : outcome.reason;
    return { ...base, status: rule.severity, reason: sentence(reason), fix: withWaiver(outcome.fix, rule) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ...base,
      status: rule.severity,
      reason: sentence(`The rule cannot be evaluated: ${why}`),
      fix: `Correct the check "${rule.name}" in the evalgate config.`,
    };
  }
}

function requirementKind(req: Requirement): RequirementKind {
  if (req === null || typeof req !== 'object') throw new Error('"require" must be an object');
  const keys = Object.keys(req).filter((k): k is RequirementKind => k in EVALUATORS);
  if (keys.length !== 1) {
    throw new Error(`"require" must have exactly one of ${Object.keys(EVALUATORS).join(', ')}`);
  }
  return keys[0];
}

function requireChanged(req: ChangedRequirement, ctx: CheckContext): Outcome {
  const globs = stringList(req.changed, 'require.changed');
  const hits = matchingFiles(ctx.changedFiles, globs);
  if (hits.length > 0) return { met: true, reason: `${quoteList(hits, 3)} changed` };
  if (ctx.changedFilesTruncated) {
    return {
      met: null,
      reason: `No listed changed file matches ${quoteList(globs)}, but the list was cut at ${ctx.changedFiles.length} files, so it may have changed`,
    };
  }
  const literal = globs.every((g) => !/[*?[\]{}()!]/.test(g));
  return {
    met: false,
    reason: literal ? `${quoteList(globs)} did not change` : `no changed file matches ${quoteList(globs)}`,
    fix: literal
      ? `Update ${globs.join(' or ')} in this PR`
      : `Change a file matching ${globs.join(' or ')} in this PR`,
  };
}

async function requireChangelog(req: ChangelogRequirement, ctx: CheckContext): Promise<Outcome> {
  const path = req.changelog;
  if (typeof path !== 'string' || path === '') throw new Error('"require.changelog" must be a file path');
  const head = await readText(ctx, path, 'head');
  if (!head.ok)
    return unreadable(head.reason, path, `Add ${path} with a "## [Unreleased]" section and an entry`);
  const baseBytes = await ctx.readFile(path, 'base');
  // The base only serves to subtract old entries, so a stray bad byte there must not hide new ones.
  const base = baseBytes === null ? null : new TextDecoder('utf-8').decode(baseBytes);
  const diff = addedUnreleasedEntries(head.text, base);
  if (!diff.ok) {
    return {
      met: false,
      reason: `${path} ${diff.reason}`,
      fix: `Add a "## [Unreleased]" section to ${path} (Keep a Changelog) with an entry for this change`,
    };
  }
  if (diff.added.length === 0) {
    return {
      met: false,
      reason: `no entry was added under "## [Unreleased]" in ${path}`,
      fix: `Add a line under "## [Unreleased]" in ${path} (e.g. under "### Changed") saying what changed and why`,
    };
  }
  const count = diff.added.length === 1 ? '1 entry' : `${diff.added.length} entries`;
  return { met: true, reason: `${path}: ${count} added under [Unreleased] (${quoteList(diff.added, 1)})` };
}

function requirePrBody(req: PrBodyRequirement, ctx: CheckContext): Outcome {
  const spec = req.pr_body ?? {};
  const sections = stringList(spec.sections ?? [], 'require.pr_body.sections');
  const minWords = spec.min_words ?? 0;
  if (!Number.isInteger(minWords) || minWords < 0) {
    throw new Error(
      `"require.pr_body.min_words" must be a whole number ≥ 0, got ${JSON.stringify(minWords)}`,
    );
  }
  const wanted = [
    sections.length > 0 ? `the sections ${sections.map((s) => `"${s}"`).join(', ')}` : '',
    minWords > 0 ? `at least ${minWords} words` : '',
  ].filter(Boolean);
  const fixAll = `Edit the PR description: write ${wanted.join(' and ') || 'what changed and why'}`;
  if (ctx.prBody === null) {
    return { met: null, reason: 'No PR description is available (a local run without --pr-body)' };
  }
  if (ctx.prBody.trim() === '') return { met: false, reason: 'the PR description is empty', fix: fixAll };
  const report = analysePrBody(ctx.prBody, sections);
  const problems: string[] = [];
  const fixes: string[] = [];
  if (report.missing.length > 0) {
    problems.push(`the PR description lacks the section(s) ${quoteList(report.missing)}`);
    fixes.push(`add ${report.missing.map((s) => `"## ${s}"`).join(', ')}`);
  }
  if (report.empty.length > 0) {
    problems.push(`the section(s) ${quoteList(report.empty)} are still empty`);
    fixes.push(`fill in ${quoteList(report.empty)}`);
  }
  if (report.words < minWords) {
    problems.push(`it has ${report.words} words of its own, fewer than ${minWords}`);
    fixes.push(`write at least ${minWords} words (template comments and placeholders do not count)`);
  }
  if (problems.length > 0) {
    return { met: false, reason: problems.join('; '), fix: `Edit the PR description: ${fixes.join('; ')}` };
  }
  const has = sections.length > 0 ? `has ${sections.length} required section(s) filled in and ` : 'has ';
  return { met: true, reason: `The PR description ${has}${report.words} words` };
}

async function requireSections(req: SectionsRequirement, ctx: CheckContext): Promise<Outcome> {
  const spec = req.sections;
  if (spec === null || typeof spec !== 'object' || typeof spec.file !== 'string') {
    throw new Error('"require.sections" must be { file, headings }');
  }
  const headings = stringList(spec.headings, 'require.sections.headings');
  const file = await readText(ctx, spec.file, 'head');
  const example = headings.map((h) => `"## ${h}"`).join(', ');
  if (!file.ok) return unreadable(file.reason, spec.file, `Add ${spec.file} with the headings ${example}`);
  const present = new Set(parseMarkdown(file.text).headings.map((h) => normaliseHeading(h.text)));
  const missing = headings.filter((h) => !present.has(normaliseHeading(h)));
  if (missing.length === 0)
    return { met: true, reason: `${spec.file} has all ${headings.length} required headings` };
  return {
    met: false,
    reason: `${spec.file} lacks the heading(s) ${quoteList(missing)}`,
    fix: `Add ${missing.map((h) => `"## ${h}"`).join(', ')} with its content to ${spec.file}`,
  };
}

async function requireFreshCard(req: CardRequirement, ctx: CheckContext): Promise<Outcome> {
  const spec = req.card;
  if (spec === null || typeof spec !== 'object' || typeof spec.file !== 'string') {
    throw new Error('"require.card" must be { file, result?, tolerance? }');
  }
  const tolerance = spec.tolerance ?? 0;
  if (typeof tolerance !== 'number' || !(tolerance >= 0)) {
    throw new Error(`"require.card.tolerance" must be a number ≥ 0, got ${JSON.stringify(tolerance)}`);
  }
  const update = `Run \`evalgate card --update\` to rewrite the metrics block of ${spec.file}, and commit it`;
  const card = await readText(ctx, spec.file, 'head');
  if (!card.ok) return unreadable(card.reason, spec.file, update);
  const rows = ctx.cardRows ? await ctx.cardRows(spec.result) : null;
  if (rows === null) {
    const from = spec.result ? ` from ${spec.result}` : '';
    return { met: null, reason: `No head metrics${from} to compare ${spec.file} with` };
  }
  const freshness = checkCardFresh(card.text, rows, tolerance);
  if (!freshness.ok) return { met: false, reason: `${spec.file} ${freshness.reason}`, fix: update };
  if (!freshness.fresh) {
    return {
      met: false,
      reason: `${spec.file} shows stale numbers: ${describeStale(freshness)}`,
      fix: update,
    };
  }
  return { met: true, reason: `${spec.file} shows the head numbers (${rows.length} metrics)` };
}

function unreadable(reason: string, path: string, missingFix: string): Outcome {
  const notUtf8 = / is not valid UTF-8 /.test(reason);
  return { met: false, reason, fix: notUtf8 ? `Save ${path} as UTF-8` : missingFix };
}

function stringList(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new Error(`"${field}" must be a list of strings, got ${JSON.stringify(value)}`);
  }
  return value;
}

function withWaiver(fix: string, rule: CheckRule): string {
  const labels = conditionLabels(rule.unless);
  const waiver = labels.length > 0 ? `, or add the label ${quoteList(labels)} if none is needed` : '';
  return sentence(fix + waiver);
}

/** Ends the text with a full stop and capitalises a leading plain word (never a path such as `docs/x.md`). */
function sentence(text: string): string {
  const capitalised = /^[a-z]+(?=[\s,:])/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
