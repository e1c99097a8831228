import { describe, expect, it } from '@jest/globals';
import { assess, key, midtermHistory, openReview, recordExecution, submitReview } from '../../test/midterm-review-workflow.js';
import { baseline } from '../../test/final-evaluation-workflow.js';
import { office, preparer, sectionHead } from '../../test/target-table-workflow.js';
import type { MidtermReviewCommand } from '../midterm-review/midterm-review.commands.js';
import { describeAuditedEvent, type AuditedEvent } from './describe-audited-event.js';

const asAudited = (event: { type: string; data: object }): AuditedEvent => event as unknown as AuditedEvent;

describe('describing the monitoring and the mid-term review', () => {
  const report: MidtermReviewCommand = { type: 'ReportIndicatorProgress', ...key, actor: preparer, baseline, index: 0, value: '4', asOf: '2022-05-31', note: '第二期培训已结束' };
  const returnToPreparer: MidtermReviewCommand = { type: 'ReturnMidtermReview', ...key, actor: sectionHead, step: 'SECTION', to: 'PREPARER', reason: '全年预计值缺少依据' };
  const history = midtermHistory([
    report,
    openReview(),
    assess(),
    recordExecution(),
    submitReview(),
    returnToPreparer,
    { type: 'ResubmitMidtermReview', ...key, actor: preparer },
    { type: 'ApproveMidtermReviewStep', ...key, actor: sectionHead, step: 'SECTION', comment: '同意' },
    { type: 'ApproveMidtermReviewStep', ...key, actor: office, step: 'OFFICE' },
  ]).map((event) => ({ type: event.type, description: describeAuditedEvent(asAudited(event)) }));
  const byType = (type: string, nth = 0) => history.filter((entry) => entry.type === type)[nth]!.description;

  it('files progress under PROGRESS, the review’s own work under MIDTERM and its decisions under the chain’s kinds', () => {
    expect(history.map(({ type, description }) => [type, description.kind, description.label])).toEqual([
      ['MidtermMonitoringStarted', 'MIDTERM', '开始运行监控'],
      ['IndicatorProgressReported', 'PROGRESS', '进度填报'],
      ['MidtermReviewOpened', 'MIDTERM', '开启中期监控'],
      ['MidtermIndicatorsAssessed', 'MIDTERM', '评估指标'],
      ['MidtermExecutionRecorded', 'MIDTERM', '记录预算执行'],
      ['MidtermReviewSubmitted', 'SUBMIT', '申报'],
      ['MidtermReviewReturned', 'RETURN', '退回'],
      ['MidtermReviewSubmitted', 'SUBMIT', '重新申报'],
      ['MidtermReviewStepApproved', 'APPROVE', '审核通过'],
      ['MidtermReviewStepApproved', 'APPROVE', '审核通过'],
      ['MidtermReviewApproved', 'BASELINE', '批准生效'],
    ]);
    for (const { description } of history) {
      expect(description.subject).toMatchObject({ documentKind: 'MIDTERM_REVIEW', projectCode: key.projectCode, fiscalYear: 2022, text: '绩效运行监控 13052922P00584010316P（2022 年度）' });
    }
  });

  it('takes the unit from the approved targets the monitoring starts on, and leaves it to the trail elsewhere', () => {
    expect(byType('MidtermMonitoringStarted')).toMatchObject({
      summary: '按已批准的第 1 版目标开始监控「就业工作经费」：预算 200000.00 元，7 项指标',
      subject: { unitCode: '323001' },
    });
    expect(byType('IndicatorProgressReported').subject.unitCode).toBeNull();
  });

  it('tells the value reported, the checkpoint, each likelihood and the cause and measure of an indicator at risk', () => {
    expect(byType('IndicatorProgressReported')).toMatchObject({ summary: '填报第 1 项指标截至 2022-05-31 的进度：4', reason: '第二期培训已结束' });
    expect(byType('MidtermReviewOpened')).toMatchObject({ summary: '在监控时点 2022-07-31 开启绩效运行监控第 1 版', version: 1 });
    expect(byType('MidtermIndicatorsAssessed')).toMatchObject({
      summary: '评估第 1 版的 7 项指标：确定能 6 项，有可能 1 项；第 1 项指标有可能，进度落后，原因：人员保障',
      reason: '第 1 项指标：三季度增开两期培训',
    });
    // 100000.00 of 200000.00 paid by 31 July: 50 % spent at 7/12 of the year, 50 / 58.33 = 85.71.
    expect(byType('MidtermExecutionRecorded').summary).toBe(
      '记录第 1 版的预算执行：截至 2022-07-31 支出 100000.00 元，预算 200000.00 元（50.00%），时间进度 58.33%，信号灯 绿（85.71）',
    );
  });

  it('tells the decisions of the chain as it tells a target table’s', () => {
    expect(byType('MidtermReviewSubmitted').summary).toBe('提交第 1 版，审批流程 科室负责人审核 → 办公室审核');
    expect(byType('MidtermReviewReturned')).toMatchObject({
      summary: '把第 1 版从「科室负责人审核」步骤退回经办人（科室经办人）',
      reason: '全年预计值缺少依据',
      step: 'SECTION',
    });
    expect(byType('MidtermReviewStepApproved', 1)).toMatchObject({ summary: '批准第 1 版的「办公室审核」步骤；这是最后一步', step: 'OFFICE' });
    expect(byType('MidtermReviewStepApproved')).toMatchObject({ reason: '同意', step: 'SECTION' });
    expect(byType('MidtermReviewApproved').summary).toBe('第 1 版已通过全部审批步骤，成为本年度的绩效运行监控结果');
  });

  it('tells a withdrawal', () => {
    const [withdrawal] = midtermHistory([openReview(), assess(), recordExecution(), submitReview(), { type: 'WithdrawMidtermReviewSubmission', ...key, actor: preparer }])
      .slice(-1)
      .map((event) => describeAuditedEvent(asAudited(event)));
    expect(withdrawal).toMatchObject({ kind: 'WITHDRAW', summary: '在任何步骤审核之前撤回第 1 版的提交', version: 1 });
  });
});
