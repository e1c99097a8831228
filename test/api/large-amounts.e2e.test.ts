import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { readStores, startApiOn } from '../support/read-stores.js';
import { setUpDemoDirectory, type DemoDirectory, type RunningApi } from '../support/running-api.js';
import { targetTableMutations } from '../support/target-table-mutations.js';

/**
 * Amounts are bounded at the edge to what a budget can be, less than 10^12 yuan (README,
 * money): a larger one is a VALIDATION problem of its field, never arithmetic gone wrong, and
 * views summing the largest tables stay exact on either read store.
 */
const largest = '999999999999.99';
const past2to53Fen = '90071992547409.91';
const tables = targetTableMutations('position');
const RECORD = `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { position } }`;
const OVERVIEW = `query($min: String) { executionOverview(fiscalYear: 2022, minPosition: $min) { units { budget spent } department { budget spent executionRate } } }`;
const withBudget = (total: string) => ({ ...seedTable3, sectionId: 'employment', budget: { total, fiscal: total }, spendingPlan: { mar: '0.00', jun: '0.00', oct: '0.00', dec: total } });

describe.each(readStores)('amounts at and past the bound ($readStore read store)', ({ open }) => {
  let api: RunningApi;
  let stop: () => Promise<void>;
  let demo: DemoDirectory;
  let lastPosition: string;

  beforeAll(async () => {
    ({ api, stop } = await startApiOn(open));
    demo = await setUpDemoDirectory(api);
    for (const projectCode of ['LARGEST001', 'LARGEST002']) {
      const ref = { projectCode, fiscalYear: 2022 };
      await api.must(demo.preparer, tables.DRAFT, { input: { ...ref, content: withBudget(largest) } });
      await api.must(demo.preparer, tables.SUBMIT, { input: ref });
      await api.must(demo.sectionHead, tables.APPROVE, { input: { ...ref, step: 'SECTION' } });
      await api.must(demo.office, tables.APPROVE, { input: { ...ref, step: 'OFFICE' } });
      const paid = await api.mutate(demo.office, RECORD, { ...ref, amount: largest, date: '2022-03-01', voucherNumber: 'V-1', payee: '巨鹿县就业服务中心' });
      lastPosition = paid.position;
    }
  }, 120_000);

  afterAll(() => stop());

  it('sums two tables of the largest budget, fully paid, exactly', async () => {
    const { executionOverview } = await api.must(demo.leader, OVERVIEW, { min: lastPosition });
    expect(executionOverview).toEqual({
      units: [{ budget: '1999999999999.98', spent: '1999999999999.98' }],
      department: { budget: '1999999999999.98', spent: '1999999999999.98', executionRate: '100.00' },
    });
  });

  it('refuses a payment past the bound as a VALIDATION problem of amount', async () => {
    const ref = { projectCode: 'LARGEST001', fiscalYear: 2022 };
    const refusal = await api.refusal(demo.office, RECORD, { input: { ...ref, amount: past2to53Fen, date: '2022-04-01', voucherNumber: 'V-2', payee: '巨鹿县就业服务中心' } });
    expect(refusal.code).toBe('VALIDATION');
    expect(refusal.problems).toEqual([expect.objectContaining({ field: 'amount', message: expect.stringContaining('超出金额上限') })]);
  });

  it('refuses a table whose budget is past the bound as a VALIDATION problem of its budget', async () => {
    const refusal = await api.refusal(demo.preparer, tables.DRAFT, { input: { projectCode: 'PASTBOUND1', fiscalYear: 2022, content: withBudget(past2to53Fen) } });
    expect(refusal.code).toBe('VALIDATION');
    expect((refusal.problems as Array<{ field: string }>).map((problem) => problem.field)).toEqual(
      expect.arrayContaining([expect.stringMatching(/budget\.total$/), expect.stringMatching(/spendingPlan\.dec$/)]),
    );
  });
});
