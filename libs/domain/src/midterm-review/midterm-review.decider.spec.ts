import { describe, expect, it } from '@jest/globals';
import { approvedTargets } from '../approved-targets/approved-targets.js';
import { scenario } from '../../test/given.js';
import { assess, assessments, baseline, key, midtermHistory, openReview, recordExecution, submitReview } from '../../test/midterm-review-workflow.js';
import { office, preparer, preparerOfOtherSection, sectionHead, sectionId, unitCode } from '../../test/target-table-workflow.js';
import { midtermReviewDecider } from './decide-midterm-review.js';
import type { MidtermReviewEvent } from './midterm-review.events.js';

const given = scenario(midtermReviewDecider);
const wangJing = { userId: 'wang.jing', unitCode, sectionId };
const started: MidtermReviewEvent = { type: 'MidtermMonitoringStarted', data: { ...key, baseline: approvedTargets(baseline, key, '') } };
const opened = midtermHistory([openReview()]);
const ready = midtermHistory([openReview(), assess(), recordExecution()]);
const submitted = midtermHistory([openReview(), assess(), recordExecution(), submitReview()]);

describe('ReportIndicatorProgress', () => {
  const report = (value: string, asOf = '2022-05-31', actor = preparer) =>
    ({ type: 'ReportIndicatorProgress', ...key, actor, baseline, index: 0, value, asOf, note: '第二期培训已结束' }) as const;

  it('starts the monitoring on the approved targets with the first report', () => {
    given([]).when(report('4')).then([
      started,
      { type: 'IndicatorProgressReported', data: { ...key, index: 0, value: '4', asOf: '2022-05-31', note: '第二期培训已结束', reportedBy: wangJing } },
    ]);
  });

  it('adds later reports to the same monitoring', () => {
    given(midtermHistory([report('4')])).when(report('6', '2022-07-15')).thenEventTypes(['IndicatorProgressReported']);
  });

  it('refuses words for a numeric target and a date outside the year, writing nothing', () => {
    const error = given([]).when(report('四次', '2023-01-05')).thenThrows('VALIDATION');
    expect(error.problems.map((problem) => problem.field)).toEqual(['value', 'asOf']);
  });

  it('refuses progress below 0 of a count (-5 trainings of 10次), naming the value, writing nothing', () => {
    const error = given([]).when(report('-5')).thenThrows('VALIDATION', 'value');
    expect(error.problems).toEqual([
      {
        field: 'value',
        message: '「-5」小于 0：开展就业培训数 的指标值是 10次，计的是数量，完成值不会是负数；请填写实际达到的数值（只有百分比指标，如增长率，才可能小于 0）',
      },
    ]);
  });

  it('accepts a percentage below 0: a rate may fall', () => {
    given([]).when({ ...report('-2'), index: 2 }).thenEventTypes(['MidtermMonitoringStarted', 'IndicatorProgressReported']);
  });

  it('refuses a note holding a right-to-left override, naming the note', () => {
    const error = given([]).when({ ...report('4'), note: '培训\u202E已结束' }).thenThrows('VALIDATION', 'note');
    expect(error.problems[0]?.message).toMatch(/^第 3 个字符是从右到左覆盖（U\+202E）/);
  });

  it('refuses a preparer of another section', () => {
    given([]).when(report('4', '2022-05-31', preparerOfOtherSection)).thenThrows('FORBIDDEN');
  });

  it('refuses without approved targets (NOT_FOUND)', () => {
    given([]).when({ ...report('4'), baseline: null }).thenThrows('NOT_FOUND');
  });
});

describe('OpenMidtermReview', () => {
  it('opens the review at 31 July of the fiscal year by default', () => {
    given([]).when(openReview()).then([
      started,
      { type: 'MidtermReviewOpened', data: { ...key, version: 1, checkpointDate: '2022-07-31', openedBy: wangJing } },
    ]);
  });

  it('takes another checkpoint date of the year, e.g. data to the end of June', () => {
    const [, event] = given([]).when(openReview('2022-06-30')).thenEventTypes(['MidtermMonitoringStarted', 'MidtermReviewOpened']);
    expect(event?.type === 'MidtermReviewOpened' && event.data.checkpointDate).toBe('2022-06-30');
  });

  it('refuses a checkpoint outside the year or in December', () => {
    given([]).when(openReview('2023-07-31')).thenThrows('VALIDATION', 'checkpointDate');
    given([]).when(openReview('2022-12-15')).thenThrows('VALIDATION', 'checkpointDate');
  });

  it('refuses a second review of the year (CONFLICT)', () => {
    given(opened).when(openReview()).thenThrows('CONFLICT');
  });
});

describe('AssessMidtermIndicators', () => {
  it('records each indicator, marking the trainings behind (8 expected of 10)', () => {
    const [event] = given(opened).when(assess()).thenEventTypes(['MidtermIndicatorsAssessed']);
    const recorded = event?.type === 'MidtermIndicatorsAssessed' ? event.data.assessments : [];
    expect(recorded[0]).toEqual({ index: 0, reached: '6', expectedFullYear: '8', likelihood: 'POSSIBLE', cause: 'STAFFING', measure: '三季度增开两期培训', behind: true });
    expect(recorded[1]).toEqual({ index: 1, reached: '2300', expectedFullYear: '2400', likelihood: 'CERTAIN', cause: null, measure: null, behind: false });
  });

  it('requires cause and measure where the likelihood is not 确定能', () => {
    const error = given(opened).when(assess([{ index: 4, reached: '成效初显', expectedFullYear: '有所改善', likelihood: 'IMPOSSIBLE' }])).thenThrows('VALIDATION');
    expect(error.problems).toEqual([
      {
        field: 'assessments[0].cause',
        message:
          '必填，因为实现可能性为「完全不可能」：请使用 FUNDING（经费保障）、POLICY（制度保障）、STAFFING（人员保障）、FACILITIES（硬件条件保障）、OTHER（其他）',
      },
      { field: 'assessments[0].measure', message: '必填，因为实现可能性为「完全不可能」：请说明纠偏措施，例如「加快培训进度，三季度增开两期」' },
    ]);
  });

  it('requires them where the indicator is behind even when 确定能 was chosen: a cost expected above its ceiling', () => {
    const error = given(opened).when(assess([{ index: 1, reached: '2500', expectedFullYear: '2600', likelihood: 'CERTAIN' }])).thenThrows('VALIDATION');
    expect(error.problems.map((problem) => [problem.field, problem.message.split('：')[0]])).toEqual([
      ['assessments[0].cause', '必填，因为全年预计值 2600 达不到目标值 ≤2420 元'],
      ['assessments[0].measure', '必填，因为全年预计值 2600 达不到目标值 ≤2420 元'],
    ]);
  });

  it('refuses a cause outside the fixed list and an unknown likelihood', () => {
    const error = given(opened)
      .when(assess([{ index: 0, reached: '6', expectedFullYear: '8', likelihood: 'POSSIBLE', cause: '天气原因', measure: '增开培训' }, { index: 2, reached: '100', expectedFullYear: '100', likelihood: 'SURE' }]))
      .thenThrows('VALIDATION');
    expect(error.problems.map((problem) => problem.field)).toEqual(['assessments[0].cause', 'assessments[1].likelihood']);
  });

  it('refuses a reached or expected count below 0, naming each', () => {
    const error = given(opened).when(assess([{ index: 0, reached: '-5', expectedFullYear: '-1', likelihood: 'CERTAIN' }])).thenThrows('VALIDATION');
    expect(error.problems.map((problem) => problem.field)).toEqual(['assessments[0].reached', 'assessments[0].expectedFullYear']);
  });

  it('refuses once submitted (CONFLICT)', () => {
    given(submitted).when(assess()).thenThrows('CONFLICT');
  });
});

describe('RecordMidtermExecution', () => {
  it('computes execution at the checkpoint against the interpolated plan and time progress, with the light', () => {
    const [event] = given(midtermHistory([openReview(), assess()])).when(recordExecution()).thenEventTypes(['MidtermExecutionRecorded']);
    expect(event?.type === 'MidtermExecutionRecorded' && event.data.execution).toEqual({
      through: '2022-07-31',
      budgetFen: 20000000,
      spentFen: 10000000,
      // 100000.00 at 30 June + 50000.00 × 31 of 123 days to 31 October = 112601.63
      plannedFen: 11260163,
      planRate: '88.81',
      executionRate: '50.00',
      timeProgress: '58.33',
      lightRatio: '85.71',
      light: 'GREEN',
    });
  });
});

describe('SubmitMidtermReview and its decisions', () => {
  it('refuses an incomplete review, naming what is missing', () => {
    const error = given(midtermHistory([openReview(), assess(assessments.slice(0, 6))])).when(submitReview()).thenThrows('VALIDATION');
    expect(error.problems.map((problem) => problem.field)).toEqual(['assessments[6]', 'execution']);
  });

  it('submits, and section head then office approve it', () => {
    given(ready).when(submitReview()).thenEventTypes(['MidtermReviewSubmitted']);
    const atOffice = midtermHistory([openReview(), assess(), recordExecution(), submitReview(), { type: 'ApproveMidtermReviewStep', ...key, actor: sectionHead, step: 'SECTION' }]);
    given(atOffice).when({ type: 'ApproveMidtermReviewStep', ...key, actor: office, step: 'OFFICE' }).thenEventTypes(['MidtermReviewStepApproved', 'MidtermReviewApproved']);
  });

  it('refuses the submitter deciding it (separation of duties)', () => {
    const head = { ...preparer, roles: ['PREPARER', 'SECTION_HEAD'] };
    const mine = midtermHistory([openReview(undefined, head), assess(assessments, head), recordExecution(head), submitReview(head)]);
    given(mine).when({ type: 'ApproveMidtermReviewStep', ...key, actor: head, step: 'SECTION' }).thenThrows('FORBIDDEN');
  });

  it('returns to the preparer with a reason, who may then change and resubmit it', () => {
    const returned = midtermHistory([
      openReview(),
      assess(),
      recordExecution(),
      submitReview(),
      { type: 'ReturnMidtermReview', ...key, actor: sectionHead, step: 'SECTION', to: 'PREPARER', reason: '全年预计值缺少依据' },
    ]);
    given(returned).when(assess(assessments.slice(0, 1))).thenEventTypes(['MidtermIndicatorsAssessed']);
    given(returned).when({ type: 'ResubmitMidtermReview', ...key, actor: preparer }).thenEventTypes(['MidtermReviewSubmitted']);
  });

  it('lets the preparer withdraw an undecided submission', () => {
    given(submitted).when({ type: 'WithdrawMidtermReviewSubmission', ...key, actor: preparer }).thenEventTypes(['MidtermReviewSubmissionWithdrawn']);
  });
});
