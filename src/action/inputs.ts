import * as core from '@actions/core';
import { isAbsolute, resolve } from 'node:path';
import { InputError } from '../io/errors.js';
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
} as const;

function booleanInput(name: string, fallback: boolean): boolean {
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
  return {
    configPath: within(configDisplay),
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
  };
}
