import { fitToBudget, type Fitted } from './comment-budget.js';
import { renderReport, type ReportInput } from './pr-comment.js';

/**
 * The pull-request comment body: the report at the most detail that fits GitHub's comment limit. The action
 * posts it and `evalgate gate` prints it, so a local run shows exactly what the pull request will get.
 */
export function commentBody(input: ReportInput): Fitted {
  return fitToBudget((detail) => renderReport(input, detail));
}
