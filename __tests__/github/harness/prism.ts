// Prism (@stoplight/prism-cli) serving the committed GitHub OpenAPI subset, behind a loopback proxy.
// Prism validates every request's path params, query and JSON body against GitHub's official description and
// answers 422/400 when one is invalid; it answers valid ones with the spec's static examples. It keeps no
// state and does not check auth. The proxy exists because Prism answers 406 to Octokit's
// `Accept: application/vnd.github.v3+json`, and because its router treats `{path}` as one segment.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  compileOperations,
  encodeMultiSegmentParams,
  loadSubsetSpec,
  type SpecOperation,
} from './openapi.js';
import { freePort, SUBSET_SPEC_PATH } from './paths.js';

export interface PrismLogEntry {
  method: string;
  /** Path and query as the client sent them. */
  path: string;
  /** Accept header as the client sent it (the proxy forwards `application/json`). */
  accept: string | undefined;
  status: number;
  /** Prism's request validation messages (present on its 4xx answers). */
  validation: string[];
  /**
   * Prism's response validation messages (`sl-violations`): places where GitHub's own examples disagree with
   * its schemas. Informational; they say nothing about the client.
   */
  responseViolations: string[];
  /** True when the test's `substitute` replaced Prism's answer to this (valid) request. */
  substituted?: boolean;
}

/** A test's own answer to a request, used instead of Prism's example once Prism has validated the request. */
export interface SubstituteResponse {
  status?: number;
  headers?: Record<string, string>;
  body: string | Uint8Array;
}

/**
 * Decides per request (method, path with query as sent) whether to replace Prism's answer. Only requests that
 * Prism accepted (status < 400) are substituted, so every request is still validated against the spec.
 */
export type Substitute = (request: { method: string; path: string }) => SubstituteResponse | undefined;

export interface PrismServer {
  /** Base URL for clients (the proxy), e.g. http://127.0.0.1:41234. Use as Octokit's baseUrl. */
  url: string;
  /** Prism's own URL, behind the proxy. */
  prismUrl: string;
  /** Every request, in arrival order. */
  log: PrismLogEntry[];
  /** Prism's process id (gone after stop()). */
  pid: number;
  /** Milliseconds from spawn until Prism said it was listening. */
  startupMs: number;
  /** Prism's stdout+stderr so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

export interface StartPrismOptions {
  specPath?: string;
  /** Give up if Prism has not started by then. */
  startTimeoutMs?: number;
  /** Data the examples cannot provide (a config file, an artifact zip), served after Prism validated. */
  substitute?: Substitute;
}

function prismEntryPoint(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
}

function waitForListening(child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Prism did not start within ${timeoutMs} ms. Output:\n${output()}`));
    }, timeoutMs);
    const onData = (): void => {
      if (output().includes('Prism is listening on')) {
        cleanup();
        resolve();
      }
    };
    const onExit = (code: number | null): void => {
      cleanup();
      reject(new Error(`Prism exited with code ${code} before listening. Output:\n${output()}`));
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

function stopChild(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseMessages(text: string | undefined): string[] {
  if (!text) return [];
  try {
    const parsed = JSON.parse(text) as unknown;
    const list = Array.isArray(parsed) ? parsed : (parsed as { validation?: unknown }).validation;
    if (!Array.isArray(list)) return [];
    return list.map((item) => {
      const { location, message } = item as { location?: string[]; message?: string };
      return `${(location ?? []).join('.')}: ${message ?? JSON.stringify(item)}`;
    });
  } catch {
    return [];
  }
}

function createProxy(
  target: { port: number },
  operations: readonly SpecOperation[],
  log: PrismLogEntry[],
  substitute?: Substitute,
): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const body = await readBody(req);
      const method = req.method ?? 'GET';
      const original = req.url ?? '/';
      const queryStart = original.indexOf('?');
      const rawPath = queryStart === -1 ? original : original.slice(0, queryStart);
      const query = queryStart === -1 ? '' : original.slice(queryStart);
      const headers = { ...req.headers, accept: 'application/json', host: `127.0.0.1:${target.port}` };
      const upstream = httpRequest(
        {
          host: '127.0.0.1',
          port: target.port,
          method,
          path: encodeMultiSegmentParams(operations, method, rawPath) + query,
          headers,
        },
        (answer) => {
          void readBody(answer).then((answerBody) => {
            const status = answer.statusCode ?? 502;
            const replacement = status < 400 ? substitute?.({ method, path: original }) : undefined;
            log.push({
              method,
              path: original,
              accept: req.headers.accept,
              status: replacement ? (replacement.status ?? 200) : status,
              validation: status >= 400 ? parseMessages(answerBody.toString('utf8')) : [],
              responseViolations: parseMessages(answer.headers['sl-violations'] as string | undefined),
              ...(replacement ? { substituted: true } : {}),
            });
            if (replacement) {
              res.writeHead(replacement.status ?? 200, {
                'content-type':
                  typeof replacement.body === 'string'
                    ? 'application/json; charset=utf-8'
                    : 'application/zip',
                ...replacement.headers,
              });
              res.end(replacement.body);
              return;
            }
            const { 'sl-violations': _dropped, ...forwarded } = answer.headers;
            res.writeHead(status, forwarded);
            res.end(answerBody);
          });
        },
      );
      upstream.on('error', (error) => {
        log.push({
          method,
          path: original,
          accept: req.headers.accept,
          status: 502,
          validation: [String(error)],
          responseViolations: [],
        });
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `Proxy could not reach Prism: ${error.message}` }));
      });
      upstream.end(body);
    })();
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('Proxy has no TCP address.'));
      else resolve(address.port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/** Starts Prism on a free loopback port with the subset, and the Accept-rewriting proxy in front of it. */
export async function startPrism(options: StartPrismOptions = {}): Promise<PrismServer> {
  const specPath = options.specPath ?? SUBSET_SPEC_PATH;
  const operations = compileOperations(loadSubsetSpec(specPath));
  const port = await freePort();
  let output = '';
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [prismEntryPoint(), 'mock', '--host', '127.0.0.1', '--port', String(port), '--cors', 'false', specPath],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  try {
    await waitForListening(child, options.startTimeoutMs ?? 20000, () => output);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  const startupMs = Date.now() - started;
  const log: PrismLogEntry[] = [];
  const proxy = createProxy({ port }, operations, log, options.substitute);
  const proxyPort = await listen(proxy);
  let stopped = false;
  return {
    url: `http://127.0.0.1:${proxyPort}`,
    prismUrl: `http://127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    log,
    startupMs,
    output: () => output,
    async stop() {
      if (stopped) return;
      stopped = true;
      await closeServer(proxy);
      await stopChild(child);
    },
  };
}
