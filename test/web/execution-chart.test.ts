import { describe, expect, it } from '@jest/globals';
import type { Checkpoint, LedgerEntry } from '../../apps/web/src/graphql/execution-documents.js';
import { cumulativeSpending, executionChartOption, planLine, redFirst } from '../../apps/web/src/lib/execution-chart.js';

/**
 * The lines of 执行进度's chart, from the ledger the browser test records on seed table 3
 * (test/web/execution-audit-directory.e2e.test.ts; plan 5/10/15/20 万元 at 3/6/10/12月底).
 * The browser test asserts the totals printed under the chart; this asserts the lines drawn,
 * and the order 执行总览 lists projects in (red first).
 */
describe('the execution chart and overview order of the console', () => {
  const entry = (entryNumber: number, amount: string, date: string, kind: LedgerEntry['kind'] = 'PAYMENT'): LedgerEntry => ({
    entryNumber,
    kind,
    amount,
    date,
    voucherNumber: `V-00${entryNumber}`,
    payee: null,
    note: null,
    reason: kind === 'REVERSAL' ? '金额登记错误' : null,
    reversedEntryNumber: kind === 'REVERSAL' ? 3 : null,
    reversedByEntryNumber: null,
    recordedAt: '2022-07-31T00:00:00.000Z',
    recorder: null,
  });
  const payments = [entry(1, '30000.00', '2022-02-15'), entry(2, '45000.00', '2022-05-20'), entry(3, '8000.00', '2022-06-28')];
  // The ledger gives a reversal its own negative entry on the reversed payment's date.
  const reversal = entry(4, '-8000.00', '2022-06-28', 'REVERSAL');
  const checkpoint = (key: string, date: string, planned: string): Checkpoint => ({ key, label: key, date, planned, passed: false, spent: null, shortfall: null });
  const checkpoints = [checkpoint('3月底', '2022-03-31', '50000.00'), checkpoint('6月底', '2022-06-30', '100000.00'), checkpoint('10月底', '2022-10-31', '150000.00'), checkpoint('12月底', '2022-12-31', '200000.00')];

  it('draws spending by payment date in 万元, from 0 on 1 January to the date read', () => {
    expect(cumulativeSpending(payments, 2022, '2022-07-31')).toEqual([
      ['2022-01-01', 0],
      ['2022-02-15', 3],
      ['2022-05-20', 7.5],
      ['2022-06-28', 8.3],
      ['2022-07-31', 8.3],
    ]);
  });

  it('lowers the line on the reversed payment’s date once a reversal is recorded', () => {
    const spent = (entries: LedgerEntry[]) => {
      const option = executionChartOption({ entries, checkpoints, fiscalYear: 2022, through: '2022-07-31' }) as { series: Array<{ name: string; data: unknown }> };
      return option.series.find((series) => series.name === '累计支出')!.data;
    };
    expect(spent(payments)).toContainEqual(['2022-06-28', 8.3]);
    expect(spent([...payments, reversal])).toEqual([
      ['2022-01-01', 0],
      ['2022-02-15', 3],
      ['2022-05-20', 7.5],
      ['2022-06-28', 7.5],
      ['2022-07-31', 7.5],
    ]);
  });

  it('leaves out payments after the date read', () => {
    expect(cumulativeSpending([...payments, entry(5, '20000.00', '2022-07-15')], 2022, '2022-06-30')).toEqual([
      ['2022-01-01', 0],
      ['2022-02-15', 3],
      ['2022-05-20', 7.5],
      ['2022-06-28', 8.3],
      ['2022-06-30', 8.3],
    ]);
  });

  it('draws the plan through its 3/6/10/12月底 points', () => {
    expect(planLine(checkpoints, 2022)).toEqual([
      ['2022-01-01', 0],
      ['2022-03-31', 5],
      ['2022-06-30', 10],
      ['2022-10-31', 15],
      ['2022-12-31', 20],
    ]);
  });

  it('lists the overview red first, then yellow, green and none; within a light the furthest behind first', () => {
    const project = (projectCode: string, light: 'RED' | 'YELLOW' | 'GREEN' | null, lightRatio: string | null) => ({ projectCode, light, lightRatio });
    const listed = redFirst([
      project('P1', 'GREEN', '86.57'),
      project('P2', null, null),
      project('P3', 'YELLOW', '71.14'),
      project('P4', 'RED', '55.00'),
      project('P5', 'YELLOW', '64.29'),
      project('P6', 'RED', '12.50'),
    ]);
    expect(listed.map((p) => p.projectCode)).toEqual(['P6', 'P4', 'P5', 'P3', 'P1', 'P2']);
  });
});
