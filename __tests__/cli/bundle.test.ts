import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const project = fileURLToPath(new URL('../../examples/intents/', import.meta.url));

// The bundle (`npm run bundle`, committed in dist/) runs the same commands as src/cli/main.ts.
describe('the bundled CLI (dist/cli.js)', () => {
  test('evalgate check on the demo project exits 1 and prints the failed check with its fix', () => {
    const child = spawnSync(
      process.execPath,
      [
        cliPath,
        'check',
        '--config',
        `${project}.github/evalgate.yml`,
        '--changed-files',
        `${project}.github/changed-files.txt`,
        '--pr-body',
        `${project}.github/pr-body.md`,
      ],
      { encoding: 'utf8' },
    );
    expect(child.stderr).toBe('');
    expect(child.status).toBe(1);
    expect(child.stdout).toContain('- ❌ **model card follows model changes**:');
    expect(child.stdout).toContain(
      '  **Fix:** Update docs/MODEL_CARD.md in this PR, or add the label "no-docs-needed" if none is needed.',
    );
  });
});
