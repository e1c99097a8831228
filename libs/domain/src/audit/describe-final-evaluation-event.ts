import type { Explanation, FinalEvaluationEvent, ScoreSummary } from '../final-evaluation/final-evaluation.events.js';
import { evaluationGradeLabels } from '../final-evaluation/scoring/evaluation-grade.js';
import { qualitativeGradeLabels } from '../final-evaluation/scoring/qualitative-grade.js';
import type { IndicatorResult } from '../final-evaluation/scoring/score-evaluation.js';
import { formatFen } from '../shared/money.js';
import { counted, described, projectSubject, type AuditDescription } from './audit-description.js';
import { finallyApproved, returned, stepApproved, submitted, withdrawn } from './review-decision-words.js';

/** An event of the final evaluation (绩效自评) in the trail's words, with the score where the chain decided one. */
export function describeFinalEvaluationEvent(event: FinalEvaluationEvent): AuditDescription {
  const { version } = event.data;
  const on = (unitCode: string | null = null) => projectSubject('FINAL_EVALUATION', 'final evaluation', event.data, { unitCode });
  switch (event.type) {
    case 'FinalEvaluationOpened': {
      const { name, unitCode, version: baselineVersion } = event.data.baseline;
      return described('EVALUATE', '开始自评', `opened version ${version} of the final evaluation of “${name}” on approved version ${baselineVersion} of its targets`, on(unitCode), {
        version,
      });
    }
    case 'FinalEvaluationResultsRecorded': {
      const { results } = event.data;
      const listed = results.map(({ index, result }) => `indicator ${index + 1} ${resultWords(result)}`).join(', ');
      return described('EVALUATE', '录入完成值', `recorded the results of ${counted(results.length, 'indicator')} of version ${version}: ${listed}`, on(), { version });
    }
    case 'FinalEvaluationWeightsSet': {
      const { weights } = event.data;
      const set = weights.every((weight) => weight === null)
        ? 'every group split evenly'
        : weights.map((weight, index) => `indicator ${index + 1}: ${weight === null ? 'even share' : `${weight} %`}`).join(', ');
      return described('EVALUATE', '设置权重', `set the weights of version ${version}: ${set}`, on(), { version });
    }
    case 'FinalEvaluationExecutionRecorded':
      return described('EVALUATE', '记录预算执行', `recorded ${formatFen(event.data.executedFen)} yuan spent in the year for version ${version}`, on(), { version });
    case 'FinalEvaluationExplained': {
      const { execution, indicators } = event.data;
      const what = [...(execution === null ? [] : ['the execution rate']), ...indicators.map(({ index }) => `indicator ${index + 1}`)];
      const why = [...(execution === null ? [] : [explanationWords('execution rate', execution)]), ...indicators.map(({ index, explanation }) => explanationWords(`indicator ${index + 1}`, explanation))];
      return described('EVALUATE', '说明原因', `explained ${what.join(', ')} of version ${version}`, on(), { reason: why.join('; '), version });
    }
    case 'FinalEvaluationSubmitted':
      return submitted(event.data, on(), { after: `, scoring ${scoreWords(event.data.score)}` });
    case 'FinalEvaluationStepApproved':
      return stepApproved(event.data, on());
    case 'FinalEvaluationApproved':
      return finallyApproved(version, `is final: ${scoreWords(event.data.score)}`, on());
    case 'FinalEvaluationReturned':
      return returned(event.data, on());
    case 'FinalEvaluationSubmissionWithdrawn':
      return withdrawn(version, on());
    case 'FinalEvaluationCorrectionStarted': {
      const { approvedVersion, reason } = event.data;
      return described('ADJUST', '提出更正', `started version ${version} to correct approved version ${approvedVersion}`, on(), { reason, version });
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown final evaluation event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

/** "89.75 (良)". */
function scoreWords({ total, grade }: ScoreSummary): string {
  return `${total} (${evaluationGradeLabels[grade]})`;
}

/** "= 8" for a measured result, "达成 90 %" for a graded one. */
function resultWords(result: IndicatorResult): string {
  return result.kind === 'MEASURED' ? `= ${result.actual}` : `${qualitativeGradeLabels[result.grade]} ${result.percent} %`;
}

function explanationWords(what: string, { cause, measure }: Explanation): string {
  return `${what}: ${cause} — ${measure}`;
}
