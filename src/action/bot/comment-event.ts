import { readFileSync } from 'node:fs';
import { InputError } from '../../io/errors.js';

/** The `issue_comment` payload, as far as the commands need it. Everything in it is the commenter's. */
export interface CommentEvent {
  readonly action: string;
  readonly commentId: number;
  readonly commentUrl: string;
  readonly body: string;
  /** The body before an edit (`changes.body.from`); undefined unless the action is `edited`. */
  readonly previousBody: string | undefined;
  readonly author: { readonly login: string; readonly type: string };
  /** Who triggered the event: the author, or for an edit whoever edited. */
  readonly sender: { readonly login: string; readonly type: string };
  readonly issueNumber: number;
  /** The comment is on a pull request (`issue.pull_request` is set). */
  readonly onPullRequest: boolean;
  /** The pull request's (or issue's) author. */
  readonly issueAuthor: string | undefined;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function user(value: unknown): { login: string; type: string } {
  const u = obj(value);
  return { login: str(u.login) ?? '', type: str(u.type) ?? 'User' };
}

export function parseCommentEvent(payload: Json): CommentEvent {
  const comment = obj(payload.comment);
  const issue = obj(payload.issue);
  const need = <T>(value: T | undefined, field: string): T => {
    if (value === undefined)
      throw new InputError({
        file: 'GITHUB_EVENT_PATH',
        field,
        message: `the issue_comment event payload has no ${field}`,
      });
    return value;
  };
  const action = str(payload.action) ?? '';
  return {
    action,
    commentId: need(num(comment.id), 'comment.id'),
    commentUrl: str(comment.html_url) ?? '',
    body: str(comment.body) ?? '',
    previousBody: action === 'edited' ? (str(obj(obj(payload.changes).body).from) ?? '') : undefined,
    author: user(comment.user),
    sender: user(payload.sender ?? comment.user),
    issueNumber: need(num(issue.number), 'issue.number'),
    onPullRequest: issue.pull_request !== undefined && issue.pull_request !== null,
    issueAuthor: str(obj(issue.user).login),
  };
}

export function readCommentEvent(env: NodeJS.ProcessEnv = process.env): CommentEvent {
  const path = env.GITHUB_EVENT_PATH;
  if (!path)
    throw new InputError({ field: 'GITHUB_EVENT_PATH', message: 'the runner gave no event payload' });
  let payload: Json;
  try {
    payload = obj(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new InputError({
      file: path,
      message: `cannot read the event payload (${error instanceof Error ? error.message : String(error)})`,
    });
  }
  return parseCommentEvent(payload);
}
