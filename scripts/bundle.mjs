// Bundles the action (src/index.ts) and the CLI (src/cli/index.ts) into single ESM files.
// Some CommonJS dependencies call require(); ESM output has none, so the banner defines it.
// dist/cli.js is the package's `bin` (the installed package has no dependencies), so it starts with a shebang.
import { build } from 'esbuild';

const banner = {
  js: "import { createRequire as __evalgateCreateRequire } from 'node:module';\nconst require = __evalgateCreateRequire(import.meta.url);",
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  sourcemap: false,
};

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
await build({
  ...common,
  banner: { js: `#!/usr/bin/env node\n${banner.js}` },
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist/cli.js',
});
