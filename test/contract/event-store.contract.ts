import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  EventIdReuseError,
  eventHash,
  ExpectedRevision,
  WrongExpectedRevisionError,
  type EventMetadata,
  type EventStore,
  type RecordedEvent,
} from '@app/event-store';
import {
  eventsFor,
  expectWrongRevision,
  idsOf,
  inStreams,
  newCommandId,
  newStreamId,
  rejectionOf,
  sleep,
  waitUntil,
} from './contract-fixtures.js';

export interface OpenedStore {
  store: EventStore;
  /** A second instance on the same file or server, as after a restart. */
  reopen: () => Promise<EventStore>;
  /** Closes every instance opened and removes what the test created. */
  dispose: () => Promise<void>;
}

/**
 * The behaviour every EventStore adapter must show. Each test writes to fresh stream ids and
 * looks only at its own streams, so the suite also runs against a shared server.
 */
export function eventStoreContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`EventStore contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: EventStore;

    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });

    afterEach(async () => {
      await opened.dispose();
    });

    describe('appending and reading', () => {
      it('numbers revisions from 0 and gives each later append a later position', async () => {
        const stream = newStreamId('order');
        const first = eventsFor(newCommandId(), 2);
        const second = eventsFor(newCommandId(), 1);

        const firstResult = await store.append(stream, first, ExpectedRevision.noStream);
        const secondResult = await store.append(stream, second, ExpectedRevision.exact(1));

        expect(firstResult).toMatchObject({ nextRevision: 1, idempotentReplay: false });
        expect(secondResult).toMatchObject({ nextRevision: 2, idempotentReplay: false });
        expect(secondResult.position).toBeGreaterThan(firstResult.position);

        const read = await store.readStream(stream);
        expect(idsOf(read)).toEqual(idsOf([...first, ...second]));
        expect(read.map((event) => event.revision)).toEqual([0, 1, 2]);
        expect(read.map((event) => event.streamId)).toEqual([stream, stream, stream]);
        expect(read[0]!.position).toBeLessThanOrEqual(read[1]!.position);
        expect(read[1]!.position).toBe(firstResult.position);
        expect(read[2]!.position).toBe(secondResult.position);
        for (const event of read) {
          expect(typeof event.position).toBe('bigint');
          expect(Number.isNaN(Date.parse(event.recordedAt))).toBe(false);
        }
      });

      it('reads a stream from a revision, at most maxCount events', async () => {
        const stream = newStreamId('paged');
        await store.append(stream, eventsFor(newCommandId(), 5), ExpectedRevision.noStream);

        const revisions = async (options: { fromRevision?: number; maxCount?: number }): Promise<number[]> =>
          (await store.readStream(stream, options)).map((event) => event.revision);

        expect(await revisions({ fromRevision: 2, maxCount: 2 })).toEqual([2, 3]);
        expect(await revisions({ fromRevision: 4 })).toEqual([4]);
        expect(await revisions({ fromRevision: 5 })).toEqual([]);
        expect(await revisions({ maxCount: 3 })).toEqual([0, 1, 2]);
      });

      it('reads a stream that does not exist as empty', async () => {
        expect(await store.readStream(newStreamId('missing'))).toEqual([]);
      });

      it('reads the global log strictly after a position, in order', async () => {
        const streamA = newStreamId('a');
        const streamB = newStreamId('b');
        const ours = new Set([streamA, streamB]);
        const head = await store.headPosition();
        const eventsA = eventsFor(newCommandId(), 2);
        const eventsB = eventsFor(newCommandId(), 1);
        const resultA = await store.append(streamA, eventsA, ExpectedRevision.noStream);
        const resultB = await store.append(streamB, eventsB, ExpectedRevision.noStream);

        expect(idsOf(inStreams(await store.readAll({ after: head }), ours))).toEqual(idsOf([...eventsA, ...eventsB]));
        expect(idsOf(inStreams(await store.readAll({ after: resultA.position }), ours))).toEqual(idsOf(eventsB));
        expect(inStreams(await store.readAll({ after: resultB.position }), ours)).toEqual([]);
        expect(await store.headPosition()).toBeGreaterThanOrEqual(resultB.position);

        const paged: RecordedEvent[] = [];
        let after = head;
        for (;;) {
          const page = await store.readAll({ after, maxCount: 1 });
          const last = page[page.length - 1];
          if (last === undefined) break;
          if (after !== undefined) expect(last.position).toBeGreaterThan(after);
          paged.push(...page);
          after = last.position;
        }
        expect(idsOf(inStreams(paged, ours))).toEqual(idsOf([...eventsA, ...eventsB]));
      });
    });

    describe('expected revision', () => {
      it('exact: appends only at the current revision of the stream', async () => {
        const stream = newStreamId('exact');
        await expectWrongRevision(store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.exact(0)), -1);
        await store.append(stream, eventsFor(newCommandId(), 2), ExpectedRevision.noStream);

        await expectWrongRevision(store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.exact(0)), 1);
        await expectWrongRevision(store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.exact(2)), 1);
        expect(await store.readStream(stream)).toHaveLength(2);

        const result = await store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.exact(1));
        expect(result.nextRevision).toBe(2);
      });

      it('no_stream: appends only to a stream that does not exist yet', async () => {
        const stream = newStreamId('no-stream');
        await store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.noStream);

        await expectWrongRevision(store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.noStream), 0);
        expect(await store.readStream(stream)).toHaveLength(1);
      });

      it('stream_exists: appends only to a stream that has events', async () => {
        const stream = newStreamId('exists');
        await expectWrongRevision(
          store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.streamExists),
          -1,
        );
        expect(await store.readStream(stream)).toEqual([]);

        await store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.any);
        const result = await store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.streamExists);
        expect(result.nextRevision).toBe(1);
      });

      it('any: appends whatever the revision', async () => {
        const stream = newStreamId('any');
        const first = await store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.any);
        const second = await store.append(stream, eventsFor(newCommandId(), 2), ExpectedRevision.any);

        expect(first.nextRevision).toBe(0);
        expect(second.nextRevision).toBe(2);
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it('lets exactly one of 50 concurrent appends at the same revision win', async () => {
        const stream = newStreamId('race');
        const original = eventsFor(newCommandId(), 1);
        await store.append(stream, original, ExpectedRevision.noStream);
        const contenders = Array.from({ length: 50 }, () => eventsFor(newCommandId(), 2));

        const outcomes = await Promise.allSettled(
          contenders.map((events) => store.append(stream, events, ExpectedRevision.exact(0))),
        );

        const winners = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [index] : []));
        const losers = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(49);
        for (const error of losers) {
          expect(error).toBeInstanceOf(WrongExpectedRevisionError);
          expect(error).toMatchObject({ actualRevision: 2 });
        }
        const winner = contenders[winners[0]!]!;
        expect(idsOf(await store.readStream(stream))).toEqual(idsOf([...original, ...winner]));
      });
    });

    describe('idempotent retry', () => {
      it('stores a retried append once and returns the original result', async () => {
        const stream = newStreamId('retry');
        const events = eventsFor(newCommandId(), 2);

        const original = await store.append(stream, events, ExpectedRevision.noStream);
        const retried = await store.append(stream, events, ExpectedRevision.noStream);

        expect(original.idempotentReplay).toBe(false);
        expect(retried).toEqual({
          nextRevision: original.nextRevision,
          position: original.position,
          idempotentReplay: true,
        });
        expect(idsOf(await store.readStream(stream))).toEqual(idsOf(events));
      });

      it('recognises a retry after the stream moved on, whatever revision it expects', async () => {
        const stream = newStreamId('stale-retry');
        const head = await store.headPosition();
        const events = eventsFor(newCommandId(), 2);
        const later = eventsFor(newCommandId(), 1);
        const original = await store.append(stream, events, ExpectedRevision.noStream);
        await store.append(stream, later, ExpectedRevision.exact(1));

        const replayed = { nextRevision: original.nextRevision, position: original.position, idempotentReplay: true };
        expect(await store.append(stream, events, ExpectedRevision.noStream)).toEqual(replayed);
        expect(await store.append(stream, events, ExpectedRevision.exact(0))).toEqual(replayed);
        expect(await store.append(stream, events, ExpectedRevision.any)).toEqual(replayed);

        expect(idsOf(await store.readStream(stream))).toEqual(idsOf([...events, ...later]));
        expect(idsOf(inStreams(await store.readAll({ after: head }), new Set([stream])))).toEqual(
          idsOf([...events, ...later]),
        );
      });

      it('rejects an append that reuses only some stored ids and writes nothing', async () => {
        const stream = newStreamId('partial-reuse');
        const stored = eventsFor(newCommandId(), 2);
        await store.append(stream, stored, ExpectedRevision.noStream);
        const fresh = eventsFor(newCommandId(), 1);

        for (const events of [[stored[1]!, ...fresh], [...fresh, stored[0]!]]) {
          const error = await rejectionOf(store.append(stream, events, ExpectedRevision.exact(1)));
          expect(error).toBeInstanceOf(EventIdReuseError);
          expect(error).toMatchObject({ code: 'CONFLICT', streamId: stream });
        }
        expect(idsOf(await store.readStream(stream))).toEqual(idsOf(stored));
      });
    });

    describe('atomic appends', () => {
      it('stores all events of an append together, or none of them', async () => {
        const stream = newStreamId('atomic');
        const head = await store.headPosition();
        const accepted = eventsFor(newCommandId(), 3);
        const rejected = eventsFor(newCommandId(), 3);

        await store.append(stream, accepted, ExpectedRevision.noStream);
        await expectWrongRevision(store.append(stream, rejected, ExpectedRevision.exact(0)), 2);

        const read = await store.readStream(stream);
        expect(idsOf(read)).toEqual(idsOf(accepted));
        expect(read.map((event) => event.revision)).toEqual([0, 1, 2]);
        const logged = idsOf(inStreams(await store.readAll({ after: head }), new Set([stream])));
        expect(logged).toEqual(idsOf(accepted));
      });
    });

    describe('metadata and hash chain', () => {
      it('returns data and metadata exactly as appended, plus the hash fields', async () => {
        const stream = newStreamId('round-trip');
        const [event] = eventsFor(newCommandId(), 1, 'TargetTableDrafted');
        const data = {
          title: '2025年度部门整体绩效目标',
          amountFen: '123456789012',
          nested: { list: [1, 'two', { three: true }], empty: {}, nothing: null },
          ratio: 0.25,
        };
        const metadata: EventMetadata = { ...event!.metadata, importSource: { file: '目标表.xlsx', row: 7 } };

        await store.append(stream, [{ ...event!, data, metadata }], ExpectedRevision.noStream);

        const [read] = await store.readStream(stream);
        expect(read!.type).toBe('TargetTableDrafted');
        expect(read!.data).toEqual(data);
        const { previousHash, hash, ...plain } = read!.metadata;
        expect(plain).toEqual(metadata);
        expect(previousHash).toBe('');
        expect(hash).toMatch(/^[0-9a-f]{64}$/);
      });

      it('hands out events that copy, serialise and compare like plain objects', async () => {
        const stream = newStreamId('plain');
        await store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.noStream);

        const [read] = await store.readStream(stream);
        const copy = { ...read! };
        expect(Object.keys(copy)).toEqual(expect.arrayContaining(['data', 'metadata']));
        const { data, metadata } = JSON.parse(JSON.stringify(read, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value)));
        expect({ data, metadata }).toEqual({ data: copy.data, metadata: copy.metadata });
        expect(read!.metadata).toBe(read!.metadata);
        expect(read!.data).toBe(read!.data);
        expect(copy.metadata).toBe(read!.metadata);
      });

      it('chains each event to the previous one of its own stream', async () => {
        const stream = newStreamId('chain');
        const other = newStreamId('chain-other');
        await store.append(stream, eventsFor(newCommandId(), 2), ExpectedRevision.noStream);
        await store.append(other, eventsFor(newCommandId(), 1), ExpectedRevision.noStream);
        await store.append(stream, eventsFor(newCommandId(), 1, 'OtherType'), ExpectedRevision.exact(1));
        await store.append(stream, eventsFor(newCommandId(), 2), ExpectedRevision.any);

        const read = await store.readStream(stream);
        expect(read).toHaveLength(5);
        let previousHash = '';
        for (const event of read) {
          expect(event.metadata.previousHash).toBe(previousHash);
          expect(event.metadata.hash).toBe(eventHash(previousHash, event.type, event.data, event.metadata));
          previousHash = event.metadata.hash;
        }
        const [otherFirst] = await store.readStream(other);
        expect(otherFirst!.metadata.previousHash).toBe('');
      });
    });

    describe('subscriptions', () => {
      it('resumes from the last acknowledged position after a restart, delivering every event once', async () => {
        const streamA = newStreamId('sub-a');
        const streamB = newStreamId('sub-b');
        const ours = new Set([streamA, streamB]);
        const head = await store.headPosition();
        const appended: string[] = [];
        const append = async (target: EventStore, stream: string, count: number): Promise<void> => {
          const events = eventsFor(newCommandId(), count);
          await target.append(stream, events, ExpectedRevision.any);
          appended.push(...idsOf(events));
        };
        const delivered: RecordedEvent[] = [];
        const handler = async (batch: RecordedEvent[]): Promise<void> => {
          delivered.push(...inStreams(batch, ours));
        };

        await append(store, streamA, 2);
        await append(store, streamB, 1);
        const first = store.subscribeToAll(handler, { after: head, batchSize: 2 });
        await waitUntil(() => delivered.length === 3);
        await first.stop();
        const checkpoint = first.position;
        expect(checkpoint).toBeDefined();

        await append(store, streamA, 1);
        const reopened = await opened.reopen();
        const second = reopened.subscribeToAll(handler, { after: checkpoint, batchSize: 2 });
        await waitUntil(() => delivered.length === 4);
        // Live: an append through the subscribed instance, then one through the other
        // instance, which the caught-up subscription can only notice as another process's write.
        await append(reopened, streamB, 1);
        await waitUntil(() => delivered.length === 5);
        await append(store, streamA, 2);
        await waitUntil(() => delivered.length === 7);
        await sleep(100);
        await second.stop();

        expect(idsOf(delivered)).toEqual(appended);
        const positions = delivered.map((event) => event.position);
        expect([...positions].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))).toEqual(positions);
        expect(second.position).toBeGreaterThanOrEqual(positions[positions.length - 1]!);
      });

      it('redelivers a batch whose handler failed, after a backoff, and skips nothing', async () => {
        const stream = newStreamId('sub-retry');
        const ours = new Set([stream]);
        const head = await store.headPosition();
        const events = [...eventsFor(newCommandId(), 2), ...eventsFor(newCommandId(), 1)];
        await store.append(stream, events.slice(0, 2), ExpectedRevision.noStream);
        await store.append(stream, events.slice(2), ExpectedRevision.exact(1));

        const attempts: Array<{ ids: string[]; at: number }> = [];
        const acknowledged: string[] = [];
        const failures: number[] = [];
        const subscription = store.subscribeToAll(
          async (batch) => {
            const ids = idsOf(inStreams(batch, ours));
            if (ids.length === 0) return;
            attempts.push({ ids, at: Date.now() });
            if (attempts.length === 1) throw new Error('handler failed once');
            acknowledged.push(...ids);
          },
          { after: head, batchSize: 2, initialBackoffMs: 40, onError: (_error, attempt) => failures.push(attempt) },
        );
        await waitUntil(() => acknowledged.length === events.length);
        await subscription.stop();

        expect(failures).toEqual([1]);
        expect(attempts[1]!.ids).toEqual(attempts[0]!.ids);
        expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(30);
        expect(acknowledged).toEqual(idsOf(events));
      });

      it('lets stop() finish the batch in progress and keep its acknowledgement', async () => {
        const stream = newStreamId('sub-stop');
        const head = await store.headPosition();
        const result = await store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.noStream);
        let started = false;
        let finished = false;
        const subscription = store.subscribeToAll(
          async (batch) => {
            if (inStreams(batch, new Set([stream])).length === 0) return;
            started = true;
            await sleep(50);
            finished = true;
          },
          { after: head },
        );
        await waitUntil(() => started);

        await subscription.stop();

        expect(finished).toBe(true);
        expect(subscription.position).toBeGreaterThanOrEqual(result.position);
      });
    });
  });
}
