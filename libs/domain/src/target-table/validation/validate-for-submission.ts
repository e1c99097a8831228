import type { TargetTableContent } from '../target-table.events.js';
import { basisDocument } from './basis-document.js';
import { basisGiven } from './basis-given.js';
import { budgetGiven } from './budget-given.js';
import { budgetSum } from './budget-sum.js';
import { costIndicatorPresent } from './cost-indicator-present.js';
import { costIsACost } from './cost-is-a-cost.js';
import type { SubmissionFindings, ValidationRule } from './finding.js';
import { findingSeverity } from './finding-severity.js';
import { inFormOrder } from './form-order.js';
import { goalsGiven } from './goals-given.js';
import { level1GroupsPresent } from './level1-groups-present.js';
import { level1Known } from './level1-known.js';
import { level2BelongsToLevel1 } from './level2-belongs.js';
import { planComplete } from './plan-complete.js';
import { planCumulative } from './plan-cumulative.js';
import { planEndsAtTotal } from './plan-ends-at-total.js';
import { sectionNamed } from './section-named.js';
import { targetHasUnit } from './target-has-unit.js';
import { targetMeasurable } from './target-measurable.js';

const rules: readonly ValidationRule[] = [
  sectionNamed,
  budgetGiven,
  budgetSum,
  planComplete,
  planCumulative,
  planEndsAtTotal,
  goalsGiven,
  level1GroupsPresent,
  costIndicatorPresent,
  level1Known,
  level2BelongsToLevel1,
  targetMeasurable,
  targetHasUnit,
  costIsACost,
  basisGiven,
  basisDocument,
];

/**
 * Everything the submission checks say about a table, split by findingSeverity. Pure, so the
 * API can also show a draft's findings before the preparer submits it.
 */
export function validateForSubmission(content: TargetTableContent): SubmissionFindings {
  const findings = inFormOrder(rules.flatMap((rule) => rule(content)));
  return {
    errors: findings.filter((finding) => findingSeverity[finding.code] === 'error'),
    warnings: findings.filter((finding) => findingSeverity[finding.code] === 'warning'),
  };
}
