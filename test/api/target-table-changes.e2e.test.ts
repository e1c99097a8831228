import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import type { PubSub } from 'graphql-subscriptions';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { TARGET_TABLE_CHANGES } from '../../apps/api/src/target-table-changes/target-table-changes.topic.js';
import { registerPerson, removeDataDir, RunningApi, setUpDemoDirectory, type Caller, type DemoDirectory } from '../support/running-api.js';
import { until } from '../projections/support/until.js';
import { targetTableMutations } from '../support/target-table-mutations.js';

const CHANGED = `subscription Changed($unitCode: String) {
  targetTableChanged(unitCode: $unitCode) {
    projectCode fiscalYear unitCode sectionId eventType eventLabel status statusLabel
    currentStep { step label role } stateDescription version revision position by byUserId at
  }
}`;
const { DRAFT, SUBMIT, APPROVE } = targetTableMutations('position');
const REVOKE = `mutation($input: RoleInput!) { revokeRole(input: $input) { revision } }`;

const year = 2022;
const table323001 = { ...seedTable3, sectionId: 'employment' };
const table323003 = { ...seedTable3, unitCode: '323003', unitName: '巨鹿县社会保险事业服务中心', sectionId: 'insurance' };

interface Change {
  projectCode: string;
  unitCode: string;
  eventType: string;
  status: string;
  [field: string]: unknown;
}

type Result = { data?: { targetTableChanged: Change } | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };

describe('targetTableChanged over graphql-ws', () => {
  let api: RunningApi;
  let demo: DemoDirectory;
  let listeners: ReturnType<typeof jest.spyOn>;
  const clients: Client[] = [];

  beforeAll(async () => {
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
    listeners = jest.spyOn(api.app.get<PubSub>(TARGET_TABLE_CHANGES), 'subscribe');
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  function connect(connectionParams: Record<string, unknown> | undefined): Client {
    const client = createClient({ url: `${api.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0 });
    clients.push(client);
    return client;
  }

  function subscribe(caller: Caller | undefined, unitCode?: string): AsyncIterableIterator<Result> {
    const client = connect(caller === undefined ? undefined : { authorization: `Bearer ${caller.token}` });
    return client.iterate({ query: CHANGED, variables: unitCode === undefined ? {} : { unitCode } }) as AsyncIterableIterator<Result>;
  }

  /**
   * graphql-ws does not acknowledge a subscription, so a change made right after subscribing
   * could be published before the server listens; wait until it listens for `count` in all.
   */
  async function listening(count: number): Promise<void> {
    await until(() => listeners.mock.calls.length >= count);
  }

  async function nextChange(subscription: AsyncIterableIterator<Result>): Promise<Change> {
    const { value, done } = await subscription.next();
    expect(done).toBe(false);
    expect(value.errors).toBeUndefined();
    return value.data!.targetTableChanged;
  }

  it('delivers a submission made over HTTP to the users of the unit and to an auditor, not to another unit', async () => {
    await api.must(demo.preparer, DRAFT, { input: { projectCode: 'LIVE0001', fiscalYear: year, content: table323001 } });
    const sectionHead = subscribe(demo.sectionHead);
    const otherUnit = subscribe(demo.preparer323003);
    const auditorOfOtherUnit = subscribe(demo.auditor, '323003');
    await listening(3);

    const { submitTargetTable } = await api.must<{ submitTargetTable: { position: string } }>(demo.preparer, SUBMIT, {
      input: { projectCode: 'LIVE0001', fiscalYear: year },
    });
    const submitted = await nextChange(sectionHead);
    expect(submitted).toEqual({
      projectCode: 'LIVE0001',
      fiscalYear: year,
      unitCode: '323001',
      sectionId: 'employment',
      eventType: 'TargetTableSubmitted',
      eventLabel: '申报',
      status: 'IN_REVIEW',
      statusLabel: '审核中',
      currentStep: { step: 'SECTION', label: '科室负责人审核', role: 'SECTION_HEAD' },
      stateDescription: '该目标表正等待「科室负责人审核」步骤',
      version: 1,
      revision: 1,
      position: submitTargetTable.position,
      by: '张经办',
      byUserId: demo.preparer.userId,
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });

    // A later change in 323003 is the first thing its users and its auditor hear of: the submission in 323001 never reached them.
    const { draftTargetTable } = await api.must<{ draftTargetTable: { position: string } }>(demo.preparer323003, DRAFT, {
      input: { projectCode: 'LIVE0002', fiscalYear: year, content: table323003 },
    });
    for (const subscription of [otherUnit, auditorOfOtherUnit]) {
      expect(await nextChange(subscription)).toMatchObject({
        projectCode: 'LIVE0002',
        unitCode: '323003',
        eventType: 'TargetTableDrafted',
        eventLabel: '编制',
        status: 'DRAFT',
        statusLabel: '草稿',
        currentStep: null,
        position: draftTargetTable.position,
        by: '赵经办',
      });
    }
  });

  it('follows every unit for an auditor who names none', async () => {
    const auditor = subscribe(demo.auditor);
    await listening(listeners.mock.calls.length + 1);
    await api.must(demo.preparer323003, SUBMIT, { input: { projectCode: 'LIVE0002', fiscalYear: year } });
    await api.must(demo.preparer, DRAFT, { input: { projectCode: 'LIVE0003', fiscalYear: year, content: table323001 } });
    expect(await nextChange(auditor)).toMatchObject({ projectCode: 'LIVE0002', unitCode: '323003', eventType: 'TargetTableSubmitted', status: 'IN_REVIEW' });
    expect(await nextChange(auditor)).toMatchObject({ projectCode: 'LIVE0003', unitCode: '323001', eventType: 'TargetTableDrafted', status: 'DRAFT' });
  });

  it('stops delivering other units at once when the AUDITOR role is revoked, on the same connection', async () => {
    const tempAuditor = await registerPerson(api, demo.admin, 'temp.audit', { unitCode: '323001', sectionId: null }, ['AUDITOR', 'OFFICE']);
    const auditor = subscribe(tempAuditor);
    await listening(listeners.mock.calls.length + 1);

    await api.must(demo.admin, REVOKE, { input: { userId: tempAuditor.userId, role: 'AUDITOR' } });
    await api.must(demo.preparer323003, DRAFT, { input: { projectCode: 'LIVE0004', fiscalYear: year, content: table323003 } });
    await api.must(demo.preparer, DRAFT, { input: { projectCode: 'LIVE0005', fiscalYear: year, content: table323001 } });
    // Left with OFFICE only its own unit is followed: 323003's draft is passed over, 323001's arrives first.
    expect(await nextChange(auditor)).toMatchObject({ projectCode: 'LIVE0005', unitCode: '323001' });
  });

  it('passes over the tables of another section for a preparer, as the queries do', async () => {
    const labor = subscribe(demo.otherSectionPreparer);
    await listening(listeners.mock.calls.length + 1);
    await api.must(demo.preparer, DRAFT, { input: { projectCode: 'LIVE0006', fiscalYear: year, content: table323001 } });
    await api.must(demo.otherSectionPreparer, DRAFT, {
      input: { projectCode: 'LIVE0007', fiscalYear: year, content: { ...table323001, sectionId: 'labor' } },
    });
    // The employment section's draft came first and is passed over; the labor section's arrives.
    expect(await nextChange(labor)).toMatchObject({ projectCode: 'LIVE0007', unitCode: '323001', sectionId: 'labor' });
  });

  it('delivers the last step’s approval, awaiting no step, and then the approval that makes the baseline', async () => {
    await api.must(demo.preparer, DRAFT, { input: { projectCode: 'LIVE0008', fiscalYear: year, content: table323001 } });
    await api.must(demo.preparer, SUBMIT, { input: { projectCode: 'LIVE0008', fiscalYear: year } });
    await api.must(demo.sectionHead, APPROVE, { input: { projectCode: 'LIVE0008', fiscalYear: year, step: 'SECTION' } });
    const office = subscribe(demo.office);
    await listening(listeners.mock.calls.length + 1);
    await api.must(demo.office, APPROVE, { input: { projectCode: 'LIVE0008', fiscalYear: year, step: 'OFFICE' } });
    expect(await nextChange(office)).toMatchObject({ projectCode: 'LIVE0008', eventType: 'TargetTableStepApproved', status: 'IN_REVIEW', currentStep: null });
    expect(await nextChange(office)).toMatchObject({ projectCode: 'LIVE0008', eventType: 'TargetTableApproved', status: 'APPROVED', currentStep: null });
  });

  it('refuses a connection without a token, or with a bad one, with UNAUTHENTICATED', async () => {
    await expect(subscribe(undefined).next()).rejects.toMatchObject({
      code: 4401,
      reason: expect.stringMatching(/^UNAUTHENTICATED: 请先登录：在 connectionParams 中发送登录令牌/),
    });
    await expect(subscribe({ token: 'not-a-token' }).next()).rejects.toMatchObject({
      code: 4401,
      reason: expect.stringMatching(/^UNAUTHENTICATED: 登录令牌无效/),
    });
  });

  it('refuses to follow another unit with FORBIDDEN naming the missing scope', async () => {
    await expect(subscribe(demo.preparer, '323003').next()).rejects.toEqual([
      expect.objectContaining({
        extensions: { code: 'FORBIDDEN' },
        message: expect.stringMatching(/关注单位 323003 的目标表需要属于该单位，或拥有审计（AUDITOR）或管理员（ADMIN）角色：你属于单位 323001/),
      }),
    ]);
  });
});
