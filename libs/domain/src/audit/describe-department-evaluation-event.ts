import type { DepartmentEvaluationEvent } from '../department-evaluation/department-evaluation.events.js';
import { formatFen } from '../common/money.js';
import { messages } from '../messages/messages.js';
import { described, otherSubject, type AuditDescription } from './audit-description.js';
import { resultWords, scoreWords } from './describe-final-evaluation-event.js';
import { finallyApproved, returned, stepApproved, submitted, withdrawn } from './review-decision-words.js';

/**
 * An event of the 部门整体支出绩效自评 in the trail's words: the chain's decisions in the words
 * every reviewed document shares, results and scores in the project evaluation's words. The
 * subject is the department's unit and year, as for its targets.
 */
export function describeDepartmentEvaluationEvent(event: DepartmentEvaluationEvent): AuditDescription {
  const words = messages.departmentEvaluation.audit;
  const { departmentCode, fiscalYear } = event.data;
  const on = { ...otherSubject('DEPARTMENT_EVALUATION', words.subject({ departmentCode, fiscalYear }), { unitCode: departmentCode }), fiscalYear };
  switch (event.type) {
    case 'DepartmentEvaluationOpened': {
      const { version, baseline } = event.data;
      const indicators = baseline.content.subGoals.reduce((sum, subGoal) => sum + subGoal.indicators.length, 0);
      return described('EVALUATE', '开始自评', words.opened({ version, baselineVersion: baseline.version, indicators }), on, { version });
    }
    case 'DepartmentEvaluationResultsRecorded': {
      const { version, results } = event.data;
      const listed = results.map(({ index, result }) => messages.audit.result({ index, words: resultWords(result) })).join(messages.audit.listSeparator);
      return described('EVALUATE', '录入完成值', words.resultsRecorded({ version, listed }), on, { version });
    }
    case 'DepartmentBasicExpenditurePaidRecorded': {
      const { version, paidFen } = event.data;
      return described('EVALUATE', '录入基本支出', words.basicPaid(paidFen === null ? null : formatFen(paidFen)), on, { version });
    }
    case 'DepartmentEvaluationExecutionExplained':
      return described('EVALUATE', '填写说明', words.explained(event.data.explanation), on, { version: event.data.version });
    case 'DepartmentEvaluationSubmitted':
      return submitted(event.data, on, { after: messages.audit.scoring(scoreWords(event.data.score)) });
    case 'DepartmentEvaluationStepApproved':
      return stepApproved(event.data, on);
    case 'DepartmentEvaluationApproved':
      return finallyApproved(event.data.version, messages.audit.evaluationOutcome(scoreWords(event.data.score)), on);
    case 'DepartmentEvaluationReturned':
      return returned(event.data, on);
    case 'DepartmentEvaluationSubmissionWithdrawn':
      return withdrawn(event.data.version, on);
    case 'DepartmentEvaluationCorrectionStarted': {
      const { version, approvedVersion, reason } = event.data;
      return described('ADJUST', '提出更正', messages.audit.correctionStarted({ version, approved: approvedVersion }), on, { reason, version });
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown department evaluation event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

