import { describeApiError, GitHubApiError } from '../api-errors.js';

/** One read the mode needs, made once at start-up so a missing permission is named before anything is done. */
export interface PermissionProbe {
  /** The `permissions:` entry, e.g. `actions: read`. */
  readonly permission: string;
  /** The request, in words (`GET /repos/o/r/actions/runs`). */
  readonly what: string;
  readonly call: () => Promise<unknown>;
}

/**
 * Runs the probes in order and stops at the first refused one with one line naming the missing permission.
 * GitHub has no endpoint listing what a GITHUB_TOKEN may do, so reads are probed here; writes cannot be
 * probed without writing, and the first write that is refused names its permission the same way.
 */
export async function checkPermissions(mode: string, probes: readonly PermissionProbe[]): Promise<void> {
  for (const probe of probes) {
    try {
      await probe.call();
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      if (status === 403 || status === 404) {
        throw new GitHubApiError(
          `evalgate ${mode} needs \`${probe.permission}\`: grant it in the workflow's \`permissions:\` block (${probe.what} answered ${status}).`,
          status,
        );
      }
      throw describeApiError(error, probe.what, probe.permission);
    }
  }
}
