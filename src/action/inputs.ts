import * as core from '@actions/core';
import { isAbsolute, resolve } from 'node:path';
import { resolveInside } from '../io/contained.js';
import { InputError } from '../io/errors.js';
import { parseShard, type ShardSpec } from '../tasks/shard-rows.js';
import { COMMENT_MODES, type CommentMode } from './comment.js';
import { STATUS_MODES, type StatusMode } from './status.js';

export const FAIL_ON = ['fail', 'warn', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** Every action input, parsed and validated once. */
export interface ActionSettings {
  /** Absolute path of the config. */
  readonly configPath: string;
  /** The config path as the user wrote it (for messages and the contents API). */
  readonly configDisplay: string;
  readonly workspace: string;
  readonly token: string;
  readonly suite?: string;
  /** Name in the comment heading, the status context (`evalgate / <name>`) and the comment's marker. */
  readonly name?: string;
  readonly resultPath: string;
  readonly comparisonPath: string;
  readonly runCommands: boolean;
  readonly comment: CommentMode;
  readonly status: StatusMode;
  readonly failOn: FailOn;
  /** Login whose comments are the sticky comment (an app token's `<app>[bot]`); else found from the token. */
  readonly commentAuthor?: string;
  /** Withheld variables a `run:` command may see anyway (names, upper-cased). */
  readonly passEnv: readonly string[];
  /** Matrix job: evaluate only this shard and write a partial result (shard.ts). */
  readonly shard?: ShardSpec;
  /** Fan-in job: merge the partial results in this directory instead of evaluating (shards.ts). */
  readonly shardsDir?: string;
}

export const Inputs = {
  config: 'config',
  token: 'github-token',
  suite: 'suite',
  name: 'name',
  resultPath: 'result-path',
  comparisonPath: 'comparison-path',
  runCommands: 'run-commands',
  comment: 'comment',
  status: 'status',
  failOn: 'fail-on',
  commentAuthor: 'comment-author',
  passEnv: 'pass-env',
  shard: 'shard',
  shardsDir: 'shards-dir',
} as const;

export function booleanInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', '1'].includes(raw)) return true;
  if (['false', 'no', '0'].includes(raw)) return false;
  throw new InputError({
    field: `input ${name}`,
    message: `expected "true" or "false", got ${JSON.stringify(raw)}`,
  });
}

function choiceInput<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  throw new InputError({
    field: `input ${name}`,
    message: `expected one of ${choices.map((c) => JSON.stringify(c)).join(', ')}, got ${JSON.stringify(raw)}`,
  });
}

export function getSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const configDisplay = core.getInput(Inputs.config) || '.github/evalgate.yml';
  const within = (p: string) => (isAbsolute(p) ? p : resolve(workspace, p));
  const token = core.getInput(Inputs.token);
  if (token) core.setSecret(token);
  const suite = core.getInput(Inputs.suite).trim();
  const name = core.getInput(Inputs.name).trim();
  const commentAuthor = core.getInput(Inputs.commentAuthor).trim();
  const passEnv = core
    .getInput(Inputs.passEnv)
    .split(/[\s,]+/)
    .filter(Boolean);
  const badName = passEnv.find((n) => !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(n));
  if (badName !== undefined) {
    throw new InputError({
      field: `input ${Inputs.passEnv}`,
      message: `${JSON.stringify(badName)} is not a variable name; list names separated by spaces, commas or lines`,
    });
  }
  const shardText = core.getInput(Inputs.shard).trim();
  const shardsDir = core.getInput(Inputs.shardsDir).trim();
  if (shardText && shardsDir)
    throw new InputError({
      field: `input ${Inputs.shard}`,
      message: `a job either evaluates a shard (shard) or merges them (shards-dir), not both`,
    });
  return {
    // The file is the PR's: a symlink it commits there must not read (and quote) a file of the runner.
    configPath: resolveInside(workspace, configDisplay, `input ${Inputs.config}`),
    configDisplay,
    workspace,
    token,
    ...(suite ? { suite } : {}),
    ...(name ? { name } : {}),
    resultPath: within(core.getInput(Inputs.resultPath) || 'evalgate-result.json'),
    comparisonPath: within(core.getInput(Inputs.comparisonPath) || 'evalgate-comparison.json'),
    runCommands: booleanInput(Inputs.runCommands, true),
    comment: choiceInput(Inputs.comment, COMMENT_MODES, 'update'),
    status: choiceInput(Inputs.status, STATUS_MODES, 'status'),
    failOn: choiceInput(Inputs.failOn, FAIL_ON, 'fail'),
    ...(commentAuthor ? { commentAuthor } : {}),
    passEnv,
    ...(shardText ? { shard: parseShard(shardText, `input ${Inputs.shard}`) } : {}),
    // the downloaded partial results come from jobs that ran the pull request's code: read inside the workspace
    ...(shardsDir ? { shardsDir: resolveInside(workspace, shardsDir, `input ${Inputs.shardsDir}`) } : {}),
  };
}
