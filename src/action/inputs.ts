import * as core from '@actions/core';
import { isAbsolute, resolve } from 'node:path';
import { InputError } from '../io/errors.js';

/** Every action input, parsed and validated once. */
export interface ActionSettings {
  /** Absolute path of the config. */
  readonly configPath: string;
  /** The config path as the user wrote it (for messages). */
  readonly configDisplay: string;
  readonly workspace: string;
  readonly token: string;
  readonly suite?: string;
  readonly resultPath: string;
  readonly runCommands: boolean;
}

export const Inputs = {
  config: 'config',
  token: 'github-token',
  suite: 'suite',
  resultPath: 'result-path',
  runCommands: 'run-commands',
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

export function getSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const configDisplay = core.getInput(Inputs.config) || '.github/evalgate.yml';
  const within = (p: string) => (isAbsolute(p) ? p : resolve(workspace, p));
  const token = core.getInput(Inputs.token);
  if (token) core.setSecret(token);
  const suite = core.getInput(Inputs.suite).trim();
  return {
    configPath: within(configDisplay),
    configDisplay,
    workspace,
    token,
    ...(suite ? { suite } : {}),
    resultPath: within(core.getInput(Inputs.resultPath) || 'evalgate-result.json'),
    runCommands: booleanInput(Inputs.runCommands, true),
  };
}
