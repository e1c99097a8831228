import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Decider } from '@app/domain';
import { EventIdReuseError, ExpectedRevision, SqliteEventStore, WrongExpectedRevisionError, type Actor, type EventStore } from '@app/event-store';
import { DomainError } from '@app/domain';
import { AggregateStreams, eventMetadata } from './aggregate-streams.js';
import { commandDigest } from './command-digest.js';
import { StreamStates } from './stream-states.js';
import { DirectoryReader } from '../directory/directory.reader.js';
import type { CommandContext } from './command-context.js';

interface Counted {
  type: 'Counted';
  data: { by: number };
}
/** Adds a positive amount; adding 0 decides nothing. */
const counter: Decider<{ add: number }, Counted, number> = {
  initialState: 0,
  evolve: (total, event) => total + event.data.by,
  decide: ({ add }) => (add === 0 ? [] : [{ type: 'Counted', data: { by: add } }]),
};
/** The counter writing down the total it was decided on, to show which state a decision saw. */
const stamping: Decider<{ add: number }, Counted, number> = {
  ...counter,
  decide: ({ add }, total) => [{ type: 'Counted', data: { by: add, seenTotal: total } as Counted['data'] }],
  decidedAgainOnConflict: () => true,
};
/** The counter whose odd amounts may be decided again after losing an append race. */
const retryingOdd: Decider<{ add: number }, Counted, number> = { ...counter, decidedAgainOnConflict: ({ add }) => add % 2 === 1 };

const actor: Actor = { userId: 'system:cli', displayName: 'import CLI', roles: ['ADMIN'], unitCode: null, sectionId: null };
const source = { name: 'targets.txt', documentSha256: 'd6'.repeat(32), lines: { from: 104, to: 183 } };
const context = (commandId: string, extra: Partial<CommandContext> = {}): CommandContext => ({
  commandId,
  correlationId: 'import-1',
  causationId: commandId,
  actor,
  now: '2022-02-01T08:00:00.000Z',
  ...extra,
});

describe('AggregateStreams', () => {
  let dir: string;
  let store: SqliteEventStore;
  let streams: AggregateStreams;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'aggregate-streams-'));
    store = SqliteEventStore.open(join(dir, 'events.sqlite'));
    streams = new AggregateStreams(store, new DirectoryReader(store));
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the source document and the origin of a command in the metadata of its events', async () => {
    await streams.execute('counter-1', counter, { add: 2 }, context('c1', { source, origin: { via: 'cli:import', osUser: 'li' } }));
    const [event] = await store.readStream('counter-1');
    expect(event!.metadata).toMatchObject({ commandId: 'c1', correlationId: 'import-1', source, origin: { via: 'cli:import', osUser: 'li' } });
  });

  it('writes neither when the command came with none', async () => {
    await streams.execute('counter-1', counter, { add: 2 }, context('c1'));
    const [event] = await store.readStream('counter-1');
    expect(Object.keys(event!.metadata)).not.toContain('source');
    expect(Object.keys(event!.metadata)).not.toContain('origin');
  });

  it('says whether it appended: yes for a new command, no for its replay, no for a command that decided nothing', async () => {
    const first = await streams.execute('counter-1', counter, { add: 2 }, context('c1'));
    const replay = await streams.execute('counter-1', counter, { add: 2 }, context('c1'));
    const nothing = await streams.execute('counter-1', counter, { add: 0 }, context('c2'));
    expect([first.appended, first.replayed]).toEqual([true, false]);
    expect([replay.appended, replay.replayed, replay.position]).toEqual([false, true, first.position]);
    expect([nothing.appended, nothing.replayed, nothing.position]).toEqual([false, false, first.position]);
  });

  it('answers the events it appended, and none for a replay or a command that decided nothing', async () => {
    const first = await streams.execute('counter-1', counter, { add: 2 }, context('c1'));
    const replay = await streams.execute('counter-1', counter, { add: 2 }, context('c1'));
    const nothing = await streams.execute('counter-1', counter, { add: 0 }, context('c2'));
    expect([first.events, replay.events, nothing.events]).toEqual([[{ type: 'Counted', data: { by: 2 } }], [], []]);
  });

  describe('a reused command id', () => {
    const sent = (add: number) => commandDigest({ type: 'Count', input: { commandId: 'c1', add } });

    it('keeps the digest of the command sent in the metadata of its events', async () => {
      await streams.execute('counter-1', counter, { add: 2 }, context('c1', { digest: sent(2) }));
      const [event] = await store.readStream('counter-1');
      expect(event!.metadata.commandDigest).toBe(sent(2));
    });

    it('is a replay with the same command, and CONFLICT naming commandId with another, writing nothing', async () => {
      const first = await streams.execute('counter-1', counter, { add: 2 }, context('c1', { digest: sent(2) }));
      const replay = await streams.execute('counter-1', counter, { add: 2 }, context('c1', { digest: sent(2) }));
      expect([replay.replayed, replay.position]).toEqual([true, first.position]);
      const refusal = await streams.execute('counter-1', counter, { add: 3 }, context('c1', { digest: sent(3) })).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(DomainError);
      expect(refusal).toMatchObject({ code: 'CONFLICT', problems: [{ field: 'commandId' }] });
      expect(await store.readStream('counter-1')).toHaveLength(1);
    });

    it('is refused when its events would land in another stream', async () => {
      await streams.execute('counter-1', counter, { add: 2 }, context('c1', { digest: sent(2) }));
      const refusal = await streams.execute('counter-2', counter, { add: 3 }, context('c1', { digest: sent(3) })).catch((error: unknown) => error);
      expect(refusal).toMatchObject({ code: 'CONFLICT', problems: [{ field: 'commandId' }] });
    });

    it('is still a replay over events stored before digests were kept', async () => {
      await streams.execute('counter-1', counter, { add: 2 }, context('c1'));
      const replay = await streams.execute('counter-1', counter, { add: 3 }, context('c1', { digest: sent(3) }));
      expect(replay.replayed).toBe(true);
    });

    it('digests what was sent, whatever the order of its fields, a null for a field left out, or a password', () => {
      const digest = (input: object) => commandDigest({ type: 'RegisterUser', input });
      expect(digest({ commandId: 'a', userName: 'li', unitCode: '323001', sectionId: null, password: 'one-password' })).toBe(
        digest({ unitCode: '323001', userName: 'li', password: 'another-password' }),
      );
      expect(digest({ userName: 'li', unitCode: '323001' })).not.toBe(digest({ userName: 'li', unitCode: '323003' }));
      expect(commandDigest({ type: 'GrantRole', input: { userId: 'u' } })).not.toBe(commandDigest({ type: 'RevokeRole', input: { userId: 'u' } }));
    });
  });

  describe('a command that loses the append race', () => {
    /** Another writer appends to the stream between the load and the append, `times` times. */
    const racedBy = (times: number): void => {
      const append = store.append.bind(store);
      let left = times;
      store.append = (async (streamId, events, expected) => {
        if (left-- > 0) await append(streamId, [{ eventId: `other-${left}`, type: 'Counted', data: { by: 100 }, metadata: eventMetadata(context(`other-${left}`)) }], ExpectedRevision.any);
        return append(streamId, events, expected);
      }) as EventStore['append'];
    };
    const totals = async () => (await store.readStream('counter-1')).map((event) => (event.data as { by: number }).by);

    it('is decided once more on the stream as it then is when its decider says so', async () => {
      racedBy(1);
      const outcome = await streams.execute('counter-1', retryingOdd, { add: 1 }, context('c1'));
      expect(await totals()).toEqual([100, 1]);
      expect([outcome.revision, outcome.appended]).toEqual([1, true]);
    });

    it('is refused with the conflict when its decider does not say so', async () => {
      racedBy(1);
      await expect(streams.execute('counter-1', retryingOdd, { add: 2 }, context('c1'))).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      expect(await totals()).toEqual([100]);
    });

    it('is decided again only once', async () => {
      racedBy(2);
      await expect(streams.execute('counter-1', retryingOdd, { add: 1 }, context('c1'))).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      expect(await totals()).toEqual([100, 100]);
    });

    it('reads what it needs from other streams again when decided again', async () => {
      racedBy(1);
      const reads: number[] = [];
      await streams.execute('counter-1', retryingOdd, async () => ({ add: reads.push(reads.length) * 2 - 1 }), context('c1'));
      expect(reads).toHaveLength(2);
      expect(await totals()).toEqual([100, 3]);
    });

    it('makes a command of the state it loaded, and makes it again of the stream as it then is', async () => {
      racedBy(1);
      const outcome = await streams.execute('counter-1', retryingOdd, async (total) => ({ add: total + 1 }), context('c1'));
      expect(await totals()).toEqual([100, 101]);
      expect(outcome.events).toEqual([{ type: 'Counted', data: { by: 101 } }]);
    });

    it('is decided again as many times in a row as its decider allows', async () => {
      racedBy(3);
      await streams.execute('counter-1', { ...retryingOdd, timesDecidedAgainOnConflict: 3 }, { add: 1 }, context('c1'));
      expect(await totals()).toEqual([100, 100, 100, 1]);
    });

    it('is refused with the conflict after one loss more than its decider allows', async () => {
      racedBy(3);
      await expect(streams.execute('counter-1', { ...retryingOdd, timesDecidedAgainOnConflict: 2 }, { add: 1 }, context('c1'))).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      expect(await totals()).toEqual([100, 100, 100]);
    });
  });
  describe('commands on one stream sent at once', () => {
    const stored = async () => (await store.readStream('counter-1')).map((event) => event.data as { by: number; seenTotal: number });

    it('takes them in turns, each decided on the state the one before leaves, so that none loses a race', async () => {
      const outcomes = await Promise.all([1, 2, 3, 4, 5].map((add) => streams.execute('counter-1', stamping, { add }, context(`c${add}`))));

      expect(outcomes.map((outcome) => [outcome.revision, outcome.appended])).toEqual([[0, true], [1, true], [2, true], [3, true], [4, true]]);
      expect(await stored()).toEqual([
        { by: 1, seenTotal: 0 },
        { by: 2, seenTotal: 1 },
        { by: 3, seenTotal: 3 },
        { by: 4, seenTotal: 6 },
        { by: 5, seenTotal: 10 },
      ]);
    });

    it('does not hold up a command on another stream while one waits its turn', async () => {
      const [first, other, second] = await Promise.all([
        streams.execute('counter-1', counter, { add: 1 }, context('c1')),
        streams.execute('counter-2', counter, { add: 7 }, context('c2')),
        streams.execute('counter-1', counter, { add: 2 }, context('c3')),
      ]);

      expect([first.revision, other.revision, second.revision]).toEqual([0, 0, 1]);
      expect(other.position).toBe(first.position! + 1n);
      expect(second.position).toBe(other.position! + 1n);
    });

    it('decides a command on the state the one before leaves while that one is being committed, and refuses it when that one is not stored', async () => {
      await streams.execute('counter-1', counter, { add: 1 }, context('c1'));
      await streams.execute('counter-2', counter, { add: 5 }, context('x'));
      // c2's event id is x's, stored in another stream: the store refuses c2, after c3 was decided on it.
      const refused = streams.execute('counter-1', counter, { add: 2 }, context('x'));
      const next = streams.execute('counter-1', counter, { add: 3 }, context('c3'));

      await expect(refused).rejects.toBeInstanceOf(EventIdReuseError);
      await expect(next).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      expect((await stored()).map(({ by }) => by)).toEqual([1]);
    });

    it('decides that command again on the stream as stored when its decider says so', async () => {
      await streams.execute('counter-1', stamping, { add: 1 }, context('c1'));
      await streams.execute('counter-2', stamping, { add: 5 }, context('x'));
      const refused = streams.execute('counter-1', stamping, { add: 2 }, context('x'));
      const next = streams.execute('counter-1', stamping, { add: 3 }, context('c3'));

      await expect(refused).rejects.toBeInstanceOf(EventIdReuseError);
      expect(await next).toMatchObject({ revision: 1, appended: true });
      expect(await stored()).toEqual([
        { by: 1, seenTotal: 0 },
        { by: 3, seenTotal: 1 },
      ]);
    });

    it('decides a command refused on the state of one still being committed again on the stream as stored', async () => {
      /** The counter that refuses to pass 10. */
      const capped: Decider<{ add: number }, Counted, number> = {
        ...counter,
        decide: ({ add }, total) => {
          if (total + add > 10) throw new DomainError('CONFLICT', `${total} + ${add} > 10`);
          return [{ type: 'Counted', data: { by: add } }];
        },
      };
      await streams.execute('counter-1', capped, { add: 1 }, context('c1'));
      await streams.execute('counter-2', capped, { add: 1 }, context('x'));
      // c2 would make 10 but is refused by the store (its event id is x's); c3 is first decided on 10.
      const refused = streams.execute('counter-1', capped, { add: 9 }, context('x'));
      const next = streams.execute('counter-1', capped, { add: 5 }, context('c3'));

      await expect(refused).rejects.toBeInstanceOf(EventIdReuseError);
      expect(await next).toMatchObject({ revision: 1, appended: true });
      expect((await stored()).map(({ by }) => by)).toEqual([1, 5]);
    });

    it('answers a command sent again while the first is still being committed as the replay of the first', async () => {
      const digest = commandDigest({ type: 'Add', input: { add: 1 } });
      const [first, again] = await Promise.all([
        streams.execute('counter-1', stamping, { add: 1 }, context('c1', { digest })),
        streams.execute('counter-1', stamping, { add: 1 }, context('c1', { digest })),
      ]);

      expect([first.appended, again.replayed, again.position]).toEqual([true, true, first.position]);
      expect(await stored()).toEqual([{ by: 1, seenTotal: 0 }]);
    });
  });

  describe('the folds it keeps', () => {
    const seen = async () => (await store.readStream('counter-1')).map((event) => (event.data as { seenTotal: number }).seenTotal);
    /** The store as another instance uses it, with `between` run once between its next load and append. */
    const instance = () => {
      const hooked: EventStore = Object.create(store) as EventStore;
      const hooks = { between: undefined as (() => Promise<unknown>) | undefined, reads: [] as number[] };
      hooked.readStream = (streamId, options) => {
        hooks.reads.push(options?.fromRevision ?? 0);
        return store.readStream(streamId, options);
      };
      hooked.append = async (...args) => {
        const between = hooks.between;
        hooks.between = undefined;
        await between?.();
        return store.append(...args);
      };
      return { streams: new AggregateStreams(hooked, new DirectoryReader(hooked), new StreamStates(hooked)), hooks };
    };

    it('reads only the events after the revision it kept', async () => {
      const one = instance();
      for (const id of ['c1', 'c2', 'c3', 'c4']) await one.streams.execute('counter-1', stamping, { add: 1 }, context(id));
      // Each load starts after the last event the one before it read (its own append is read by the next).
      expect(one.hooks.reads).toEqual([0, 0, 1, 2]);
      expect(await seen()).toEqual([0, 1, 2, 3]);
    });

    it('folds what another instance appended before deciding', async () => {
      const [one, two] = [instance(), instance()];
      await one.streams.execute('counter-1', stamping, { add: 1 }, context('c1'));
      await two.streams.execute('counter-1', stamping, { add: 2 }, context('c2'));
      await one.streams.execute('counter-1', stamping, { add: 4 }, context('c3'));
      expect(await seen()).toEqual([0, 1, 3]);
    });

    it('loses the append to another instance writing behind its back, and is decided again on the fresh state', async () => {
      const [one, two] = [instance(), instance()];
      await one.streams.execute('counter-1', stamping, { add: 1 }, context('c1'));
      one.hooks.between = () => two.streams.execute('counter-1', stamping, { add: 2 }, context('c2'));
      const outcome = await one.streams.execute('counter-1', stamping, { add: 4 }, context('c3'));
      expect(await seen()).toEqual([0, 1, 3]);
      expect(outcome.revision).toBe(2);
    });

    it('is refused with the conflict when the decider does not retry, and the next command sees the other write', async () => {
      const [one, two] = [instance(), instance()];
      const once: Decider<{ add: number }, Counted, number> = { ...stamping, decidedAgainOnConflict: () => false };
      await one.streams.execute('counter-1', once, { add: 1 }, context('c1'));
      one.hooks.between = () => two.streams.execute('counter-1', once, { add: 2 }, context('c2'));
      await expect(one.streams.execute('counter-1', once, { add: 4 }, context('c3'))).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await one.streams.execute('counter-1', once, { add: 8 }, context('c4'));
      expect(await seen()).toEqual([0, 1, 3]);
    });

    it('still recognises a replay, of its own command or of one another instance stored', async () => {
      const [one, two] = [instance(), instance()];
      const sent = (add: number) => commandDigest({ type: 'Count', input: { add } });
      const first = await one.streams.execute('counter-1', stamping, { add: 1 }, context('c1', { digest: sent(1) }));
      await one.streams.execute('counter-1', stamping, { add: 1 }, context('c2', { digest: sent(1) }));
      const other = await two.streams.execute('counter-1', stamping, { add: 2 }, context('c3', { digest: sent(2) }));
      const replays = [
        await one.streams.execute('counter-1', stamping, { add: 1 }, context('c1', { digest: sent(1) })),
        await one.streams.execute('counter-1', stamping, { add: 2 }, context('c3', { digest: sent(2) })),
      ];
      expect(replays.map(({ replayed, appended, position }) => [replayed, appended, position])).toEqual([
        [true, false, first.position],
        [true, false, other.position],
      ]);
      const refusal = await one.streams.execute('counter-1', stamping, { add: 5 }, context('c1', { digest: sent(5) })).catch((error: unknown) => error);
      expect(refusal).toMatchObject({ code: 'CONFLICT', problems: [{ field: 'commandId' }] });
      expect(await store.readStream('counter-1')).toHaveLength(3);
    });

    it('tells apart commands whose ids share the hash it keeps them by, and answers a replay with the last of its events', async () => {
      const [one, two] = [instance(), instance()];
      // Refuses to go over 100, so that a replay decided again on today's total would be refused, not
      // answered by the store's own recognition of the events' ids.
      const capped = (events: number): Decider<{ add: number }, Counted, number> => ({
        ...counter,
        decide: ({ add }, total) => {
          if (total + add * events > 100) throw new DomainError('CONFLICT', 'over 100');
          return Array.from({ length: events }, () => ({ type: 'Counted', data: { by: add } }));
        },
      });
      const [twice, once] = [capped(2), capped(1)];
      // Two ids whose 31-bit FNV-1a hashes are the same (found by trying ids in turn).
      const [first, second] = ['retried-4476', 'retried-426079'];
      const firstOutcome = await one.streams.execute('counter-1', twice, { add: 1 }, context(first));
      const secondOutcome = await one.streams.execute('counter-1', once, { add: 10 }, context(second));
      await one.streams.execute('counter-1', once, { add: 88 }, context('c3'));
      expect([firstOutcome.appended, secondOutcome.appended, secondOutcome.revision]).toEqual([true, true, 2]);

      // Replayed where the stream was kept all along, and where it is folded from the store in one read.
      for (const streams of [one.streams, two.streams]) {
        const replays = [await streams.execute('counter-1', twice, { add: 1 }, context(first)), await streams.execute('counter-1', once, { add: 10 }, context(second))];
        expect(replays.map(({ replayed, revision, position }) => [replayed, revision, position])).toEqual([
          [true, 1, firstOutcome.position],
          [true, 2, secondOutcome.position],
        ]);
      }
      expect((await store.readStream('counter-1')).map((event) => (event.data as { by: number }).by)).toEqual([1, 1, 10, 88]);
    });

    it('keeps at most as many streams as it may, and loads a dropped one again in full', async () => {
      const states = new StreamStates(store, 2);
      const bounded = new AggregateStreams(store, new DirectoryReader(store), states);
      for (const stream of ['counter-1', 'counter-2', 'counter-3']) await bounded.execute(stream, counter, { add: 1 }, context(`${stream}-a`));
      expect(states.size).toBe(2);
      await bounded.execute('counter-1', stamping, { add: 1 }, context('counter-1-b'));
      expect(await seen()).toEqual([undefined, 1]);
    });
  });
});
