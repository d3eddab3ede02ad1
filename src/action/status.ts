import type { GateFinding } from '../report/run-decision.js';
import { api } from './api-errors.js';
import type { RepoRef } from './events.js';
import type { Octokit } from './octokit.js';

export const STATUS_MODES = ['status', 'check', 'off'] as const;
export type StatusMode = (typeof STATUS_MODES)[number];

export type Conclusion = 'success' | 'failure' | 'neutral';

export interface StatusReport {
  readonly mode: StatusMode;
  /** `evalgate / intents`: what branch protection requires. */
  readonly name: string;
  /** The pull request's head commit (not GITHUB_SHA, the merge commit). */
  readonly sha: string;
  readonly conclusion: Conclusion;
  /** Commit statuses only: the state (statuses have no neutral; the policy decides, gates/verdict-policy). */
  readonly state?: 'success' | 'failure' | 'error';
  /** One line; cut to GitHub's 140-character limit for statuses. */
  readonly description: string;
  readonly targetUrl: string;
  /** Check runs only: the report (under 65,535 characters). */
  readonly summary: string;
  /** Check runs only: gate findings, annotated on this file (the config). GitHub takes 50 per request. */
  readonly annotations: readonly (GateFinding & { readonly path: string })[];
}

/** Annotations a check run accepts in one request. */
export const CHECK_ANNOTATION_LIMIT = 50;

/** Commit statuses allow 140 characters of description (422 beyond). */
export const STATUS_DESCRIPTION_LIMIT = 140;

export function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** Posts the verdict as a commit status or a check run; returns its URL (or undefined when off). */
export async function publishStatus(
  octokit: Octokit,
  repo: RepoRef,
  report: StatusReport,
): Promise<string | undefined> {
  if (report.mode === 'off') return undefined;
  if (report.mode === 'status') {
    const { data } = await api(`Setting the commit status '${report.name}'`, 'statuses: write', () =>
      octokit.rest.repos.createCommitStatus({
        owner: repo.owner,
        repo: repo.repo,
        sha: report.sha,
        state: report.state ?? (report.conclusion === 'failure' ? 'failure' : 'success'),
        context: report.name,
        description: clip(report.description, STATUS_DESCRIPTION_LIMIT),
        target_url: report.targetUrl,
      }),
    );
    return data.url;
  }
  const { data } = await api(`Creating the check run '${report.name}'`, 'checks: write', () =>
    octokit.rest.checks.create({
      owner: repo.owner,
      repo: repo.repo,
      name: report.name,
      head_sha: report.sha,
      conclusion: report.conclusion,
      details_url: report.targetUrl,
      output: {
        title: clip(report.description, 255),
        summary: clip(report.summary, 65_535),
        annotations: report.annotations.slice(0, CHECK_ANNOTATION_LIMIT).map((a) => ({
          path: a.path,
          start_line: 1,
          end_line: 1,
          annotation_level: a.level,
          title: clip(a.title, 255),
          message: clip(a.message, 64_000),
        })),
      },
    }),
  );
  return data.html_url ?? data.url;
}
