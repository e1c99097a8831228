import { describe, expect, it } from '@jest/globals';
import { approveEvaluation, evaluationHistory, execution, explain, key, open, record, submitEvaluation } from '../../test/final-evaluation-workflow.js';
import { office, preparer, sectionHead } from '../../test/target-table-workflow.js';
import type { FinalEvaluationCommand } from '../final-evaluation/final-evaluation.commands.js';
import { describeAuditedEvent, type AuditedEvent } from './describe-audited-event.js';

const asAudited = (event: { type: string; data: object }): AuditedEvent => event as unknown as AuditedEvent;

describe('describing the final evaluation', () => {
  const returnToPreparer: FinalEvaluationCommand = { type: 'ReturnFinalEvaluation', ...key, actor: sectionHead, step: 'SECTION', to: 'PREPARER', reason: '培训次数与台账不符' };
  const history = evaluationHistory([
    open(),
    { type: 'SetFinalEvaluationWeights', ...key, actor: preparer, weights: ['40', '20', '20', '20', null, null, null] },
    { type: 'SetFinalEvaluationWeights', ...key, actor: preparer, weights: [null, null, null, null, null, null, null] },
    record(),
    execution(),
    explain([0, 1, 4, 5]),
    submitEvaluation(),
    returnToPreparer,
    { type: 'ResubmitFinalEvaluation', ...key, actor: preparer },
    approveEvaluation('SECTION', sectionHead),
    approveEvaluation('OFFICE', office),
    { type: 'CorrectFinalEvaluation', ...key, actor: preparer, reason: '培训次数按最终统计口径更正为9次' },
  ]).map((event) => ({ type: event.type, description: describeAuditedEvent(asAudited(event)) }));
  const byType = (type: string, nth = 0) => history.filter((entry) => entry.type === type)[nth]!.description;

  it('files the evaluator’s work under EVALUATE, the decisions under the chain’s kinds and a correction under ADJUST', () => {
    expect(history.map(({ type, description }) => [type, description.kind, description.label])).toEqual([
      ['FinalEvaluationOpened', 'EVALUATE', '开始自评'],
      ['FinalEvaluationWeightsSet', 'EVALUATE', '设置权重'],
      ['FinalEvaluationWeightsSet', 'EVALUATE', '设置权重'],
      ['FinalEvaluationResultsRecorded', 'EVALUATE', '录入完成值'],
      ['FinalEvaluationExecutionRecorded', 'EVALUATE', '记录预算执行'],
      ['FinalEvaluationExplained', 'EVALUATE', '说明原因'],
      ['FinalEvaluationSubmitted', 'SUBMIT', '申报'],
      ['FinalEvaluationReturned', 'RETURN', '退回'],
      ['FinalEvaluationSubmitted', 'SUBMIT', '重新申报'],
      ['FinalEvaluationStepApproved', 'APPROVE', '审核通过'],
      ['FinalEvaluationStepApproved', 'APPROVE', '审核通过'],
      ['FinalEvaluationApproved', 'BASELINE', '批准生效'],
      ['FinalEvaluationCorrectionStarted', 'ADJUST', '提出更正'],
    ]);
    for (const { description } of history) {
      expect(description.subject).toMatchObject({ documentKind: 'FINAL_EVALUATION', projectCode: key.projectCode, fiscalYear: 2022, text: 'final evaluation 13052922P00584010316P of 2022' });
    }
    expect(byType('FinalEvaluationOpened')).toMatchObject({
      summary: 'opened version 1 of the final evaluation of “就业工作经费” on approved version 1 of its targets',
      subject: { unitCode: '323001' },
    });
  });

  it('tells results, weights, execution in yuan and explanations with their causes and measures', () => {
    expect(byType('FinalEvaluationResultsRecorded').summary).toBe(
      'recorded the results of 7 indicators of version 1: indicator 1 = 8, indicator 2 = 2662, indicator 3 = 100, indicator 4 = 100, indicator 5 达成 90 %, indicator 6 部分达成 70 %, indicator 7 = 99',
    );
    expect(byType('FinalEvaluationWeightsSet').summary).toBe(
      'set the weights of version 1: indicator 1: 40 %, indicator 2: 20 %, indicator 3: 20 %, indicator 4: 20 %, indicator 5: even share, indicator 6: even share, indicator 7: even share',
    );
    expect(byType('FinalEvaluationWeightsSet', 1).summary).toBe('set the weights of version 1: every group split evenly');
    expect(byType('FinalEvaluationExecutionRecorded').summary).toBe('recorded 190000.00 yuan spent in the year for version 1');
    const explained = byType('FinalEvaluationExplained');
    expect(explained.summary).toBe('explained indicator 1, indicator 2, indicator 5, indicator 6 of version 1');
    expect(explained.reason).toContain('indicator 5: 受疫情影响部分培训推迟 — 次年一季度补足培训并按月跟踪');
  });

  it('tells the score and grade of a submission and of the approval that makes it final', () => {
    expect(byType('FinalEvaluationSubmitted').summary).toBe('submitted version 1 to the chain 科室负责人审核 → 办公室审核, scoring 89.75 (良)');
    expect(byType('FinalEvaluationApproved')).toMatchObject({ summary: 'version 1, approved at every step, is final: 89.75 (良)', version: 1 });
    expect(byType('FinalEvaluationStepApproved', 1)).toMatchObject({ summary: 'approved 「办公室审核」步骤 of version 1; it was the last step', step: 'OFFICE' });
    expect(byType('FinalEvaluationReturned')).toMatchObject({ reason: '培训次数与台账不符', step: 'SECTION' });
    expect(byType('FinalEvaluationCorrectionStarted')).toMatchObject({
      summary: 'started version 2 to correct approved version 1',
      reason: '培训次数按最终统计口径更正为9次',
      version: 2,
    });
  });

  it('tells a withdrawal', () => {
    const withdrawal = evaluationHistory([open(), record(), execution(), explain(), submitEvaluation(), { type: 'WithdrawFinalEvaluationSubmission', ...key, actor: preparer }]).at(-1)!;
    expect(describeAuditedEvent(asAudited(withdrawal))).toMatchObject({ kind: 'WITHDRAW', label: '撤回', subject: { documentKind: 'FINAL_EVALUATION' }, version: 1 });
  });
});
