import type { Buffer } from 'node:buffer';

/**
 * JSON numbers read from UTF-8 bytes with JSON.parse's values: Clinger's exact fast path (at most 15
 * significant digits and a power of ten up to 22 — one correctly rounded multiplication or division of two
 * exact doubles), else Number() of the number's text, which rounds correctly like JSON.parse.
 */

const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** The value of the last number readJsonNumber read. */
export const scannedNumber = { value: 0 };

/** Past a valid JSON number starting at p (its value in scannedNumber.value); −1 if not a valid number. */
export function readJsonNumber(buf: Buffer, p: number, end: number): number {
  const start = p;
  let negative = false;
  if (buf[p] === 0x2d) {
    negative = true;
    p++;
  }
  let mantissa = 0;
  let digits = 0; // significant digits kept in mantissa
  let exact = true;
  let scale = 0; // power of ten to apply to mantissa
  let c = p < end ? buf[p] : -1;
  if (c === 0x30) {
    p++;
  } else if (c >= 0x31 && c <= 0x39) {
    do {
      if (digits < 15) {
        mantissa = mantissa * 10 + (c - 0x30);
        digits++;
      } else {
        exact = false;
      }
      p++;
      c = p < end ? buf[p] : -1;
    } while (c >= 0x30 && c <= 0x39);
  } else return -1;
  c = p < end ? buf[p] : -1;
  if (c === 0x2e) {
    p++;
    c = p < end ? buf[p] : -1;
    if (!(c >= 0x30 && c <= 0x39)) return -1;
    do {
      if (mantissa === 0 && c === 0x30) scale--;
      else if (digits < 15) {
        mantissa = mantissa * 10 + (c - 0x30);
        digits++;
        scale--;
      } else exact = false;
      p++;
      c = p < end ? buf[p] : -1;
    } while (c >= 0x30 && c <= 0x39);
  }
  if (c === 0x65 || c === 0x45) {
    p++;
    c = p < end ? buf[p] : -1;
    let sign = 1;
    if (c === 0x2b || c === 0x2d) {
      if (c === 0x2d) sign = -1;
      p++;
      c = p < end ? buf[p] : -1;
    }
    if (!(c >= 0x30 && c <= 0x39)) return -1;
    let exponent = 0;
    do {
      if (exponent < 100000) exponent = exponent * 10 + (c - 0x30);
      p++;
      c = p < end ? buf[p] : -1;
    } while (c >= 0x30 && c <= 0x39);
    scale += sign * exponent;
  }
  if (exact && scale >= -22 && scale <= 22) {
    const magnitude = scale >= 0 ? mantissa * POW10[scale] : mantissa / POW10[-scale];
    scannedNumber.value = negative ? -magnitude : magnitude;
  } else scannedNumber.value = Number(buf.toString('latin1', start, p));
  return p;
}
