import type { Octokit } from './octokit.js';
import { api } from './api-errors.js';
import type { RepoRef } from './events.js';

/**
 * A file's bytes at a ref, or undefined when no file exists at that path (a directory is not a file).
 * Octokit decodes a raw response that declares a charset, so text arrives as a string and is re-encoded.
 */
export async function readRepoBytes(
  octokit: Octokit,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<Buffer | undefined> {
  const data = await getRaw(octokit, repo, path, ref);
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  // A JSON file may arrive parsed; a directory arrives as its listing (an array), which is not a file.
  if (data !== null && typeof data === 'object' && !Array.isArray(data))
    return Buffer.from(JSON.stringify(data), 'utf8');
  return undefined;
}

/** A file's text (UTF-8) at a ref, or undefined when no file exists at that path. */
export async function readRepoFile(
  octokit: Octokit,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<string | undefined> {
  return (await readRepoBytes(octokit, repo, path, ref))?.toString('utf8');
}

async function getRaw(octokit: Octokit, repo: RepoRef, path: string, ref: string): Promise<unknown> {
  const clean = path.replace(/^\.\/+/, '').replace(/^\/+/, '');
  try {
    const response = await octokit.rest.repos.getContent({
      owner: repo.owner,
      repo: repo.repo,
      path: clean,
      ref,
      mediaType: { format: 'raw' },
    });
    return response.data as unknown;
  } catch (error) {
    if ((error as { status?: unknown }).status === 404) return undefined;
    return api(`Reading ${clean} at ${ref.slice(0, 12)}`, 'contents: read', () => Promise.reject(error));
  }
}
