import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** Repository root (this file lives in __tests__/github/harness/). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The committed OpenAPI subset written by scripts/extract-openapi-subset.mjs. */
export const SUBSET_SPEC_PATH = fileURLToPath(new URL('../spec/github-subset.json', import.meta.url));

/** Asks the kernel for a free TCP port on host by binding port 0 and releasing it. */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error(`Could not read the port bound on ${host}.`));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}
