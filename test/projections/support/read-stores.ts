import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReadStore, type ReadStore, type ReadStoreDialect } from '@app/projections';
import { createTemporaryDatabase } from '../../support/postgres-database.js';

/** A fresh, empty read store location; `open` may be called again to simulate a restart. */
export interface ReadStoreLocation {
  /** Also the place for the test's event store file. */
  dataDir: string;
  open(): ReadStore;
  dispose(): Promise<void>;
}

export const readStoreDialects: ReadonlyArray<{ dialect: ReadStoreDialect; create: () => Promise<ReadStoreLocation> }> = [
  { dialect: 'sqlite', create: async () => location(undefined, async () => undefined) },
  { dialect: 'postgres', create: createPostgresLocation },
];

async function createPostgresLocation(): Promise<ReadStoreLocation> {
  const database = await createTemporaryDatabase();
  return location(database.url, database.drop);
}

function location(readStoreUrl: string | undefined, dropDatabase: () => Promise<void>): ReadStoreLocation {
  const dataDir = mkdtempSync(join(tmpdir(), 'projections-test-'));
  const opened: ReadStore[] = [];
  return {
    dataDir,
    open() {
      const readStore = openReadStore({ readStoreUrl, dataDir });
      opened.push(readStore);
      return readStore;
    },
    async dispose() {
      await Promise.all(opened.map((readStore) => readStore.close()));
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
