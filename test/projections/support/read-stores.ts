import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openReadStore, type ReadStore, type ReadStoreDialect } from '@app/projections';

/** PostgreSQL server the tests create their throwaway databases on. */
const POSTGRES_ADMIN_URL = process.env.PROJECTIONS_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

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
  const database = `pt_test_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${database}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return location(url.toString(), () => admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
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

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
