import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTemporaryDatabase, type TemporaryDatabase } from '../support/postgres-database.js';
import { position, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import type { EventStore } from '@app/event-store';
import { EVENT_STORE } from '../../apps/api/src/storage/storage.tokens.js';
import { RunningApi, removeDataDir, setUpDemoDirectory, type Caller, type DemoDirectory } from '../support/running-api.js';

const TABLE = `query($projectCode: String!, $fiscalYear: Int!, $minPosition: String) {
  targetTable(projectCode: $projectCode, fiscalYear: $fiscalYear, minPosition: $minPosition) {
    status version revision currentStep { step }
    decisions { decision step by at }
  }
}`;
const TRAIL = `query($minPosition: String) { auditTrail(first: 100, minPosition: $minPosition) { edges { node { id position kind summary } } } }`;

/** What every instance on one database must share (EVENT_STORE_URL requires both). */
const sharedSecrets = { jwtSecret: 'several-instances-token-secret-0123456789', anchorSecret: 'several-instances-anchor-secret-0123456789' };

/**
 * Several API instances on one PostgreSQL database, events and views alike (EVENT_STORE_URL
 * and READ_STORE_URL): what one instance writes, the others read, and two instances deciding
 * one step at once give exactly one decision.
 */
describe('several API instances on one PostgreSQL database', () => {
  let database: TemporaryDatabase;
  let rebuildDatabase: TemporaryDatabase;
  let instances: RunningApi[];
  let demo: DemoDirectory;

  beforeAll(async () => {
    [database, rebuildDatabase] = await Promise.all([createTemporaryDatabase(), createTemporaryDatabase()]);
    // Started together: the schema, the first administrator and the views are set up once.
    instances = await Promise.all([0, 1, 2].map(() => RunningApi.start({ ...sharedSecrets, eventStoreUrl: database.url, readStoreUrl: database.url })));
    demo = await setUpDemoDirectory(instances[0]!);
  });

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    for (const instance of instances) removeDataDir(instance.config.dataDir);
    await Promise.all([database.drop(), rebuildDatabase.drop()]);
  });

  const table = async (api: RunningApi, caller: Caller, minPosition?: string) =>
    (await api.must<{ targetTable: Record<string, unknown> }>(caller, TABLE, { ...seedTable3Ref, minPosition })).targetTable;

  it('serves on every instance what another wrote, and decides a step exactly once when two instances decide it at once', async () => {
    const [first, second, third] = instances as [RunningApi, RunningApi, RunningApi];
    await first.must(demo.preparer, position('draftTargetTable', 'TargetTableCommandInput'), { input: { ...seedTable3Ref, content: { ...seedTable3, sectionId: 'employment' } } });
    const submitted = await second.must<{ submitTargetTable: { position: string } }>(demo.preparer, position('submitTargetTable', 'TargetTableRefInput'), { input: seedTable3Ref });
    expect(await table(third, demo.sectionHead, submitted.submitTargetTable.position)).toMatchObject({ status: 'IN_REVIEW', currentStep: { step: 'SECTION' } });

    const approve = position('approveTargetTableStep', 'ApproveTargetTableStepInput');
    const decisions = await Promise.all(
      [first, second].map((api, i) => api.graphql<{ approveTargetTableStep: { position: string } }>(approve, { input: { ...seedTable3Ref, step: 'SECTION', commandId: `section-${i}-${Date.now()}` } }, demo.sectionHead)),
    );
    const accepted = decisions.filter((answer) => answer.errors === undefined);
    expect(accepted).toHaveLength(1);
    expect(decisions.find((answer) => answer.errors !== undefined)!.errors![0]!.extensions?.code).toMatch(/^(CONFLICT|INVALID_STATE)$/);

    const decided = accepted[0]!.data!.approveTargetTableStep.position;
    const views = await Promise.all(instances.map((api) => table(api, demo.office, decided)));
    expect(views[0]).toMatchObject({ currentStep: { step: 'OFFICE' } });
    expect(views[1]).toEqual(views[0]);
    expect(views[2]).toEqual(views[0]);
    expect(views[0]!.decisions).toEqual([expect.objectContaining({ decision: 'APPROVED', step: 'SECTION', by: demo.sectionHead.userId })]);
  });

  it('builds, on a fresh read store, the same views the instances kept while they ran', async () => {
    const rebuilt = await RunningApi.start({ ...sharedSecrets, eventStoreUrl: database.url, readStoreUrl: rebuildDatabase.url });
    try {
      const head = (await rebuilt.app.get<symbol, EventStore>(EVENT_STORE).headPosition()) ?? 0n;
      // The instances keep working (a notification issued after a decision may land at any time):
      // both trails are compared up to the same head.
      const trailUpToHead = async (api: RunningApi) =>
        (await api.must<{ auditTrail: { edges: Array<{ node: { position: string } }> } }>(demo.auditor, TRAIL, { minPosition: String(head) })).auditTrail.edges.filter(
          ({ node }) => BigInt(node.position) <= head,
        );
      expect(await table(rebuilt, demo.office, String(head))).toEqual(await table(instances[1]!, demo.office, String(head)));
      const kept = await trailUpToHead(instances[0]!);
      expect(kept.length).toBeGreaterThan(3);
      expect(await trailUpToHead(rebuilt)).toEqual(kept);
    } finally {
      await rebuilt.stop();
      removeDataDir(rebuilt.config.dataDir);
    }
  });
});
