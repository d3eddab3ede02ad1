import { InputError } from '../../io/errors.js';

/** Where a record came from, so input errors can point at `<file>:<line>`. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
}

/**
 * Invalid span or tag input: an InputError whose one-line message is `<file>:<line>: <field>: <detail>`
 * (just `<field>: <detail>` without a location).
 */
export class SpanInputError extends InputError {
  constructor(field: string, detail: string, location?: SourceLocation) {
    super({ file: location?.file, line: location?.line, field, message: detail });
    this.name = 'SpanInputError';
  }
}
