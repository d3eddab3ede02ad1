// Example settings (flipped examples in the comparison), resolved: plain data every layer above may read.

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
