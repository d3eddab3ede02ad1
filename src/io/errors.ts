/**
 * Errors about user input (config, data files, CLI arguments). Their message is always one line that names
 * the file, the line and the field and says what was expected, so the CLI and the action can print it as is.
 */
export interface InputErrorDetails {
  file?: string;
  line?: number;
  /** JSON path or field name, e.g. `suites[0].metrics[2]` or `scores.cat`. */
  field?: string;
  /** The problem, e.g. `expected a number, got "abc"`. */
  message: string;
}

export class InputError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly field?: string;
  readonly detail: string;

  constructor(details: InputErrorDetails) {
    super(formatInputError(details));
    this.name = 'InputError';
    this.file = details.file;
    this.line = details.line;
    this.field = details.field;
    this.detail = details.message;
  }
}

export function formatInputError({ file, line, field, message }: InputErrorDetails): string {
  const where = file ? (line !== undefined ? `${file}:${line}` : file) : '';
  const parts = [where, field].filter((p) => p !== undefined && p !== '');
  const text = parts.length ? `${parts.join(': ')}: ${message}` : message;
  return oneLine(text);
}

/** Collapses newlines so an error stays a single line whatever data it quotes. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Quotes a value from the data for an error message, truncated so a huge line cannot flood the log. */
export function quote(value: unknown, max = 60): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'nothing';
  else if (typeof value === 'number' && !Number.isFinite(value)) text = String(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return `${typeof value} ${quote(value)}`;
}

/**
 * The error for a field whose value is absent (`missing`) or of the wrong kind (`expected`, followed by
 * what the value is).
 */
export function badValue(
  at: { file: string; line: number; field: string },
  value: unknown,
  missing: string,
  expected: string,
): InputError {
  const message = value === undefined ? missing : `${expected}, got ${describeType(value)}`;
  return new InputError({ ...at, message });
}
