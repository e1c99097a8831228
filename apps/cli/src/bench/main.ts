import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@app/event-store';
import { openReadStore } from '@app/projections';
import { openRawTable, rawInsertRate, storeAppendRate } from './append-rate.js';
import { sideBySide } from './measure.js';
import { rebuildRate, writeTargetTableEvents } from './rebuild-rate.js';
import { seedLargeStore } from './seed-large-store.js';

/**
 * `npm run bench`: the embedded store against raw SQLite, its append cost with a large
 * store, and the projection rebuild rate. Figures are ratios of runs made side by side.
 * BENCH_SCALE (default 1) scales every count down for a quick look (e.g. 0.1).
 */
const scale = Number(process.env.BENCH_SCALE ?? '1');
const APPENDS = Math.max(200, Math.round(2000 * scale));
const LARGE_STORE = Math.round(1_000_000 * scale);
const REBUILD_EVENTS = Math.max(1000, Math.round(200_000 * scale / 10) * 10);
const ROUNDS = 5;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pt-bench-'));
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  try {
    log(`1/3 single-event appends vs raw better-sqlite3 inserts (${APPENDS} each, ${ROUNDS} rounds)`);
    const store = SqliteEventStore.open(join(dir, 'events.sqlite'));
    const raw = openRawTable(join(dir, 'raw.sqlite'));
    let round = 0;
    const appends = await sideBySide(ROUNDS, {
      raw: () => rawInsertRate(raw, APPENDS),
      store: () => storeAppendRate(store, APPENDS, `small-${round++}`),
    });
    raw.close();

    log(`2/3 the same appends with ${LARGE_STORE.toLocaleString('en')} events stored vs an empty store`);
    const large = SqliteEventStore.open(join(dir, 'large.sqlite'));
    await seedLargeStore(large, LARGE_STORE);
    const empty = SqliteEventStore.open(join(dir, 'empty.sqlite'));
    let largeRound = 0;
    let emptyRound = 0;
    const growth = await sideBySide(ROUNDS, {
      empty: () => storeAppendRate(empty, APPENDS, `e-${emptyRound++}`),
      large: () => storeAppendRate(large, APPENDS, `l-${largeRound++}`),
    });
    await Promise.all([large.close(), empty.close()]);

    log(`3/3 projection rebuild of ${REBUILD_EVENTS.toLocaleString('en')} target-table events into the SQLite read store`);
    const rebuildStore = SqliteEventStore.open(join(dir, 'rebuild-events.sqlite'));
    await writeTargetTableEvents(rebuildStore, REBUILD_EVENTS);
    const readStore = openReadStore({ dataDir: join(dir, 'read') });
    const rebuild = await rebuildRate(rebuildStore, readStore, REBUILD_EVENTS);
    await readStore.close();
    await rebuildStore.close();
    await store.close();

    clearInterval(sampler);
    const maxRssMb = Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 2 ** 20;
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      scale,
      appendVsRaw: { raw: round0(appends.raw!), store: round0(appends.store!), ratio: round2(appends.store! / appends.raw!), goal: '>= 0.5' },
      appendWithLargeStore: {
        storedEvents: LARGE_STORE,
        empty: round0(growth.empty!),
        large: round0(growth.large!),
        slowdown: round2(growth.empty! / growth.large!),
        goal: '<= 1.3',
      },
      rebuild: { events: REBUILD_EVENTS, eventsPerSecond: round0(rebuild), goal: '>= 50000' },
      peakRssMb: Math.round(maxRssMb),
    };
    printTable(results);
    const out = join(process.cwd(), 'bench', 'results');
    mkdirSync(out, { recursive: true });
    const file = join(out, `bench-${results.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
    log(`written to ${file}`);
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(r: {
  appendVsRaw: { raw: number; store: number; ratio: number };
  appendWithLargeStore: { storedEvents: number; empty: number; large: number; slowdown: number };
  rebuild: { eventsPerSecond: number };
  peakRssMb: number;
}): void {
  console.table([
    { figure: 'appends/s: store ÷ raw SQLite', measured: `${r.appendVsRaw.store} ÷ ${r.appendVsRaw.raw} = ${r.appendVsRaw.ratio}`, goal: '≥ 0.5' },
    {
      figure: `appends/s: empty ÷ ${r.appendWithLargeStore.storedEvents.toLocaleString('en')} stored`,
      measured: `${r.appendWithLargeStore.empty} ÷ ${r.appendWithLargeStore.large} = ${r.appendWithLargeStore.slowdown}`,
      goal: '≤ 1.3',
    },
    { figure: 'rebuild events/s (SQLite read store)', measured: String(r.rebuild.eventsPerSecond), goal: '≥ 50000' },
    { figure: 'peak RSS (MB)', measured: String(r.peakRssMb), goal: '' },
  ]);
}

const round0 = (n: number) => Math.round(n);
const round2 = (n: number) => Math.round(n * 100) / 100;
const log = (message: string) => console.log(`[bench] ${message}`);

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
