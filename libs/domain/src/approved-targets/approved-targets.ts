import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import type { Indicator, SpendingPlan, TargetTableContent } from '../target-table/target-table-content.js';

/**
 * The year's approved targets (基线) as a review measures against them, copied into the
 * review's own stream when it starts: a later adjustment of the table does not change what an
 * opened review or evaluation is about. The application loads the baseline from the target
 * table's stream and passes it in.
 */
export interface ApprovedTargets {
  version: number;
  name: string;
  unitCode: string;
  unitName: string;
  sectionId: string | null;
  budgetFen: number;
  spendingPlan: SpendingPlan;
  indicators: Indicator[];
}

export interface ApprovedBaselineInput {
  version: number;
  content: TargetTableContent;
}

/** The snapshot, or NOT_FOUND when the project's table of the year has no approved version. */
export function approvedTargets(
  baseline: ApprovedBaselineInput | null,
  key: { projectCode: string; fiscalYear: number },
  why: string,
): ApprovedTargets {
  if (baseline === null || baseline === undefined) {
    throw new DomainError('NOT_FOUND', messages.approvedTargets.notApproved({ projectCode: key.projectCode, fiscalYear: key.fiscalYear, why }));
  }
  const { version, content } = baseline;
  return {
    version,
    name: content.name,
    unitCode: content.unitCode,
    unitName: content.unitName,
    sectionId: content.sectionId,
    budgetFen: content.budget.total,
    spendingPlan: content.spendingPlan,
    indicators: content.indicators,
  };
}
