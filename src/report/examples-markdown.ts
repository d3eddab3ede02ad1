import type { Comparison, SliceFlips, SuiteComparison } from '../generated/comparison.js';
import { escapeText } from './escape.js';
import { countsLine, examplesTable, falsePositivesLine, falsePositivesTable } from './flips-markdown.js';

/** One slice's flips: the counts and every broken example the comparison kept. */
function sliceSection(f: SliceFlips): string {
  const metric = f.metric ? ` (gated on ${escapeText(f.metric)})` : ' (not gated)';
  const parts = [`#### ${escapeText(f.slice)}${metric}`, '', countsLine(f)];
  if (f.examples.length) {
    const more =
      f.broken > f.examples.length
        ? ` (the ${f.examples.length} worst of ${f.broken}; examples.top in the config keeps more)`
        : '';
    parts.push('', `Broken examples${more}:`, '', examplesTable(f));
  } else if (f.broken > 0) parts.push('', 'No broken example was kept (examples.top is 0).');
  const falsePositives = falsePositivesLine(f);
  if (falsePositives) parts.push('', falsePositives, ...falsePositivesTable(f));
  return parts.join('\n');
}

function suiteSection(suite: SuiteComparison): string {
  const head = `### ${escapeText(suite.name)}`;
  if (!suite.flips)
    return `${head}\n\n${
      suite.flips_unavailable
        ? `Which examples flipped is not known: ${escapeText(suite.flips_unavailable)}.`
        : 'No examples were compared: the suite has no gated slice.'
    }`;
  if (!suite.flips.length) return `${head}\n\nNo gated slice to list examples for.`;
  return [head, ...suite.flips.map(sliceSection)].join('\n\n');
}

/**
 * `evalgate report comparison.json --examples`: per suite and gated slice, how many examples were fixed,
 * broken and still wrong, and the broken ones (id, excerpt, truth, base → head). Every string from the
 * data is escaped as in the PR comment.
 */
export function examplesMarkdown(comparison: Comparison): string {
  const sha = comparison.head.git?.sha ? ` for ${comparison.head.git.sha.slice(0, 7)}` : '';
  return `## evalgate: flipped examples${sha}\n\n${comparison.suites.map(suiteSection).join('\n\n')}\n`;
}
