// Prints the CHANGELOG.md section of one version (Keep a Changelog: `## [1.2.3] - 2026-12-07`), without its
// heading: the release notes. Exits 1 when the changelog has no such section or it is empty, so a release
// cannot go out undocumented.   node scripts/changelog-section.mjs 1.2.3 [CHANGELOG.md]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function changelogSection(text, version) {
  const lines = text.split(/\r?\n/);
  const heading = (line) => /^## /.test(line);
  const start = lines.findIndex((line) => heading(line) && line.startsWith(`## [${version}]`));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => heading(line) || /^\[[^\]]+\]: /.test(line));
  const body = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  return body === '' ? undefined : `${body}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  const section = version
    ? changelogSection(readFileSync(file, 'utf8'), version.replace(/^v/, ''))
    : undefined;
  if (section === undefined) {
    process.stderr.write(
      `${file}: no entries under "## [${version}]": add the release's section before tagging\n`,
    );
    process.exit(1);
  }
  process.stdout.write(section);
}
