import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { approveSeedTable3, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { RunningApi, removeDataDir, setUpDemoDirectory, type Caller, type DemoDirectory } from '../support/running-api.js';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';

/**
 * A command id names one command: sent again with the same input it is a replay that writes
 * nothing; sent with another input — or as another command — it is refused with CONFLICT
 * naming commandId, and nothing is written. The check sits in the one command path every
 * mutation takes, so it does not depend on the read store: the embedded one suffices.
 */
const RECORD = `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { entryNumber position replayed } }`;
const REVERSE = `mutation($input: ReverseDisbursementInput!) { reverseDisbursement(input: $input) { entryNumber position replayed } }`;
const DRAFT = `mutation($input: TargetTableCommandInput!) { draftTargetTable(input: $input) { position replayed } }`;
const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { position replayed } }`;
const LEDGER = `query($min: String) { disbursements(projectCode: "${seedTable3Ref.projectCode}", fiscalYear: ${seedTable3Ref.fiscalYear}, minPosition: $min) { edges { node { entryNumber kind amount } } } }`;
const TABLE = `query($code: String!, $min: String) { targetTable(projectCode: $code, fiscalYear: 2023, minPosition: $min) { name } }`;
const UNITS = `query { units { unitCode name } }`;

describe('a reused command id with a different command', () => {
  let api: RunningApi;
  let demo: DemoDirectory;

  beforeAll(async () => {
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
    await approveSeedTable3(api, demo);
  }, 120_000);

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  const payment = (input: Record<string, unknown>) => ({ ...seedTable3Ref, date: '2022-03-15', payee: '巨鹿县就业服务中心', ...input });

  async function expectCommandIdConflict(caller: Caller, mutation: string, input: Record<string, unknown>) {
    const refusal = await api.refusal(caller, mutation, { input });
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.problems).toEqual([expect.objectContaining({ field: 'commandId' })]);
    expect(refusal.message).toContain('命令编号');
  }

  it('recordDisbursement: the same payment again is a replay, another amount under its id is refused and not stored', async () => {
    const first = await api.mutate(demo.office, RECORD, payment({ commandId: 'pay-1', amount: '1000.00', voucherNumber: 'V-1' }));
    const again = await api.mutate(demo.office, RECORD, payment({ commandId: 'pay-1', amount: '1000.00', voucherNumber: 'V-1' }));
    expect(again).toEqual({ ...first, replayed: true });
    await expectCommandIdConflict(demo.office, RECORD, payment({ commandId: 'pay-1', amount: '2000.00', voucherNumber: 'V-2' }));
    const { disbursements } = await api.must(demo.office, LEDGER, { min: first.position });
    expect(disbursements.edges).toEqual([{ node: { entryNumber: 1, kind: 'PAYMENT', amount: '1000.00' } }]);
  });

  it('reverseDisbursement under the id of a payment is another command: refused, no reversal recorded', async () => {
    await expectCommandIdConflict(demo.office, REVERSE, { ...seedTable3Ref, commandId: 'pay-1', entryNumber: 1, reason: '重复录入' });
    const reversal = { ...seedTable3Ref, commandId: 'reverse-1', entryNumber: 1, reason: '重复录入' };
    const reversed = await api.mutate(demo.office, REVERSE, reversal);
    expect(await api.mutate(demo.office, REVERSE, reversal)).toEqual({ ...reversed, replayed: true });
    await expectCommandIdConflict(demo.office, REVERSE, { ...reversal, reason: '金额有误' });
    const { disbursements } = await api.must(demo.office, LEDGER, { min: reversed.position });
    expect(disbursements.edges.map(({ node }: { node: { kind: string } }) => node.kind)).toEqual(['PAYMENT', 'REVERSAL']);
  });

  it('draftTargetTable: another table under the id of a draft is refused, in its own stream as in another', async () => {
    const content = { ...seedTable3, sectionId: 'employment' };
    const draft = { commandId: 'draft-1', projectCode: 'RETRY0001', fiscalYear: 2023, content };
    const first = await api.mutate(demo.preparer, DRAFT, draft);
    expect(await api.mutate(demo.preparer, DRAFT, draft)).toEqual({ ...first, replayed: true });
    await expectCommandIdConflict(demo.preparer, DRAFT, { ...draft, content: { ...content, name: '另一个项目' } });
    await expectCommandIdConflict(demo.preparer, DRAFT, { ...draft, projectCode: 'RETRY0002' });
    expect((await api.must(demo.preparer, TABLE, { code: 'RETRY0001', min: first.position })).targetTable).toEqual({ name: content.name });
    expect((await api.graphql(TABLE, { code: 'RETRY0002' }, demo.preparer)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('a directory command: another unit under the id of createUnit is refused', async () => {
    const unit = { commandId: 'unit-1', unitCode: '323009', name: '巨鹿县就业服务中心' };
    const first = await api.mutate(demo.admin, CREATE_UNIT, unit);
    expect(await api.mutate(demo.admin, CREATE_UNIT, unit)).toEqual({ ...first, replayed: true });
    await expectCommandIdConflict(demo.admin, CREATE_UNIT, { ...unit, name: '巨鹿县劳动监察大队' });
    const { units } = await api.must<{ units: Array<{ unitCode: string; name: string }> }>(demo.admin, UNITS);
    expect(units.filter((candidate) => candidate.unitCode === '323009')).toEqual([{ unitCode: '323009', name: '巨鹿县就业服务中心' }]);
  });
});
