import { basename, extname } from 'node:path';
import type { ResolvedConfig } from '../../spec/config.js';
import type { ActionSettings } from '../inputs.js';

/** `evalgate / <name>`: the name input, else the suite input, else the one suite, else the config's stem. */
export function reportNameOf(settings: ActionSettings, config: ResolvedConfig): string {
  if (settings.name) return settings.name;
  if (settings.suite) return settings.suite;
  if (config.suites.length === 1) return config.suites[0].name;
  const file = basename(settings.configDisplay);
  return basename(file, extname(file));
}
