import { messages } from '../messages/messages.js';
import { trafficLightLabels } from '../execution/traffic-light.js';
import { deviationCauseLabels, likelihoodLabels, type Likelihood } from '../midterm-review/midterm-review-labels.js';
import type { CheckpointExecutionFigures, IndicatorAssessment, MidtermReviewEvent } from '../midterm-review/midterm-review.events.js';
import { formatFen } from '../common/money.js';
import { counted, described, projectSubject, type AuditDescription } from './audit-description.js';
import { finallyApproved, returned, stepApproved, submitted, withdrawn } from './review-decision-words.js';

/** An event of the monitoring (绩效运行监控) in the trail's words: progress reports and the mid-term review. */
export function describeMidtermReviewEvent(event: MidtermReviewEvent): AuditDescription {
  const on = (unitCode: string | null = null) => projectSubject('MIDTERM_REVIEW', messages.audit.subject.midterm, event.data, { unitCode });
  switch (event.type) {
    case 'MidtermMonitoringStarted': {
      const { version, name, unitCode, budgetFen, indicators } = event.data.baseline;
      const summary = messages.audit.monitoringStarted({ name, version, budget: formatFen(budgetFen), indicators: counted(indicators.length, messages.audit.indicatorNoun) });
      return described('MIDTERM', '开始运行监控', summary, on(unitCode));
    }
    case 'IndicatorProgressReported': {
      const { index, value, asOf, note } = event.data;
      return described('PROGRESS', '进度填报', messages.audit.progressReported({ index, value, asOf }), on(), { reason: note });
    }
    case 'MidtermReviewOpened': {
      const { version, checkpointDate } = event.data;
      return described('MIDTERM', '开启中期监控', messages.audit.midtermOpened({ version, checkpointDate }), on(), { version });
    }
    case 'MidtermIndicatorsAssessed': {
      const { version, assessments } = event.data;
      const atRisk = assessments.filter(needsCare);
      const risks = atRisk.length === 0 ? '' : `${messages.audit.separator}${atRisk.map(riskWords).join(messages.audit.separator)}`;
      const summary = messages.audit.assessed({ indicators: counted(assessments.length, messages.audit.indicatorNoun), version, counts: likelihoodCounts(assessments), risks });
      const measures = atRisk.flatMap(({ index, measure }) => (measure === null ? [] : [messages.audit.measure({ index, measure })]));
      return described('MIDTERM', '评估指标', summary, on(), { reason: measures.length === 0 ? null : measures.join(messages.audit.separator), version });
    }
    case 'MidtermExecutionRecorded': {
      const { version, execution } = event.data;
      return described('MIDTERM', '记录预算执行', messages.audit.midtermExecution({ version, words: executionWords(execution) }), on(), { version });
    }
    case 'MidtermReviewSubmitted':
      return submitted(event.data, on());
    case 'MidtermReviewStepApproved':
      return stepApproved(event.data, on());
    case 'MidtermReviewApproved':
      return finallyApproved(event.data.version, messages.audit.midtermOutcome, on());
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

/** "确定能 6 项，有可能 1 项", in the form's order. */
function likelihoodCounts(assessments: readonly IndicatorAssessment[]): string {
  return (Object.keys(likelihoodLabels) as Likelihood[])
    .map((likelihood) => [likelihood, assessments.filter((assessment) => assessment.likelihood === likelihood).length] as const)
    .filter(([, count]) => count > 0)
    .map(([likelihood, count]) => messages.audit.likelihoodCount({ count, label: likelihoodLabels[likelihood] }))
    .join(messages.audit.listSeparator);
}

/** "第 1 项指标有可能，进度落后，原因：人员保障". */
function riskWords({ index, likelihood, behind, cause }: IndicatorAssessment): string {
  return messages.audit.risk({ index, likelihood: likelihoodLabels[likelihood], behind, cause: cause === null ? null : deviationCauseLabels[cause] });
}

/** "截至 2022-07-31 支出 100000.00 元，预算 200000.00 元（50.00%），时间进度 58.33%，信号灯 绿（85.71）". */
function executionWords({ through, spentFen, budgetFen, executionRate, timeProgress, light, lightRatio }: CheckpointExecutionFigures): string {
  return messages.audit.execution({
    spent: formatFen(spentFen),
    budget: formatFen(budgetFen),
    through,
    rate: executionRate,
    timeProgress,
    light: light === null ? null : trafficLightLabels[light],
    lightRatio,
  });
}
