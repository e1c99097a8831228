import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server on which tests create, and afterwards drop, databases of their own. */
export const testPostgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TemporaryDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new empty database, so that parallel test files never see each other's rows. */
export async function createTemporaryDatabase(): Promise<TemporaryDatabase> {
  const name = `pt_test_${randomBytes(6).toString('hex')}`;
  await runAsAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => runAsAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function runAsAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: testPostgresUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
