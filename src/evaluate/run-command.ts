import { spawn } from 'node:child_process';
import { InputError } from '../io/errors.js';

/**
 * Variables a `run:` command (the pull request's code) never sees unless listed in `pass`: the action's
 * inputs (`INPUT_GITHUB-TOKEN`), tokens, the runner's service credentials and URLs (`ACTIONS_RUNTIME_TOKEN`,
 * `ACTIONS_ID_TOKEN_REQUEST_*`, `ACTIONS_CACHE_URL`, `ACTIONS_RESULTS_URL`, …), and the workflow-command
 * files through which a step can set the environment of the steps after it.
 */
export function isWithheld(name: string): boolean {
  return (
    /^INPUT_/i.test(name) ||
    /^ACTIONS_/i.test(name) ||
    /^(GITHUB_TOKEN|GH_TOKEN|GH_ENTERPRISE_TOKEN|GITHUB_ENTERPRISE_TOKEN)$/i.test(name) ||
    /^GITHUB_(ENV|PATH|OUTPUT|STATE|STEP_SUMMARY)$/i.test(name)
  );
}

/** The environment a `run:` command gets: the parent's, without what isWithheld names, plus `pass`. */
export function commandEnvironment(
  parent: NodeJS.ProcessEnv,
  pass: readonly string[] = [],
): Record<string, string> {
  const passed = new Set(pass.map((name) => name.toUpperCase()));
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined) continue;
    if (isWithheld(name) && !passed.has(name.toUpperCase())) continue;
    env[name] = value;
  }
  return env;
}

/**
 * Runs a suite's `run:` command through the shell in the project root, with an explicit environment
 * (commandEnvironment); fails with its exit status and stderr tail.
 */
export async function runSuiteCommand(
  suiteName: string,
  command: string,
  cwd: string,
  log: (line: string) => void,
  passEnv: readonly string[] = [],
  shard?: { readonly index: number; readonly count: number },
): Promise<void> {
  log(`[${suiteName}] running: ${command}`);
  const started = Date.now();
  const stderrTail: string[] = [];
  const code = await new Promise<number | string>((resolveRun, reject) => {
    const child = spawn(command, {
      cwd,
      shell: true,
      stdio: ['ignore', 'inherit', 'pipe'],
      // a shard's command may predict only the examples its shard owns (EVALGATE_SHARD=i/n)
      env: {
        ...commandEnvironment(process.env, passEnv),
        ...(shard ? { EVALGATE_SHARD: `${shard.index}/${shard.count}` } : {}),
      },
    });
    child.stderr.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.splice(0, stderrTail.length - 20);
    });
    child.on('error', reject);
    child.on('close', (status, signal) => resolveRun(status ?? signal ?? 'unknown'));
  });
  if (code !== 0) {
    const last = stderrTail.slice(-3).join(' | ');
    throw new InputError({
      field: `suite ${suiteName}: run`,
      message: `the command exited with ${typeof code === 'number' ? `status ${code}` : `signal ${code}`}${last ? `; stderr: ${last}` : ''}`,
    });
  }
  log(`[${suiteName}] command finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
