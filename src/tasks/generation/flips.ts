import { flipStatus, shortNumber, type FlipInput, type FlipResult } from '../flip.js';

/**
 * Generation flips from the per-example SQuAD scores: an answer passes when its exact match is 1 (or, with
 * `examples.f1_pass`, when its token F1 reaches that threshold). Broken answers are listed by how much
 * their F1 fell.
 */
export function generationFlips(input: FlipInput): FlipResult {
  const { baseRows, headRows, f1Pass } = input;
  const baseSquad = input.base.columns.get('squad');
  const headSquad = input.head.columns.get('squad');
  if (!baseSquad || !headSquad)
    return {
      unavailable:
        'per-example exact match and F1 are stored only when squad_em or squad_f1 is computed on both sides',
    };
  const n = headRows.length;
  const status = new Uint8Array(n);
  const severity = new Float64Array(n);
  const em = (col: ArrayLike<number>, row: number) => col[row * 2];
  const f1 = (col: ArrayLike<number>, row: number) => col[row * 2 + 1];
  const passes = (col: ArrayLike<number>, row: number) =>
    f1Pass === null ? em(col, row) === 1 : f1(col, row) >= f1Pass;
  for (let i = 0; i < n; i++) {
    status[i] = flipStatus(passes(baseSquad, baseRows[i]), passes(headSquad, headRows[i]));
    severity[i] = f1(baseSquad, baseRows[i]) - f1(headSquad, headRows[i]);
  }
  const show = (col: ArrayLike<number>, row: number) => `EM ${em(col, row)}, F1 ${shortNumber(f1(col, row))}`;
  return {
    definition:
      f1Pass === null
        ? 'exact match 1 → 0; listed by F1 lost'
        : `token F1 ≥ ${f1Pass} → below it; listed by F1 lost`,
    status,
    severity,
    describe: (i) => ({
      truth: null,
      base: show(baseSquad, baseRows[i]),
      head: show(headSquad, headRows[i]),
    }),
  };
}
