import { describe, expect, it } from '@jest/globals';
import { ledgerStreamId } from '@app/domain';
import { disbursementRecorded, disbursementReversed } from '@app/domain/disbursement/fixtures/ledger-events.js';
import { executionProjection, findBaselinesInForce, findLedgerEntries } from '@app/projections';
import { append } from './support/event-log.js';
import { readStoreDialects } from './support/read-stores.js';
import { viewUnderTest } from './support/view-under-test.js';
import { approved, baselineImported, content, newEvent, office, streamOf, unrelated } from './support/target-table-events.js';

const key = { projectCode: '13052922P00584010316P', fiscalYear: 2022 };
const other = { projectCode: 'OTHER0001', fiscalYear: 2022 };

function payment(entryNumber: number, amountFen: number, date: string, voucherNumber: string, occurredAt: string) {
  const { type, data } = disbursementRecorded({ ...key, entryNumber, amountFen, date, voucherNumber, budgetTotalFen: 20_000_000 });
  return newEvent(type, data, { actor: office, occurredAt });
}

function reversal(entryNumber: number, of: number, amountFen: number, date: string, voucherNumber: string, occurredAt: string) {
  const payment = disbursementRecorded({ ...key, entryNumber: of, amountFen, date, voucherNumber, budgetTotalFen: 20_000_000 });
  const { type, data } = disbursementReversed(entryNumber, payment);
  return newEvent(type, data, { actor: office, occurredAt });
}

describe.each(readStoreDialects)('execution view on $dialect', ({ create }) => {
  const view = viewUnderTest(create, executionProjection);
  const caughtUp = () => view.caughtUp();

  async function history(): Promise<void> {
    await append(view.store, streamOf(key), approved(key, 1, content(), { occurredAt: '2022-01-10T02:00:00.000Z' }));
    await append(view.store, 'unrelated-1', unrelated());
    await append(view.store, streamOf(other), approved(other, 1, content({ unitCode: '323003', sectionId: 'insurance', spendingPlan: { mar: null, jun: 1000, oct: null, dec: 2000 } }), { occurredAt: '2022-01-11T02:00:00.000Z' }));
    await append(
      view.store,
      ledgerStreamId(2022, key.projectCode),
      payment(1, 3_000_000, '2022-02-15', 'V1', '2022-02-15T03:00:00.000Z'),
      payment(2, 500_000, '2022-05-20', 'V2', '2022-05-20T03:00:00.000Z'),
      reversal(3, 2, 500_000, '2022-05-20', 'V2', '2022-06-02T03:00:00.000Z'),
    );
    await append(view.store, 'directory', newEvent('UnitCreated', { unitCode: '323009', name: '其他单位' }, {}));
    await append(view.store, streamOf(key), approved(key, 2, content({ budget: { total: 30_000_000, fiscal: 30_000_000, other: 0 } }), { occurredAt: '2022-07-01T02:00:00.000Z', replacedBaselineVersion: 1 }));
    await caughtUp();
  }

  it('keeps every ledger entry with its signed amount and the time it was recorded', async () => {
    await history();
    const entries = await findLedgerEntries(view.readStore.db, 2022, [key.projectCode]);
    expect(entries.map(({ entryNumber, kind, amountFen, date, voucherNumber, reason, reversedEntryNumber, recordedAt, recordedBy }) => ({ entryNumber, kind, amountFen, date, voucherNumber, reason, reversedEntryNumber, recordedAt, recordedBy }))).toEqual([
      { entryNumber: 1, kind: 'PAYMENT', amountFen: 3_000_000, date: '2022-02-15', voucherNumber: 'V1', reason: null, reversedEntryNumber: null, recordedAt: '2022-02-15T03:00:00.000Z', recordedBy: office.userId },
      { entryNumber: 2, kind: 'PAYMENT', amountFen: 500_000, date: '2022-05-20', voucherNumber: 'V2', reason: null, reversedEntryNumber: null, recordedAt: '2022-05-20T03:00:00.000Z', recordedBy: office.userId },
      { entryNumber: 3, kind: 'REVERSAL', amountFen: -500_000, date: '2022-05-20', voucherNumber: 'V2', reason: '金额录入错误', reversedEntryNumber: 2, recordedAt: '2022-06-02T03:00:00.000Z', recordedBy: office.userId },
    ]);
    expect(entries[0]).toMatchObject({ payee: '巨鹿县就业服务中心', unitCode: '323001' });
  });

  it('reads the ledger as it stood at a moment: entries recorded by then', async () => {
    await history();
    const beforeReversal = await findLedgerEntries(view.readStore.db, 2022, [key.projectCode], '2022-06-01T00:00:00.000Z');
    expect(beforeReversal.map((entry) => entry.entryNumber)).toEqual([1, 2]);
    expect(await findLedgerEntries(view.readStore.db, 2022, [key.projectCode], '2022-01-31T00:00:00.000Z')).toEqual([]);
  });

  it('serves the baseline in force, now and at a moment before an adjustment was approved', async () => {
    await history();
    const now = await findBaselinesInForce(view.readStore.db, 2022, { projectCode: key.projectCode });
    expect(now.map((baseline) => [baseline.version, baseline.budgetTotalFen])).toEqual([[2, 30_000_000]]);
    const then = await findBaselinesInForce(view.readStore.db, 2022, { projectCode: key.projectCode }, '2022-06-30T00:00:00.000Z');
    expect(then).toEqual([
      {
        ...key,
        version: 1,
        name: '就业工作经费',
        unitCode: '323001',
        unitName: '巨鹿县人力资源和社会保障局本级',
        sectionId: 'section-employment',
        budgetTotalFen: 20_000_000,
        plan: { mar: 5_000_000, jun: 10_000_000, oct: 15_000_000, dec: 20_000_000 },
        approvedAt: '2022-01-10T02:00:00.000Z',
      },
    ]);
    expect(await findBaselinesInForce(view.readStore.db, 2022, {}, '2022-01-01T00:00:00.000Z')).toEqual([]);
  });

  it('narrows baselines to a unit or a read scope and keeps empty plan columns empty', async () => {
    await history();
    const ofUnit = await findBaselinesInForce(view.readStore.db, 2022, { unitCode: '323003' });
    expect(ofUnit.map((baseline) => [baseline.projectCode, baseline.plan])).toEqual([[other.projectCode, { mar: null, jun: 1000, oct: null, dec: 2000 }]]);
    const readBy = async (unitCode: string, sectionId: string | null) =>
      (await findBaselinesInForce(view.readStore.db, 2022, { readableIn: { everything: false, units: [], sections: [{ unitCode, sectionId }] } })).map((baseline) => baseline.projectCode);
    expect(await readBy('323001', 'insurance')).toEqual([]);
    expect(await readBy('323001', 'section-employment')).toEqual([key.projectCode]);
    expect(await readBy('323003', null)).toEqual([]);
    expect(await readBy('323003', 'insurance')).toEqual([other.projectCode]);
    const everything = await findBaselinesInForce(view.readStore.db, 2022, { readableIn: { everything: true, units: [], sections: [] } });
    expect(everything.map((baseline) => baseline.projectCode)).toEqual([key.projectCode, other.projectCode]);
    const unit = await findBaselinesInForce(view.readStore.db, 2022, { readableIn: { everything: false, units: ['323003'], sections: [] } });
    expect(unit.map((baseline) => baseline.projectCode)).toEqual([other.projectCode]);
    expect((await findBaselinesInForce(view.readStore.db, 2022, {})).map((baseline) => baseline.projectCode)).toEqual([key.projectCode, other.projectCode]);
  });

  it('is rebuilt from the log to the same rows', async () => {
    await history();
    const before = await findLedgerEntries(view.readStore.db, 2022, [key.projectCode]);
    await view.runner.rebuild('all');
    expect(await findLedgerEntries(view.readStore.db, 2022, [key.projectCode])).toEqual(before);
  });

  it('measures against a baseline imported as approved, and rebuilds a view kept by a build that counted only chain approvals', async () => {
    const imported = { fiscalYear: 2023, projectCode: key.projectCode };
    await append(view.store, streamOf(imported), baselineImported(imported, content(), { occurredAt: '2023-01-05T02:00:00.000Z' }));
    await caughtUp();
    const inForce = async () => (await findBaselinesInForce(view.readStore.db, 2023, {})).map(({ projectCode, version, budgetTotalFen }) => ({ projectCode, version, budgetTotalFen }));
    expect(await inForce()).toEqual([{ projectCode: key.projectCode, version: 1, budgetTotalFen: content().budget.total }]);

    // The view as an older build left it: no origin column, and no row for the import.
    await view.runner.stop();
    await view.readStore.db.deleteFrom('execution_baselines' as never).execute();
    await view.readStore.db.schema.alterTable('execution_baselines').dropColumn('origin').execute();
    await view.restart();
    await caughtUp();
    expect(await inForce()).toEqual([{ projectCode: key.projectCode, version: 1, budgetTotalFen: content().budget.total }]);
  });
});
