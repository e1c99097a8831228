import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import {
  approveEvaluation,
  baseline,
  evaluationHistory,
  execution,
  explain,
  key,
  open,
  record,
  submitEvaluation,
  workedResults,
} from '../../test/final-evaluation-workflow.js';
import { auditor, office, preparer, preparerOfOtherSection, sectionHead, twoStepChain } from '../../test/target-table-workflow.js';
import { finalEvaluationDecider } from './decide-final-evaluation.js';
import type { FinalEvaluationEvent } from './final-evaluation.events.js';

const given = scenario(finalEvaluationDecider);
const wangJing = { userId: 'wang.jing', unitCode: '323001', sectionId: 'employment' };
const opened = evaluationHistory([open()]);
const complete = evaluationHistory([open(), record(), execution(), explain()]);
const submitted = evaluationHistory([open(), record(), execution(), explain(), submitEvaluation()]);
const approved = evaluationHistory([open(), record(), execution(), explain(), submitEvaluation(), approveEvaluation('SECTION', sectionHead), approveEvaluation('OFFICE', office)]);

describe('OpenFinalEvaluation', () => {
  it('opens version 1 on the approved targets after the year ends', () => {
    given([]).when(open()).then([
      {
        type: 'FinalEvaluationOpened',
        data: {
          ...key,
          version: 1,
          baseline: {
            version: 1,
            name: '就业工作经费',
            unitCode: '323001',
            unitName: '巨鹿县人力资源和社会保障局本级',
            sectionId: 'employment',
            budgetFen: 20000000,
            spendingPlan: { mar: 5000000, jun: 10000000, oct: 15000000, dec: 20000000 },
            indicators: baseline.content.indicators,
          },
          openedBy: wangJing,
        },
      },
    ]);
  });

  it('refuses before the year has ended (CONFLICT), on 31 December itself too', () => {
    expect(given([]).when(open(preparer, '2022-12-31')).thenThrows('CONFLICT').message).toBe(
      '2022 年度的绩效自评在年度结束（2022-12-31）之后才能开始；今天是 2022-12-31。',
    );
  });

  it('refuses without approved targets (NOT_FOUND)', () => {
    given([]).when({ ...open(), baseline: null } as never).thenThrows('NOT_FOUND');
  });

  it('refuses a preparer of another section (FORBIDDEN) and an auditor', () => {
    given([]).when(open(preparerOfOtherSection)).thenThrows('FORBIDDEN');
    given([]).when(open(auditor)).thenThrows('FORBIDDEN');
  });

  it('refuses opening twice (CONFLICT)', () => {
    given(opened).when(open()).thenThrows('CONFLICT');
  });
});

describe('RecordFinalEvaluationResults', () => {
  it('records a value per indicator and a grade with its percent for the qualitative ones', () => {
    const [event] = given(opened).when(record()).thenEventTypes(['FinalEvaluationResultsRecorded']);
    expect(event?.type === 'FinalEvaluationResultsRecorded' && event.data.results[4]).toEqual({
      index: 4,
      result: { kind: 'GRADED', grade: 'ACHIEVED', percent: '90' },
    });
  });

  it('refuses a grade outside its band, a value for a qualitative indicator and an unknown indicator, naming each, writing nothing', () => {
    const error = given(opened)
      .when({
        type: 'RecordFinalEvaluationResults',
        ...key,
        actor: preparer,
        results: [
          { index: 4, result: { kind: 'GRADED', grade: 'PARTLY_ACHIEVED', percent: '85' } },
          { index: 5, result: { kind: 'MEASURED', actual: '1' } },
          { index: 9, result: { kind: 'MEASURED', actual: '1' } },
          { index: 0, result: { kind: 'MEASURED', actual: 'ten' } },
        ],
      })
      .thenThrows('VALIDATION');
    expect(error.problems).toEqual([
      { field: 'results[0].percent', message: '「85」超出「部分达成」的范围：「部分达成」为该指标分值的 60% 至 80%（不含）' },
      {
        field: 'results[1].grade',
        message: '「维护社会稳定」的指标值「效果显著」没有可衡量的数字：请评定为 达成、部分达成 或 未达成，并给出得分百分比',
      },
      { field: 'results[2].index', message: '9 不是已批准目标中的指标：index 从 0 开始计数，应为 0 至 6（即表上第 1 至第 7 项）' },
      { field: 'results[3].actual', message: '「ten」不是数字：请以小数填写完成值，例如 98.5' },
    ]);
  });

  it('refuses a final result below 0 for a count (-5 of 10次) and accepts one for a percentage, writing nothing', () => {
    const recordResults = (results: Array<{ index: number; result: { kind: 'MEASURED'; actual: string } }>) =>
      ({ type: 'RecordFinalEvaluationResults', ...key, actor: preparer, results }) as const;
    const error = given(opened).when(recordResults([{ index: 0, result: { kind: 'MEASURED', actual: '-5' } }])).thenThrows('VALIDATION');
    expect(error.problems).toEqual([
      {
        field: 'results[0].actual',
        message: '「-5」小于 0：开展就业培训数 的指标值是 10次，计的是数量，完成值不会是负数；请填写实际达到的数值（只有百分比指标，如增长率，才可能小于 0）',
      },
    ]);
    given(opened).when(recordResults([{ index: 2, result: { kind: 'MEASURED', actual: '-2' } }])).thenEventTypes(['FinalEvaluationResultsRecorded']);
  });

  it('refuses while the evaluation is under review (CONFLICT)', () => {
    given(submitted).when(record()).thenThrows('CONFLICT');
  });
});

describe('figures typed as text', () => {
  it('refuses a result, a grade percent or a weight longer than any number the form holds (30 characters)', () => {
    const long = `1${'0'.repeat(30)}`;
    const recorded = given(opened)
      .when({
        type: 'RecordFinalEvaluationResults',
        ...key,
        actor: preparer,
        results: [
          { index: 0, result: { kind: 'MEASURED', actual: long } },
          { index: 4, result: { kind: 'GRADED', grade: 'ACHIEVED', percent: `90.${'0'.repeat(30)}` } },
        ],
      })
      .thenThrows('VALIDATION');
    expect(recorded.problems).toEqual([
      { field: 'results[0].actual', message: '有 31 个字符，超过了此栏的上限 30 个字符：请精简后再提交' },
      { field: 'results[1].percent', message: '有 33 个字符，超过了此栏的上限 30 个字符：请精简后再提交' },
    ]);
    const weights = ['70', `30.${'0'.repeat(30)}`, '0', '0', null, null, null];
    const error = given(opened).when({ type: 'SetFinalEvaluationWeights', ...key, actor: preparer, weights }).thenThrows('VALIDATION');
    expect(error.problems.map((problem) => problem.field)).toEqual(['indicators[1].weight']);
  });
});

describe('SetFinalEvaluationWeights', () => {
  it('refuses weights of a group that do not add up to 100, naming the group', () => {
    const error = given(opened)
      .when({ type: 'SetFinalEvaluationWeights', ...key, actor: preparer, weights: ['40', '30', '20', '20', null, null, null] })
      .thenThrows('VALIDATION', 'weights.产出指标');
    expect(error.problems).toHaveLength(1);
  });

  it('accepts weights adding up to 100 in each weighted group', () => {
    given(opened)
      .when({ type: 'SetFinalEvaluationWeights', ...key, actor: preparer, weights: ['40', '20', '20', '20', null, null, null] })
      .thenEventTypes(['FinalEvaluationWeightsSet']);
  });
});

describe('SubmitFinalEvaluation', () => {
  it('submits a complete evaluation with the score it computes: 89.75, 良', () => {
    given(complete).when(submitEvaluation()).then([
      {
        type: 'FinalEvaluationSubmitted',
        data: { ...key, version: 1, chain: twoStepChain, submittedBy: wangJing, resubmission: false, score: { total: '89.75', grade: 'GOOD' } },
      },
    ]);
  });

  it('refuses without the execution from the ledger', () => {
    given(evaluationHistory([open(), record(), explain()])).when(submitEvaluation()).thenThrows('VALIDATION', 'executed');
  });

  it('refuses while an indicator has no result, naming it', () => {
    const error = given(evaluationHistory([open(), record(workedResults.slice(0, 6)), execution()])).when(submitEvaluation()).thenThrows('VALIDATION');
    expect(error.problems.map((problem) => problem.field)).toEqual(['indicators[6].actual']);
  });

  it('refuses while a row short of full points, an over-completion or a low execution rate has no explanation', () => {
    const error = given(evaluationHistory([open(), record(), execution(17000000), explain([0, 1])])).when(submitEvaluation()).thenThrows('VALIDATION');
    expect(error.problems).toEqual([
      {
        field: 'explanations.execution',
        message: '必填：预算执行率为 85.00%，低于 90%；请说明原因和改进措施',
      },
      {
        field: 'explanations.indicators[4]',
        message: '「构建和谐劳动关系」必须说明：得分 13.50，满分 15.00；请说明原因和改进措施',
      },
      {
        field: 'explanations.indicators[5]',
        message: '「维护社会稳定」必须说明：得分 10.50，满分 15.00；请说明原因和改进措施',
      },
    ]);
  });
});

describe('deciding the evaluation through the chain', () => {
  it('approving the last step makes the version final with its score', () => {
    const atOffice = evaluationHistory([open(), record(), execution(), explain(), submitEvaluation(), approveEvaluation('SECTION', sectionHead)]);
    const events = given(atOffice).when(approveEvaluation('OFFICE', office)).thenEventTypes(['FinalEvaluationStepApproved', 'FinalEvaluationApproved']);
    const final = events[1] as Extract<FinalEvaluationEvent, { type: 'FinalEvaluationApproved' }>;
    expect(final.data.score).toEqual({ total: '89.75', grade: 'GOOD' });
    expect(final.data.approvals.map((approval) => approval.by.userId)).toEqual(['li.qiang', 'chen.hong']);
  });

  it('refuses the submitter deciding a step (separation of duties)', () => {
    const error = given(submitted).when(approveEvaluation('SECTION', { ...preparer, roles: ['PREPARER', 'SECTION_HEAD'] })).thenThrows('FORBIDDEN');
    expect(error.message).toMatch(/^你提交了该绩效自评表的第 1 版/);
  });

  it('refuses any change once approved and says a correction is a new version', () => {
    expect(given(approved).when(record()).thenThrows('CONFLICT').message).toBe(
      '不能记录完成值：该绩效自评表（第 1 版）已批准，不再变更。它已定稿：如需修改，请发起更正（correctFinalEvaluation），生成新版本。',
    );
  });

  it('a correction after approval starts version 2, keeping version 1 on record', () => {
    given(approved)
      .when({ type: 'CorrectFinalEvaluation', ...key, actor: preparer, reason: '培训次数按最终统计口径更正为9次' })
      .then([
        {
          type: 'FinalEvaluationCorrectionStarted',
          data: { ...key, version: 2, approvedVersion: 1, reason: '培训次数按最终统计口径更正为9次', startedBy: wangJing },
        },
      ]);
  });

  it('the corrected version is recorded and resubmitted to the chain as version 2', () => {
    const correction = given(approved).when({ type: 'CorrectFinalEvaluation', ...key, actor: preparer, reason: '更正' }).thenEventTypes(['FinalEvaluationCorrectionStarted']);
    const [submittedAgain] = given([...approved, ...correction]).when(submitEvaluation()).thenEventTypes(['FinalEvaluationSubmitted']);
    expect(submittedAgain?.type === 'FinalEvaluationSubmitted' && submittedAgain.data.version).toBe(2);
  });

  it('refuses a correction without a reason, or of an evaluation not approved', () => {
    given(approved).when({ type: 'CorrectFinalEvaluation', ...key, actor: preparer, reason: '' }).thenThrows('VALIDATION', 'reason');
    given(submitted).when({ type: 'CorrectFinalEvaluation', ...key, actor: preparer, reason: '更正' }).thenThrows('CONFLICT');
  });

  it('returns to the preparer, who changes and resubmits it', () => {
    const returned = evaluationHistory([
      open(),
      record(),
      execution(),
      explain(),
      submitEvaluation(),
      { type: 'ReturnFinalEvaluation', ...key, actor: sectionHead, step: 'SECTION', to: 'PREPARER', reason: '培训次数与台账不符' },
    ]);
    given(returned).when(record(workedResults.slice(0, 1))).thenEventTypes(['FinalEvaluationResultsRecorded']);
    given(returned).when({ type: 'ResubmitFinalEvaluation', ...key, actor: preparer }).thenEventTypes(['FinalEvaluationSubmitted']);
  });

  it('lets the preparer withdraw an undecided submission', () => {
    given(submitted).when({ type: 'WithdrawFinalEvaluationSubmission', ...key, actor: preparer }).thenEventTypes(['FinalEvaluationSubmissionWithdrawn']);
  });
});
