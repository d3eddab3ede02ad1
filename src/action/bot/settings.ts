import * as core from '@actions/core';
import { InputError } from '../../io/errors.js';
import { booleanInput } from '../inputs.js';
import { DEFAULT_COMMAND_PREFIX } from '../../bot/commands.js';

/** Repository roles, highest first: a role includes every one below it. */
export const REPO_ROLES = ['admin', 'maintain', 'write', 'triage', 'read'] as const;
export type RepoRole = (typeof REPO_ROLES)[number];

/** The inputs of the two bot modes (commands on issue_comment, the watch on schedule/workflow_dispatch). */
export interface BotSettings {
  readonly prefix: string;
  /** Roles (or custom role names) allowed to override. */
  readonly overrideRoles: readonly string[];
  readonly allowAuthorOverride: boolean;
  readonly minReasonWords: number;
  readonly watch: boolean;
  /** The watch compares with the newest baseline at least this many days old. */
  readonly watchDays: number;
}

export const BotInputs = {
  prefix: 'command-prefix',
  overrideRoles: 'override-roles',
  allowAuthorOverride: 'override-allow-author',
  minReasonWords: 'override-min-words',
  watch: 'watch',
  watchDays: 'watch-days',
} as const;

function wholeNumber(name: string, fallback: number, min: number): number {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new InputError({
      field: `input ${name}`,
      message: `expected a whole number ≥ ${min}, got ${JSON.stringify(raw)}`,
    });
  return value;
}

export function getBotSettings(): BotSettings {
  const prefix = core.getInput(BotInputs.prefix).trim() || DEFAULT_COMMAND_PREFIX;
  if (/\s/.test(prefix))
    throw new InputError({
      field: `input ${BotInputs.prefix}`,
      message: `the prefix cannot contain spaces, got ${JSON.stringify(prefix)}`,
    });
  const roles = (core.getInput(BotInputs.overrideRoles) || 'maintain,admin')
    .split(/[\s,]+/)
    .map((r) => r.trim().toLowerCase())
    .filter((r) => r !== '');
  if (roles.length === 0)
    throw new InputError({
      field: `input ${BotInputs.overrideRoles}`,
      message: 'name at least one role, e.g. "maintain,admin"',
    });
  return {
    prefix,
    overrideRoles: roles,
    allowAuthorOverride: booleanInput(BotInputs.allowAuthorOverride, false),
    minReasonWords: wholeNumber(BotInputs.minReasonWords, 3, 0),
    watch: booleanInput(BotInputs.watch, false),
    watchDays: wholeNumber(BotInputs.watchDays, 7, 0),
  };
}
