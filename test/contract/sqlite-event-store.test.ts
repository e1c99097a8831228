import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { EventIdReuseError, ExpectedRevision, SqliteEventStore, WrongExpectedRevisionError, type EventStore } from '@app/event-store';
import { eventStoreContract, type OpenedStore } from './event-store.contract.js';
import { eventsFor, idsOf, newCommandId, newStreamId, rejectionOf, sleep, waitUntil } from './contract-fixtures.js';

/** Short, so that the contract's cross-instance subscription test finishes quickly. */
const POLL_INTERVAL_MS = 25;

async function openInTempFolder(): Promise<OpenedStore & { file: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'event-store-contract-'));
  // A nested path shows that open() creates the missing folder.
  const file = join(folder, 'data', 'events.sqlite');
  const instances: EventStore[] = [];
  const openInstance = (): SqliteEventStore => {
    const instance = SqliteEventStore.open(file, { pollIntervalMs: POLL_INTERVAL_MS });
    instances.push(instance);
    return instance;
  };
  return {
    file,
    store: openInstance(),
    reopen: async () => openInstance(),
    dispose: async () => {
      await Promise.all(instances.map((instance) => instance.close()));
      await rm(folder, { recursive: true, force: true });
    },
  };
}

eventStoreContract('SqliteEventStore', openInTempFolder);

describe('SqliteEventStore', () => {
  let opened: OpenedStore & { file: string };

  beforeEach(async () => {
    opened = await openInTempFolder();
  });

  afterEach(async () => {
    await opened.dispose();
  });

  it('keeps every event in its file across close and reopen', async () => {
    const store = opened.store;
    const stream = newStreamId('durable');
    await store.append(stream, eventsFor(newCommandId(), 2), ExpectedRevision.noStream);
    await store.append(newStreamId('durable-other'), eventsFor(newCommandId(), 1), ExpectedRevision.noStream);
    const before = await store.readAll();
    const head = await store.headPosition();
    await store.close();

    const reopened = SqliteEventStore.open(opened.file);
    try {
      expect(reopened.file).toBe(opened.file);
      expect(await reopened.readAll()).toEqual(before);
      expect(await reopened.headPosition()).toBe(head);
      const next = await reopened.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.exact(1));
      expect(next.nextRevision).toBe(2);
      expect(next.position).toBeGreaterThan(head!);
    } finally {
      await reopened.close();
    }
  });

  it('lets the schema itself refuse a second event at a stream revision or a reused event id', async () => {
    const stream = newStreamId('unique');
    await opened.store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.noStream);
    const [stored] = await opened.store.readStream(stream);

    const raw = new Database(opened.file);
    try {
      const insert = raw.prepare(
        `INSERT INTO events (event_id, stream_id, revision, type, data, metadata, recorded_at)
         VALUES (?, ?, ?, 'Raw', '{}', '{}', '2025-01-01T00:00:00.000Z')`,
      );
      expect(() => insert.run('another-id', stream, 0)).toThrow(
        /UNIQUE constraint failed: events\.stream_id, events\.revision/,
      );
      expect(() => insert.run(stored!.eventId, stream, 1)).toThrow(/UNIQUE constraint failed: events\.event_id/);
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }
  });

  it('rejects an event id that is already stored in another stream', async () => {
    const events = eventsFor(newCommandId(), 1);
    const stream = newStreamId('first-owner');
    const other = newStreamId('second-owner');
    await opened.store.append(stream, events, ExpectedRevision.noStream);

    const error = await rejectionOf(opened.store.append(other, events, ExpectedRevision.noStream));

    expect(error).toBeInstanceOf(EventIdReuseError);
    expect(await opened.store.readStream(other)).toEqual([]);
  });

  it('never hands out a position twice, even after the newest event is deleted', async () => {
    const stream = newStreamId('positions');
    const first = await opened.store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.noStream);
    const raw = new Database(opened.file);
    try {
      raw.prepare('DELETE FROM events WHERE position = ?').run(first.position);
    } finally {
      raw.close();
    }

    const next = eventsFor(newCommandId(), 1);
    const second = await opened.store.append(newStreamId('positions-next'), next, ExpectedRevision.noStream);

    expect(second.position).toBeGreaterThan(first.position);
  });

  it('wakes a caught-up subscription as soon as this instance appends, without waiting to poll', async () => {
    const store = SqliteEventStore.open(opened.file, { pollIntervalMs: 60_000 });
    const delivered: string[] = [];
    const subscription = store.subscribeToAll(async (batch) => {
      delivered.push(...idsOf(batch));
    });
    try {
      await sleep(20);
      const events = eventsFor(newCommandId(), 1);
      await store.append(newStreamId('wake'), events, ExpectedRevision.noStream);
      await waitUntil(() => delivered.length === 1, 1000);
      expect(delivered).toEqual(idsOf(events));
    } finally {
      await subscription.stop();
      await store.close();
    }
  });

  it('appends nothing when an append carries no events or the same id twice', async () => {
    const stream = newStreamId('malformed');
    const [event] = eventsFor(newCommandId(), 1);

    await expect(opened.store.append(stream, [], ExpectedRevision.any)).rejects.toThrow(/at least one event/);
    await expect(opened.store.append(stream, [event!, event!], ExpectedRevision.any)).rejects.toThrow(
      /same event id twice/,
    );
    expect(idsOf(await opened.store.readStream(stream))).toEqual([]);
  });

  it('commits appends sent together as one group in which each holds or fails on its own, as if sent one by one', async () => {
    const store = opened.store;
    const stream = newStreamId('group');
    const other = newStreamId('group-other');
    const first = eventsFor(newCommandId(), 2);
    const second = eventsFor(newCommandId(), 1);
    const stale = eventsFor(newCommandId(), 1);
    const reused = [...eventsFor(newCommandId(), 1), first[0]!];
    const elsewhere = eventsFor(newCommandId(), 1);

    // Not awaited one by one: all five are queued before the group commit runs.
    const outcomes = await Promise.allSettled([
      store.append(stream, first, ExpectedRevision.noStream),
      store.append(stream, second, ExpectedRevision.exact(1)),
      store.append(stream, stale, ExpectedRevision.exact(1)),
      store.append(stream, first, ExpectedRevision.noStream),
      store.append(stream, reused, ExpectedRevision.exact(2)),
      store.append(other, elsewhere, ExpectedRevision.noStream),
    ]);

    const [firstOutcome, secondOutcome, staleOutcome, retryOutcome, reusedOutcome, elsewhereOutcome] = outcomes;
    expect(firstOutcome).toMatchObject({ status: 'fulfilled', value: { nextRevision: 1, idempotentReplay: false } });
    expect(secondOutcome).toMatchObject({ status: 'fulfilled', value: { nextRevision: 2, idempotentReplay: false } });
    expect(staleOutcome.status === 'rejected' && staleOutcome.reason).toBeInstanceOf(WrongExpectedRevisionError);
    expect(retryOutcome).toEqual({ status: 'fulfilled', value: { ...(firstOutcome as PromiseFulfilledResult<unknown>).value as object, idempotentReplay: true } });
    expect(reusedOutcome.status === 'rejected' && reusedOutcome.reason).toBeInstanceOf(EventIdReuseError);
    expect(elsewhereOutcome).toMatchObject({ status: 'fulfilled', value: { nextRevision: 0, idempotentReplay: false } });
    const read = await store.readStream(stream);
    expect(idsOf(read)).toEqual(idsOf([...first, ...second]));
    expect(read.map((event) => event.revision)).toEqual([0, 1, 2]);
    expect(idsOf(await store.readStream(other))).toEqual(idsOf(elsewhere));
    // Positions follow the order the appends were sent in.
    const logged = await store.readAll();
    expect(idsOf(logged)).toEqual(idsOf([...first, ...second, ...elsewhere]));
  });

  it('commits the appends still waiting for their group when the store closes', async () => {
    const store = SqliteEventStore.open(opened.file);
    const stream = newStreamId('closing');
    const events = eventsFor(newCommandId(), 1);
    const appended = store.append(stream, events, ExpectedRevision.noStream);
    await store.close();

    expect(await appended).toMatchObject({ nextRevision: 0, idempotentReplay: false });
    expect(idsOf(await opened.store.readStream(stream))).toEqual(idsOf(events));
  });

  describe('appendAfter', () => {
    it('stores an append after an earlier one that is stored, in the same group', async () => {
      const store = opened.store as SqliteEventStore;
      const stream = newStreamId('after');
      const first = eventsFor(newCommandId(), 1);
      const second = eventsFor(newCommandId(), 2);

      const earlier = store.append(stream, first, ExpectedRevision.noStream);
      const later = store.appendAfter(earlier, stream, second, ExpectedRevision.exact(0));

      expect(await earlier).toMatchObject({ nextRevision: 0, idempotentReplay: false });
      expect(await later).toMatchObject({ nextRevision: 2, idempotentReplay: false });
      expect(idsOf(await store.readStream(stream))).toEqual(idsOf([...first, ...second]));
    });

    it('refuses it when the earlier one was refused, even where another write made its expected revision come true', async () => {
      const store = opened.store as SqliteEventStore;
      const stream = newStreamId('after-refused');
      const elsewhere = eventsFor(newCommandId(), 1);
      await store.append(newStreamId('after-elsewhere'), elsewhere, ExpectedRevision.noStream);
      await store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.noStream);
      const other = eventsFor(newCommandId(), 1);
      const dependent = eventsFor(newCommandId(), 1);

      // The earlier append reuses an id stored in another stream; another writer then takes revision 1.
      const earlier = store.append(stream, elsewhere, ExpectedRevision.exact(0));
      const otherWrite = store.append(stream, other, ExpectedRevision.exact(0));
      const later = store.appendAfter(earlier, stream, dependent, ExpectedRevision.exact(1));

      expect(await rejectionOf(earlier)).toBeInstanceOf(EventIdReuseError);
      expect(await otherWrite).toMatchObject({ nextRevision: 1 });
      expect(await rejectionOf(later)).toBeInstanceOf(WrongExpectedRevisionError);
      expect(idsOf(await store.readStream(stream, { fromRevision: 1 }))).toEqual(idsOf(other));
    });

    it('refuses it when the earlier one was a replay that wrote nothing', async () => {
      const store = opened.store as SqliteEventStore;
      const stream = newStreamId('after-replay');
      const first = eventsFor(newCommandId(), 1);
      await store.append(stream, first, ExpectedRevision.noStream);

      const replay = store.append(stream, first, ExpectedRevision.noStream);
      const later = store.appendAfter(replay, stream, eventsFor(newCommandId(), 1), ExpectedRevision.exact(1));

      expect(await replay).toMatchObject({ idempotentReplay: true });
      expect(await rejectionOf(later)).toBeInstanceOf(WrongExpectedRevisionError);
      expect(idsOf(await store.readStream(stream))).toEqual(idsOf(first));
    });
  });
});
