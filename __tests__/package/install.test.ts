// From a packed tarball to a gate verdict, as a user would: `npm pack`, install into an empty project offline,
// then the README's quick-start commands on a copy of an example project (examples/qa: its models need no npm
// packages) in a git repository with a base branch and a change branch.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'evalgate-install-'));
const project = join(work, 'project');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  npm_config_cache: join(work, 'empty-npm-cache'), // nothing cached: the install needs nothing but the tarball
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  GIT_AUTHOR_NAME: 'evalgate test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'evalgate test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};
delete env.NODE_OPTIONS; // jest's --experimental-vm-modules is not for the user's npm and node

let tarball = '';
let installSeconds = 0;

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** The README's "try it" commands (the shell block after "Try it on your branch"), comments stripped. */
function quickStartCommands(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = readme.split('Try it on your branch')[1]?.match(/```sh\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error('README: no "Try it on your branch" shell block');
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
}

function sh(command: string): { status: number | null; stdout: string; stderr: string } {
  const child = spawnSync('bash', ['-c', command], { cwd: project, env, encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

beforeAll(() => {
  const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  tarball = join(work, (JSON.parse(packed) as { filename: string }[])[0].filename);

  // An example project in git: main has the base branch's config, my-change the candidate's.
  cpSync(join(root, 'examples/qa'), project, {
    recursive: true,
    filter: (p) => !p.endsWith(`${join('qa', 'out')}`),
  });
  const base = readFileSync(join(project, '.github/evalgate.base.yml'), 'utf8');
  const candidate = readFileSync(join(project, '.github/evalgate.yml'), 'utf8');
  rmSync(join(project, '.github/evalgate.base.yml'));
  writeFileSync(join(project, '.github/evalgate.yml'), base);
  writeFileSync(join(project, '.gitignore'), 'node_modules/\nout/\n*.json\n');
  writeFileSync(join(project, 'package.json'), '{ "name": "my-nlp-project", "private": true }\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: project, env, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'sentence baseline');
  git('switch', '-q', '-c', 'my-change');
  writeFileSync(join(project, '.github/evalgate.yml'), candidate);
  git('commit', '-q', '-am', 'typed-sentence candidate');

  // The README's install line, with the release tarball in place of the git tag (no network here).
  const install = readFileSync(join(root, 'README.md'), 'utf8').match(
    /^npm i -D \.\/evalgate-[\d.]+\.tgz/m,
  )?.[0];
  if (!install) throw new Error('README: no tarball install line');
  const started = process.hrtime.bigint();
  execFileSync('npm', ['i', '-D', '--offline', tarball], { cwd: project, env, stdio: 'pipe' });
  installSeconds = Number(process.hrtime.bigint() - started) / 1e9;
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed CLI', () => {
  test('holds the bundle, the schemas and the docs a user reads, and nothing else', () => {
    const listed = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, env, encoding: 'utf8' }),
    ) as { files: { path: string }[] }[];
    expect(listed[0].files.map((f) => f.path).sort()).toEqual([
      'CHANGELOG.md',
      'README.md',
      'dist/cli.js',
      'package.json',
      'schema/comparison.schema.json',
      'schema/evalgate.schema.json',
      'schema/result.schema.json',
    ]);
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.bin).toEqual({ evalgate: 'dist/cli.js' });
    expect(pkg.engines).toEqual({ node: '>=20' });
    expect(readFileSync(join(root, 'dist/cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  test('installs offline as one package of at most 5 MB', () => {
    const installed = readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed).toEqual(['evalgate']);
    const bytes = sizeOf(join(project, 'node_modules/evalgate'));
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
    // Measured on the 2-core development machine: 1.35 MB installed, about 0.5 s (npm's own start included).
    expect(installSeconds).toBeLessThan(30);
    process.stdout.write(
      `installed size ${(bytes / 1e6).toFixed(2)} MB, install ${installSeconds.toFixed(2)} s\n`,
    );
  });

  test('npx evalgate --version prints the package version', () => {
    const run = sh('npx evalgate --version');
    expect(run).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  test("the README's quick-start commands reach a gate verdict", () => {
    const commands = quickStartCommands();
    expect(commands).toEqual([
      'git switch main      && npx evalgate evaluate --out base.json',
      'git switch my-change && npx evalgate evaluate --out head.json',
      'npx evalgate validate',
      'npx evalgate gate --base base.json --head head.json',
    ]);
    const results = commands.map((command) => ({ command, ...sh(command) }));
    for (const r of results.slice(0, 3))
      expect({ command: r.command, status: r.status }).toEqual({ command: r.command, status: 0 });
    expect(results[0].stderr).toContain('wrote base.json');
    expect(results[1].stderr).toContain('wrote head.json');
    expect(results[2].stdout).toContain('config .github/evalgate.yml: valid (1 suite(s))');
    const gate = results[3];
    expect(gate.status).toBe(0);
    expect(gate.stdout).toMatch(/evalgate( \/ \S+)?: pass/);
    expect(gate.stdout).toContain('Token F1');
    expect(gate.stderr).toContain('verdict: pass');
  });
});
