// The set-up every end-to-end test file repeated: a FakeGitHub per test for the fixtures' repository (token
// required), optionally seeded like pr-fixtures' repository, checked for API misuse and stopped after the test.
import { afterEach, expect } from '@jest/globals';
import type { EvalgateResult } from '../../src/generated/result.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../github/harness/fake-github.js';
import { OWNER, REPO, REPO_ID, seedRepository, TOKEN } from './pr-fixtures.js';

export type SeedOptions = Parameters<typeof seedRepository>[2];

export interface FakePerTest {
  /** Starts this test's fake for Codertocat/Hello-World (the payloads' repository) with TOKEN required. */
  start(options?: FakeGitHubOptions): Promise<FakeGitHub>;
  /** Starts the fake and seeds it: base config, the baseline (if any) and the open PR #7 (seedRepository). */
  seeded(baseline: EvalgateResult | undefined, seed?: SeedOptions): Promise<FakeGitHub>;
}

/** Registers the afterEach that asserts no request broke the API's rules and stops every fake of the test. */
export function fakePerTest(): FakePerTest {
  let started: FakeGitHub[] = [];
  afterEach(async () => {
    const fakes = started;
    started = [];
    for (const gh of fakes) await gh.stop();
    for (const gh of fakes) expect(gh.violations).toEqual([]);
  });
  const start = async (options: FakeGitHubOptions = {}): Promise<FakeGitHub> => {
    const gh = await startFakeGitHub({
      owner: OWNER,
      repo: REPO,
      repoId: REPO_ID,
      requiredToken: TOKEN,
      ...options,
    });
    started.push(gh);
    return gh;
  };
  return {
    start,
    async seeded(baseline, seed) {
      const gh = await start();
      seedRepository(gh, baseline, seed);
      return gh;
    },
  };
}
