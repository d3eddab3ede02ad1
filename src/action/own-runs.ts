import type { RepoRef } from './events.js';

/** A workflow run as the runs list gives it, the fields that say whose commit it built. */
interface RunRepo {
  readonly head_repository?: { readonly id?: number; readonly full_name?: string } | null;
}

/** A fork's branch can be called main too: only runs of this repository's own commits count. */
export function isOwnRun(run: RunRepo, repo: RepoRef): boolean {
  const headRepo = run.head_repository;
  return repo.id !== undefined
    ? headRepo?.id === repo.id
    : headRepo?.full_name?.toLowerCase() === `${repo.owner}/${repo.repo}`.toLowerCase();
}
