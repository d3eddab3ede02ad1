import * as core from '@actions/core';
import { relative } from 'node:path';
import { loadConfig } from '../config/load.js';
import { evaluateConfig } from '../evaluate/evaluate.js';
import { InputError } from '../io/errors.js';
import { resultMarkdown } from '../report/result-markdown.js';
import { writeResult } from '../result/io.js';
import { getSettings, type ActionSettings } from './inputs.js';
import { writeSummary } from './summary.js';

/** The action: evaluate every suite, write the result artifact, the job summary and the outputs. */
export async function run(): Promise<void> {
  try {
    const settings = getSettings();
    await evaluateAndReport(settings);
  } catch (error) {
    fail(error);
  }
}

async function evaluateAndReport(settings: ActionSettings): Promise<void> {
  const config = await core.group('Load config', () =>
    loadConfig(settings.configPath, { root: settings.workspace }),
  );
  const result = await core.group('Evaluate', () =>
    evaluateConfig(config, {
      suite: settings.suite,
      runCommands: settings.runCommands,
      git: process.env.GITHUB_SHA
        ? { sha: process.env.GITHUB_SHA, ref: process.env.GITHUB_REF ?? null }
        : null,
      log: (line) => core.info(line),
    }),
  );
  await writeResult(settings.resultPath, result);
  core.info(`wrote ${settings.resultPath}`);
  const markdown = resultMarkdown(result);
  await writeSummary(markdown);
  core.setOutput('result-path', settings.resultPath);
  core.setOutput('markdown', markdown);
  core.setOutput('suites', String(result.suites.length));
}

/** The only place the action fails: input errors become a file/line annotation plus a one-line failure. */
function fail(error: unknown): void {
  if (error instanceof InputError) {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    if (error.file) {
      const file = error.file.startsWith('/') ? relative(workspace, error.file) : error.file;
      core.error(error.detail, { file, startLine: error.line, title: 'evalgate input error' });
    }
    core.setFailed(error.message);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  core.setFailed(`evalgate internal error: ${message}`);
}
