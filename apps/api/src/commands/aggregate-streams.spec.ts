import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Decider } from '@app/domain';
import { SqliteEventStore, type Actor } from '@app/event-store';
import { DomainError } from '@app/domain';
import { AggregateStreams } from './aggregate-streams.js';
import { commandDigest } from './command-digest.js';
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
});
