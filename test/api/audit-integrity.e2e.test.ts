import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import {
  ExportLineError,
  exportToFile,
  RestoreRefusedError,
  restoreFromFile,
  SqliteEventStore,
  verifyAuditTrail,
  type EventStore,
} from '@app/event-store';
import { allProjections, CHECKPOINT_TABLE, openReadStore, ProjectionRunner, type ReadStore } from '@app/projections';
import { loadAnchorKey } from '../../apps/api/src/audit-integrity/anchor-key.js';
import { ProjectionsService } from '../../apps/api/src/storage/projections.service.js';
import { EVENT_STORE, READ_STORE } from '../../apps/api/src/storage/storage.tokens.js';
import { RunningApi, removeDataDir, setUpDemoDirectory, type Caller, type DemoDirectory } from '../support/running-api.js';
import { targetTableMutations } from '../support/target-table-mutations.js';

const VERIFY = `{ verifyAuditTrail {
  intact streamsChecked eventsChecked latestAnchor { position at verified headPosition streamCount }
  breaks { streamId revision problem expected actual message position }
} }`;
const ANCHOR = `mutation($commandId: String) { anchorAuditTrail(commandId: $commandId) { commandId anchored position headPosition streamCount } }`;
const { DRAFT, SUBMIT, APPROVE } = targetTableMutations('position');

const table3 = { projectCode: '13052922P00584010316P', fiscalYear: 2022 };
const table3Stream = `target-table-${table3.fiscalYear}-${table3.projectCode}`;

interface Verification {
  intact: boolean;
  streamsChecked: number;
  eventsChecked: number;
  latestAnchor: { position: string; at: string; verified: boolean; headPosition: string; streamCount: number } | null;
  breaks: Array<{ streamId: string; revision: number; problem: string; expected: string; actual: string; message: string; position: string | null }>;
}

/** Every row of every view and the views' checkpoints (without the time they moved), in a stable order. */
async function viewContents(readStore: ReadStore): Promise<Record<string, unknown[]>> {
  const contents: Record<string, unknown[]> = {};
  for (const table of allProjections().flatMap((projection) => projection.tables)) {
    const rows = await readStore.db.selectFrom(table).selectAll().execute();
    contents[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  contents[CHECKPOINT_TABLE] = await readStore.db
    .selectFrom(CHECKPOINT_TABLE)
    .select(['name', 'position'])
    .where('name', 'in', allProjections().map((projection) => projection.name))
    .orderBy('name')
    .execute();
  return contents;
}

describe('audit-trail integrity, export and restore over HTTP', () => {
  let api: RunningApi;
  let demo: DemoDirectory;
  let store: EventStore;
  let scratch: string;

  async function verification(caller: Caller): Promise<Verification> {
    return (await api.must<{ verifyAuditTrail: Verification }>(caller, VERIFY)).verifyAuditTrail;
  }

  beforeAll(async () => {
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
    store = api.app.get<EventStore>(EVENT_STORE);
    scratch = mkdtempSync(join(tmpdir(), 'pt-backup-'));
    await api.must(demo.preparer, DRAFT, { input: { ...table3, content: { ...seedTable3, sectionId: 'employment' } } });
    await api.must(demo.preparer, SUBMIT, { input: table3 });
    await api.must(demo.sectionHead, APPROVE, { input: { ...table3, step: 'SECTION', comment: '同意' } });
    const { approveTargetTableStep } = await api.must(demo.office, APPROVE, { input: { ...table3, step: 'OFFICE' } });
    await api.app.get(ProjectionsService).reach(BigInt(approveTargetTableStep.position));
  });

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
    rmSync(scratch, { recursive: true, force: true });
  });

  it('tells an auditor that the untouched store is intact, and refuses anyone but an auditor or admin', async () => {
    const report = await verification(demo.auditor);
    expect(report).toMatchObject({ intact: true, latestAnchor: null, breaks: [] });
    expect(report.eventsChecked).toBe((await store.readAll()).length);
    expect(report.streamsChecked).toBe(new Set((await store.readAll()).map((event) => event.streamId)).size);
    expect((await verification(demo.admin)).intact).toBe(true);

    for (const query of [VERIFY, ANCHOR]) {
      const refused = await api.graphql(query, {}, demo.preparer);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refused.errors?.[0]?.message).toMatch(/需要审计（AUDITOR）或管理员（ADMIN）角色：你的角色是 科室经办人（PREPARER）/);
    }
  });

  it('anchors on demand, once while nothing changes, and verifies the anchor', async () => {
    const first = (await api.must(demo.auditor, ANCHOR, { commandId: 'anchor-1' })).anchorAuditTrail;
    expect(first).toMatchObject({ commandId: 'anchor-1', anchored: true });
    const again = (await api.must(demo.admin, ANCHOR)).anchorAuditTrail;
    expect(again).toMatchObject({ anchored: false, position: first.position });

    const report = await verification(demo.auditor);
    expect(report.intact).toBe(true);
    expect(report.latestAnchor).toMatchObject({ position: first.position, verified: true, headPosition: first.headPosition, streamCount: first.streamCount });
  });

  it('exports the store, restores it elsewhere, rebuilds identical views, and the restored trail verifies', async () => {
    const file = join(scratch, 'export.ndjson');
    const exported = await exportToFile(store, file, { anchorKey: (await loadAnchorKey(api.config))! });
    expect(exported.eventCount).toBe((await store.readAll()).length);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(exported.eventCount + 1);
    expect(JSON.parse(lines[0]!)).toEqual(expect.objectContaining({ position: '1', revision: 0, eventId: expect.any(String), metadata: expect.objectContaining({ hash: expect.any(String) }) }));

    const restoredDir = join(scratch, 'restored');
    const restoredStore = SqliteEventStore.open(join(restoredDir, 'events.sqlite'));
    const restoredViews = openReadStore({ dataDir: restoredDir });
    try {
      // An operator restoring elsewhere brings the anchor key along, as README says.
      copyFileSync(join(api.config.dataDir, 'anchor-key'), join(restoredDir, 'anchor-key'));
      const anchorKey = await loadAnchorKey({ dataDir: restoredDir, anchorSecret: undefined });
      await restoreFromFile(restoredStore, file, { anchorKey });
      expect(await restoredStore.readAll()).toEqual(await store.readAll());

      await new ProjectionRunner(restoredStore, restoredViews, allProjections()).rebuild('all');
      await api.app.get(ProjectionsService).reach((await store.headPosition())!);
      const original = await viewContents(api.app.get<ReadStore>(READ_STORE));
      expect(original.target_tables).toHaveLength(1);
      expect(await viewContents(restoredViews)).toEqual(original);

      const report = await verifyAuditTrail(restoredStore, { anchorKey: anchorKey! });
      expect(report).toMatchObject({ intact: true, eventsChecked: exported.eventCount, latestAnchor: { verified: true } });

      await expect(restoreFromFile(restoredStore, file, { anchorKey })).rejects.toThrow(RestoreRefusedError);
      await expect(restoreFromFile(restoredStore, file, { anchorKey })).rejects.toThrow(/不是空的.*只能恢复到空的存储中/);
    } finally {
      await restoredViews.close();
      await restoredStore.close();
    }
  });

  it('reports a corrupt line by its number and writes nothing', async () => {
    const file = join(scratch, 'export.ndjson');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const corrupt = join(scratch, 'corrupt.ndjson');
    const edited = JSON.parse(lines[4]!) as { data: Record<string, unknown> };
    edited.data = { ...edited.data, name: 'forged' };
    writeFileSync(corrupt, [...lines.slice(0, 4), JSON.stringify(edited), ...lines.slice(5)].join('\n'));
    const cut = join(scratch, 'cut.ndjson');
    writeFileSync(cut, [...lines.slice(0, 3), lines[3]!.slice(0, 40)].join('\n'));
    const unfinished = join(scratch, 'unfinished.ndjson');
    writeFileSync(unfinished, lines.slice(0, -1).join('\n'));

    const target = SqliteEventStore.open(join(scratch, 'empty', 'events.sqlite'));
    try {
      const anchorKey = await loadAnchorKey({ dataDir: api.config.dataDir, anchorSecret: undefined });
      const failures = [
        [corrupt, /^第 5 行：.*）被改动/],
        [cut, /^第 4 行：不是 JSON/],
        [unfinished, new RegExp(`^第 ${lines.length} 行：文件在结束行之前就结束了`)],
        [file, /^第 \d+ 行：含有审计锚点，但没有配置锚定密钥/],
      ] as const;
      for (const [path, message] of failures) {
        const error = await restoreFromFile(target, path, { anchorKey: path === file ? null : anchorKey }).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(ExportLineError);
        expect((error as Error).message).toMatch(message);
      }
      expect(await target.headPosition()).toBeUndefined();
    } finally {
      await target.close();
    }
  });

  it('shows the auditor where the store was tampered with: an edited event, and the end of an anchored stream deleted', async () => {
    const raw = new Database(join(api.config.dataDir, 'events.sqlite'));
    let truncatedStream = '';
    let lastRevision = -1;
    try {
      const row = raw.prepare('SELECT position, data FROM events WHERE stream_id = ? AND revision = 1').get(table3Stream) as { position: number; data: string };
      raw.prepare('UPDATE events SET data = ? WHERE position = ?').run(row.data.replace('"SECTION"', '"LEADER"'), row.position);
      // The first event's stream (the directory) loses its newest event.
      truncatedStream = (raw.prepare('SELECT stream_id FROM events WHERE position = 1').get() as { stream_id: string }).stream_id;
      lastRevision = Number((raw.prepare('SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?').get(truncatedStream) as { revision: number }).revision);
      raw.prepare('DELETE FROM events WHERE stream_id = ? AND revision = ?').run(truncatedStream, lastRevision);
    } finally {
      raw.close();
    }
    const report = await verification(demo.auditor);
    expect(report.intact).toBe(false);
    expect(report.breaks).toEqual([
      expect.objectContaining({ streamId: table3Stream, revision: 1, problem: 'CONTENT_ALTERED' }),
      expect.objectContaining({ streamId: truncatedStream, revision: lastRevision, problem: 'TRUNCATED', actual: `revision ${lastRevision - 1}` }),
    ]);
    expect(report.breaks[0]!.message).toMatch(new RegExp(`${table3Stream} 第 1 版（.*）被改动`));
    expect(report.latestAnchor?.verified).toBe(false);
  });
});
