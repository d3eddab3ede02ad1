// Helpers for the hardening tests (issue #11): hostile artifacts built fast, and the fork's phase 2.
import { crc32, deflateRawSync } from 'node:zlib';
import type { FakeGitHub, FakeRepo } from '../github/harness/fake-github.js';
import type { FakePerTest } from './fake-per-test.js';
import { runAction, type ActionRun } from '../github/harness/run-action.js';
import type { EvalgateResult } from '../../src/generated/result.js';
import { documentedStep, HEAD_SHA, OWNER, REPO, REPO_ID, seedRepository, TOKEN } from './pr-fixtures.js';

/** A one-entry zip with `data` deflated by zlib (fflate takes 14 s on 400 MB; zlib 2 s). */
export function zipOneFile(name: string, data: Buffer): Uint8Array {
  const nameBytes = Buffer.from(name);
  const packed = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralOffset = local.length + nameBytes.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, packed, central, nameBytes, end]));
}

export interface ForkSetup {
  gh: FakeGitHub;
  fork: FakeRepo;
}

/** A fake (this test's: stopped after it) seeded with the baseline and an open PR #7 from a fork. */
export async function forkRepository(fakes: FakePerTest, baseline: EvalgateResult): Promise<ForkSetup> {
  const gh = await fakes.start();
  const fork = gh.makeRepo('fork-owner');
  seedRepository(gh, baseline, { headRepo: fork });
  return { gh, fork };
}

/** The fork's phase-1 run as GitHub lists it, with `artifact` uploaded under the documented name. */
export function phaseOneRun({ gh, fork }: ForkSetup, artifact: Uint8Array): number {
  const run = gh.addWorkflowRun({
    headSha: HEAD_SHA,
    headBranch: 'feature',
    event: 'pull_request',
    headRepository: fork,
  });
  gh.addArtifact({ runId: run.id, name: documentedStep('evalgate-pr.yml').artifact ?? '', data: artifact });
  return run.id;
}

/** Phase 2 (workflow_run, write token, no checkout) for a fork run. */
export function phaseTwo(
  { gh, fork }: ForkSetup,
  runId: number,
  options: { inputs?: Record<string, string>; timeoutMs?: number } = {},
): Promise<ActionRun> {
  return runAction({
    apiUrl: gh.url,
    example: {
      event: 'workflow_run',
      action: 'completed',
      overrides: {
        repository: { id: REPO_ID, full_name: `${OWNER}/${REPO}` },
        workflow_run: {
          id: runId,
          run_attempt: 1,
          event: 'pull_request',
          conclusion: 'success',
          head_sha: HEAD_SHA,
          head_branch: 'feature',
          pull_requests: [],
          head_repository: { id: fork.id, full_name: `fork-owner/${REPO}`, owner: { login: 'fork-owner' } },
          path: '.github/workflows/ci.yml',
        },
      },
    },
    runId: 9000,
    workflowRef: `${OWNER}/${REPO}/.github/workflows/evalgate-report.yml@refs/heads/main`,
    inputs: { ...documentedStep('evalgate-report.yml').inputs, 'github-token': TOKEN, ...options.inputs },
    timeoutMs: options.timeoutMs,
  });
}
