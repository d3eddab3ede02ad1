import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../..');
const script = join(root, 'scripts/changelog-section.mjs');

function section(
  changelog: string,
  version: string,
): { status: number | null; stdout: string; stderr: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'evalgate-changelog-')), 'CHANGELOG.md');
  writeFileSync(file, changelog);
  const child = spawnSync(process.execPath, [script, version, file], { encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const changelog = `# Changelog

## [Unreleased]

- Nothing yet.

## [1.2.0] - 2026-12-01

### Added

- \`max_drop: '2 %'\` is read as 2%.

## [1.1.0] - 2026-11-01

### Fixed

- A fix.

[1.2.0]: https://github.com/evalgate/evalgate/compare/v1.1.0...v1.2.0
`;

describe('scripts/changelog-section.mjs (the release notes)', () => {
  test("prints a version's section without its heading, up to the next one", () => {
    expect(section(changelog, '1.2.0')).toEqual({
      status: 0,
      stdout: "### Added\n\n- `max_drop: '2 %'` is read as 2%.\n",
      stderr: '',
    });
    expect(section(changelog, 'v1.1.0').stdout).toBe('### Fixed\n\n- A fix.\n');
  });

  test('refuses a version the changelog does not describe', () => {
    const missing = section(changelog, '1.3.0');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(
      'no entries under "## [1.3.0]": add the release\'s section before tagging',
    );
    expect(section('# Changelog\n\n## [1.3.0] - 2026-12-07\n\n## [1.2.0]\n\n- x\n', '1.3.0').status).toBe(1);
  });
});

describe('CHANGELOG.md', () => {
  const text = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  test('follows Keep a Changelog: Unreleased first, then dated versions', () => {
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings[0]).toBe('[Unreleased]');
    for (const h of headings.slice(1)) expect(h).toMatch(/^\[\d+\.\d+\.\d+(-[\w.]+)?\] - \d{4}-\d{2}-\d{2}$/);
    for (const h of text.matchAll(/^### (.+)$/gm)) {
      expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(h[1]);
    }
  });
});

describe('.github/workflows/release.yml', () => {
  const workflow = parse(readFileSync(join(root, '.github/workflows/release.yml'), 'utf8')) as {
    on: { push: { tags: string[] } };
    permissions: Record<string, string>;
    jobs: { release: { steps: { name?: string; uses?: string; run?: string; if?: string }[] } };
  };
  const steps = workflow.jobs.release.steps;
  const index = (pattern: RegExp): number =>
    steps.findIndex((s) => pattern.test(`${s.uses ?? ''}${s.run ?? ''}`));

  test('runs on version tags with the only permission it needs', () => {
    expect(workflow.on.push.tags).toEqual(['v*.*.*']);
    expect(workflow.permissions).toEqual({ contents: 'write' });
  });

  test('refuses before tagging or releasing: tag = package.json version, changelog section, CI with dist/ fresh', () => {
    const versionCheck = index(/require\('\.\/package\.json'\)\.version/);
    const notes = index(/scripts\/changelog-section\.mjs "\$version"/);
    const ci = index(/^bash \.ci\/run$/);
    const pack = index(/npm pack/);
    const moveMajor = index(/git push --force origin "refs\/tags\/\$major"/);
    const release = index(/gh release create "\$TAG" "\$RUNNER_TEMP"\/evalgate-\*\.tgz --verify-tag/);
    expect([versionCheck, notes, ci, pack, moveMajor, release].every((i) => i >= 0)).toBe(true);
    expect(versionCheck).toBeLessThan(ci);
    expect(notes).toBeLessThan(ci);
    expect(ci).toBeLessThan(pack);
    expect(pack).toBeLessThan(moveMajor);
    expect(moveMajor).toBeLessThan(release);
    // .ci/run is what fails on a stale dist/ or a failing test.
    const ciScript = readFileSync(join(root, '.ci/run'), 'utf8');
    expect(ciScript).toContain("dist/ is stale: run 'npm run bundle' and commit dist/");
    expect(ciScript).toContain('npm test');
  });

  test('moves the major tag only for a full release', () => {
    const move = steps.find((s) => s.run?.includes('refs/tags/$major'));
    expect(move?.if).toBe("${{ !contains(github.ref_name, '-') }}");
    expect(move?.run).toContain('major="${TAG%%.*}"');
  });
});
