import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import type { EvalgateResult } from '../../src/generated/result.js';
import { startPrism, type PrismServer, type SubstituteResponse } from '../github/harness/prism.js';
import { runAction } from '../github/harness/run-action.js';
import { commentPayload, MAINTAINER } from './bot-fixtures.js';
import {
  baselineResult,
  CONFIG_PATH,
  configText,
  degraded,
  predictions,
  TOKEN,
  workspace,
  zipResult,
} from './pr-fixtures.js';

/**
 * The bot's requests against Prism serving GitHub's OpenAPI description (the committed subset, extended for
 * reactions, collaborator permission, issues, re-runs and GET /user): every request of a command run and of a
 * watch run must be valid. Prism answers with GitHub's examples; the config file, the artifact list and zip
 * and the sticky comment are substituted after Prism validated the request.
 */
const EXAMPLE_PR = 1347;
const EXAMPLE_PR_HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const EXAMPLE_RUN_REPO_ID = 217723378;
const ARTIFACT = 88;

let prism: PrismServer;
let baseline: EvalgateResult;

function substitute({ path }: { method: string; path: string }): SubstituteResponse | undefined {
  const zip = zipResult(baseline);
  if (path.includes('/contents/'))
    return { body: configText(), headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } };
  if (/\/actions\/runs\/\d+\/artifacts/.test(path)) {
    return {
      body: JSON.stringify({
        total_count: 1,
        artifacts: [
          {
            id: ARTIFACT,
            node_id: 'A_88',
            name: 'evalgate-result',
            size_in_bytes: zip.byteLength,
            url: 'http://127.0.0.1/a/88',
            archive_download_url: 'http://127.0.0.1/a/88/zip',
            expired: false,
            digest: null,
            created_at: '2020-01-22T19:33:08Z',
            expires_at: '2030-01-01T00:00:00Z',
            updated_at: '2020-01-22T19:33:08Z',
          },
        ],
      }),
    };
  }
  if (path.includes(`/actions/artifacts/${ARTIFACT}/zip`)) return { body: zip };
  if (/\/issues\/\d+\/comments\?/.test(path)) {
    return {
      body: JSON.stringify([
        {
          id: 4242,
          node_id: 'IC_4242',
          body: `<!-- evalgate:report id="intents" head="${EXAMPLE_PR_HEAD}" run="1" attempt="1" -->\n## ❌ evalgate / intents: fail`,
          html_url: `https://github.com/octo-org/octo-repo/pull/${EXAMPLE_PR}#issuecomment-4242`,
          // GET /user's example is octocat: the token's identity here.
          user: { login: 'octocat', id: 1, type: 'User' },
        },
      ]),
    };
  }
  return undefined;
}

beforeAll(async () => {
  [baseline, prism] = await Promise.all([baselineResult(), startPrism({ substitute })]);
});

afterAll(async () => {
  await prism?.stop();
});

beforeEach(() => {
  prism.log.length = 0;
});

function rejected(): string[] {
  return prism.log
    .filter((entry) => entry.status >= 400 && entry.status < 500)
    .map((entry) => `${entry.method} ${entry.path} → ${entry.status}: ${entry.validation.join('; ')}`);
}

function operations(): string[] {
  return prism.log.map((entry) => `${entry.method} ${entry.path.replace(/\?.*$/, '')}`);
}

function command(body: string, inputs: Record<string, string> = {}) {
  return runAction({
    apiUrl: prism.url,
    example: {
      event: 'issue_comment',
      action: 'created',
      overrides: commentPayload({ commentId: 1, body, user: MAINTAINER }),
    },
    repository: 'octo-org/octo-repo',
    ref: 'refs/heads/master',
    inputs: { config: CONFIG_PATH, 'github-token': TOKEN, ...inputs },
  });
}

describe('the bot against Prism', () => {
  test('an override sends only valid requests: reactions, permission, status, comment update', async () => {
    const run = await command('/evalgate override accepted after review today');
    expect(rejected()).toEqual([]);
    expect(run.outputs.verdict).toBe('overridden');
    const ops = operations();
    for (const op of [
      'GET /user',
      'POST /repos/octo-org/octo-repo/issues/comments/1/reactions',
      'GET /repos/octo-org/octo-repo/collaborators/maintainer-mo/permission',
      `POST /repos/octo-org/octo-repo/statuses/${EXAMPLE_PR_HEAD}`,
      'PATCH /repos/octo-org/octo-repo/issues/comments/4242',
    ])
      expect(ops).toContain(op);
  });

  test('an override by team membership sends a valid membership request', async () => {
    // A role nobody holds, so the team decides (GitHub's example membership is active).
    const run = await command('/evalgate override accepted after review today', {
      'override-roles': 'release-manager',
      'override-teams': 'octo-org/release-managers',
    });
    expect(rejected()).toEqual([]);
    expect(run.outputs.verdict).toBe('overridden');
    expect(operations()).toContain(
      `GET /orgs/octo-org/teams/release-managers/memberships/${MAINTAINER.login}`,
    );
  });

  test('rerun and explain send only valid requests', async () => {
    const rerun = await command('/evalgate rerun');
    expect(rejected()).toEqual([]);
    expect(rerun.outputs.verdict).toBe('rerun');
    expect(
      operations().some((op) => /^POST \/repos\/octo-org\/octo-repo\/actions\/runs\/\d+\/rerun$/.test(op)),
    ).toBe(true);
    prism.log.length = 0;
    await command('/evalgate explain overall');
    expect(rejected()).toEqual([]);
    // The reply goes to the pull request of the event (#7).
    expect(operations()).toContain('POST /repos/octo-org/octo-repo/issues/7/comments');
  });

  /** A scheduled watch run of the example repository's default branch, on degraded predictions. */
  function watch(inputs: Record<string, string> = {}) {
    return runAction({
      apiUrl: prism.url,
      workspace: workspace({ predictions: degraded(predictions()) }),
      eventName: 'schedule',
      payload: { schedule: '17 6 * * *' },
      repository: 'octo-org/octo-repo',
      // The example repository's default branch, and the example run's head repository.
      ref: 'refs/heads/master',
      env: { GITHUB_REPOSITORY_ID: String(EXAMPLE_RUN_REPO_ID) },
      inputs: {
        config: CONFIG_PATH,
        'github-token': TOKEN,
        watch: 'true',
        'run-commands': 'false',
        ...inputs,
      },
    });
  }

  test('the watch sends only valid requests and opens an issue', async () => {
    const run = await watch();
    expect(rejected()).toEqual([]);
    expect(run.outputs.verdict).toBe('fail');
    expect(operations()).toContain('POST /repos/octo-org/octo-repo/issues');
  });

  test('the watch against the latest release sends only valid requests', async () => {
    const run = await watch({ 'watch-baseline': 'release' });
    expect(rejected()).toEqual([]);
    expect(run.outputs.verdict).toBe('fail');
    const ops = operations();
    expect(ops).toContain('GET /repos/octo-org/octo-repo/releases/latest');
    // GitHub's example release is tagged v1.0.0.
    expect(ops).toContain('GET /repos/octo-org/octo-repo/commits/v1.0.0');
    expect(run.summary).toContain('(the baseline of the latest release, v1.0.0)');
  });
});
