import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import {
  anchorAuditTrail,
  AUDIT_ANCHOR_STREAM,
  eventHash,
  ExpectedRevision,
  SqliteEventStore,
  verifyAuditTrail,
  type EventMetadata,
  type IntegrityReport,
} from '@app/event-store';
import { eventsFor, newCommandId } from '../contract/contract-fixtures.js';

const anchorKey = Buffer.from('an anchor key of at least thirty-two bytes');
const tables = 'target-table-A';
const directory = 'directory';

function anchorMetadata(): EventMetadata {
  const commandId = newCommandId();
  return {
    commandId,
    correlationId: commandId,
    causationId: commandId,
    actor: { userId: 'system', displayName: 'anchor', roles: [], unitCode: null, sectionId: null },
    occurredAt: '2025-03-01T09:00:00.000Z',
    schemaVersion: 1,
  };
}

/** The events table, edited as someone with the file (and no key) could. */
function tamper(file: string, edit: (db: Database.Database) => void): void {
  const db = new Database(file);
  try {
    edit(db);
  } finally {
    db.close();
  }
}

function rowOf(db: Database.Database, streamId: string, revision: number) {
  return db.prepare('SELECT * FROM events WHERE stream_id = ? AND revision = ?').get(streamId, revision) as {
    position: number;
    type: string;
    data: string;
    metadata: string;
  };
}

describe('tamper evidence of the embedded store', () => {
  let folder: string;
  let file: string;
  let store: SqliteEventStore;

  /** Stream A gets revisions 0–4 in three appends, interleaved with the directory's 0–2. */
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'tamper-'));
    file = join(folder, 'events.sqlite');
    store = SqliteEventStore.open(file);
    await store.append(tables, eventsFor(newCommandId(), 2), ExpectedRevision.noStream);
    await store.append(directory, eventsFor(newCommandId(), 1), ExpectedRevision.noStream);
    await store.append(tables, eventsFor(newCommandId(), 1), ExpectedRevision.exact(1));
    await store.append(directory, eventsFor(newCommandId(), 2), ExpectedRevision.exact(0));
    await store.append(tables, eventsFor(newCommandId(), 2), ExpectedRevision.exact(2));
  });

  afterEach(async () => {
    await store.close();
    await rm(folder, { recursive: true, force: true });
  });

  async function verifyReopened(): Promise<IntegrityReport> {
    await store.close();
    store = SqliteEventStore.open(file);
    return verifyAuditTrail(store, { anchorKey, batchSize: 3 });
  }

  it('reports an untouched store intact, with the streams and events it checked', async () => {
    const report = await verifyReopened();
    expect(report).toEqual({ intact: true, streamsChecked: 2, eventsChecked: 8, latestAnchor: undefined, breaks: [] });
  });

  it('finds an event whose data was changed, naming stream, revision and both hashes', async () => {
    let storedHash = '';
    tamper(file, (db) => {
      const row = rowOf(db, tables, 2);
      storedHash = (JSON.parse(row.metadata) as { hash: string }).hash;
      db.prepare('UPDATE events SET data = ? WHERE position = ?').run(JSON.stringify({ commandId: 'forged', index: 0 }), row.position);
    });
    const report = await verifyReopened();
    expect(report.intact).toBe(false);
    expect(report.breaks).toHaveLength(1);
    expect(report.breaks[0]).toMatchObject({ streamId: tables, revision: 2, problem: 'CONTENT_ALTERED', expected: storedHash });
    expect(report.breaks[0]!.actual).not.toBe(storedHash);
  });

  it('finds a deleted event as the revision that is missing', async () => {
    tamper(file, (db) => db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 1').run(tables));
    const report = await verifyReopened();
    expect(report.breaks).toEqual([expect.objectContaining({ streamId: tables, revision: 1, problem: 'EVENT_MISSING' })]);
    expect(report.eventsChecked).toBe(7);
  });

  it('finds two events of a stream swapped in the global order', async () => {
    tamper(file, (db) => {
      const second = rowOf(db, directory, 1).position;
      const third = rowOf(db, directory, 2).position;
      const swap = db.prepare('UPDATE events SET position = ? WHERE position = ?');
      db.transaction(() => {
        swap.run(-1, second);
        swap.run(second, third);
        swap.run(third, -1);
      })();
    });
    const report = await verifyReopened();
    expect(report.breaks).toEqual([expect.objectContaining({ streamId: directory, revision: 1, problem: 'OUT_OF_ORDER' })]);
  });

  it('finds an event replaced by another with a recomputed hash, at the link that no longer holds', async () => {
    tamper(file, (db) => {
      const row = rowOf(db, tables, 3);
      const metadata = JSON.parse(row.metadata) as EventMetadata & { previousHash: string; hash: string };
      const data = { commandId: 'forged', index: 9 };
      metadata.previousHash = 'f'.repeat(64);
      metadata.hash = eventHash(metadata.previousHash, row.type, data, metadata);
      db.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = ?').run(JSON.stringify(data), JSON.stringify(metadata), row.position);
    });
    const report = await verifyReopened();
    expect(report.breaks).toEqual([expect.objectContaining({ streamId: tables, revision: 3, problem: 'LINK_BROKEN', actual: 'f'.repeat(64) })]);
  });

  it('finds the end of a stream deleted after the anchor, and an anchor checked with another key', async () => {
    const anchor = await anchorAuditTrail(store, { anchorKey, metadata: anchorMetadata(), batchSize: 3 });
    expect(anchor).toMatchObject({ anchored: true, revision: 0, streamCount: 2 });
    tamper(file, (db) => db.prepare('DELETE FROM events WHERE stream_id = ? AND revision >= 3').run(tables));

    const report = await verifyReopened();
    expect(report.breaks).toEqual([
      expect.objectContaining({ streamId: tables, revision: 3, problem: 'TRUNCATED', actual: 'revision 2' }),
    ]);
    expect(report.latestAnchor).toMatchObject({ position: anchor.position, revision: 0, streamCount: 2, verified: false });
    expect(await verifyAuditTrail(store, { anchorKey: Buffer.from('another key of at least thirty-two bytes') })).toMatchObject({
      breaks: [expect.objectContaining({ streamId: AUDIT_ANCHOR_STREAM, problem: 'ANCHOR_SIGNATURE_INVALID' })],
    });
  });

  it('finds a whole stream deleted after the anchor', async () => {
    await anchorAuditTrail(store, { anchorKey, metadata: anchorMetadata() });
    tamper(file, (db) => db.prepare('DELETE FROM events WHERE stream_id = ?').run(directory));
    const report = await verifyReopened();
    expect(report.breaks).toEqual([expect.objectContaining({ streamId: directory, revision: 0, problem: 'TRUNCATED', actual: 'no events' })]);
  });

  it('finds a stream rewritten with fresh hashes after the anchor', async () => {
    await anchorAuditTrail(store, { anchorKey, metadata: anchorMetadata() });
    tamper(file, (db) => {
      const row = rowOf(db, directory, 2);
      const metadata = JSON.parse(row.metadata) as EventMetadata & { previousHash: string; hash: string };
      const data = { commandId: 'rewritten', index: 2 };
      metadata.hash = eventHash(metadata.previousHash, row.type, data, metadata);
      db.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = ?').run(JSON.stringify(data), JSON.stringify(metadata), row.position);
    });
    const report = await verifyReopened();
    expect(report.breaks).toEqual([expect.objectContaining({ streamId: directory, revision: 2, problem: 'ANCHOR_MISMATCH' })]);
  });

  it('finds a forged anchor that hides a truncation, though its event hash was recomputed', async () => {
    await anchorAuditTrail(store, { anchorKey, metadata: anchorMetadata() });
    tamper(file, (db) => {
      db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 4').run(tables);
      const row = rowOf(db, AUDIT_ANCHOR_STREAM, 0);
      const data = JSON.parse(row.data) as { streams: Record<string, { revision: number; hash: string }> };
      const metadata = JSON.parse(row.metadata) as EventMetadata & { previousHash: string; hash: string };
      data.streams[tables] = { revision: 3, hash: (JSON.parse(rowOf(db, tables, 3).metadata) as { hash: string }).hash };
      metadata.hash = eventHash(metadata.previousHash, row.type, data, metadata);
      db.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = ?').run(JSON.stringify(data), JSON.stringify(metadata), row.position);
    });
    const report = await verifyReopened();
    expect(report.breaks).toEqual([expect.objectContaining({ streamId: AUDIT_ANCHOR_STREAM, revision: 0, problem: 'ANCHOR_SIGNATURE_INVALID' })]);
    expect(report.latestAnchor?.verified).toBe(false);
  });

  it('anchors only when something changed, continuing from the latest anchor', async () => {
    const first = await anchorAuditTrail(store, { anchorKey, metadata: anchorMetadata() });
    const unchanged = await anchorAuditTrail(store, { anchorKey, metadata: anchorMetadata() });
    expect(unchanged).toMatchObject({ anchored: false, position: first.position, revision: 0 });

    await store.append(directory, eventsFor(newCommandId(), 1), ExpectedRevision.exact(2));
    const second = await anchorAuditTrail(store, { anchorKey, metadata: anchorMetadata(), batchSize: 2 });
    expect(second).toMatchObject({ anchored: true, revision: 1, streamCount: 3 });
    const [latest] = await store.readStream(AUDIT_ANCHOR_STREAM, { fromRevision: 1 });
    const streams = (latest!.data as { streams: Record<string, { revision: number }> }).streams;
    expect(Object.fromEntries(Object.entries(streams).map(([id, head]) => [id, head.revision]))).toEqual({
      [tables]: 4,
      [directory]: 3,
      [AUDIT_ANCHOR_STREAM]: 0,
    });
    const report = await verifyReopened();
    expect(report).toMatchObject({ intact: true, streamsChecked: 3, eventsChecked: 11, latestAnchor: { revision: 1, verified: true } });
  });
});
