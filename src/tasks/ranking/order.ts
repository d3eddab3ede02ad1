// Byte-order string comparison without encoding: UTF-8 byte order equals code point order, and
// UTF-16 code unit order differs from it only where a surrogate meets a unit in U+E000..U+FFFF.

function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  // Surrogates (astral code points) must sort after U+E000..U+FFFF: shift the two ranges past each other.
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/** Compares as C strcmp on the UTF-8 bytes would: negative, zero or positive. */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}
