import { chiSquareSurvival } from './chi-square.js';

/** How the label distribution of the golden set moved between base and head. */

export interface LabelShare {
  label: string;
  base: number;
  head: number;
  baseShare: number;
  headShare: number;
  /** headShare − baseShare. */
  delta: number;
}

export interface LabelShift {
  labels: LabelShare[];
  baseTotal: number;
  headTotal: number;
  /** ½ Σ |headShare − baseShare|: the largest difference in probability of any set of labels. */
  totalVariation: number;
  /** Pearson chi-square test of homogeneity on the 2 × k table (no continuity correction); null when a side is empty. */
  chiSquare: number | null;
  degreesOfFreedom: number;
  pValue: number | null;
}

/** Counts records per label; records without a label are not counted. */
export async function countLabels(
  records: AsyncIterable<{ readonly label: string | null }>,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for await (const { label } of records) if (label !== null) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

/** Per-label counts and shares of base and head, total variation distance and a chi-square test. */
export function labelShift(base: ReadonlyMap<string, number>, head: ReadonlyMap<string, number>): LabelShift {
  const names = [...new Set([...base.keys(), ...head.keys()])].sort(ordinal);
  const baseTotal = sum(base.values());
  const headTotal = sum(head.values());
  const labels = names.map((label) => {
    const b = base.get(label) ?? 0;
    const h = head.get(label) ?? 0;
    const baseShare = baseTotal > 0 ? b / baseTotal : 0;
    const headShare = headTotal > 0 ? h / headTotal : 0;
    return { label, base: b, head: h, baseShare, headShare, delta: headShare - baseShare };
  });
  const totalVariation = 0.5 * labels.reduce((acc, l) => acc + Math.abs(l.delta), 0);
  const used = labels.filter((l) => l.base + l.head > 0);
  if (baseTotal === 0 || headTotal === 0) {
    return {
      labels,
      baseTotal,
      headTotal,
      totalVariation,
      chiSquare: null,
      degreesOfFreedom: 0,
      pValue: null,
    };
  }
  const total = baseTotal + headTotal;
  let chiSquare = 0;
  for (const l of used) {
    const column = l.base + l.head;
    for (const [observed, rowTotal] of [
      [l.base, baseTotal],
      [l.head, headTotal],
    ]) {
      const expected = (rowTotal * column) / total;
      chiSquare += (observed - expected) ** 2 / expected;
    }
  }
  const degreesOfFreedom = Math.max(0, used.length - 1);
  const pValue = chiSquareSurvival(chiSquare, degreesOfFreedom);
  return { labels, baseTotal, headTotal, totalVariation, chiSquare, degreesOfFreedom, pValue };
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Code-unit order, so the label order does not depend on the locale. */
function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
