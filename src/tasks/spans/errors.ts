/** Where a record came from, so input errors can point at `<file>:<line>`. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
}

/** Invalid span or tag input. The message is one line: `<file>:<line>: <field>: <detail>` when the location is known. */
export class SpanInputError extends Error {
  constructor(
    readonly field: string,
    readonly detail: string,
    readonly location?: SourceLocation,
  ) {
    super(`${location ? `${location.file}:${location.line}: ` : ''}${field}: ${detail}`);
    this.name = 'SpanInputError';
  }
}
