import type { Octokit } from './octokit.js';
import { api } from './api-errors.js';
import type { RepoRef } from './events.js';

/**
 * A file's text at a ref through the contents API (raw media type: works up to 100 MB, where the JSON form
 * stops at 1 MB), or undefined when the path does not exist there.
 */
export async function readRepoFile(
  octokit: Octokit,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<string | undefined> {
  const clean = path.replace(/^\.\/+/, '').replace(/^\/+/, '');
  try {
    const response = await octokit.rest.repos.getContent({
      owner: repo.owner,
      repo: repo.repo,
      path: clean,
      ref,
      mediaType: { format: 'raw' },
    });
    const data: unknown = response.data;
    if (typeof data === 'string') return data;
    if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
    return JSON.stringify(data);
  } catch (error) {
    if ((error as { status?: unknown }).status === 404) return undefined;
    return api(`Reading ${clean} at ${ref.slice(0, 12)}`, 'contents: read', () => Promise.reject(error));
  }
}
