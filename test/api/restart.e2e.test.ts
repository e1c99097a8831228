import { afterAll, describe, expect, it } from '@jest/globals';
import { EventBus } from '@nestjs/cqrs';
import type { StoredEvent } from '../../apps/api/src/event-bus/stored-event.js';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { freshDataDir, removeDataDir, RunningApi, setUpDemoDirectory, demoPassword } from '../support/running-api.js';
import { until } from '../projections/support/until.js';
const DRAFT = `mutation Draft($input: TargetTableCommandInput!) { draftTargetTable(input: $input) { position } }`;
const GET = `query Get($code: String!, $min: String) { targetTable(projectCode: $code, fiscalYear: 2022, minPosition: $min) { name revision position } }`;

function draft(projectCode: string) {
  return { input: { projectCode, fiscalYear: 2022, content: seedTable3 } };
}

/**
 * Watches the EventBus from before the application starts, so a replay at start-up would be
 * seen; keeps the target-table events (the directory and sign-ins are on the bus too).
 */
async function startWatchingBus(dataDir: string): Promise<{ api: RunningApi; bus: StoredEvent[] }> {
  const bus: StoredEvent[] = [];
  const api = await RunningApi.start({ dataDir }, (app) =>
    app.get(EventBus).subscribe((event) => {
      if ((event as StoredEvent).event.type.startsWith('TargetTable')) bus.push(event as StoredEvent);
    }),
  );
  return { api, bus };
}

describe('after a restart on the same data folder', () => {
  const dataDir = freshDataDir();
  afterAll(() => removeDataDir(dataDir));

  it('keeps every table, resumes the views, and feeds the EventBus only events not yet published', async () => {
    const { api: first, bus: firstBus } = await startWatchingBus(dataDir);
    const demo = await setUpDemoDirectory(first);
    const preparer = demo.preparer;
    const a = await first.graphql<{ draftTargetTable: { position: string } }>(DRAFT, draft('RESTART001'), preparer);
    expect(a.errors).toBeUndefined();
    await until(() => firstBus.length === 1);
    expect(firstBus[0]!.event.type).toBe('TargetTableDrafted');
    expect(firstBus[0]!.constructor.name).toBe('TargetTableDrafted');
    await first.stop();

    const { api: second, bus: secondBus } = await startWatchingBus(dataDir);
    try {
      // The token signed before the restart is still good: the secret was kept in the data folder.
      const me = await second.graphql<{ me: { id: string } }>('{ me { id } }', {}, preparer);
      expect(me.data?.me.id).toBe(preparer.userId);
      await second.login('zhang', demoPassword);
      const old = await second.graphql<{ targetTable: { name: string; position: string } }>(GET, { code: 'RESTART001' }, preparer);
      expect(old.data?.targetTable).toMatchObject({ name: '就业工作经费', position: a.data!.draftTargetTable.position });

      const b = await second.graphql<{ draftTargetTable: { position: string } }>(DRAFT, draft('RESTART002'), preparer);
      const fresh = await second.graphql<{ targetTable: { name: string } }>(GET, { code: 'RESTART002', min: b.data!.draftTargetTable.position }, preparer);
      expect(fresh.data?.targetTable.name).toBe('就业工作经费');
      await until(() => secondBus.length >= 1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(secondBus.map((e) => e.event.data.projectCode)).toEqual(['RESTART002']);
    } finally {
      await second.stop();
    }
  });
});
