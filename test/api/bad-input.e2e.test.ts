import { describe, expect, it } from '@jest/globals';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { apiWithApprovedSeedTable3, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { readStores } from '../support/read-stores.js';
import type { Caller } from '../support/running-api.js';
import { targetTableMutations } from '../support/target-table-mutations.js';

/**
 * Garbage a reviewer would send back, sent over HTTP: each answer is a VALIDATION naming the
 * field with a Chinese message, and nothing of it is stored. The rules do not depend on the
 * read store, so one API on the embedded store is enough.
 */

const { DRAFT, SUBMIT, APPROVE, RETURN } = targetTableMutations('position');
const TABLE = `query($code: String!, $year: Int!) { targetTable(projectCode: $code, fiscalYear: $year) { status version name currentStep { step } } }`;
const LEDGER = `query($code: String!, $year: Int!) { disbursements(projectCode: $code, fiscalYear: $year) { total totalCount edges { node { entryNumber } } } }`;
const RECORD_PAYMENT = `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { position } }`;
const REPORT = `mutation($input: ReportIndicatorProgressInput!) { reportIndicatorProgress(input: $input) { position } }`;
const MIDTERM = `query($code: String!, $year: Int!) { midtermReview(projectCode: $code, fiscalYear: $year) { progress { index reports { value } } } }`;
const OPEN_EVALUATION = `mutation($input: FinalEvaluationRefInput!) { openFinalEvaluation(input: $input) { position } }`;
const RECORD_RESULTS = `mutation($input: RecordFinalEvaluationResultsInput!) { recordFinalEvaluationResults(input: $input) { position } }`;
const EVALUATION = `query($code: String!, $year: Int!) { finalEvaluation(projectCode: $code, fiscalYear: $year) { scorecard { rows { index actual } } } }`;
const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { revision } }`;
const UNITS = `{ units { unitCode } }`;

const year = 2022;
const content = { ...seedTable3, sectionId: 'employment' };
const chinese = /\p{Script=Han}/u;

describe.each(readStores.slice(0, 1))('bad input over HTTP ($readStore read store)', ({ open }) => {
  const started = apiWithApprovedSeedTable3(open);

  /** The one error of a refused operation: VALIDATION, each problem in Chinese. */
  async function validation(caller: Caller, document: string, variables: Record<string, unknown>) {
    const refusal = await started.api.refusal(caller, document, variables);
    expect(refusal.code).toBe('VALIDATION');
    const problems = refusal.problems as Array<{ code?: string; field: string; message: string }>;
    for (const problem of problems) expect(problem.message).toMatch(chinese);
    return problems;
  }

  async function tableOf(code: string) {
    return started.api.graphql<{ targetTable: { status: string; version: number; name: string; currentStep: { step: string } | null } }>(
      TABLE,
      { code, year },
      started.demo.preparer,
    );
  }

  async function expectNoTable(code: string) {
    expect((await tableOf(code)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  }

  it('refuses to submit a budget of 0.00 with a plan of 0.00 (BUDGET_MISSING), and the table stays a draft', async () => {
    const zero = { ...content, budget: { total: '0.00', fiscal: '0.00' }, spendingPlan: { mar: '0.00', jun: '0.00', oct: '0.00', dec: '0.00' } };
    await started.api.mutate(started.demo.preparer, DRAFT, { projectCode: 'ZEROBUDGET01', fiscalYear: year, content: zero });
    const problems = await validation(started.demo.preparer, SUBMIT, { input: { projectCode: 'ZEROBUDGET01', fiscalYear: year } });
    expect(problems).toEqual([
      {
        code: 'BUDGET_MISSING',
        field: 'budget.total',
        message: '预算数为 0.00 元：绩效目标表为有预算的项目而设，请填写项目批复的预算数（财政资金与其他资金之和）和相应的资金支出计划。',
      },
    ]);
    expect((await tableOf('ZEROBUDGET01')).data?.targetTable.status).toBe('DRAFT');
  });

  it('refuses to submit a table without goals (GOALS_MISSING), and the table stays a draft', async () => {
    await started.api.mutate(started.demo.preparer, DRAFT, { projectCode: 'NOGOALS01', fiscalYear: year, content: { ...content, goals: [] } });
    const problems = await validation(started.demo.preparer, SUBMIT, { input: { projectCode: 'NOGOALS01', fiscalYear: year } });
    expect(problems.map(({ code, field }) => [code, field])).toEqual([['GOALS_MISSING', 'goals']]);
    expect((await tableOf('NOGOALS01')).data?.targetTable.status).toBe('DRAFT');
  });

  it('refuses texts and lists past what the form holds: a 100,000-character purpose, 20,000 goals, 10,000 indicators', async () => {
    const huge = {
      ...content,
      purpose: '用'.repeat(100_000),
      goals: Array.from({ length: 20_000 }, () => '目标'),
      // Short rows, so that the request stays within the 2 MB body limit and reaches the domain.
      indicators: Array.from({ length: 10_000 }, () => ({ level1: '产出指标', level2: '', level3: '数', description: '', valueText: '', basis: '' })),
    };
    const problems = await validation(started.demo.preparer, DRAFT, { input: { projectCode: 'HUGE01', fiscalYear: year, content: huge } });
    expect(problems).toEqual([
      { field: 'purpose', message: '有 100000 个字符，超过了此栏的上限 2000 个字符：请精简后再提交' },
      { field: 'goals', message: '有 20000 项，超过了上限 20 项：请合并或删减后再提交' },
      { field: 'indicators', message: '有 10000 项，超过了上限 100 项：请合并或删减后再提交' },
    ]);
    await expectNoTable('HUGE01');
  });

  it('refuses a right-to-left override in the project name and zero-width-only text in a goal', async () => {
    const sneaky = { ...content, name: '就业工作经费\u202E0001', goals: ['\u200B'] };
    const problems = await validation(started.demo.preparer, DRAFT, { input: { projectCode: 'SNEAKY01', fiscalYear: year, content: sneaky } });
    expect(problems).toEqual([
      { field: 'name', message: '第 7 个字符是从右到左覆盖（U+202E）：它看不见，却会改变文字的显示或存储，请删去后再提交' },
      { field: 'goals[0]', message: '第 1 个字符是零宽空格（U+200B）：它看不见，却会改变文字的显示或存储，请删去后再提交' },
    ]);
    await expectNoTable('SNEAKY01');
  });

  it('refuses a 单位名称 that is not the directory name of the unit code', async () => {
    const problems = await validation(started.demo.preparer, DRAFT, {
      input: { projectCode: 'OTHERNAME01', fiscalYear: year, content: { ...content, unitName: '巨鹿县社会保险事业服务中心' } },
    });
    expect(problems).toEqual([
      {
        field: 'unitName',
        message: '「巨鹿县社会保险事业服务中心」不是单位 323001 的名称：单位目录中 323001 是「巨鹿县人力资源和社会保障局本级」，请填写这一名称，或核对单位编码',
      },
    ]);
    await expectNoTable('OTHERNAME01');
  });

  it('refuses an override in an approval comment and a lone surrogate in a return reason; the table waits at its step', async () => {
    const ref = { projectCode: 'COMMENTS01', fiscalYear: year };
    await started.api.mutate(started.demo.preparer, DRAFT, { ...ref, content });
    await started.api.mutate(started.demo.preparer, SUBMIT, ref);
    const comment = await validation(started.demo.sectionHead, APPROVE, { input: { ...ref, step: 'SECTION', comment: '同意\u202E' } });
    expect(comment.map(({ field }) => field)).toEqual(['comment']);
    const reason = await validation(started.demo.sectionHead, RETURN, { input: { ...ref, step: 'SECTION', to: 'PREPARER', reason: '依据不足\uD800' } });
    expect(reason).toEqual([{ field: 'reason', message: '第 5 个字符是不成对的代理项（残缺的字符编码）（U+D800）：它看不见，却会改变文字的显示或存储，请删去后再提交' }]);
    const table = (await tableOf('COMMENTS01')).data?.targetTable;
    expect([table?.status, table?.currentStep?.step]).toEqual(['IN_REVIEW', 'SECTION']);
  });

  it('refuses NUL in a payee and ESC in a voucher number, and the ledger stays empty', async () => {
    const problems = await validation(started.demo.office, RECORD_PAYMENT, {
      input: { ...seedTable3Ref, amount: '100.00', date: '2022-03-01', voucherNumber: '记-\u001B[2J01', payee: '就业\u0000服务中心' },
    });
    expect(problems.map(({ field }) => field)).toEqual(['voucherNumber', 'payee']);
    const { disbursements } = await started.api.must<{ disbursements: { total: string; totalCount: number; edges: unknown[] } }>(started.demo.office, LEDGER, { code: seedTable3Ref.projectCode, year });
    expect(disbursements).toEqual({ total: '0.00', totalCount: 0, edges: [] });
  });

  it('refuses progress of -5 trainings, keeping the reports made before', async () => {
    await started.api.mutate(started.demo.preparer, REPORT, { ...seedTable3Ref, index: 0, value: '4', asOf: '2022-05-31' });
    const problems = await validation(started.demo.preparer, REPORT, { input: { ...seedTable3Ref, index: 0, value: '-5', asOf: '2022-06-30' } });
    expect(problems).toEqual([
      {
        field: 'value',
        message: '「-5」小于 0：开展就业培训数 的指标值是 10次，计的是数量，完成值不会是负数；请填写实际达到的数值（只有百分比指标，如增长率，才可能小于 0）',
      },
    ]);
    const { midtermReview } = await started.api.must<{ midtermReview: { progress: Array<{ index: number; reports: Array<{ value: string }> }> } }>(started.demo.preparer, MIDTERM, {
      code: seedTable3Ref.projectCode,
      year,
    });
    expect(midtermReview.progress.find((indicator) => indicator.index === 0)?.reports).toEqual([{ value: '4' }]);
  });

  it('refuses a final result of -5 for a count, recording nothing', async () => {
    await started.api.mutate(started.demo.preparer, OPEN_EVALUATION, seedTable3Ref);
    const problems = await validation(started.demo.preparer, RECORD_RESULTS, { input: { ...seedTable3Ref, results: [{ index: 0, actual: '-5' }] } });
    expect(problems.map(({ field }) => field)).toEqual(['results[0].actual']);
    const { finalEvaluation } = await started.api.must<{ finalEvaluation: { scorecard: { rows: Array<{ index: number; actual: string | null }> } } }>(started.demo.preparer, EVALUATION, {
      code: seedTable3Ref.projectCode,
      year,
    });
    expect(finalEvaluation.scorecard.rows[0]).toEqual({ index: 0, actual: null });
  });

  it('refuses a unit name holding a right-to-left override, creating no unit', async () => {
    const problems = await validation(started.demo.admin, CREATE_UNIT, { input: { unitCode: '323099', name: '巨鹿县\u202E中心' } });
    expect(problems.map(({ field }) => field)).toEqual(['name']);
    const { units } = await started.api.must<{ units: Array<{ unitCode: string }> }>(started.demo.admin, UNITS);
    expect(units.map((unit) => unit.unitCode)).toEqual(['323001', '323003']);
  });
});
