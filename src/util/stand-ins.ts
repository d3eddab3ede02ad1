/**
 * Runs `check` with each `[object, key, value]` property showing `value` (a plain data property), then
 * puts the properties back as they were: schema validation of a result whose lazy values (ids still
 * bytes, columns not yet encoded) would otherwise be built just to be checked.
 */
export function withStandIns<T>(
  standIns: readonly (readonly [object, string, unknown])[],
  check: () => T,
): T {
  const saved = standIns.map(([target, key]) => Object.getOwnPropertyDescriptor(target, key)!);
  for (const [target, key, value] of standIns) setPlain(target, key, value);
  try {
    return check();
  } finally {
    standIns.forEach(([target, key], i) => Object.defineProperty(target, key, saved[i]));
  }
}

/** Makes `target[key]` a plain data property holding `value` (replacing an accessor). */
export function setPlain(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
