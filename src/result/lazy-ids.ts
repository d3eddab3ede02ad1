/**
 * Example ids that are bytes until something reads them as strings: `examples.ids` of a result read lazily
 * (result-lazy.ts) or just evaluated (classification keeps its ids as bytes) is an accessor that builds the
 * array on first read. The comparison reads the bytes (exampleIds) and the writer writes them as they are
 * (standingIds), so a million ids never become strings unless something asks for the array.
 */
import type { EvalgateResult } from '../generated/result.js';
import { arrayIds, type IdList } from '../util/id-list.js';

/**
 * Ids standing for `examples.ids` without a string each (IdBytes; IdRange, left in a result file): they
 * write themselves as JSON.stringify would write the array.
 */
export interface StandingIds extends IdList {
  json(): Iterable<Uint8Array>;
}

const lazyBytes = new WeakMap<object, StandingIds>();
/** The array the accessor built from the bytes, per examples object: the bytes stand for it while it is there. */
const builtIds = new WeakMap<object, string[]>();

/** The bytes standing for `examples.ids`: while ids is the accessor or the array built from them. */
export function standingIds(examples: object): StandingIds | undefined {
  const bytes = lazyBytes.get(examples);
  if (!bytes) return undefined;
  const descriptor = Object.getOwnPropertyDescriptor(examples, 'ids');
  if (descriptor?.get !== undefined || builtIds.get(examples) === descriptor?.value) return bytes;
  return undefined;
}

/** A suite's example ids, from the bytes when they stand (see standingIds). */
export function exampleIds(examples: { ids: string[] }): IdList {
  return standingIds(examples) ?? arrayIds(examples.ids);
}

/** `examples.ids` as an accessor that builds the array on first read (then a plain property again). */
export function lazyIds(examples: { ids: string[] }, ids: StandingIds): void {
  lazyBytes.set(examples, ids);
  const settle = (array: string[]) =>
    Object.defineProperty(examples, 'ids', {
      value: array,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  Object.defineProperty(examples, 'ids', {
    get: () => {
      const array = [...ids.toArray()];
      builtIds.set(examples, array);
      settle(array);
      return array;
    },
    set: (array: string[]) => {
      lazyBytes.delete(examples);
      settle(array);
    },
    enumerable: true,
    configurable: true,
  });
}

/**
 * Runs `check` (schema validation) with every ids accessor of the result showing an empty array, then
 * puts the accessors back: checking would otherwise build the arrays. Their bytes are JSON strings by
 * construction, which is all the schema asks of an id.
 */
export function withLazyIdsHidden<T>(result: EvalgateResult, check: () => T): T {
  const hidden: [object, PropertyDescriptor][] = [];
  for (const suite of Array.isArray(result.suites) ? result.suites : []) {
    const examples = suite?.examples;
    if (!examples || typeof examples !== 'object') continue;
    const descriptor = Object.getOwnPropertyDescriptor(examples, 'ids');
    if (!descriptor?.get || !lazyBytes.has(examples)) continue;
    hidden.push([examples, descriptor]);
    Object.defineProperty(examples, 'ids', {
      value: [],
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  try {
    return check();
  } finally {
    for (const [examples, descriptor] of hidden) Object.defineProperty(examples, 'ids', descriptor);
  }
}
