import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { ProjectionsService } from '../../apps/api/src/storage/projections.service.js';
import { approveSeedTable3, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { RunningApi, removeDataDir, setUpDemoDirectory, type DemoDirectory } from '../support/running-api.js';

/**
 * A mutation that stored its events answers with what it stored, whatever happens to the
 * views it is asked to read back: here the views are stopped, so none reaches the write, and
 * every payload's view field is null with the reason (TIMEOUT) among the errors — while the
 * position and replayed still answer, and a retry is recognised as one. Which read store the
 * views use does not matter here: the embedded one suffices.
 */
const RECORD = `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { entryNumber replayed position ledger { total } } }`;
const DRAFT = `mutation($input: TargetTableCommandInput!) { draftTargetTable(input: $input) { replayed position targetTable { name } } }`;
const OPEN_MIDTERM = `mutation($input: OpenMidtermReviewInput!) { openMidtermReview(input: $input) { replayed position midtermReview { status } } }`;
const OPEN_FINAL = `mutation($input: FinalEvaluationRefInput!) { openFinalEvaluation(input: $input) { replayed position finalEvaluation { status } } }`;

describe('a mutation whose write stands answers success, even when its view cannot be read', () => {
  let api: RunningApi;
  let demo: DemoDirectory;

  beforeAll(async () => {
    api = await RunningApi.start({ readWaitTimeoutMs: 1 });
    demo = await setUpDemoDirectory(api);
    await approveSeedTable3(api, demo);
    await api.app.get(ProjectionsService).stop();
  }, 120_000);

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  async function answered(caller: DemoDirectory[keyof DemoDirectory], mutation: string, input: Record<string, unknown>, viewField: string) {
    const response = await api.graphql<Record<string, Record<string, unknown>>>(mutation, { input }, caller);
    const [name] = Object.keys(response.data ?? {});
    expect(response.data).not.toBeNull();
    const payload = response.data![name!]!;
    expect(payload[viewField]).toBeNull();
    expect(response.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([['TIMEOUT', [name, viewField]]]);
    return payload;
  }

  it('recordDisbursement answers the stored entry with ledger null, and its retry is a replay, not a second voucher', async () => {
    const input = { ...seedTable3Ref, commandId: 'pay-1', amount: '1000.00', date: '2022-03-15', voucherNumber: 'V-1', payee: '巨鹿县就业服务中心' };
    const first = await answered(demo.office, RECORD, input, 'ledger');
    expect(first).toMatchObject({ entryNumber: 1, replayed: false });
    expect(await answered(demo.office, RECORD, input, 'ledger')).toEqual({ ...first, replayed: true });
  });

  it('draftTargetTable, openMidtermReview and openFinalEvaluation answer their position with the view null', async () => {
    const draft = await answered(demo.preparer, DRAFT, { projectCode: 'PAYLOAD01', fiscalYear: 2023, content: { ...seedTable3, sectionId: 'employment' } }, 'targetTable');
    expect(draft).toMatchObject({ replayed: false, position: expect.stringMatching(/^\d+$/) });
    expect(await answered(demo.preparer, OPEN_MIDTERM, seedTable3Ref, 'midtermReview')).toMatchObject({ replayed: false });
    expect(await answered(demo.preparer, OPEN_FINAL, seedTable3Ref, 'finalEvaluation')).toMatchObject({ replayed: false });
  });
});
