import { trafficLightLabels } from '../execution/traffic-light.js';
import { deviationCauseLabels, likelihoodLabels, type Likelihood } from '../midterm-review/midterm-review-labels.js';
import type { CheckpointExecutionFigures, IndicatorAssessment, MidtermReviewEvent } from '../midterm-review/midterm-review.events.js';
import { formatFen } from '../shared/money.js';
import { counted, described, projectSubject, type AuditDescription } from './audit-description.js';
import { finallyApproved, returned, stepApproved, submitted, withdrawn } from './review-decision-words.js';

/** An event of the monitoring (绩效运行监控) in the trail's words: progress reports and the mid-term review. */
export function describeMidtermReviewEvent(event: MidtermReviewEvent): AuditDescription {
  const on = (unitCode: string | null = null) => projectSubject('MIDTERM_REVIEW', 'mid-term review', event.data, { unitCode });
  switch (event.type) {
    case 'MidtermMonitoringStarted': {
      const { version, name, unitCode, budgetFen, indicators } = event.data.baseline;
      const summary = `started monitoring “${name}” on approved version ${version} of its targets: ${formatFen(budgetFen)} yuan, ${counted(indicators.length, 'indicator')}`;
      return described('MIDTERM', '开始运行监控', summary, on(unitCode));
    }
    case 'IndicatorProgressReported': {
      const { index, value, asOf, note } = event.data;
      return described('PROGRESS', '进度填报', `reported indicator ${index + 1} at ${value} as of ${asOf}`, on(), { reason: note });
    }
    case 'MidtermReviewOpened': {
      const { version, checkpointDate } = event.data;
      return described('MIDTERM', '开启中期监控', `opened version ${version} of the mid-term review at the checkpoint ${checkpointDate}`, on(), { version });
    }
    case 'MidtermIndicatorsAssessed': {
      const { version, assessments } = event.data;
      const atRisk = assessments.filter(needsCare);
      const risks = atRisk.length === 0 ? '' : `; ${atRisk.map(riskWords).join('; ')}`;
      const summary = `assessed ${counted(assessments.length, 'indicator')} of version ${version}: ${likelihoodCounts(assessments)}${risks}`;
      const measures = atRisk.filter((assessment) => assessment.measure !== null).map(({ index, measure }) => `indicator ${index + 1}: ${measure}`);
      return described('MIDTERM', '评估指标', summary, on(), { reason: measures.length === 0 ? null : measures.join('; '), version });
    }
    case 'MidtermExecutionRecorded': {
      const { version, execution } = event.data;
      return described('MIDTERM', '记录预算执行', `recorded the execution of version ${version}: ${executionWords(execution)}`, on(), { version });
    }
    case 'MidtermReviewSubmitted':
      return submitted(event.data, on());
    case 'MidtermReviewStepApproved':
      return stepApproved(event.data, on());
    case 'MidtermReviewApproved':
      return finallyApproved(event.data.version, 'is the mid-term review of the year', on());
    case 'MidtermReviewReturned':
      return returned(event.data, on());
    case 'MidtermReviewSubmissionWithdrawn':
      return withdrawn(event.data.version, on());
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown mid-term review event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

/** Not certain to be met, or behind its target: the review gives a cause and a measure. */
function needsCare(assessment: IndicatorAssessment): boolean {
  return assessment.likelihood !== 'CERTAIN' || assessment.behind;
}

/** "6 确定能, 1 有可能", in the form's order. */
function likelihoodCounts(assessments: readonly IndicatorAssessment[]): string {
  return (Object.keys(likelihoodLabels) as Likelihood[])
    .map((likelihood) => [likelihood, assessments.filter((assessment) => assessment.likelihood === likelihood).length] as const)
    .filter(([, count]) => count > 0)
    .map(([likelihood, count]) => `${count} ${likelihoodLabels[likelihood]}`)
    .join(', ');
}

/** "indicator 1 有可能, behind, cause 人员保障". */
function riskWords({ index, likelihood, behind, cause }: IndicatorAssessment): string {
  return [`indicator ${index + 1} ${likelihoodLabels[likelihood]}`, ...(behind ? ['behind'] : []), ...(cause === null ? [] : [`cause ${deviationCauseLabels[cause]}`])].join(', ');
}

/** "spent 100000.00 of 200000.00 yuan through 2022-07-31 (50.00 %), time progress 58.33 %, light 绿 (85.71)". */
function executionWords({ through, spentFen, budgetFen, executionRate, timeProgress, light, lightRatio }: CheckpointExecutionFigures): string {
  const rate = executionRate === null ? '' : ` (${executionRate} %)`;
  const lit = light === null ? 'no light' : `light ${trafficLightLabels[light]} (${lightRatio})`;
  return `spent ${formatFen(spentFen)} of ${formatFen(budgetFen)} yuan through ${through}${rate}, time progress ${timeProgress} %, ${lit}`;
}
