import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { approveSeedTable3, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { readStores, startApiOn } from '../support/read-stores.js';
import { registerPerson, RunningApi, setUpDemoDirectory, type DemoDirectory, type DemoUser } from '../support/running-api.js';

const RECORD = `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { entryNumber position } }`;
const REVERSE = `mutation($input: ReverseDisbursementInput!) { reverseDisbursement(input: $input) { entryNumber position } }`;
const LEDGER = `query($code: String!, $year: Int!, $min: String) {
  disbursements(projectCode: $code, fiscalYear: $year, minPosition: $min) { edges { node { entryNumber kind voucherNumber recordedAt recordedBy } } }
}`;
const TRAIL = `query($filter: AuditTrailFilter, $min: String) {
  auditTrail(filter: $filter, order: OLDEST_FIRST, first: 100, minPosition: $min) {
    totalCount edges { node { at eventType kind label summary subject documentKind voucherNumber unitCode reason actor { userId name roles } } }
  }
}`;

describe.each(readStores)('who recorded and who reversed a disbursement, from the audit trail ($readStore read store)', ({ open }) => {
  let api: RunningApi;
  let stop: () => Promise<void>;
  let demo: DemoDirectory;
  /** A second person of the office of 323001, who corrects 陈主任's mistake. */
  let secondOffice: DemoUser;
  let lastPosition: string;

  async function act(caller: DemoUser, mutation: string, input: Record<string, unknown>): Promise<void> {
    const data = await api.must<Record<string, { position: string }>>(caller, mutation, { input: { ...seedTable3Ref, ...input } });
    lastPosition = Object.values(data)[0]!.position;
  }

  async function trail(caller: DemoUser, filter: Record<string, unknown>) {
    return api.graphql<{ auditTrail: { totalCount: number; edges: Array<{ node: any }> } }>(TRAIL, { filter, min: lastPosition }, caller);
  }

  async function entries(caller: DemoUser, filter: Record<string, unknown>): Promise<any[]> {
    const response = await trail(caller, filter);
    expect(response.errors).toBeUndefined();
    return response.data!.auditTrail.edges.map((edge) => edge.node);
  }

  beforeAll(async () => {
    ({ api, stop } = await startApiOn(open));
    demo = await setUpDemoDirectory(api);
    secondOffice = await registerPerson(api, demo.admin, 'huangkj', { unitCode: '323001', sectionId: null }, ['OFFICE']);
    await approveSeedTable3(api, demo);
    const payee = '巨鹿县就业服务中心';
    await act(demo.office, RECORD, { amount: '45000.00', date: '2022-03-15', voucherNumber: '记-0315', payee, note: '一季度就业补助' });
    await act(demo.office, RECORD, { amount: '4500.00', date: '2022-03-15', voucherNumber: '记-0316', payee, note: '一季度就业补助（更正）' });
    await act(secondOffice, REVERSE, { entryNumber: 1, reason: '金额多录一个零，已按记-0316重新登记' });
  });

  afterAll(() => stop());

  it('tells the auditor who recorded and who reversed the payment with voucher 记-0315, when and why', async () => {
    const [recorded, reversed, ...others] = await entries(demo.auditor, { voucherNumber: '记-0315' });
    expect(others).toEqual([]);
    expect(recorded).toMatchObject({
      eventType: 'DisbursementRecorded',
      kind: 'DISBURSE',
      label: '支出登记',
      summary: '登记第 1 笔：2022-03-15 向 巨鹿县就业服务中心 支付 45000.00 元，凭证号 记-0315',
      subject: `支出台账 ${seedTable3Ref.projectCode}（2022 年度）「就业工作经费」`,
      documentKind: 'LEDGER',
      voucherNumber: '记-0315',
      unitCode: '323001',
      reason: '一季度就业补助',
      actor: { userId: demo.office.userId, name: '陈主任', roles: ['OFFICE'] },
    });
    expect(reversed).toMatchObject({
      eventType: 'DisbursementReversed',
      kind: 'REVERSE',
      label: '冲销',
      summary: '以第 3 笔冲销第 1 笔（2022-03-15 支付 45000.00 元，凭证号 记-0315）',
      reason: '金额多录一个零，已按记-0316重新登记',
      unitCode: '323001',
      actor: { userId: secondOffice.userId, name: 'huangkj', roles: ['OFFICE'] },
    });
    // When: the moments the ledger itself shows for entries 1 and 3.
    const { disbursements } = await api.must<{ disbursements: { edges: Array<{ node: any }> } }>(demo.auditor, LEDGER, {
      code: seedTable3Ref.projectCode,
      year: seedTable3Ref.fiscalYear,
      min: lastPosition,
    });
    const recordedAt = (entryNumber: number) => disbursements.edges.find(({ node }) => node.entryNumber === entryNumber)!.node.recordedAt;
    expect([recorded.at, reversed.at]).toEqual([recordedAt(1), recordedAt(3)]);
  });

  it('lists every reversal of the unit for its office, and none for a preparer of another unit', async () => {
    const reversals = await entries(demo.office, { kind: 'REVERSE' });
    expect(reversals.map((entry) => [entry.voucherNumber, entry.actor.name])).toEqual([['记-0315', 'huangkj']]);
    expect(await entries(demo.preparer323003, { kind: 'REVERSE' })).toEqual([]);
    const refused = await trail(demo.preparer323003, { voucherNumber: '记-0315', unitCode: '323001' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('tells the office step of the table from the ledger’s entries by document kind', async () => {
    const officeWork = await entries(demo.auditor, { actorUserId: demo.office.userId, projectCode: seedTable3Ref.projectCode });
    expect(officeWork.map((entry) => [entry.documentKind, entry.kind])).toEqual([
      ['TARGET_TABLE', 'APPROVE'],
      ['TARGET_TABLE', 'BASELINE'],
      ['LEDGER', 'DISBURSE'],
      ['LEDGER', 'DISBURSE'],
    ]);
    const ledgerWork = await entries(demo.auditor, { actorUserId: demo.office.userId, documentKind: 'LEDGER' });
    expect(ledgerWork.map((entry) => entry.voucherNumber)).toEqual(['记-0315', '记-0316']);
  });
});
