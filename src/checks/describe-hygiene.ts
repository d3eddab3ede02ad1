import type { Finding, HygieneExample, HygieneReport } from './hygiene.js';

/** The report's problems in words, most serious first; empty when the golden set is clean. */
export function describeHygiene(report: HygieneReport): string[] {
  const lines: string[] = [];
  const say = (f: Finding, what: string, detail: (e: HygieneExample) => string): void => {
    if (f.count === 0) return;
    const examples = f.examples.map(detail).join('; ');
    lines.push(`${f.count} ${what} (${f.groups} distinct)${examples ? `, e.g. ${examples}` : ''}`);
  };
  const quoted = (e: HygieneExample): string => `line ${e.line} ${JSON.stringify(e.text)}`;
  const labels = (e: HygieneExample): string =>
    `line ${e.line} ${JSON.stringify(e.text)} is "${e.labels?.[1]}" but line ${e.otherLine} is "${e.labels?.[0]}"`;
  if (report.leakage) {
    say(
      report.leakage.exact,
      'golden inputs also in the training set',
      (e) => `${quoted(e)} = train line ${e.otherLine}`,
    );
    say(
      report.leakage.near,
      'golden inputs in the training set up to punctuation',
      (e) => `${quoted(e)} ≈ train line ${e.otherLine}`,
    );
  }
  say(report.exactConflicts, 'duplicate inputs with conflicting labels', labels);
  say(report.nearConflicts, 'near-duplicate inputs with conflicting labels', labels);
  say(
    report.duplicateIds,
    'duplicate ids',
    (e) => `id ${JSON.stringify(e.id)} on lines ${e.otherLine} and ${e.line}`,
  );
  say(report.missingIds, 'records without an id', (e) => `line ${e.line}`);
  say(report.emptyTexts, 'records with empty input text', (e) => `line ${e.line}`);
  say(report.missingLabels, 'records without a label', (e) => `line ${e.line}`);
  say(report.exactDuplicates, 'duplicate inputs', (e) => `${quoted(e)} = line ${e.otherLine}`);
  say(report.nearDuplicates, 'near-duplicate inputs', (e) => `${quoted(e)} ≈ line ${e.otherLine}`);
  return lines;
}
