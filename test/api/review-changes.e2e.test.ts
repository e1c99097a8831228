import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { PubSub } from 'graphql-subscriptions';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { REVIEW_CHANGES } from '../../apps/api/src/review-changes/review-changes.topic.js';
import { departmentInput } from '../../libs/domain/test/department-targets-workflow.js';
import { approveSeedTable3, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { removeDataDir, RunningApi, setUpDemoDirectory, type Caller, type DemoDirectory } from '../support/running-api.js';
import { until } from '../projections/support/until.js';

const CHANGED = `subscription Changed($unitCode: String) {
  reviewChanged(unitCode: $unitCode) { kind projectCode fiscalYear unitCode sectionId eventType eventLabel position by at }
}`;
const REPORT = `mutation($input: ReportIndicatorProgressInput!) { reportIndicatorProgress(input: $input) { position } }`;
const DRAFT_DEPARTMENT = `mutation($input: DepartmentTargetsWriteInput!) { draftDepartmentTargets(input: $input) { position } }`;
const OPEN_EVALUATION = `mutation($input: FinalEvaluationRefInput!) { openFinalEvaluation(input: $input) { position } }`;

type Change = Record<string, unknown> & { eventType: string };
type Result = { data?: { reviewChanged: Change } | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };

/** reviewChanged: the console's review pages, dashboards and inbox follow mid-term reviews and final evaluations with it. */
describe('reviewChanged over graphql-ws', () => {
  let api: RunningApi;
  let demo: DemoDirectory;
  let listeners: ReturnType<typeof jest.spyOn>;
  const clients: Client[] = [];

  beforeAll(async () => {
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
    await approveSeedTable3(api, demo);
    listeners = jest.spyOn(api.app.get<PubSub>(REVIEW_CHANGES), 'subscribe');
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

  /** The next change of this type; a change of the same command stored before it (a stream's first event) is passed over. */
  async function changeOf(subscription: AsyncIterableIterator<Result>, eventType: string): Promise<Change> {
    for (let seen = 0; seen < 3; seen += 1) {
      const { value, done } = await subscription.next();
      expect(done).toBe(false);
      expect(value.errors).toBeUndefined();
      if (value.data!.reviewChanged.eventType === eventType) return value.data!.reviewChanged;
    }
    throw new Error(`no ${eventType} among the next changes`);
  }

  it('delivers progress and an opened evaluation to the section and to an auditor, and refuses to follow another unit', async () => {
    const sectionHead = subscribe(demo.sectionHead);
    const auditor = subscribe(demo.auditor);
    // graphql-ws does not acknowledge a subscription: wait until the server listens before changing anything.
    await until(() => listeners.mock.calls.length >= 2);

    const { reportIndicatorProgress } = await api.must<{ reportIndicatorProgress: { position: string } }>(demo.preparer, REPORT, {
      input: { ...seedTable3Ref, index: 0, value: '4', asOf: '2022-05-31' },
    });
    const reported = {
      kind: 'MIDTERM_REVIEW',
      ...seedTable3Ref,
      unitCode: '323001',
      sectionId: 'employment',
      eventType: 'IndicatorProgressReported',
      eventLabel: expect.any(String),
      position: reportIndicatorProgress.position,
      by: '张经办',
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    };
    expect(await changeOf(sectionHead, 'IndicatorProgressReported')).toEqual(reported);
    expect(await changeOf(auditor, 'IndicatorProgressReported')).toEqual(reported);

    const { openFinalEvaluation } = await api.must<{ openFinalEvaluation: { position: string } }>(demo.preparer, OPEN_EVALUATION, { input: seedTable3Ref });
    expect(await changeOf(sectionHead, 'FinalEvaluationOpened')).toMatchObject({ kind: 'FINAL_EVALUATION', unitCode: '323001', position: openFinalEvaluation.position });

    // Another unit is followed only by those who read everything, as targetTableChanged has it.
    await expect(subscribe(demo.preparer, '323003').next()).rejects.toEqual([expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]);
  });

  it('delivers a change of the department’s document to its unit, by the department’s code, and to nobody of another unit', async () => {
    const subscribed = listeners.mock.calls.length;
    const office = subscribe(demo.office);
    const otherUnit = subscribe(demo.preparer323003);
    await until(() => listeners.mock.calls.length >= subscribed + 2);
    const { draftDepartmentTargets } = await api.must<{ draftDepartmentTargets: { position: string } }>(demo.preparer, DRAFT_DEPARTMENT, {
      input: { departmentCode: '323001', fiscalYear: 2022, content: departmentInput },
    });
    expect(await changeOf(office, 'DepartmentTargetsDrafted')).toEqual({
      kind: 'DEPARTMENT_TARGETS',
      projectCode: '323001',
      fiscalYear: 2022,
      unitCode: '323001',
      sectionId: null,
      eventType: 'DepartmentTargetsDrafted',
      eventLabel: expect.any(String),
      position: draftDepartmentTargets.position,
      by: '张经办',
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    // 323003 is one of the department's units but the document is 323001's: its preparer's first change is their own unit's document, stored after.
    await api.must(demo.preparer323003, DRAFT_DEPARTMENT, {
      input: { departmentCode: '323003', fiscalYear: 2022, content: { ...departmentInput, departmentName: '巨鹿县社会保险事业服务中心', unitCodes: ['323003'] } },
    });
    const first = await otherUnit.next();
    expect(first.value.data?.reviewChanged).toMatchObject({ eventType: 'DepartmentTargetsDrafted', projectCode: '323003', unitCode: '323003' });
  });
});
