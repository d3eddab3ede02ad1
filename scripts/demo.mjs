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

const status = evalgate(
  'Gate: the candidate against the baseline (gates from the base branch config)',
  [
    'gate',
    '--base',
    join(out, 'base.json'),
    '--head',
    join(out, 'head.json'),
    '--config',
    join(project, '.github', 'evalgate.base.yml'),
    '--out',
    join(out, 'comparison.json'),
  ],
  { allowFailure: true },
);
process.stdout.write(
  `\nevalgate gate exited with ${status} (${status === 1 ? 'a gate failed, as this demo intends' : 'no gate failed'}).\n`,
);
