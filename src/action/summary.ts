import * as core from '@actions/core';

/** GitHub rejects step summaries over 1 MiB; stay well below it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

/** Writes the job summary when the runner provides one, trimmed to fit the limit. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  let text = markdown;
  if (Buffer.byteLength(text) > SUMMARY_LIMIT_BYTES) {
    const note =
      '\n\n_The report was longer than the job summary allows; the rest is in the result artifact._\n';
    text =
      Buffer.from(text)
        .subarray(0, SUMMARY_LIMIT_BYTES - note.length)
        .toString('utf8')
        .replace(/[^\n]*$/, '') + note;
  }
  await core.summary.addRaw(text, true).write();
}
