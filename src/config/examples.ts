import type { ExampleSettings } from '../generated/config.js';
import { InputError, oneLine } from '../io/errors.js';

/** Example settings with defaults applied and the redaction patterns compiled. */
export interface ResolvedExampleSettings {
  readonly top: number;
  /** Unset: each suite's fields.text, else `text`. */
  readonly excerptField?: string;
  readonly excerptLength: number;
  readonly redact: readonly RegExp[];
  readonly f1Pass: number | null;
}

export const DEFAULT_EXAMPLE_SETTINGS: ResolvedExampleSettings = {
  top: 10,
  excerptLength: 120,
  redact: [],
  f1Pass: null,
};

export function resolveExampleSettings(
  given: ExampleSettings | undefined,
  file: string,
  lineOf: (path: readonly (string | number)[]) => number | undefined,
): ResolvedExampleSettings {
  const redact = (given?.redact ?? []).map((pattern, i) => {
    try {
      return new RegExp(pattern, 'gu');
    } catch (error) {
      throw new InputError({
        file,
        line: lineOf(['examples', 'redact', i]),
        field: `examples.redact[${i}]`,
        message: `not a valid regular expression (${oneLine(error instanceof Error ? error.message : String(error))}): fix or remove it`,
      });
    }
  });
  return {
    top: given?.top ?? DEFAULT_EXAMPLE_SETTINGS.top,
    ...(given?.excerpt_field ? { excerptField: given.excerpt_field } : {}),
    excerptLength: given?.excerpt_length ?? DEFAULT_EXAMPLE_SETTINGS.excerptLength,
    redact,
    f1Pass: given?.f1_pass ?? null,
  };
}
