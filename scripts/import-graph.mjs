// The import graph of src/: every relative import between .ts files, read with TypeScript's own
// pre-processor (static imports, re-exports, dynamic import() of a literal). Used by check-imports.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Map from file (relative to src/) to the files it imports (relative to src/) and its package imports. */
export function importGraph(src) {
  const graph = new Map();
  for (const file of sourceFiles(src)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const local = new Set();
    const packages = new Set();
    for (const { fileName } of info.importedFiles) {
      if (fileName.startsWith('.')) {
        const target = resolve(dirname(file), fileName).replace(/\.js$/, '.ts');
        local.add(relative(src, target));
      } else packages.add(fileName);
    }
    graph.set(relative(src, file), { local: [...local], packages: [...packages] });
  }
  return graph;
}

/** The folder a file belongs to: its first directory under src/, or '(root)' for src/*.ts. */
export function folderOf(file) {
  const parts = file.split('/');
  return parts.length > 1 ? parts[0] : '(root)';
}

/** Strongly connected components of size > 1 (plus self-loops): each is a cycle. */
export function cycles(edges) {
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const found = [];
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}
