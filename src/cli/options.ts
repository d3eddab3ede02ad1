import { execFileSync } from 'node:child_process';
import { loadConfig, DEFAULT_CONFIG_PATH } from '../config/load.js';
import type { ResolvedConfig } from '../spec/config.js';
import { UsageError } from './command.js';

export const configOptions = {
  config: { type: 'string', short: 'c', default: DEFAULT_CONFIG_PATH },
  root: { type: 'string' },
  suite: { type: 'string', short: 's' },
} as const;

export async function loadConfigFrom(
  values: Record<string, string | boolean | undefined>,
): Promise<ResolvedConfig> {
  const file = values.config;
  if (typeof file !== 'string') throw new UsageError('--config needs a file');
  return loadConfig(file, { root: typeof values.root === 'string' ? values.root : undefined });
}

export function stringOption(
  values: Record<string, string | boolean | undefined>,
  name: string,
): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** The current commit, when the config's project is a git checkout (results record it). */
export function gitInfo(cwd: string): { sha: string; ref: string | null } | null {
  try {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    let ref: string | null = null;
    try {
      ref =
        execFileSync('git', ['symbolic-ref', '-q', 'HEAD'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
          .toString()
          .trim() || null;
    } catch {
      ref = null;
    }
    return { sha, ref };
  } catch {
    return null;
  }
}
