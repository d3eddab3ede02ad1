import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CardRow, CheckContext } from '../checks/index.js';
import { InputError, oneLine } from '../io/errors.js';
import { describeFsError } from '../io/lines.js';

/** What `evalgate check` knows about the change when it runs outside GitHub. */
export interface LocalContextOptions {
  /** Directory the config's paths (and the rules' globs) are relative to. */
  root: string;
  /** `--base REF`: changed files from `git diff`, base file contents from `git show`. */
  base?: string;
  /** `--changed-files FILE` contents, when given (takes precedence over `git diff`). */
  changedFiles?: string[];
  prBody: string | null;
  labels: string[];
  metricsChanged: boolean | null;
  goldenFiles: string[];
  cardRows?: (result: string | undefined) => Promise<CardRow[] | null>;
}

/**
 * A CheckContext over the working tree (head) and a git ref (base). Without a base ref a file that did not
 * change reads the same at base as at head, and a changed file has no known base version (a changelog
 * then counts all its Unreleased entries as added).
 */
export function localContext(options: LocalContextOptions): CheckContext {
  const changedFiles = options.changedFiles ?? gitChangedFiles(options.root, requireBase(options.base));
  const changed = new Set(changedFiles);
  const readHead = async (path: string): Promise<Buffer | null> => readOrNull(resolve(options.root, path));
  return {
    changedFiles,
    changedFilesTruncated: false,
    prBody: options.prBody,
    labels: options.labels,
    metricsChanged: options.metricsChanged,
    goldenFiles: options.goldenFiles,
    async readFile(path, ref) {
      if (ref === 'head') return readHead(path);
      if (options.base !== undefined) return gitShow(options.root, options.base, path);
      return changed.has(path) ? null : readHead(path);
    },
    ...(options.cardRows ? { cardRows: options.cardRows } : {}),
  };
}

function requireBase(base: string | undefined): string {
  if (base === undefined) throw new Error('a base ref or a changed-file list is needed');
  return base;
}

/** `git diff --name-only BASE...HEAD`, relative to `root`; renames are listed under both names. */
export function gitChangedFiles(root: string, base: string): string[] {
  const out = git(root, ['diff', '--name-only', '--no-renames', '--relative', '-z', `${base}...HEAD`]);
  if (!out.ok) {
    throw new InputError({
      field: '--base',
      message: `git diff --name-only ${base}...HEAD failed in ${root}: ${out.error}`,
    });
  }
  return out.stdout.toString('utf8').split('\0').filter(Boolean);
}

/** The file at the base ref (`git show REF:./path`, relative to `root`), or null when it is not there. */
function gitShow(root: string, base: string, path: string): Buffer | null {
  const out = git(root, ['show', `${base}:./${path.replace(/^(\.\/)+/, '')}`]);
  return out.ok ? out.stdout : null;
}

function git(cwd: string, args: string[]): { ok: true; stdout: Buffer } | { ok: false; error: string } {
  try {
    const stdout = execFileSync('git', args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 30,
    });
    return { ok: true, stdout };
  } catch (error) {
    const e = error as { stderr?: Buffer; message?: string };
    const stderr = e.stderr?.toString('utf8').trim().split('\n')[0];
    return { ok: false, error: oneLine(stderr || e.message || String(error)) };
  }
}

async function readOrNull(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError({ file: path, message: `cannot read the file (${describeFsError(error)})` });
  }
}

/** A changed-file list: one repository-relative path a line; blank lines and `#` comments are ignored. */
export async function readChangedFilesList(file: string): Promise<string[]> {
  const text = await readTextFile(file, '--changed-files');
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.replace(/\\/g, '/').replace(/^(\.\/)+/, ''));
}

/** A UTF-8 text file given on the command line; errors name the option. */
export async function readTextFile(file: string, option: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new InputError({
      file,
      field: option,
      message: `cannot read the file (${describeFsError(error)})`,
    });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError({ file, field: option, message: 'the file is not valid UTF-8' });
  }
}
