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
      expect(description.subject).toMatchObject({ documentKind: 'FINAL_EVALUATION', projectCode: key.projectCode, fiscalYear: 2022, text: '绩效自评 13052922P00584010316P（2022 年度）' });
    }
    expect(byType('FinalEvaluationOpened')).toMatchObject({
      summary: '按已批准的第 1 版目标开启「就业工作经费」绩效自评第 1 版',
      subject: { unitCode: '323001' },
    });
  });

  it('tells results, weights, execution in yuan and explanations with their causes and measures', () => {
    expect(byType('FinalEvaluationResultsRecorded').summary).toBe(
      '录入第 1 版 7 项指标的完成值：第 1 项指标 = 8，第 2 项指标 = 2662，第 3 项指标 = 100，第 4 项指标 = 100，第 5 项指标 达成 90%，第 6 项指标 部分达成 70%，第 7 项指标 = 99',
    );
    expect(byType('FinalEvaluationWeightsSet').summary).toBe(
      '设置第 1 版的权重：第 1 项指标：40%，第 2 项指标：20%，第 3 项指标：20%，第 4 项指标：20%，第 5 项指标：平均分配，第 6 项指标：平均分配，第 7 项指标：平均分配',
    );
    expect(byType('FinalEvaluationWeightsSet', 1).summary).toBe('设置第 1 版的权重：各组平均分配');
    expect(byType('FinalEvaluationExecutionRecorded').summary).toBe('为第 1 版记录本年度支出 190000.00 元');
    const explained = byType('FinalEvaluationExplained');
    expect(explained.summary).toBe('说明第 1 版的第 1 项指标，第 2 项指标，第 5 项指标，第 6 项指标');
    expect(explained.reason).toContain('第 5 项指标：受疫情影响部分培训推迟 —— 次年一季度补足培训并按月跟踪');
  });

  it('tells the score and grade of a submission and of the approval that makes it final', () => {
    expect(byType('FinalEvaluationSubmitted').summary).toBe('提交第 1 版，审批流程 科室负责人审核 → 办公室审核，得分 89.75（良）');
    expect(byType('FinalEvaluationApproved')).toMatchObject({ summary: '第 1 版已通过全部审批步骤，定稿：89.75（良）', version: 1 });
    expect(byType('FinalEvaluationStepApproved', 1)).toMatchObject({ summary: '批准第 1 版的「办公室审核」步骤；这是最后一步', step: 'OFFICE' });
    expect(byType('FinalEvaluationReturned')).toMatchObject({ reason: '培训次数与台账不符', step: 'SECTION' });
    expect(byType('FinalEvaluationCorrectionStarted')).toMatchObject({
      summary: '开始第 2 版，更正已批准的第 1 版',
      reason: '培训次数按最终统计口径更正为9次',
      version: 2,
    });
  });

  it('tells a withdrawal', () => {
    const withdrawal = evaluationHistory([open(), record(), execution(), explain(), submitEvaluation(), { type: 'WithdrawFinalEvaluationSubmission', ...key, actor: preparer }]).at(-1)!;
    expect(describeAuditedEvent(asAudited(withdrawal))).toMatchObject({ kind: 'WITHDRAW', label: '撤回', subject: { documentKind: 'FINAL_EVALUATION' }, version: 1 });
  });
});
