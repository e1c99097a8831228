import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { migrateCheckpoints, openReadStore, readCheckpoint, writeCheckpoint, type ReadStore } from '@app/projections';
import { readStoreDialects, type ReadStoreLocation } from './support/read-stores.js';

describe.each(readStoreDialects)('read store on $dialect', ({ dialect, create }) => {
  let location: ReadStoreLocation;
  let readStore: ReadStore;

  beforeEach(async () => {
    location = await create();
    readStore = location.open();
    await migrateCheckpoints(readStore.db);
  });

  afterEach(() => location.dispose());

  it('opens the dialect its configuration names', () => {
    expect(readStore.dialect).toBe(dialect);
  });

  it.each([1n, 2n ** 53n + 1n, 2n ** 64n - 1n])('keeps checkpoint %p exactly', async (position) => {
    await readStore.db.transaction().execute((trx) => writeCheckpoint(trx, 'view', position));
    expect(await readCheckpoint(readStore.db, 'view')).toBe(position);
    expect(await readCheckpoint(readStore.db, 'another-view')).toBeUndefined();
  });

  it('moves a checkpoint only when its transaction commits', async () => {
    await readStore.db.transaction().execute((trx) => writeCheckpoint(trx, 'view', 5n));
    const failed = readStore.db.transaction().execute(async (trx) => {
      await writeCheckpoint(trx, 'view', 9n);
      throw new Error('the rows failed');
    });
    await expect(failed).rejects.toThrow('the rows failed');
    expect(await readCheckpoint(readStore.db, 'view')).toBe(5n);
  });
});

describe('openReadStore', () => {
  it('keeps the SQLite read store durable: WAL with synchronous=FULL', async () => {
    const location = await readStoreDialects.find(({ dialect }) => dialect === 'sqlite')!.create();
    try {
      const { db } = location.open();
      const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
      const synchronous = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
      expect(journal.rows[0]!.journal_mode).toBe('wal');
      expect(synchronous.rows[0]!.synchronous).toBe(2);
    } finally {
      await location.dispose();
    }
  });

  it('refuses a URL it cannot serve instead of falling back to SQLite, without echoing the password', () => {
    const attempt = () => openReadStore({ readStoreUrl: 'mysql://reader:secret@db/views', dataDir: '/tmp/unused' });
    expect(attempt).toThrow(/"mysql:\/\/reader:\*\*\*@db\/views" is not supported/);
  });
});
