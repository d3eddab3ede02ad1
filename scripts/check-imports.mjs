// The import rule of src/ (docs/ARCHITECTURE.md): imports point one way, from the shells through the
// core to the leaves. Fails on any file cycle, any folder cycle, any import of a folder in the same or a
// higher layer, and any `@actions/*` import outside the action shell. Run by .ci/run and by a jest test.
//   node scripts/check-imports.mjs          prints the problems (exit 1) or a one-line summary (exit 0)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cycles, folderOf, importGraph } from './import-graph.mjs';

/**
 * THE layer order, top first: a folder of src/ may import its own files and folders of LOWER layers only.
 * '(root)' is src/index.ts, the action bundle's entry.
 */
export const LAYERS = [
  ['(root)'], // entry of the action bundle
  ['action', 'cli', 'docs'], // shells (and the docs generator)
  ['config'], // reads and resolves .github/evalgate.yml: knows every section's parser
  ['report'], // markdown for results, comparisons, checks and the PR comment
  ['checks', 'compare', 'evaluate'], // pipeline stages
  ['gates'], // gate rules and decisions
  ['tasks'], // task families: decode, metrics, resampling problems, metric registry and formatting
  ['result', 'worker'], // result columns and I/O; worker-thread pool, protocol and dispatch
  ['spec'], // the resolved config's types (what every stage reads)
  ['stats', 'schema', 'io', 'util'], // leaves: statistics, JSON Schema validation, file reading, helpers
  ['generated'], // types generated from schema/
];

/** Folders that may import `@actions/*` (the core never does). */
export const ACTIONS_TOOLKIT_ALLOWED = ['action'];

export function importProblems(src) {
  const graph = importGraph(src);
  const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i])));
  const problems = [];
  const fileEdges = new Map();
  const folderEdges = new Map();
  for (const [file, { local, packages }] of graph) {
    const from = folderOf(file);
    if (!rank.has(from))
      problems.push(`${file}: folder ${from} is not in the layer order (scripts/check-imports.mjs)`);
    for (const pkg of packages)
      if (pkg.startsWith('@actions/') && !ACTIONS_TOOLKIT_ALLOWED.includes(from))
        problems.push(`${file}: imports ${pkg}; only ${ACTIONS_TOOLKIT_ALLOWED.join(', ')} may`);
    const targets = local.filter((t) => graph.has(t)); // JSON files (schema/) are data, not modules
    fileEdges.set(file, targets);
    for (const target of targets) {
      const to = folderOf(target);
      if (to === from) continue;
      if (!folderEdges.has(from)) folderEdges.set(from, new Set());
      folderEdges.get(from).add(to);
      if (rank.has(from) && rank.has(to) && rank.get(to) <= rank.get(from))
        problems.push(
          `${file} imports ${target}: ${from} may import only folders of lower layers, not ${to}`,
        );
    }
  }
  const fileCycles = cycles(fileEdges);
  const folderCycles = cycles(new Map([...folderEdges].map(([k, v]) => [k, [...v]])));
  for (const c of fileCycles) problems.push(`file cycle: ${c.join(' ↔ ')}`);
  for (const c of folderCycles) problems.push(`folder cycle: ${c.join(' ↔ ')}`);
  return { problems, files: graph.size, fileCycles: fileCycles.length, folderCycles: folderCycles.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
  const { problems, files, fileCycles, folderCycles } = importProblems(src);
  for (const p of problems) process.stderr.write(`${p}\n`);
  process.stdout.write(
    `import check: ${files} files, ${fileCycles} file cycles, ${folderCycles} folder cycles, ${problems.length} problems\n`,
  );
  process.exitCode = problems.length ? 1 : 0;
}
