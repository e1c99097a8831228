import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@app/event-store';
import { openRawTable, rawInsertRate, storeAppendRate } from './append-rate.js';
import { commandGrowth } from './command-growth.js';
import { exitAfterOutput } from '../run-cli.js';
import { sideBySide, type PartFigures } from './measure.js';
import { rebuildBench } from './rebuild-rate.js';
import { seedLargeStore } from './seed-large-store.js';
import { httpBench } from './http/http-bench.js';
import { instancesBench } from './http/instances-bench.js';

/**
 * `npm run bench`: the embedded store against raw SQLite, its append cost with a large
 * store, the projection rebuild against a hand-written floor over the same events (into an
 * SQLite read store, then into a PostgreSQL one in a database created on BENCH_POSTGRES_URL
 * for the run), and the API over HTTP against a bare NestJS + Apollo app (docs/speed.md).
 * Figures are ratios of runs made side by side. BENCH_SCALE (default 1)
 * scales every count and duration (e.g. 0.1 for a quick look); BENCH_ONLY=appends,growth,
 * growth-commands,rebuild,http runs some of them. BENCH_ONLY=instances (not run by default: it
 * needs a PostgreSQL server, BENCH_POSTGRES_URL) runs 1, 2 and 3 API instances on one
 * PostgreSQL database. Exits with 1 when a goal the bench checks is missed.
 */
const scale = Number(process.env.BENCH_SCALE ?? '1');
const only = new Set((process.env.BENCH_ONLY ?? 'appends,growth,growth-commands,rebuild,http').split(',').map((part) => part.trim()));
const APPENDS = Math.max(200, Math.round(2000 * scale));
const LARGE_STORE = Math.round(1_000_000 * scale);
const REBUILD_EVENTS = Math.max(1000, Math.round((200_000 * scale) / 10) * 10);
const ROUNDS = 5;
const HTTP_SECONDS = Math.max(3, Math.round(5 * scale));
const HTTP_CONNECTIONS = 32;
/** Rounds counted, after one that warms the JIT and the caches (its rates are printed, not counted). */
const HTTP_ROUNDS = 5;
const HTTP_SOAK_SECONDS = Math.max(30, Math.round(600 * scale));
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const parts: Record<string, (dir: string) => Promise<PartFigures>> = {
  'growth-commands': (dir) => commandGrowth(dir, scale, log),
  async appends(dir) {
    log(`single-event appends vs raw better-sqlite3 inserts (${APPENDS} each, ${ROUNDS} rounds)`);
    const store = SqliteEventStore.open(join(dir, 'events.sqlite'));
    const raw = openRawTable(join(dir, 'raw.sqlite'));
    let round = 0;
    const rates = await sideBySide(ROUNDS, {
      raw: () => rawInsertRate(raw, APPENDS),
      store: () => storeAppendRate(store, APPENDS, `small-${round++}`),
    });
    raw.close();
    await store.close();
    const ratio = round2(rates.store! / rates.raw!);
    return {
      result: { raw: round0(rates.raw!), store: round0(rates.store!), ratio },
      rows: [{ figure: 'appends/s: store ÷ raw SQLite', measured: `${round0(rates.store!)} ÷ ${round0(rates.raw!)} = ${ratio}`, goal: '≥ 0.5', met: ratio >= 0.5 }],
    };
  },

  async growth(dir) {
    log(`the same appends with ${LARGE_STORE.toLocaleString('en')} events stored vs an empty store`);
    const large = SqliteEventStore.open(join(dir, 'large.sqlite'));
    await seedLargeStore(large, LARGE_STORE);
    const empty = SqliteEventStore.open(join(dir, 'empty.sqlite'));
    let largeRound = 0;
    let emptyRound = 0;
    const rates = await sideBySide(ROUNDS, {
      empty: () => storeAppendRate(empty, APPENDS, `e-${emptyRound++}`),
      large: () => storeAppendRate(large, APPENDS, `l-${largeRound++}`),
    });
    await Promise.all([large.close(), empty.close()]);
    const slowdown = round2(rates.empty! / rates.large!);
    return {
      result: { storedEvents: LARGE_STORE, empty: round0(rates.empty!), large: round0(rates.large!), slowdown },
      rows: [
        {
          figure: `appends/s: empty ÷ ${LARGE_STORE.toLocaleString('en')} stored`,
          measured: `${round0(rates.empty!)} ÷ ${round0(rates.large!)} = ${slowdown}`,
          goal: '≤ 1.3',
          met: slowdown <= 1.3,
        },
      ],
    };
  },

  rebuild: (dir) => rebuildBench({ dir, events: REBUILD_EVENTS, rounds: ROUNDS, postgresUrl: POSTGRES_URL, log }),

  async http() {
    log(`the API over HTTP at ${HTTP_CONNECTIONS} clients, ${HTTP_SECONDS} s per operation and round, a warm-up round and ${HTTP_ROUNDS} more, then ${HTTP_SOAK_SECONDS} s of them all at once`);
    return httpBench({ connections: HTTP_CONNECTIONS, durationSeconds: HTTP_SECONDS, rounds: HTTP_ROUNDS, soakSeconds: HTTP_SOAK_SECONDS, log });
  },

  async instances() {
    const postgresUrl = POSTGRES_URL;
    log(`1, 2 and 3 API instances on one PostgreSQL database (${postgresUrl.replace(/\/\/[^@]*@/, '//…@')}), ${HTTP_SECONDS} s per operation`);
    return instancesBench({ postgresUrl, instanceCounts: [1, 2, 3], connections: HTTP_CONNECTIONS, durationSeconds: HTTP_SECONDS, log });
  },
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pt-bench-'));
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  try {
    const figures: Record<string, PartFigures> = {};
    for (const [name, run] of Object.entries(parts)) if (only.has(name)) figures[name] = await run(dir);
    clearInterval(sampler);
    const peakRssMb = Math.round(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 2 ** 20);
    console.table([
      ...Object.values(figures).flatMap(({ rows }) => rows.map(({ met, ...row }) => ({ ...row, met: row.goal === '' ? '' : met ? '✓' : '✗' }))),
      { figure: 'the bench process’s own peak RSS (MB)', measured: String(peakRssMb), goal: '' },
    ]);
    const date = new Date().toISOString();
    const results = {
      date,
      node: process.version,
      scale,
      ...Object.fromEntries(Object.entries(figures).map(([name, { result, rows }]) => [name, { ...result, figures: rows }])),
      peakRssMb,
    };
    const out = join(process.cwd(), 'bench', 'results');
    mkdirSync(out, { recursive: true });
    const file = join(out, `bench-${date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
    log(`written to ${file}`);
    const missed = Object.values(figures).flatMap((figure) => figure.rows).filter((row) => !row.met);
    if (missed.length > 0) {
      log(`goals missed: ${missed.map((row) => row.figure).join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}

const round0 = (n: number) => Math.round(n);
const round2 = (n: number) => Math.round(n * 100) / 100;
const log = (message: string) => console.log(`[bench] ${message}`);

main().catch((error: unknown) => {
  console.error(error);
  exitAfterOutput(1);
});
