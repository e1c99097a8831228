import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { PubSub } from 'graphql-subscriptions';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { LEDGER_CHANGES } from '../../apps/api/src/ledger-changes/ledger-changes.topic.js';
import { approveSeedTable3, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { removeDataDir, RunningApi, setUpDemoDirectory, type Caller, type DemoDirectory } from '../support/running-api.js';
import { until } from '../projections/support/until.js';

/**
 * What the console's execution pages need beyond the first API: every project of a unit in the
 * overview (not only those behind plan), and a live signal when a payment or reversal is stored.
 */
const CHANGED = `subscription($unitCode: String) { ledgerChanged(unitCode: $unitCode) { projectCode fiscalYear unitCode sectionId eventType eventLabel entryNumber position by at } }`;
const RECORD = `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { entryNumber position } }`;
const REVERSE = `mutation($input: ReverseDisbursementInput!) { reverseDisbursement(input: $input) { entryNumber position } }`;
const OVERVIEW = `query($year: Int!, $min: String) { executionOverview(fiscalYear: $year, through: "2022-07-31", minPosition: $min) {
  units { unitCode projectCount projects { projectCode spent executionRate lightRatio lightLabel } } } }`;

type Result = { data?: { ledgerChanged: Record<string, unknown> } | null; errors?: unknown[] };

describe('ledgerChanged and the overview’s projects', () => {
  let api: RunningApi;
  let demo: DemoDirectory;
  let listeners: ReturnType<typeof jest.spyOn>;
  const clients: Client[] = [];

  beforeAll(async () => {
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
    await approveSeedTable3(api, demo);
    listeners = jest.spyOn(api.app.get<PubSub>(LEDGER_CHANGES), 'subscribe');
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  function subscribe(caller: Caller, unitCode?: string): AsyncIterableIterator<Result> {
    const client = createClient({ url: `${api.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${caller.token}` }, retryAttempts: 0 });
    clients.push(client);
    return client.iterate({ query: CHANGED, variables: unitCode === undefined ? {} : { unitCode } }) as AsyncIterableIterator<Result>;
  }

  it('delivers a payment and its reversal to the unit and an auditor, not to another section or unit', async () => {
    const office = subscribe(demo.office);
    const auditor = subscribe(demo.auditor, '323001');
    const otherSection = subscribe(demo.otherSectionPreparer);
    const otherUnit = subscribe(demo.preparer323003);
    await until(() => listeners.mock.calls.length >= 4);

    const paid = await api.must<{ recordDisbursement: { position: string } }>(demo.office, RECORD, {
      input: { ...seedTable3Ref, amount: '30000.00', date: '2022-02-15', voucherNumber: 'LIVE-001', payee: '巨鹿县就业服务中心' },
    });
    const first = (await office.next()).value as Result;
    expect(first.data!.ledgerChanged).toMatchObject({
      ...seedTable3Ref,
      unitCode: '323001',
      sectionId: 'employment',
      eventType: 'DisbursementRecorded',
      eventLabel: '支出登记',
      entryNumber: 1,
      position: paid.recordDisbursement.position,
      by: '陈主任',
    });
    expect(((await auditor.next()).value as Result).data!.ledgerChanged.entryNumber).toBe(1);

    await api.must(demo.office, REVERSE, { input: { ...seedTable3Ref, entryNumber: 1, reason: '金额有误' } });
    expect(((await office.next()).value as Result).data!.ledgerChanged).toMatchObject({ eventType: 'DisbursementReversed', eventLabel: '冲销', entryNumber: 2 });

    // Neither the labor section's preparer nor the other unit heard of either entry: the next thing they
    // might receive is nothing, so race it against a short wait after the auditor's second delivery.
    expect(((await auditor.next()).value as Result).data!.ledgerChanged.entryNumber).toBe(2);
    const nothing = Symbol('nothing');
    const wait = () => new Promise((resolve) => setTimeout(() => resolve(nothing), 500));
    await expect(Promise.race([otherSection.next(), wait()])).resolves.toBe(nothing);
    await expect(Promise.race([otherUnit.next(), wait()])).resolves.toBe(nothing);
  });

  it('lists every project of a unit in the overview with its own figures', async () => {
    const { recordDisbursement } = await api.must<{ recordDisbursement: { position: string } }>(demo.office, RECORD, {
      input: { ...seedTable3Ref, amount: '101000.00', date: '2022-07-15', voucherNumber: 'LIVE-002', payee: '巨鹿县就业服务中心' },
    });
    const { executionOverview } = await api.must<{ executionOverview: any }>(demo.office, OVERVIEW, { year: 2022, min: recordDisbursement.position });
    // 101,000 of 200,000 is 50.50 %; × 12 / 7 months = 86.57: green (docs/execution.md).
    expect(executionOverview.units).toEqual([
      {
        unitCode: '323001',
        projectCount: 1,
        projects: [{ projectCode: seedTable3Ref.projectCode, spent: '101000.00', executionRate: '50.50', lightRatio: '86.57', lightLabel: '绿' }],
      },
    ]);
  });
});
