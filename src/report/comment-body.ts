import { COMMENT_BUDGET, fitToBudget, type Fitted } from './comment-budget.js';
import { renderReport, type ReportInput } from './pr-comment.js';

/**
 * The pull-request comment body: the report at the most detail that fits GitHub's comment limit. The action
 * posts it and `evalgate gate` prints it, so a local run shows exactly what the pull request will get. The
 * action lowers the limit by what it appends (the bot's hidden blocks and Overrides section).
 */
export function commentBody(input: ReportInput, limit = COMMENT_BUDGET): Fitted {
  return fitToBudget((detail) => renderReport(input, detail), limit);
}
