import type { ExampleSettings } from '../generated/config.js';
import { InputError, oneLine } from '../io/errors.js';
import { DEFAULT_EXAMPLE_SETTINGS, type ResolvedExampleSettings } from '../spec/examples.js';

export { DEFAULT_EXAMPLE_SETTINGS, type ResolvedExampleSettings };

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
