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
      'The final evaluation of 2022 starts after the year ends (2022-12-31); today is 2022-12-31.',
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
      { field: 'results[0].percent', message: '"85" is outside 部分达成: 部分达成 is 60 to under 80 % of the indicator\'s points' },
      {
        field: 'results[1].grade',
        message: '"效果显著" of 维护社会稳定 has no number to measure against: grade it 达成, 部分达成 or 未达成 with a percent of its points',
      },
      { field: 'results[2].index', message: '9 is not an indicator of the approved targets: give a position from 0 to 6' },
      { field: 'results[3].actual', message: '"ten" is not a number: give the value reached as a decimal, e.g. 98.5' },
    ]);
  });

  it('refuses a final result below 0 for a count (-5 of 10次) and accepts one for a percentage, writing nothing', () => {
    const recordResults = (results: Array<{ index: number; result: { kind: 'MEASURED'; actual: string } }>) =>
      ({ type: 'RecordFinalEvaluationResults', ...key, actor: preparer, results }) as const;
    const error = given(opened).when(recordResults([{ index: 0, result: { kind: 'MEASURED', actual: '-5' } }])).thenThrows('VALIDATION');
    expect(error.problems).toEqual([
      {
        field: 'results[0].actual',
        message: '"-5" 小于 0：开展就业培训数 的指标值是 10次，计的是数量，完成值不会是负数；请填写实际达到的数值（只有百分比指标，如增长率，才可能小于 0）',
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
        message: 'is required: the execution rate is 85.00 %, under 90 %; give its cause and improvement measure',
      },
      {
        field: 'explanations.indicators[4]',
        message: 'is required for 构建和谐劳动关系: it scores 13.50 of 15.00 points; give the cause and improvement measure',
      },
      {
        field: 'explanations.indicators[5]',
        message: 'is required for 维护社会稳定: it scores 10.50 of 15.00 points; give the cause and improvement measure',
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
    expect(error.message).toMatch(/^You submitted version 1 of this final evaluation/);
  });

  it('refuses any change once approved and says a correction is a new version', () => {
    expect(given(approved).when(record()).thenThrows('CONFLICT').message).toBe(
      'Cannot record results: the final evaluation (version 1) is approved (已批准) and final. ' +
        'It is final: to change it, start a correction (correctFinalEvaluation), a new version.',
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
