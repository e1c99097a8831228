import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { exportFileLines, exportToFile, PostgresEventStore, restoreEvents, SqliteEventStore, sqliteEventStoreFile } from '@app/event-store';
import { loadOrCreateAnchorKey } from '../../../../api/src/audit-integrity/anchor-key.js';
import type { PartFigures } from '../measure.js';
import { answeredWithErrors, graphqlLoad, type LoadResult } from './load.js';
import { firstTable, fixed, healthy, recordDisbursementBodies, settled, signIn, TABLE } from './http-bench.js';
import { startApi, type ServerProcess } from './server-process.js';


/** Every instance on one database signs tokens and anchors alike (EVENT_STORE_URL requires both). */
const sharedSecrets = { JWT_SECRET: randomBytes(24).toString('hex'), ANCHOR_SECRET: randomBytes(24).toString('hex') };

export interface InstancesBenchOptions {
  /** The PostgreSQL server on which the bench creates, and afterwards drops, a database of its own. */
  postgresUrl: string;
  instanceCounts: number[];
  connections: number;
  durationSeconds: number;
  log: (message: string) => void;
}

/**
 * 1, 2, 3 API instances on one PostgreSQL database, events and views alike (docs/speed.md):
 * the demo data is made once by an embedded-store API, exported and restored into a new
 * database; then for each count that many instances start on it, and the same load (the
 * clients split among them) runs recordDisbursement and targetTable. Answers with errors are
 * counted: instances recording payments on one ledger at once meet each other's appends, and
 * a command that loses that race twice answers CONFLICT (docs/workflow.md).
 */
export async function instancesBench(options: InstancesBenchOptions): Promise<PartFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pt-bench-instances-'));
  const database = await createDatabase(options.postgresUrl);
  try {
    options.log(`demo data into ${database.name}: made on the embedded store, exported, restored into PostgreSQL`);
    await seedDemoData(join(dataDir, 'seed'), database.url);

    const figures: Record<string, Record<string, LoadResult>> = {};
    for (const count of options.instanceCounts) {
      options.log(`${count} instance(s) on one PostgreSQL, ${options.connections} clients split among them`);
      const instances = await Promise.all(
        Array.from({ length: count }, (_, index) =>
          startApi(
            { ...sharedSecrets, EVENT_STORE_URL: database.url, READ_STORE_URL: database.url, DATA_DIR: join(dataDir, `instance-${count}-${index}`), LOG_LEVEL: 'warn', WEB_DIR: join(dataDir, 'no-web') },
            healthy,
          ),
        ),
      );
      try {
        const office = await signIn(instances[0]!.url, 'office');
        const table = await firstTable(instances[0]!.url, office);
        const operations = { recordDisbursement: recordDisbursementBodies(table), targetTable: fixed(TABLE, table) };
        figures[count] = {};
        for (const [name, body] of Object.entries(operations)) {
          await Promise.all(instances.map((instance) => settled(instance.url)));
          const sample = await spreadLoad(instances, office, body, options);
          options.log(`  ${name}: ${Math.round(sample.requestsPerSecond)} req/s, p50 ${sample.p50Ms} ms, p99 ${sample.p99Ms} ms, answers with errors ${sample.failures}`);
          figures[count][name] = sample;
        }
      } finally {
        await Promise.all(instances.map((instance) => instance.stop()));
      }
    }

    const rows = Object.entries(figures).flatMap(([count, operations]) =>
      Object.entries(operations).map(([name, sample]) => ({
        figure: `${name}, ${count} instance(s) on PostgreSQL`,
        measured: `${Math.round(sample.requestsPerSecond)} req/s, p99 ${sample.p99Ms} ms, errors ${sample.failures}`,
        goal: '',
        met: true,
      })),
    );
    return { rows, result: { connections: options.connections, durationSeconds: options.durationSeconds, figures } };
  } finally {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The clients split as evenly as they go among the instances, all at once: rates add up;
 * the p50 and p99 given are the highest of the instances' own (autocannon keeps no samples
 * to merge), so the worst-served instance's clients are what the figures show.
 */
async function spreadLoad(instances: ServerProcess[], token: string, body: () => string, options: InstancesBenchOptions): Promise<LoadResult> {
  const samples = await Promise.all(
    instances.map((instance, index) =>
      graphqlLoad({
        url: instance.url,
        answeredWithErrors: () => answeredWithErrors(instance.url),
        token,
        body,
        connections: Math.floor(options.connections / instances.length) + (index < options.connections % instances.length ? 1 : 0),
        durationSeconds: options.durationSeconds,
      }),
    ),
  );
  return {
    requestsPerSecond: samples.reduce((sum, sample) => sum + sample.requestsPerSecond, 0),
    p50Ms: Math.max(...samples.map((sample) => sample.p50Ms)),
    p99Ms: Math.max(...samples.map((sample) => sample.p99Ms)),
    failures: samples.reduce((sum, sample) => sum + sample.failures, 0),
  };
}

/** The API loads its demo data only on the embedded store: made there once, then carried over as an export. */
async function seedDemoData(seedDir: string, databaseUrl: string): Promise<void> {
  const seeding = await startApi({ ...sharedSecrets, DATA_DIR: seedDir, DEMO_DATA: 'true', LOG_LEVEL: 'warn', WEB_DIR: join(seedDir, 'no-web') }, healthy);
  await seeding.stop();
  const anchorKey = await loadOrCreateAnchorKey({ dataDir: seedDir, anchorSecret: sharedSecrets.ANCHOR_SECRET });
  const exportFile = join(seedDir, 'demo.ndjson');
  const source = SqliteEventStore.open(sqliteEventStoreFile(seedDir));
  try {
    await exportToFile(source, exportFile, { anchorKey });
  } finally {
    await source.close();
  }
  const target = await PostgresEventStore.connect(databaseUrl);
  try {
    await restoreEvents(target, await exportFileLines(exportFile), { anchorKey });
  } finally {
    await target.close();
  }
}

/** A new empty database on the server, for one run of the bench; `drop` removes it. */
export async function createDatabase(serverUrl: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `pt_bench_${randomBytes(6).toString('hex')}`;
  await runAsAdmin(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => runAsAdmin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function runAsAdmin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
