import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import type { PubSub } from 'graphql-subscriptions';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { NOTIFICATIONS_PUBSUB } from '../../apps/api/src/notifications/notifications.topic.js';
import { until } from '../projections/support/until.js';
import { registerPerson, removeDataDir, RunningApi, setUpDemoDirectory, type Caller, type DemoDirectory, type DemoUser } from '../support/running-api.js';
import { targetTableMutations } from '../support/target-table-mutations.js';

const ADDED = `subscription { notificationAdded { id kind title projectCode fiscalYear step } }`;
const { DRAFT, SUBMIT } = targetTableMutations('position');

const year = 2022;
const table323001 = { ...seedTable3, sectionId: 'employment' };
const table323003 = { ...seedTable3, unitCode: '323003', unitName: '巨鹿县社会保险事业服务中心', sectionId: 'insurance' };

interface Added {
  id: string;
  kind: string;
  title: string;
  projectCode: string;
  [field: string]: unknown;
}
type Result = { data?: { notificationAdded: Added } | null; errors?: Array<{ message: string }> };

/**
 * notificationAdded over graphql-ws (docs/deadlines-and-rectification.md): a notification issued
 * from a submission made over HTTP reaches whoever it is for — here the section head the step
 * awaits — and nobody else, checked against the directory for every delivery.
 */
describe('notificationAdded over graphql-ws', () => {
  let api: RunningApi;
  let demo: DemoDirectory;
  let insuranceHead: DemoUser;
  let listeners: ReturnType<typeof jest.spyOn>;
  const clients: Client[] = [];

  beforeAll(async () => {
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
    insuranceHead = await registerPerson(api, demo.admin, 'insurance-head', { unitCode: '323003', sectionId: 'insurance' }, ['SECTION_HEAD']);
    listeners = jest.spyOn(api.app.get<PubSub>(NOTIFICATIONS_PUBSUB), 'subscribe');
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  function subscribe(caller: Caller): AsyncIterableIterator<Result> {
    const client = createClient({ url: `${api.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${caller.token}` }, retryAttempts: 0 });
    clients.push(client);
    return client.iterate({ query: ADDED }) as AsyncIterableIterator<Result>;
  }

  async function nextAdded(subscription: AsyncIterableIterator<Result>): Promise<Added> {
    const { value, done } = await subscription.next();
    expect(done).toBe(false);
    expect(value.errors).toBeUndefined();
    return value.data!.notificationAdded;
  }

  it('delivers the new inbox item to the section head it awaits, and not to another unit’s', async () => {
    await api.must(demo.preparer, DRAFT, { input: { projectCode: 'BELL0001', fiscalYear: year, content: table323001 } });
    await api.must(demo.preparer323003, DRAFT, { input: { projectCode: 'BELL0002', fiscalYear: year, content: table323003 } });
    const sectionHead = subscribe(demo.sectionHead);
    const otherUnitHead = subscribe(insuranceHead);
    // graphql-ws does not acknowledge a subscription: wait until the server listens for both.
    const sectionHeadNext = nextAdded(sectionHead);
    const otherUnitHeadNext = nextAdded(otherUnitHead);
    await until(() => listeners.mock.calls.length >= 2);

    await api.must(demo.preparer, SUBMIT, { input: { projectCode: 'BELL0001', fiscalYear: year } });
    expect(await sectionHeadNext).toMatchObject({ kind: 'INBOX_NEW', projectCode: 'BELL0001', fiscalYear: year, title: expect.stringContaining('待您审核') });

    // The first thing 323003's section head hears of is its own unit's submission: BELL0001 never reached them.
    await api.must(demo.preparer323003, SUBMIT, { input: { projectCode: 'BELL0002', fiscalYear: year } });
    expect(await otherUnitHeadNext).toMatchObject({ kind: 'INBOX_NEW', projectCode: 'BELL0002' });
    // …and the next thing 323001's section head hears of is again their own unit's.
    const sectionHeadAfter = nextAdded(sectionHead);
    await api.must(demo.preparer, DRAFT, { input: { projectCode: 'BELL0003', fiscalYear: year, content: table323001 } });
    await api.must(demo.preparer, SUBMIT, { input: { projectCode: 'BELL0003', fiscalYear: year } });
    expect(await sectionHeadAfter).toMatchObject({ kind: 'INBOX_NEW', projectCode: 'BELL0003' });
  });
});
