#!/usr/bin/env node
// Cuts GitHub's official OpenAPI description (from @octokit/openapi) down to the endpoints evalgate calls,
// so the Prism mock and the in-memory fake load in about two seconds instead of ten.
// Keeps the listed path+method pairs, every component they reference (transitively), and drops response
// headers whose example points off this machine (Link/Location to api.github.com or a blob host), because a
// mock that echoes them would send clients to the internet.
//
// Usage: node scripts/extract-openapi-subset.mjs [output path]
// Needs: npm install --no-save @octokit/openapi@23.0.2
/* global structuredClone */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const defaultOutput = resolve(repoRoot, '__tests__/github/spec/github-subset.json');

/** The endpoints evalgate uses, as [method, path] pairs exactly as the spec spells them. */
export const KEPT_OPERATIONS = [
  ['get', '/repos/{owner}/{repo}'],
  ['get', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'],
  ['get', '/repos/{owner}/{repo}/actions/runs'],
  ['get', '/repos/{owner}/{repo}/actions/runs/{run_id}'],
  ['get', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts'],
  ['get', '/repos/{owner}/{repo}/actions/artifacts'],
  ['get', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['post', '/repos/{owner}/{repo}/statuses/{sha}'],
  ['post', '/repos/{owner}/{repo}/check-runs'],
  ['patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}'],
  ['get', '/repos/{owner}/{repo}/contents/{path}'],
  ['get', '/repos/{owner}/{repo}/pulls'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['get', '/repos/{owner}/{repo}/compare/{basehead}'],
  ['get', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls'],
  // the bot (issue_comment commands) and the watch (schedule)
  ['post', '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions'],
  ['get', '/repos/{owner}/{repo}/collaborators/{username}/permission'],
  ['get', '/repos/{owner}/{repo}/issues'],
  ['post', '/repos/{owner}/{repo}/issues'],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['post', '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun'],
  // the watch against the latest release (watch-baseline: release), and override-teams
  ['get', '/repos/{owner}/{repo}/releases/latest'],
  ['get', '/repos/{owner}/{repo}/commits/{ref}'],
  ['get', '/orgs/{org}/teams/{team_slug}/memberships/{username}'],
  // Who the token is (a PAT's user), so only its own comments count as the sticky comment.
  ['get', '/user'],
];

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

function loadFullSpec() {
  const require = createRequire(import.meta.url);
  const specPath = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const pkg = JSON.parse(readFileSync(require.resolve('@octokit/openapi/package.json'), 'utf8'));
  return { spec: JSON.parse(readFileSync(specPath, 'utf8')), version: pkg.version };
}

/** Yields every "#/components/<kind>/<name>" reference found anywhere inside value. */
function* componentRefs(value) {
  if (Array.isArray(value)) {
    for (const item of value) yield* componentRefs(item);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') {
        const match = /^#\/components\/([^/]+)\/(.+)$/.exec(child);
        if (!match) throw new Error(`Unsupported $ref '${child}'. Expected #/components/<kind>/<name>.`);
        yield { kind: match[1], name: decodePointer(match[2]) };
      } else {
        yield* componentRefs(child);
      }
    }
  }
}

function decodePointer(segment) {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Copies the referenced components of `source`, following references inside them until none are new. */
function collectComponents(source, roots) {
  const kept = {};
  const queue = [...componentRefs(roots)];
  while (queue.length > 0) {
    const { kind, name } = queue.pop();
    kept[kind] ??= {};
    if (name in kept[kind]) continue;
    const component = source.components?.[kind]?.[name];
    if (component === undefined) throw new Error(`Dangling reference #/components/${kind}/${name}.`);
    kept[kind][name] = component;
    queue.push(...componentRefs(component));
  }
  // Stable output: sorted kinds and names keep regenerations diff-friendly.
  const sorted = {};
  for (const kind of Object.keys(kept).sort()) {
    sorted[kind] = Object.fromEntries(
      Object.keys(kept[kind])
        .sort()
        .map((name) => [name, kept[kind][name]]),
    );
  }
  return sorted;
}

function isOffMachineUrl(text) {
  const urls = String(text).match(/https?:\/\/[^\s<>";]+/g) ?? [];
  return urls.some((url) => {
    const host = new URL(url).hostname;
    return !(host === 'localhost' || host === '[::1]' || host.startsWith('127.'));
  });
}

function headerExample(header, components) {
  const resolved = header.$ref ? components.headers?.[decodePointer(header.$ref.split('/').pop())] : header;
  return resolved?.example;
}

/** Removes response headers whose example is an off-machine URL; returns how many were removed. */
function stripOffMachineHeaders(responses, components) {
  let removed = 0;
  for (const response of Object.values(responses ?? {})) {
    if (!response.headers) continue;
    for (const [name, header] of Object.entries(response.headers)) {
      const example = headerExample(header, components);
      if (example !== undefined && isOffMachineUrl(example)) {
        delete response.headers[name];
        removed += 1;
      }
    }
    if (Object.keys(response.headers).length === 0) delete response.headers;
  }
  return removed;
}

export function extractSubset(spec, operations = KEPT_OPERATIONS) {
  const paths = {};
  for (const [method, path] of operations) {
    const item = spec.paths[path];
    if (!item?.[method]) throw new Error(`The spec has no operation ${method.toUpperCase()} ${path}.`);
    paths[path] ??= Object.fromEntries(Object.entries(item).filter(([key]) => !HTTP_METHODS.has(key)));
    paths[path][method] = structuredClone(item[method]);
  }
  const firstPass = collectComponents(spec, paths);
  const components = structuredClone(firstPass);
  let strippedHeaders = 0;
  for (const item of Object.values(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (HTTP_METHODS.has(method))
        strippedHeaders += stripOffMachineHeaders(operation.responses, components);
    }
  }
  strippedHeaders += stripOffMachineHeaders(components.responses, components);
  // Second pass drops the header components nothing references any more.
  const subset = { ...spec, paths, components };
  const pruned = collectComponents(subset, paths);
  return {
    subset: {
      openapi: spec.openapi,
      info: spec.info,
      servers: spec.servers,
      externalDocs: spec.externalDocs,
      paths,
      components: pruned,
    },
    strippedHeaders,
  };
}

function main() {
  const output = resolve(process.argv[2] ?? defaultOutput);
  const { spec, version } = loadFullSpec();
  const { subset, strippedHeaders } = extractSubset(spec);
  subset.info = { ...subset.info, 'x-evalgate-source': `@octokit/openapi@${version} api.github.com.json` };
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, `${JSON.stringify(subset, null, 2)}\n`);
  const counts = Object.entries(subset.components)
    .map(([kind, entries]) => `${Object.keys(entries).length} ${kind}`)
    .join(', ');
  console.log(
    `Wrote ${output}: ${Object.keys(subset.paths).length} paths, ${counts}; ` +
      `${strippedHeaders} off-machine example headers removed.`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
