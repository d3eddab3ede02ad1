import type { CheckResult, CheckStatus } from '../checks/types.js';
import { escapeText } from './escape.js';

const ICON: Record<CheckStatus, string> = { fail: '❌', warn: '⚠️', pass: '✅', skipped: '⏭️' };
const ORDER: Record<CheckStatus, number> = { fail: 0, warn: 1, pass: 2, skipped: 3 };

/**
 * The "Checks" section of the report: a count line, then failed checks (then warnings) with their fix,
 * then passed and skipped checks folded in `<details>`. Names and reasons are escaped, so text from the
 * repository cannot inject markup. Empty when there are no checks.
 */
export function checksMarkdown(results: readonly CheckResult[], heading = '### Checks'): string {
  if (results.length === 0) return '';
  const sorted = results
    .map((result, index) => ({ result, index }))
    .sort((a, b) => ORDER[a.result.status] - ORDER[b.result.status] || a.index - b.index)
    .map((x) => x.result);
  const open = sorted.filter((r) => r.status === 'fail' || r.status === 'warn');
  const folded = sorted.filter((r) => r.status === 'pass' || r.status === 'skipped');
  const lines = [heading, '', summaryLine(results), ''];
  for (const r of open) {
    lines.push(`- ${ICON[r.status]} **${escapeText(r.name)}**: ${escapeText(r.reason)}`);
    if (r.fix) lines.push(`  **Fix:** ${escapeText(r.fix)}`);
  }
  if (open.length > 0) lines.push('');
  if (folded.length > 0) {
    const passed = folded.filter((r) => r.status === 'pass').length;
    const skipped = folded.length - passed;
    const title = [passed ? `${passed} passed` : '', skipped ? `${skipped} skipped` : '']
      .filter(Boolean)
      .join(', ');
    lines.push(`<details><summary>${title}</summary>`, '');
    for (const r of folded)
      lines.push(`- ${ICON[r.status]} **${escapeText(r.name)}**: ${escapeText(r.reason)}`);
    lines.push('', '</details>', '');
  }
  return lines.join('\n');
}

/** e.g. "1 failed, 1 warning, 3 passed, 2 skipped". */
function summaryLine(results: readonly CheckResult[]): string {
  const count = (s: CheckStatus): number => results.filter((r) => r.status === s).length;
  const parts = [
    count('fail') ? `**${count('fail')} failed**` : '',
    count('warn') ? `${count('warn')} warning${count('warn') === 1 ? '' : 's'}` : '',
    count('pass') ? `${count('pass')} passed` : '',
    count('skipped') ? `${count('skipped')} skipped` : '',
  ].filter(Boolean);
  return parts.join(', ');
}
