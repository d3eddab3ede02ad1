/**
 * `/evalgate <command>` lines in a pull request comment. Only a line that starts with the prefix counts: a
 * quoted line (`> /evalgate …`), a line inside a fenced code block, or the prefix in the middle of a sentence
 * is not a command, so quoting someone else's command does not repeat it.
 */
export type BotCommand =
  | { readonly kind: 'override'; readonly reason: string }
  | { readonly kind: 'rerun' }
  | { readonly kind: 'explain'; readonly slice: string }
  | { readonly kind: 'help' }
  /** The prefix followed by something the bot does not know (the word as written, for the reply). */
  | { readonly kind: 'unknown'; readonly word: string };

export const DEFAULT_COMMAND_PREFIX = '/evalgate';

/** The command lines of a comment (prefix and all, trimmed), outside quotes and fenced code blocks. */
export function commandLines(body: string | null | undefined, prefix: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const raw of (body ?? '').split(/\r?\n/)) {
    const line = raw.trim();
    const opener = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length) fence = undefined;
      continue;
    }
    if (opener) {
      fence = opener;
      continue;
    }
    // The prefix must be followed by whitespace or end the line: `/evalgatex` is not ours.
    if (line === prefix || line.startsWith(`${prefix} `) || line.startsWith(`${prefix}\t`)) lines.push(line);
  }
  return lines;
}

/** The first command of a comment, or undefined when it has none. */
export function parseCommand(body: string | null | undefined, prefix: string): BotCommand | undefined {
  const line = commandLines(body, prefix)[0];
  if (line === undefined) return undefined;
  const rest = line.slice(prefix.length).trim();
  const [word = '', ...args] = rest.split(/\s+/);
  const argument = rest.slice(word.length).trim();
  switch (word.toLowerCase()) {
    case 'override':
      return { kind: 'override', reason: argument };
    case 'rerun':
      return args.length === 0 ? { kind: 'rerun' } : { kind: 'unknown', word: rest };
    case 'explain':
      return { kind: 'explain', slice: argument };
    case 'help':
    case '':
      return { kind: 'help' };
    default:
      return { kind: 'unknown', word };
  }
}

/**
 * The command an edit adds: the edited body's first command line, when the body before the edit did not
 * have that very line. An edit that only fixes a typo elsewhere, or re-saves an old command, adds nothing.
 */
export function addedCommand(
  body: string | null | undefined,
  before: string | null | undefined,
  prefix: string,
): BotCommand | undefined {
  const line = commandLines(body, prefix)[0];
  if (line === undefined) return undefined;
  if (commandLines(before, prefix).includes(line)) return undefined;
  return parseCommand(body, prefix);
}

/** Words of an override reason (runs of letters or digits), for the minimum-length rule. */
export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

export function helpMarkdown(prefix: string, minWords: number): string {
  return [
    `evalgate answers these commands (one per comment, at the start of a line):`,
    '',
    `- \`${prefix} override <reason>\` — let this head commit pass despite its failing gates, on the record (maintainers; a reason of at least ${minWords} words; expires with the next push)`,
    `- \`${prefix} rerun\` — re-run the last evalgate run of this head commit`,
    `- \`${prefix} explain <slice>\` — the slice's full row: values, interval, p-values, gates`,
    `- \`${prefix} help\` — this list`,
  ].join('\n');
}
