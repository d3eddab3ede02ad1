/** GitHub refuses comment bodies over 65,536 characters; check-run summaries stop at 65,535. */
export const COMMENT_LIMIT = 65_536;
/** Room kept for the hidden marker and a truncation note. */
export const COMMENT_BUDGET = COMMENT_LIMIT - 1_024;

export type Detail = 'full' | 'no-charts' | 'no-examples' | 'compact' | 'minimal';
/** Charts go first, then the flipped-example tables, then the per-slice tables, then all but the verdict. */
export const DETAIL_STAGES: readonly Detail[] = ['full', 'no-charts', 'no-examples', 'compact', 'minimal'];

export interface Fitted {
  readonly text: string;
  /** The stage that fitted; `truncated` when even the minimal report had to lose whole blocks. */
  readonly detail: Detail | 'truncated';
}

const TRUNCATED_NOTE =
  '_The report is too long for a comment; the rest is in the job summary and the result artifact._';

/**
 * Renders at decreasing detail until the text fits: first the folded per-slice tables go, then everything
 * but the verdict and the failing rows. If even that is too long, whole blocks (paragraphs, tables, folded
 * sections) are kept from the top while they fit, so no table is ever cut in half.
 */
export function fitToBudget(render: (detail: Detail) => string, limit = COMMENT_BUDGET): Fitted {
  let last = '';
  for (const detail of DETAIL_STAGES) {
    last = render(detail);
    if (last.length <= limit) return { text: last, detail };
  }
  return {
    text: keepWholeBlocks(last, limit - TRUNCATED_NOTE.length - 2) + `\n\n${TRUNCATED_NOTE}`,
    detail: 'truncated',
  };
}

/** Splits markdown into blocks at blank lines outside `<details>` sections. */
export function markdownBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let depth = 0;
  for (const line of markdown.split('\n')) {
    depth += (line.match(/<details\b/g) ?? []).length;
    depth -= (line.match(/<\/details>/g) ?? []).length;
    if (line.trim() === '' && depth <= 0) {
      if (current.length) blocks.push(current.join('\n'));
      current = [];
      depth = 0;
    } else current.push(line);
  }
  if (current.length) blocks.push(current.join('\n'));
  return blocks;
}

function keepWholeBlocks(markdown: string, limit: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const block of markdownBlocks(markdown)) {
    const added = block.length + (kept.length ? 2 : 0);
    if (length + added > limit) break;
    kept.push(block);
    length += added;
  }
  return kept.join('\n\n');
}
