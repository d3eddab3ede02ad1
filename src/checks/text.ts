import type { CheckContext, FileRef } from './types.js';

export type TextFile = { ok: true; text: string } | { ok: false; reason: string };

/** UTF-8 text of the bytes, or why not. A leading byte-order mark is dropped. */
export function decodeUtf8(bytes: Uint8Array, path: string): TextFile {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    const at = firstInvalidUtf8Offset(bytes);
    return {
      ok: false,
      reason: `${path} is not valid UTF-8 (first bad byte at offset ${at}${lineHint(bytes, at)})`,
    };
  }
}

/** Reads a file at head or base as UTF-8 text; missing and undecodable files come back with a reason. */
export async function readText(ctx: CheckContext, path: string, ref: FileRef): Promise<TextFile> {
  const bytes = await ctx.readFile(path, ref);
  if (bytes === null) {
    return { ok: false, reason: `${path} does not exist${ref === 'base' ? ' on the base branch' : ''}` };
  }
  return decodeUtf8(bytes, path);
}

/** Splits text into lines, accepting LF, CRLF and CR endings. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function lineHint(bytes: Uint8Array, offset: number): string {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return `, line ${line}`;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
