import * as core from '@actions/core';
import { compareResults } from '../../compare/compare.js';
import { DEFAULT_BASELINE, loadConfig } from '../../config/load.js';
import { evaluateConfig } from '../../evaluate/evaluate.js';
import type { Comparison, SuiteComparison } from '../../generated/comparison.js';
import { InputError } from '../../io/errors.js';
import { comparisonMarkdown } from '../../report/comparison-markdown.js';
import { escapeText } from '../../report/escape.js';
import { writeFileAtomic, writeResult } from '../../result/result-file.js';
import { api } from '../api-errors.js';
import { fitToBudget } from '../../report/comment-budget.js';
import type { RepoRef, RunContext } from '../events.js';
import type { ActionSettings } from '../inputs.js';
import { createOctokit, type Octokit } from '../octokit.js';
import { botLogin as ownLogin } from '../bot/identity.js';
import { checkPermissions } from '../bot/preflight.js';
import { reportNameOf } from '../bot/report-name.js';
import { getBotSettings } from '../bot/settings.js';
import { writeSummary } from '../summary.js';
import type { WatchBaseline } from './baseline.js';
import { watchBaselineFor } from './release.js';
import {
  commentOnIssue,
  openIssue,
  openWatchIssues,
  updateIssue,
  watchMarker,
  type WatchIssue,
} from './issues.js';

export const WATCH_EVENTS = ['schedule', 'workflow_dispatch'] as const;

/** The `watch` input is on: schedule and workflow_dispatch runs keep watch instead of only evaluating. */
export function watchRequested(): boolean {
  return getBotSettings().watch;
}

async function defaultBranchOf(octokit: Octokit, repo: RepoRef): Promise<string> {
  if (repo.defaultBranch) return repo.defaultBranch;
  const { data } = await api('Reading the repository', 'metadata: read (always granted)', () =>
    octokit.rest.repos.get({ owner: repo.owner, repo: repo.repo }),
  );
  return data.default_branch;
}

/** One suite's part of the comparison, rendered as the body of its issue. */
function suiteReport(comparison: Comparison, suite: SuiteComparison, title: string): string {
  const failing = suite.gates.filter((g) => g.verdict === 'fail');
  const summary =
    failing.length > 0
      ? `Failing gates: ${failing.map((g) => g.reason).join('; ')}.`
      : `${suite.name}: ${suite.verdict}.`;
  const one: Comparison = { ...comparison, suites: [suite], verdict: suite.verdict, summary };
  return fitToBudget((detail) => comparisonMarkdown(one, { detail, title })).text;
}

type WatchAction = 'opened' | 'updated' | 'closed' | 'unchanged';

/**
 * schedule / workflow_dispatch with `watch: true`, on the default branch: evaluate the checkout (the default
 * branch's own code), compare with the baseline of `watch-days` days ago or of the latest release
 * (`watch-baseline`, release.ts) under this config, and keep one issue per failing suite: open it, update it
 * on later runs, close it with a comment when the suite recovers.
 */
export async function onWatch(
  settings: ActionSettings,
  context: RunContext,
  eventName: string,
): Promise<void> {
  const bot = getBotSettings();
  if (!(WATCH_EVENTS as readonly string[]).includes(eventName)) {
    throw new InputError({
      field: 'input watch',
      message: `the watch runs on schedule or workflow_dispatch, not on ${eventName}; drop watch: true from this workflow`,
    });
  }
  if (!settings.token)
    throw new InputError({ field: 'input github-token', message: 'the watch needs a token' });
  const octokit = createOctokit(settings.token);
  const { repo } = context;
  await checkPermissions('watch', [
    {
      permission: 'actions: read',
      what: `GET /repos/${repo.owner}/${repo.repo}/actions/runs`,
      call: () =>
        octokit.rest.actions.listWorkflowRunsForRepo({ owner: repo.owner, repo: repo.repo, per_page: 1 }),
    },
    {
      permission: 'issues: read',
      what: `GET /repos/${repo.owner}/${repo.repo}/issues`,
      call: () => octokit.rest.issues.listForRepo({ owner: repo.owner, repo: repo.repo, per_page: 1 }),
    },
  ]);
  const branch = await defaultBranchOf(octokit, repo);
  const ref = process.env.GITHUB_REF ?? '';
  if (ref !== `refs/heads/${branch}`) {
    core.notice(
      `The watch keeps watch on the default branch (${branch}); this run is on ${ref}: nothing to do.`,
    );
    core.setOutput('verdict', 'skipped');
    return;
  }
  const config = await core.group('Load config', () =>
    loadConfig(settings.configPath, { root: settings.workspace }),
  );
  const head = await core.group('Evaluate', () =>
    evaluateConfig(config, {
      suite: settings.suite,
      runCommands: settings.runCommands,
      git: context.sha ? { sha: context.sha, ref } : null,
      log: (line) => core.info(line),
    }),
  );
  await writeResult(settings.resultPath, head);
  core.setOutput('result-path', settings.resultPath);
  core.setOutput('suites', String(head.suites.length));
  const outcome = await core.group('Baseline', () =>
    watchBaselineFor(
      octokit,
      repo,
      config.baseline ?? DEFAULT_BASELINE,
      { branch, kind: bot.watchBaseline, days: bot.watchDays },
      (line) => core.notice(line),
    ),
  );
  if (!outcome.found) {
    core.notice(`Nothing to watch against: ${outcome.reason}.`);
    await writeSummary(`## evalgate watch: no baseline\n\n${escapeText(outcome.reason)}.\n`);
    core.setOutput('verdict', 'no_baseline');
    return;
  }
  const comparison = compareResults(outcome.baseline.result, head, config);
  await writeFileAtomic(settings.comparisonPath, JSON.stringify(comparison, null, 2));
  core.setOutput('comparison-path', settings.comparisonPath);
  core.setOutput('baseline-sha', outcome.baseline.sha);
  core.setOutput('verdict', comparison.verdict);
  const name = reportNameOf(settings, config);
  const botLogin = await ownLogin(octokit, settings);
  const issues = await openWatchIssues(octokit, repo, name, botLogin);
  const rows: string[] = [];
  for (const suite of comparison.suites) {
    const action = await keepWatch(octokit, repo, {
      name,
      branch,
      suite,
      comparison,
      baseline: outcome.baseline,
      runUrl: context.runUrl,
      open: issues.get(suite.name) ?? [],
    });
    core.info(
      `${suite.name}: ${suite.verdict}; issue ${action.action}${action.issue ? ` #${action.issue}` : ''}.`,
    );
    rows.push(
      `| ${escapeText(suite.name)} | ${suite.verdict} | ${action.action}${action.issue ? ` #${action.issue}` : ''} |`,
    );
  }
  await writeSummary(
    [
      `## evalgate watch: ${comparison.verdict}`,
      '',
      `${branch} at \`${context.sha.slice(0, 7)}\` vs ${escapeText(outcome.baseline.source)} (${escapeText(outcome.baseline.basis)}).`,
      '',
      '| suite | verdict | issue |',
      '| --- | --- | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
}

interface SuiteWatch {
  readonly name: string;
  readonly branch: string;
  readonly suite: SuiteComparison;
  readonly comparison: Comparison;
  readonly baseline: WatchBaseline;
  readonly runUrl: string;
  readonly open: readonly WatchIssue[];
}

async function keepWatch(
  octokit: Octokit,
  repo: RepoRef,
  watch: SuiteWatch,
): Promise<{ action: WatchAction; issue?: number }> {
  const { suite, open, comparison } = watch;
  const sha = comparison.head.git?.sha?.slice(0, 7) ?? 'unknown';
  const [tracked, ...duplicates] = open;
  for (const extra of duplicates) {
    await commentOnIssue(
      octokit,
      repo,
      extra.number,
      `Duplicate of #${tracked.number}: one watch issue per suite.`,
    );
    await updateIssue(octokit, repo, extra.number, { state: 'closed', state_reason: 'duplicate' });
  }
  if (suite.verdict === 'fail') {
    const body = [
      watchMarker(watch.name, suite.name),
      `The evalgate watch found a failing gate on **${escapeText(watch.branch)}**: suite **${escapeText(suite.name)}** at \`${sha}\`, compared with ${escapeText(watch.baseline.source)} (${escapeText(watch.baseline.basis)}). This issue is updated on each run and closed when the suite passes again.`,
      '',
      suiteReport(comparison, suite, `evalgate watch / ${watch.name}`),
      '',
      `<sub>Last checked by [this run](${watch.runUrl}).</sub>`,
    ].join('\n');
    if (tracked) {
      await updateIssue(octokit, repo, tracked.number, { body });
      return { action: 'updated', issue: tracked.number };
    }
    const title = `evalgate watch: ${suite.name} fails on ${watch.branch}`;
    const created = await openIssue(octokit, repo, title, body);
    return { action: 'opened', issue: created.number };
  }
  if (!tracked || suite.verdict === 'not_comparable') return { action: 'unchanged', issue: tracked?.number };
  await commentOnIssue(
    octokit,
    repo,
    tracked.number,
    `Recovered: suite **${escapeText(suite.name)}** ${suite.verdict === 'pass' ? 'passes' : 'only warns'} at \`${sha}\` against ${escapeText(watch.baseline.source)} ([run](${watch.runUrl})). Closing.`,
  );
  await updateIssue(octokit, repo, tracked.number, { state: 'closed', state_reason: 'completed' });
  return { action: 'closed', issue: tracked.number };
}
