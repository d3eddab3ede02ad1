import { spawn } from 'node:child_process';
import { InputError } from '../io/errors.js';

/** Runs a suite's `run:` command through the shell in the project root; fails with its exit status and stderr tail. */
export async function runSuiteCommand(
  suiteName: string,
  command: string,
  cwd: string,
  log: (line: string) => void,
): Promise<void> {
  log(`[${suiteName}] running: ${command}`);
  const started = Date.now();
  const stderrTail: string[] = [];
  const code = await new Promise<number | string>((resolveRun, reject) => {
    const child = spawn(command, { cwd, shell: true, stdio: ['ignore', 'inherit', 'pipe'] });
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
