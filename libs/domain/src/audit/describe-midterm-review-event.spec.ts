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
      expect(description.subject).toMatchObject({ documentKind: 'MIDTERM_REVIEW', projectCode: key.projectCode, fiscalYear: 2022, text: 'mid-term review 13052922P00584010316P of 2022' });
    }
  });

  it('takes the unit from the approved targets the monitoring starts on, and leaves it to the trail elsewhere', () => {
    expect(byType('MidtermMonitoringStarted')).toMatchObject({
      summary: 'started monitoring “就业工作经费” on approved version 1 of its targets: 200000.00 yuan, 7 indicators',
      subject: { unitCode: '323001' },
    });
    expect(byType('IndicatorProgressReported').subject.unitCode).toBeNull();
  });

  it('tells the value reported, the checkpoint, each likelihood and the cause and measure of an indicator at risk', () => {
    expect(byType('IndicatorProgressReported')).toMatchObject({ summary: 'reported indicator 1 at 4 as of 2022-05-31', reason: '第二期培训已结束' });
    expect(byType('MidtermReviewOpened')).toMatchObject({ summary: 'opened version 1 of the mid-term review at the checkpoint 2022-07-31', version: 1 });
    expect(byType('MidtermIndicatorsAssessed')).toMatchObject({
      summary: 'assessed 7 indicators of version 1: 6 确定能, 1 有可能; indicator 1 有可能, behind, cause 人员保障',
      reason: 'indicator 1: 三季度增开两期培训',
    });
    // 100000.00 of 200000.00 paid by 31 July: 50 % spent at 7/12 of the year, 50 / 58.33 = 85.71.
    expect(byType('MidtermExecutionRecorded').summary).toBe(
      'recorded the execution of version 1: spent 100000.00 of 200000.00 yuan through 2022-07-31 (50.00 %), time progress 58.33 %, light 绿 (85.71)',
    );
  });

  it('tells the decisions of the chain as it tells a target table’s', () => {
    expect(byType('MidtermReviewSubmitted').summary).toBe('submitted version 1 to the chain 科室负责人审核 → 办公室审核');
    expect(byType('MidtermReviewReturned')).toMatchObject({
      summary: 'returned version 1 from 「科室负责人审核」步骤 to the preparer (科室经办人)',
      reason: '全年预计值缺少依据',
      step: 'SECTION',
    });
    expect(byType('MidtermReviewStepApproved', 1)).toMatchObject({ summary: 'approved 「办公室审核」步骤 of version 1; it was the last step', step: 'OFFICE' });
    expect(byType('MidtermReviewStepApproved')).toMatchObject({ reason: '同意', step: 'SECTION' });
    expect(byType('MidtermReviewApproved').summary).toBe('version 1, approved at every step, is the mid-term review of the year');
  });

  it('tells a withdrawal', () => {
    const [withdrawal] = midtermHistory([openReview(), assess(), recordExecution(), submitReview(), { type: 'WithdrawMidtermReviewSubmission', ...key, actor: preparer }])
      .slice(-1)
      .map((event) => describeAuditedEvent(asAudited(event)));
    expect(withdrawal).toMatchObject({ kind: 'WITHDRAW', summary: 'withdrew the submission of version 1 before any step decided it', version: 1 });
  });
});
