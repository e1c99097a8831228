import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { approveSeedTable3, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { RunningApi, registerPerson, removeDataDir, setUpDemoDirectory, type DemoDirectory, type DemoUser } from '../support/running-api.js';
import { targetTableMutations } from '../support/target-table-mutations.js';

/**
 * Whoever may not read a table learns nothing of how it stands from a refused command: the
 * refusals the domain gives such a caller are checked in its own tests; here, over HTTP, the
 * case that was found — a preparer of 323003 drafting the code of a 323001 table being adjusted.
 * Refusals do not depend on the read store: the embedded one suffices.
 */
const tables = targetTableMutations('position');
const RECORD = `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { position } }`;
const stateWords = /version|版本|DRAFT|IN_REVIEW|RETURNED|APPROVED|ADJUSTING|草稿|审核|退回|批准|调整/;

describe('refusals to a caller who may not read the table', () => {
  let api: RunningApi;
  let demo: DemoDirectory;
  let officeOf323003: DemoUser;

  beforeAll(async () => {
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
    await approveSeedTable3(api, demo);
    await api.must(demo.preparer, tables.ADJUST, { input: { ...seedTable3Ref, content: { ...seedTable3, sectionId: 'employment', name: '就业工作经费（调整）' }, reason: '年中调整' } });
    await api.must(demo.preparer, tables.DRAFT, { input: { projectCode: 'P0000777', fiscalYear: 2022, content: { ...seedTable3, sectionId: 'employment' } } });
    officeOf323003 = await registerPerson(api, demo.admin, 'office323003', { unitCode: '323003', sectionId: null }, ['OFFICE']);
  }, 120_000);

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  it('drafting the code and year of another unit’s table: CONFLICT on projectCode, without its state', async () => {
    const content = { ...seedTable3, unitCode: '323003', unitName: '巨鹿县社会保险事业服务中心', sectionId: 'insurance' };
    const refusal = await api.refusal(demo.preparer323003, tables.DRAFT, { input: { ...seedTable3Ref, content } });
    expect(refusal).toEqual({
      code: 'CONFLICT',
      message: `项目编码 ${seedTable3Ref.projectCode} 在 2022 年度已被使用：请核对项目编码和年度。`,
      problems: [{ field: 'projectCode', message: `${seedTable3Ref.projectCode} 在 2022 年度已被使用` }],
    });
  });

  it('the preparer who may read it still hears how it stands', async () => {
    const refusal = await api.refusal(demo.preparer, tables.DRAFT, { input: { ...seedTable3Ref, content: { ...seedTable3, sectionId: 'employment' } } });
    expect(refusal.message).toMatch(stateWords);
  });

  it('approving or paying against another unit’s table not under review or never approved: FORBIDDEN, without its state', async () => {
    const approving = await api.refusal(officeOf323003, tables.APPROVE, { input: { ...seedTable3Ref, step: 'OFFICE' } });
    const paying = await api.refusal(officeOf323003, RECORD, {
      input: { projectCode: 'P0000777', fiscalYear: 2022, amount: '1.00', date: '2022-03-01', voucherNumber: 'V-1', payee: '巨鹿县就业服务中心' },
    });
    for (const refusal of [approving, paying]) {
      expect(refusal.code).toBe('FORBIDDEN');
      expect(refusal.message).not.toMatch(stateWords);
    }
  });
});
