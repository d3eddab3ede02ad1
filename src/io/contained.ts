import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from './errors.js';

/** True when `path` is `root` or lies under it (both already resolved). */
function isWithin(root: string, path: string): boolean {
  const inside = relative(root, path);
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
}

function realpathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The real location of `path` (relative to `root`, or absolute), refusing anything outside `root`: an
 * absolute path or `..` that leaves it, or a symlink (a PR can commit one) whose target is outside. A path
 * that does not exist yet is judged by its nearest existing parent. `what` names the path in the one-line
 * error (`suites[0].golden`, `docs/MODEL_CARD.md`); the link's target is not printed.
 */
export function resolveInside(root: string, path: string, what: string, file?: string): string {
  const realRoot = realpathOrUndefined(root) ?? resolve(root);
  const full = resolve(root, path);
  const refuse = (why: string): never => {
    throw new InputError({
      ...(file ? { file } : {}),
      field: what,
      message: `${JSON.stringify(path)} ${why}; paths must stay inside the workspace (${realRoot})`,
    });
  };
  if (!isWithin(resolve(root), full))
    refuse(isAbsolute(path) ? 'is outside the workspace' : 'leaves the workspace');
  let probe = full;
  let real = realpathOrUndefined(probe);
  while (real === undefined && probe !== resolve(probe, '..')) {
    probe = resolve(probe, '..');
    real = realpathOrUndefined(probe);
  }
  if (real === undefined || !isWithin(realRoot, real)) refuse('is a link that leads outside the workspace');
  return full;
}
