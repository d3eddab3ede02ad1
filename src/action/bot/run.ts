import * as core from '@actions/core';
import { addedCommand, helpMarkdown, parseCommand, wordCount, type BotCommand } from '../../bot/commands.js';
import { explainMarkdown } from '../../bot/explain.js';
import { InputError } from '../../io/errors.js';
import { escapeText } from '../../report/escape.js';
import { api, GitHubApiError } from '../api-errors.js';
import type { RepoRef, RunContext } from '../events.js';
import type { ActionSettings } from '../inputs.js';
import { createOctokit, type Octokit } from '../octokit.js';
import { getPull, type LivePull } from '../pull-recovery.js';
import { writeSummary } from '../summary.js';
import { readCommentEvent, type CommentEvent } from './comment-event.js';
import { baseConfigOf, headComparison, latestHeadRun } from './head-comparison.js';
import { botLogin as ownLogin, sameLogin } from './identity.js';
import { applyOverride } from './override.js';
import { isAllowed, repoStanding, teamStanding } from './permission.js';
import { checkPermissions } from './preflight.js';
import { react } from './reactions.js';
import { isEvalgateComment, reply } from './replies.js';
import { reportNameOf } from './report-name.js';
import { getBotSettings, type BotSettings, type TeamRef } from './settings.js';

/** Roles that may re-run a workflow (it spends the repository's Actions minutes). */
const RERUN_ROLES = ['write', 'maintain', 'admin'];

/** Why a command is not carried out: one polite reply, no state change. The message is a whole sentence. */
class Refusal extends Error {}

const sorry = (why: string): Refusal => new Refusal(`Sorry, ${why}.`);

/** GitHub logins are letters, digits and hyphens; anything else is escaped rather than mentioned. */
function mention(login: string): string {
  return /^[A-Za-z0-9-]+(\[bot\])?$/.test(login) ? `@${login}` : escapeText(`@${login}`);
}

interface CommandJob {
  readonly octokit: Octokit;
  readonly repo: RepoRef;
  readonly settings: ActionSettings;
  readonly bot: BotSettings;
  readonly event: CommentEvent;
  readonly botLogin: string;
}

/** The command this event carries, or why there is none to act on (logged, nothing written). */
function commandOf(event: CommentEvent, bot: BotSettings): BotCommand | string {
  if (!event.onPullRequest) return `comment on issue #${event.issueNumber}, not a pull request`;
  if (event.action !== 'created' && event.action !== 'edited') return `comment ${event.action}`;
  if (event.author.type === 'Bot' || event.sender.type === 'Bot')
    return `comment by a bot (@${event.author.login})`;
  if (isEvalgateComment(event.body)) return 'comment written by evalgate';
  const command =
    event.action === 'edited'
      ? addedCommand(event.body, event.previousBody, bot.prefix)
      : parseCommand(event.body, bot.prefix);
  if (!command)
    return event.action === 'edited' ? `the edit adds no ${bot.prefix} command` : `no ${bot.prefix} command`;
  return command;
}

/** issue_comment: answer a `/evalgate` command on a pull request. Never checks out or runs the PR's code. */
export async function onIssueComment(settings: ActionSettings, context: RunContext): Promise<void> {
  const bot = getBotSettings();
  const event = readCommentEvent();
  const command = commandOf(event, bot);
  if (typeof command === 'string') {
    core.info(`Nothing to do: ${command}.`);
    core.setOutput('verdict', 'skipped');
    return;
  }
  if (!settings.token)
    throw new InputError({ field: 'input github-token', message: 'commands need a token' });
  const octokit = createOctokit(settings.token);
  const repo = context.repo;
  await checkPermissions('commands', [
    {
      permission: 'pull-requests: read',
      what: `GET /repos/${repo.owner}/${repo.repo}/pulls/${event.issueNumber}`,
      call: () =>
        octokit.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: event.issueNumber }),
    },
    {
      permission: 'actions: read',
      what: `GET /repos/${repo.owner}/${repo.repo}/actions/runs`,
      call: () =>
        octokit.rest.actions.listWorkflowRunsForRepo({ owner: repo.owner, repo: repo.repo, per_page: 1 }),
    },
  ]);
  const botLogin = await ownLogin(octokit, settings);
  if (sameLogin(event.author.login, botLogin) || sameLogin(event.sender.login, botLogin)) {
    core.info(`Nothing to do: the comment is the bot's own (@${botLogin}).`);
    core.setOutput('verdict', 'skipped');
    return;
  }
  // The first write: a refused one names `pull-requests: write` before anything else is attempted.
  await react(octokit, repo, event.commentId, 'eyes');
  const job: CommandJob = { octokit, repo, settings, bot, event, botLogin };
  try {
    await carryOut(job, command);
    await react(octokit, repo, event.commentId, '+1');
  } catch (error) {
    await react(octokit, repo, event.commentId, '-1').catch(() => undefined);
    if (!(error instanceof Refusal)) {
      const message = error instanceof Error ? error.message : String(error);
      await reply(
        octokit,
        repo,
        event.issueNumber,
        `${mention(event.sender.login)} that failed: ${escapeText(message)}`,
      ).catch(() => undefined);
      throw error;
    }
    const text = `${mention(event.sender.login)} ${error.message}`;
    await reply(octokit, repo, event.issueNumber, text);
    core.info(`Refused: ${error.message}`);
    core.setOutput('verdict', 'refused');
    await writeSummary(`## evalgate: command refused\n\n${text}\n`);
  }
}

async function livePull(job: CommandJob): Promise<LivePull> {
  const pull = await getPull(job.octokit, job.repo, job.event.issueNumber);
  if (pull.state !== 'open') throw sorry(`pull request #${pull.number} is ${escapeText(pull.state)}`);
  return pull;
}

/** The sender holds one of the roles, or (when teams are given) is an active member of one of the teams. */
async function requireRole(
  job: CommandJob,
  roles: readonly string[],
  what: string,
  teams: readonly TeamRef[] = [],
): Promise<void> {
  const login = job.event.sender.login;
  const standing = await repoStanding(job.octokit, job.repo, login);
  if (isAllowed(standing, roles)) return;
  const rolesText = `one of these repository roles: ${roles.map(escapeText).join(', ')}`;
  if (teams.length === 0) throw sorry(`${what} takes ${rolesText}; yours is ${escapeText(standing.role)}`);
  // GITHUB_TOKEN cannot read an organization's teams: override-teams-token, when given, makes this one read.
  const reader = job.bot.teamsToken ? createOctokit(job.bot.teamsToken) : job.octokit;
  const membership = await teamStanding(reader, teams, login);
  if (membership.memberOf) {
    core.info(`@${login} may override as an active member of ${membership.memberOf}.`);
    return;
  }
  throw sorry(
    `${what} takes ${rolesText}, or active membership of one of these teams: ${teams.map((t) => escapeText(`${t.org}/${t.slug}`)).join(', ')}; your role is ${escapeText(standing.role)}, and ${membership.misses.map(escapeText).join('; ')}`,
  );
}

async function carryOut(job: CommandJob, command: BotCommand): Promise<void> {
  const { bot, event } = job;
  switch (command.kind) {
    case 'help':
      await reply(job.octokit, job.repo, event.issueNumber, helpMarkdown(bot.prefix, bot.minReasonWords));
      core.setOutput('verdict', 'help');
      return;
    case 'unknown':
      throw new Refusal(
        `I do not know the command “${escapeText(command.word)}”. ${helpMarkdown(bot.prefix, bot.minReasonWords)}`,
      );
    case 'override':
      return override(job, command.reason);
    case 'rerun':
      return rerun(job);
    case 'explain':
      return explain(job, command.slice);
  }
}

async function override(job: CommandJob, reason: string): Promise<void> {
  const { bot, event } = job;
  if (wordCount(reason) < bot.minReasonWords) {
    throw sorry(
      `an override needs a reason of at least ${bot.minReasonWords} words: \`${bot.prefix} override <reason>\``,
    );
  }
  await requireRole(job, bot.overrideRoles, 'an override', bot.overrideTeams);
  if (!bot.allowAuthorOverride && sameLogin(event.sender.login, event.issueAuthor)) {
    throw sorry('the author of a pull request cannot override its own gates; please ask a maintainer');
  }
  const pull = await livePull(job);
  const config = await baseConfigOf(job.octokit, job.repo, job.settings, pull);
  if (typeof config === 'string') throw sorry(escapeText(config));
  const outcome = await applyOverride(
    job.octokit,
    job.repo,
    job.settings,
    {
      user: event.sender.login,
      reason,
      commentUrl: event.commentUrl,
      pull,
      baseConfig: config,
      name: reportNameOf(job.settings, config),
      botLogin: job.botLogin,
      at: new Date(),
    },
    (line) => core.info(line),
  );
  if (!outcome.done) throw sorry(`I cannot override: ${outcome.refusal}`);
  core.info(`Overridden by @${event.sender.login} on ${pull.headSha}.`);
  core.setOutput('verdict', 'overridden');
  await writeSummary(`## evalgate: overridden\n\n${outcome.markdown}\n`);
}

async function rerun(job: CommandJob): Promise<void> {
  await requireRole(job, RERUN_ROLES, 're-running');
  const pull = await livePull(job);
  const config = await baseConfigOf(job.octokit, job.repo, job.settings, pull);
  if (typeof config === 'string') throw sorry(escapeText(config));
  const artifact = config.baseline?.artifact ?? 'evalgate-result';
  const run = await latestHeadRun(job.octokit, job.repo, pull.headSha, artifact);
  if (!run) {
    throw sorry(
      `no pull_request run of ${pull.headSha.slice(0, 7)} uploaded '${escapeText(artifact)}', so there is no evalgate run to repeat; push a commit or re-run from the Actions tab`,
    );
  }
  await api(`Re-running run ${run.runId}`, 'actions: write', () =>
    job.octokit.rest.actions.reRunWorkflow({ owner: job.repo.owner, repo: job.repo.repo, run_id: run.runId }),
  );
  await reply(
    job.octokit,
    job.repo,
    job.event.issueNumber,
    `Re-running run #${run.runNumber} (id ${run.runId}) for ${pull.headSha.slice(0, 7)}; the report updates when it finishes.`,
  );
  core.setOutput('verdict', 'rerun');
}

async function explain(job: CommandJob, slice: string): Promise<void> {
  if (slice === '') throw sorry(`name a slice: \`${job.bot.prefix} explain <slice>\`, e.g. \`overall\``);
  const pull = await livePull(job);
  const config = await baseConfigOf(job.octokit, job.repo, job.settings, pull);
  if (typeof config === 'string') throw sorry(escapeText(config));
  const compared = await headComparison(job.octokit, job.repo, config, pull, (line) => core.info(line));
  if (!compared.ok) throw sorry(`there is no comparison to explain: ${escapeText(compared.reason)}`);
  await reply(
    job.octokit,
    job.repo,
    job.event.issueNumber,
    explainMarkdown(compared.comparison, slice, compared.source),
  );
  core.setOutput('verdict', 'explained');
}

export { GitHubApiError };
