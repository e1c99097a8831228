import { messages } from '../messages/messages.js';
import type { Explanation, FinalEvaluationEvent, ScoreSummary } from '../final-evaluation/final-evaluation.events.js';
import { evaluationGradeLabels } from '../final-evaluation/scoring/evaluation-grade.js';
import { qualitativeGradeLabels } from '../final-evaluation/scoring/qualitative-grade.js';
import type { IndicatorResult } from '../final-evaluation/scoring/score-evaluation.js';
import { formatFen } from '../common/money.js';
import { counted, described, projectSubject, type AuditDescription } from './audit-description.js';
import { finallyApproved, returned, stepApproved, submitted, withdrawn } from './review-decision-words.js';

/** An event of the final evaluation (绩效自评) in the trail's words, with the score where the chain decided one. */
export function describeFinalEvaluationEvent(event: FinalEvaluationEvent): AuditDescription {
  const { version } = event.data;
  const on = (unitCode: string | null = null) => projectSubject('FINAL_EVALUATION', messages.audit.subject.evaluation, event.data, { unitCode });
  switch (event.type) {
    case 'FinalEvaluationOpened': {
      const { name, unitCode, version: baselineVersion } = event.data.baseline;
      return described('EVALUATE', '开始自评', messages.audit.evaluationOpened({ version, name, baseline: baselineVersion }), on(unitCode), { version });
    }
    case 'FinalEvaluationResultsRecorded': {
      const { results } = event.data;
      const listed = results.map(({ index, result }) => messages.audit.result({ index, words: resultWords(result) })).join(messages.audit.listSeparator);
      const summary = messages.audit.resultsRecorded({ indicators: counted(results.length, messages.audit.indicatorNoun), version, listed });
      return described('EVALUATE', '录入完成值', summary, on(), { version });
    }
    case 'FinalEvaluationWeightsSet': {
      const { weights } = event.data;
      const set = weights.every((weight) => weight === null)
        ? messages.audit.evenSplit
        : weights.map((weight, index) => messages.audit.weight({ index, weight })).join(messages.audit.listSeparator);
      return described('EVALUATE', '设置权重', messages.audit.weightsSet({ version, set }), on(), { version });
    }
    case 'FinalEvaluationExecutionRecorded':
      return described('EVALUATE', '记录预算执行', messages.audit.evaluationExecution({ amount: formatFen(event.data.executedFen), version }), on(), { version });
    case 'FinalEvaluationExplained': {
      const { execution, indicators } = event.data;
      const what = [...(execution === null ? [] : [messages.audit.executionRate]), ...indicators.map(({ index }) => messages.audit.indicator(index))];
      const why = [
        ...(execution === null ? [] : [explanationWords(messages.audit.executionRate, execution)]),
        ...indicators.map(({ index, explanation }) => explanationWords(messages.audit.indicator(index), explanation)),
      ];
      return described('EVALUATE', '说明原因', messages.audit.explained({ what: what.join(messages.audit.listSeparator), version }), on(), { reason: why.join(messages.audit.separator), version });
    }
    case 'FinalEvaluationSubmitted':
      return submitted(event.data, on(), { after: messages.audit.scoring(scoreWords(event.data.score)) });
    case 'FinalEvaluationStepApproved':
      return stepApproved(event.data, on());
    case 'FinalEvaluationApproved':
      return finallyApproved(version, messages.audit.evaluationOutcome(scoreWords(event.data.score)), on());
    case 'FinalEvaluationReturned':
      return returned(event.data, on());
    case 'FinalEvaluationSubmissionWithdrawn':
      return withdrawn(version, on());
    case 'FinalEvaluationCorrectionStarted': {
      const { approvedVersion, reason } = event.data;
      return described('ADJUST', '提出更正', messages.audit.correctionStarted({ version, approved: approvedVersion }), on(), { reason, version });
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown final evaluation event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

/** "89.75（良）". */
export function scoreWords({ total, grade }: ScoreSummary): string {
  return messages.audit.score({ total, grade: evaluationGradeLabels[grade] });
}

/** "= 8" for a measured result, "达成 90%" for a graded one. */
export function resultWords(result: IndicatorResult): string {
  return result.kind === 'MEASURED' ? messages.audit.measured(result.actual) : messages.audit.graded({ grade: qualitativeGradeLabels[result.grade], percent: result.percent });
}

function explanationWords(what: string, { cause, measure }: Explanation): string {
  return messages.audit.explanation({ what, cause, measure });
}
