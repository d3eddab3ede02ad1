import { unzipSync } from 'fflate';

/** An artifact that cannot be used (unreadable zip, wrong content, too large). */
export class ArtifactContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArtifactContentError';
  }
}

/**
 * The one JSON file inside an artifact zip, as text. Refuses archives whose entries would unpack to more than
 * `maxBytes` before inflating them (sizes come from the zip's central directory), archives without exactly
 * one `.json` entry, and damaged archives (fflate: a truncated download has no end-of-central-directory).
 */
export function jsonFromZip(zip: Uint8Array, what: string, maxBytes: number): { name: string; text: string } {
  let total = 0;
  let tooLarge: string | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (file) => {
        if (!file.name.endsWith('.json')) return false;
        total += file.originalSize;
        if (total > maxBytes) tooLarge = file.name;
        return tooLarge === undefined;
      },
    });
  } catch (error) {
    throw new ArtifactContentError(
      `${what} is not a readable zip archive (${error instanceof Error ? error.message : String(error)}; ${zip.byteLength} bytes received). The download may have been cut short; re-run the job.`,
    );
  }
  if (tooLarge !== undefined)
    throw new ArtifactContentError(`${what} unpacks to more than ${maxBytes} bytes; refusing to read it.`);
  const names = Object.keys(files);
  if (names.length !== 1) {
    throw new ArtifactContentError(
      `${what} must hold exactly one .json file; it holds ${names.length === 0 ? 'none' : listNames(names)}.`,
    );
  }
  const name = names[0];
  return { name, text: new TextDecoder('utf-8', { fatal: false }).decode(files[name]) };
}

/** At most this many entry names (each cut to 100 characters) in a message: 200k names made a 39k line. */
const LISTED_NAMES = 5;

function listNames(names: readonly string[]): string {
  const shown = names
    .slice(0, LISTED_NAMES)
    .map((n) => JSON.stringify(n.length > 100 ? `${n.slice(0, 99)}…` : n));
  const more = names.length - shown.length;
  return `${names.length}: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
