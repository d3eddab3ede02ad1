import { metricDef, type MetricDef } from './registry.js';

const MINUS = '−';

function signed(text: string, value: number): string {
  if (value > 0) return `+${text}`;
  if (value < 0) return `${MINUS}${text.replace(/^-/, '')}`;
  return text.replace(/^-/, '');
}

/** Sub-millisecond latencies keep three decimals, a few milliseconds two, the rest one. */
function msDigits(value: number): number {
  const a = Math.abs(value);
  return a !== 0 && a < 1 ? 3 : a < 10 ? 2 : 1;
}

function defOf(metric: string | MetricDef): MetricDef | undefined {
  return typeof metric === 'string' ? metricDef(metric) : metric;
}

/** A metric value as a reader expects it: proportions as points (82.47), scores with 4 decimals, ms, $. */
export function formatValue(metric: string | MetricDef, value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const def = defOf(metric);
  switch (def?.unit) {
    case 'proportion':
      return (value * 100).toFixed(2);
    case 'ms':
      return `${value.toFixed(msDigits(value))} ms`;
    case 'usd':
      return `$${value.toFixed(4)}`;
    case 'count':
      return Math.round(value).toLocaleString('en-US');
    default:
      return value.toFixed(4);
  }
}

/** A difference with its sign and unit: "−5.60 pts", "+12.0 ms", "+0.0123". */
export function formatDelta(metric: string | MetricDef, delta: number | null | undefined): string {
  if (delta === null || delta === undefined || Number.isNaN(delta)) return '–';
  const def = defOf(metric);
  switch (def?.unit) {
    case 'proportion':
      return `${signed((delta * 100).toFixed(2), delta)} pts`;
    case 'ms':
      return `${signed(delta.toFixed(msDigits(delta)), delta)} ms`;
    case 'usd':
      return signed(`$${Math.abs(delta).toFixed(4)}`, delta);
    case 'count':
      return signed(Math.round(delta).toLocaleString('en-US'), delta);
    default:
      return signed(delta.toFixed(4), delta);
  }
}

/** Number of examples, with thousands separators. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
