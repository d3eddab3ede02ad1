import type { ResolvedConfig } from '../spec/config.js';
import { runChecks } from './run.js';
import type { CheckContext, CheckResult } from './types.js';

/**
 * The top-level rules, then each suite's rules. A suite's rules see only that suite's golden file and
 * metrics, and their results are named `suite: rule`. With `suite`, other suites' rules do not run.
 */
export async function runConfigChecks(
  config: ResolvedConfig,
  ctx: CheckContext,
  suite?: string,
): Promise<CheckResult[]> {
  const results = await runChecks(config.checks ?? [], ctx);
  for (const s of config.suites) {
    const rules = s.checks ?? [];
    if (rules.length === 0 || (suite !== undefined && s.name !== suite)) continue;
    const suiteCtx: CheckContext = {
      ...ctx,
      goldenFiles: [s.golden.display],
      ...(ctx.cardRows
        ? {
            cardRows: async (result) =>
              (await ctx.cardRows?.(result))?.filter((row) => row.suite === s.name) ?? null,
          }
        : {}),
    };
    for (const r of await runChecks(rules, suiteCtx)) results.push({ ...r, name: `${s.name}: ${r.name}` });
  }
  return results;
}
