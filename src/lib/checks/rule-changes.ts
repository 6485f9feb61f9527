/**
 * Rules that apply from a date (`ruleChanges:` in a task's front matter). A page reviewed before such a date described
 * a rule that was not yet in force; once the date has come, the next edition must re-check the page against the
 * official source. Also: each rule's source must be one of the task's `sources`, so the quote behind it is recorded.
 */
import type { ContentIssue, FieldPath } from '../content/errors.ts';
import type { RuleChange } from '../schemas/common.ts';

export interface DatedTask {
  file: string;
  lastReviewed: string;
  ruleChanges: RuleChange[];
  sources: { url: string }[];
  lineOf(field: FieldPath | undefined): number | undefined;
}

/** The rule changes whose date lies after the page's last review and on or before `today`. */
export function ruleChangesDue(task: Pick<DatedTask, 'lastReviewed' | 'ruleChanges'>, today: string): RuleChange[] {
  return task.ruleChanges.filter((r) => r.from > task.lastReviewed && r.from <= today);
}

export function checkRuleChanges(task: DatedTask, today: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  task.ruleChanges.forEach((r, i) => {
    const field: FieldPath = ['ruleChanges', i, 'from'];
    if (r.from > task.lastReviewed && r.from <= today) {
      issues.push({
        file: task.file,
        line: task.lineOf(field),
        field,
        severity: 'warning',
        message: `a rule applies from ${r.from}, after the page was last reviewed (${task.lastReviewed}): "${r.rule}"`,
        hint: 'check the page against the official source now that the rule is in force, then update lastReviewed',
      });
    }
    if (!task.sources.some((s) => s.url === r.source)) {
      issues.push({
        file: task.file,
        line: task.lineOf(['ruleChanges', i, 'source']),
        field: ['ruleChanges', i, 'source'],
        severity: 'error',
        message: `the source of the rule from ${r.from} is not one of the task's sources`,
        hint: 'add the page under sources (with supports, checked and quote), or use the url of a source already listed',
      });
    }
  });
  return issues;
}
