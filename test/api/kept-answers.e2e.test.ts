import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { RunningApi, registerPerson, removeDataDir, setUpDemoDirectory, type Caller, type DemoDirectory } from '../support/running-api.js';
import { targetTableMutations } from '../support/target-table-mutations.js';

/**
 * Answers kept while the views stand (docs/speed.md): a query asked again is answered with
 * the answer already given, but only to a caller the directory still lets read it, only while
 * nothing was written since, and never to another caller.
 */
const tables = targetTableMutations('position');
const ref = { projectCode: 'P0000901', fiscalYear: 2022 };
const TABLE = `query($projectCode: String!, $fiscalYear: Int!) { targetTable(projectCode: $projectCode, fiscalYear: $fiscalYear) { projectCode name status } }`;
const TABLE_AT = `query($projectCode: String!, $fiscalYear: Int!, $at: String) { targetTable(projectCode: $projectCode, fiscalYear: $fiscalYear, minPosition: $at) { name } }`;
const TRAIL = `{ auditTrail(first: 5) { edges { node { eventType projectCode } } } }`;
const REVOKE = `mutation($input: RoleInput!) { revokeRole(input: $input) { revision } }`;
const DEACTIVATE = `mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { revision } }`;
const hour = 60 * 60_000;
const shown = (name: string) => ({ targetTable: { projectCode: ref.projectCode, name, status: 'DRAFT' } });

describe('answers kept while the views stand', () => {
  let api: RunningApi;
  let demo: DemoDirectory;

  beforeAll(async () => {
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
    const { draftTargetTable } = await api.must(demo.preparer, tables.DRAFT, { input: { ...ref, content: { ...seedTable3, sectionId: 'employment', name: '第一稿' } } });
    await api.must(demo.preparer, TABLE_AT, { ...ref, at: draftTargetTable.position });
  }, 120_000);

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  /** How many queries were answered from the kept answers so far, or looked for there (the API's /metrics). */
  async function kept(outcome: 'hit' | 'miss' = 'hit'): Promise<number> {
    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    return Number(new RegExp(`^graphql_kept_answers_total\\{outcome="${outcome}"\\} (\\d+)$`, 'm').exec(metrics)?.[1] ?? 0);
  }

  async function read(caller: Caller, query = TABLE, variables: Record<string, unknown> = ref) {
    return api.graphql<Record<string, unknown>>(query, variables, caller);
  }

  it('answers the same query again with the answer it gave, without reading it anew', async () => {
    const first = await read(demo.office);
    const before = await kept();
    const again = await read(demo.office);
    expect(again).toEqual(first);
    expect(first.data).toEqual(shown('第一稿'));
    expect(await kept()).toBe(before + 1);
  });

  it('keys an answer on the variables the query declares: others, of any size, neither miss it nor are kept', async () => {
    await read(demo.office);
    const before = await kept();
    const padded = await read(demo.office, TABLE, { ...ref, padding: 'x'.repeat(100_000) });
    expect(padded.data).toEqual(shown('第一稿'));
    expect(await kept()).toBe(before + 1);
  });

  it('answers anew once anything is written: a revised draft shows at once', async () => {
    await read(demo.office);
    const { reviseTargetTableDraft } = await api.must(demo.preparer, tables.REVISE, { input: { ...ref, content: { ...seedTable3, sectionId: 'employment', name: '第二稿' } } });
    // Waiting for the write goes around the kept answers; the plain read after it must not find the old one.
    expect((await api.must(demo.office, TABLE_AT, { ...ref, at: reviseTargetTableDraft.position })).targetTable.name).toBe('第二稿');
    expect((await read(demo.office)).data).toEqual(shown('第二稿'));
  });

  it('never gives one caller’s answer to another: a preparer of another section is refused the table the office read', async () => {
    expect((await read(demo.office)).errors).toBeUndefined();
    expect((await read(demo.office)).errors).toBeUndefined();
    const other = await read(demo.otherSectionPreparer);
    expect(other.data).toBeNull();
    expect(other.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect(JSON.stringify(other)).not.toContain('第二稿');
  });

  it('gives each caller the audit trail they may read, kept apart', async () => {
    const auditorTrail = await read(demo.auditor, TRAIL, {});
    const preparer323003Trail = await read(demo.preparer323003, TRAIL, {});
    expect(await read(demo.auditor, TRAIL, {})).toEqual(auditorTrail);
    expect(await read(demo.preparer323003, TRAIL, {})).toEqual(preparer323003Trail);
    expect(JSON.stringify(auditorTrail.data)).toContain(ref.projectCode);
    expect(JSON.stringify(preparer323003Trail.data)).not.toContain(ref.projectCode);
  });

  it('neither keeps nor looks for a read that waits for a position, or one of nothing but __typename', async () => {
    const before = [await kept('hit'), await kept('miss')];
    for (let twice = 0; twice < 2; twice += 1) {
      await api.must(demo.office, TABLE_AT, { ...ref, at: '1' });
      await api.must(demo.office, '{ __typename }');
    }
    expect([await kept('hit'), await kept('miss')]).toEqual(before);
    // The same read without the wait is looked for (found or not: an earlier test may have kept it).
    await read(demo.office);
    expect((await kept('hit')) + (await kept('miss'))).toBe(before[0]! + before[1]! + 1);
  });

  it('refuses a caller whose role was revoked since the answer was kept', async () => {
    const office2 = await registerPerson(api, demo.admin, 'office-kept', { unitCode: '323001', sectionId: null }, ['OFFICE']);
    await read(office2);
    expect((await read(office2)).data).toEqual(shown('第二稿'));
    await api.must(demo.admin, REVOKE, { input: { userId: office2.userId, role: 'OFFICE' } });
    const refused = await read(office2);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
  });

  it('refuses a caller deactivated since the answer was kept', async () => {
    await read(demo.sectionHead);
    expect((await read(demo.sectionHead)).errors).toBeUndefined();
    await api.must(demo.admin, DEACTIVATE, { input: { userId: demo.sectionHead.userId } });
    const refused = await read(demo.sectionHead);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token that expired since the answer was kept', async () => {
    expect((await read(demo.leader)).errors).toBeUndefined();
    expect((await read(demo.leader)).errors).toBeUndefined();
    api.advanceClock(9 * hour);
    try {
      const refused = await read(demo.leader);
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      api.advanceClock(-9 * hour);
    }
  });
});
