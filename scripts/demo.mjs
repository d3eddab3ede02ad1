// `npm run demo`: the main job on the bundled example project, through the bundled CLI (dist/cli.js).
// The base branch's config evaluates the keyword baseline, the pull request's config the naive-Bayes
// candidate; each run writes a result artifact and prints its report.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const project = join(repo, 'examples', 'intents');
const out = join(project, 'out');
mkdirSync(out, { recursive: true });

function evalgate(title, args, { allowFailure = false } = {}) {
  process.stdout.write(`\n\n# ${title}\n\n$ evalgate ${args.join(' ')}\n\n`);
  const child = spawnSync(process.execPath, [join(repo, 'dist', 'cli.js'), ...args], {
    cwd: repo,
    stdio: 'inherit',
  });
  if (child.status !== 0 && !allowFailure) {
    process.stderr.write(`demo: evalgate ${args[0]} exited with ${child.status}\n`);
    process.exit(child.status ?? 1);
  }
  return child.status;
}

evalgate('Baseline (base branch): keyword model', [
  'evaluate',
  '--config',
  join(project, '.github', 'evalgate.base.yml'),
  '--out',
  join(out, 'base.json'),
]);
evalgate('Candidate (pull request): naive-Bayes model', [
  'evaluate',
  '--config',
  join(project, '.github', 'evalgate.yml'),
  '--out',
  join(out, 'head.json'),
]);

// Golden-set hygiene of the pull request's suite: the golden set against its training split. Findings
// are warnings, so this step passes.
evalgate('Golden-set hygiene (pull request)', [
  'validate',
  '--config',
  join(project, '.github', 'evalgate.yml'),
]);

// Documentation checks of the pull request: the model changed but its model card did not, so one check
// fails (with its fix line) and the card's numbers are stale (a warning). A failing check is expected
// here, so the demo goes on and prints the exit code.
const checkStatus = evalgate(
  'Documentation checks (pull request): model card, changelog, PR description',
  [
    'check',
    '--config',
    join(project, '.github', 'evalgate.yml'),
    '--changed-files',
    join(project, '.github', 'changed-files.txt'),
    '--pr-body',
    join(project, '.github', 'pr-body.md'),
    '--result',
    join(out, 'head.json'),
  ],
  { allowFailure: true },
);
process.stdout.write(`\nevalgate check exited with ${checkStatus} (1: a fail-severity check failed)\n`);
