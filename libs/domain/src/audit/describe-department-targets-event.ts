import { formatFen } from '../common/money.js';
import type { DepartmentTargetsContent } from '../department-targets/department-targets-content.js';
import type { DepartmentTargetsEvent } from '../department-targets/department-targets.events.js';
import { messages } from '../messages/messages.js';
import { likelihoodLabels } from '../midterm-review/midterm-review-labels.js';
import { described, otherSubject, type AuditDescription } from './audit-description.js';
import { finallyApproved, returned, stepApproved, submitted, withdrawn } from './review-decision-words.js';

/**
 * An event of the department's overall targets (部门整体绩效目标) in the trail's words: the chain's
 * decisions in the words every reviewed document shares, the rest its own. The subject is the
 * department's unit and year, so the trail is scoped and filtered by them.
 */
export function describeDepartmentTargetsEvent(event: DepartmentTargetsEvent): AuditDescription {
  const words = messages.departmentTargets.audit;
  const { departmentCode, fiscalYear } = event.data;
  const on = { ...otherSubject('DEPARTMENT_TARGETS', words.subject({ departmentCode, fiscalYear }), { unitCode: departmentCode }), fiscalYear };
  switch (event.type) {
    case 'DepartmentTargetsDrafted': {
      const { version, content, source } = event.data;
      return described('DRAFT', source === null ? '编制' : '导入草稿', words.drafted({ version, ...counts(content), departmentName: content.departmentName, source: source?.name ?? null }), on, { version });
    }
    case 'DepartmentTargetsBaselineImported': {
      const { version, content, source } = event.data;
      return described('IMPORT', '导入历史基线', words.imported({ version, departmentName: content.departmentName, source: source.name }), on, { version });
    }
    case 'DepartmentTargetsRevised': {
      const { version, content } = event.data;
      const { subGoals, indicators } = counts(content);
      return described('REVISE', '修改', words.revised({ version, subGoals, indicators }), on, { version });
    }
    case 'DepartmentBasicExpenditureSet': {
      const { version, basicExpenditureFen } = event.data;
      return described('REVISE', '填写基本支出', words.basicSet({ version, amount: basicExpenditureFen === null ? null : formatFen(basicExpenditureFen) }), on, { version });
    }
    case 'DepartmentTargetsSubmitted':
      return submitted(event.data, on, { aboutVersion: event.data.baselineVersion === null ? '' : messages.audit.adjustmentOf(event.data.baselineVersion) });
    case 'DepartmentTargetsStepApproved':
      return stepApproved(event.data, on);
    case 'DepartmentTargetsApproved':
      return finallyApproved(event.data.version, words.outcome, on);
    case 'DepartmentTargetsReturned':
      return returned(event.data, on);
    case 'DepartmentTargetsSubmissionWithdrawn':
      return withdrawn(event.data.version, on);
    case 'DepartmentTargetsAdjustmentStarted': {
      const { version, baselineVersion, reason } = event.data;
      return described('ADJUST', '调整', words.adjustmentStarted({ version, baseline: baselineVersion }), on, { reason, version });
    }
    case 'SubGoalLinksSuggested':
      return described('REVISE', '建议关联', words.linksSuggested(event.data.suggestions.length), on);
    case 'SubGoalLinkConfirmed':
      return described('REVISE', '确认关联', words.linkConfirmed(event.data), on);
    case 'SubGoalLinkRemoved':
      return described('REVISE', '取消关联', words.linkRemoved(event.data), on);
    case 'DepartmentIndicatorProgressReported': {
      const { likelihood, note, baselineVersion } = event.data;
      return described('PROGRESS', '进度填报', words.progressReported({ ...event.data, likelihood: likelihood === null ? null : likelihoodLabels[likelihood] }), on, { reason: note, version: baselineVersion });
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown department targets event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

function counts(content: DepartmentTargetsContent) {
  return {
    subGoals: content.subGoals.length,
    indicators: content.subGoals.reduce((sum, subGoal) => sum + subGoal.indicators.length, 0),
    safeguards: content.safeguards.length,
  };
}
