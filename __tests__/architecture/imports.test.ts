import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script without types
import { importProblems } from '../../scripts/check-imports.mjs';

type Check = (src: string) => { problems: string[]; fileCycles: number; folderCycles: number };
const check = importProblems as Check;

/** A throwaway src/ tree: file path → source text. */
function tree(files: Record<string, string>): string {
  const src = mkdtempSync(join(tmpdir(), 'evalgate-imports-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(src, path, '..'), { recursive: true });
    writeFileSync(join(src, path), text);
  }
  return src;
}

describe('import rule (scripts/check-imports.mjs)', () => {
  test('src/ has no file cycle, no folder cycle and no import against the layer order', () => {
    const result = check(join(import.meta.dirname, '../../src'));
    expect(result.problems).toEqual([]);
    expect(result.fileCycles).toBe(0);
    expect(result.folderCycles).toBe(0);
  });

  test('a file cycle, an upward import and @actions/* in the core are each reported', () => {
    const result = check(
      tree({
        'tasks/a.ts': "import { b } from './b.js';\nexport const a = b;\n",
        'tasks/b.ts':
          "import { a } from './a.js';\nimport { c } from '../compare/c.js';\nexport const b = a + c;\n",
        'compare/c.ts': "import * as core from '@actions/core';\nexport const c = String(core);\n",
      }),
    );
    expect(result.fileCycles).toBe(1);
    expect(result.problems).toEqual([
      'compare/c.ts: imports @actions/core; only action may',
      'tasks/b.ts imports compare/c.ts: tasks may import only folders of lower layers, not compare',
      'file cycle: tasks/a.ts ↔ tasks/b.ts',
    ]);
  });

  test('a folder cycle is reported', () => {
    const result = check(
      tree({
        'gates/g.ts': "import { t } from '../tasks/t.js';\nexport const g = t;\n",
        'tasks/t.ts': "import { h } from '../gates/h.js';\nexport const t = h;\n",
        'gates/h.ts': 'export const h = 1;\n',
      }),
    );
    expect(result.folderCycles).toBe(1);
    expect(result.problems).toContain('folder cycle: gates ↔ tasks');
  });
});
