import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, type PartFigures } from '../measure.js';
import { answeredWithErrors, graphqlLoad, type GraphqlLoad, type LoadResult } from './load.js';
import { startApi, startServer, type ServerProcess } from './server-process.js';

const anchorMain = fileURLToPath(new URL('./anchor-app.js', import.meta.url));

const TRIVIAL = '{ __typename }';
export const TABLE = `query($projectCode: String!, $fiscalYear: Int!) { targetTable(projectCode: $projectCode, fiscalYear: $fiscalYear) {
  id projectCode fiscalYear name unitCode unitName sectionId status statusLabel submittedAt submittedBy version revision purpose goals
  currentStep { step label role }
  decisions { decision step stepLabel role by at comment to }
  lastReturn { step role by at reason to }
  warnings { code field message }
  budget { total fiscal other totalWan fiscalWan otherWan }
  spendingPlan { mar jun oct dec marWan junWan octWan decWan }
  indicators { level1 level1Kind level2 level3 description valueText basis target { comparator value unit direction } }
  baseline { version name purpose goals budget { total totalWan } spendingPlan { mar jun oct dec } indicators { level3 valueText } }
  importedFrom { name documentSha256 lines { from to } }
} }`;
const TABLES = `{ targetTables(first: 20) { edges { node { id projectCode fiscalYear name unitName status statusLabel version budget { total totalWan } currentStep { step label } } } } }`;
const TRAIL = `{ auditTrail(first: 50) { edges { node { id position streamId revision at eventType kind label summary subject voucherNumber projectCode fiscalYear version step unitCode actor { name } } } } }`;
export const RECORD = `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { position } }`;

export interface HttpBenchOptions {
  connections: number;
  durationSeconds: number;
  rounds: number;
  /** How long every operation runs at once while the API's memory is watched (10 min at BENCH_SCALE=1). */
  soakSeconds: number;
  log: (message: string) => void;
}

/**
 * The API over HTTP against itself and against a bare NestJS + Apollo app: each operation's
 * rate as a ratio of the trivial query's, measured round by round in turn so that the shared
 * machine's load falls on all alike (docs/speed.md).
 */
export async function httpBench(options: HttpBenchOptions): Promise<PartFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pt-bench-http-'));
  const servers: ServerProcess[] = [];
  try {
    options.log('starting the API on demo data and the bare NestJS + Apollo anchor');
    const api = await startApi({ DATA_DIR: dataDir, DEMO_DATA: 'true', LOG_LEVEL: 'warn', WEB_DIR: join(dataDir, 'no-web') }, healthy);
    servers.push(api);
    const anchor = await startServer(anchorMain, {}, async (url) => (await post(url, undefined, TRIVIAL)).data !== undefined);
    servers.push(anchor);

    const office = await signIn(api.url, 'office');
    const auditor = await signIn(api.url, 'auditor');
    const table = await firstTable(api.url, office);
    const recordBody = recordDisbursementBodies(table);

    const onApi = { url: api.url, answeredWithErrors: () => answeredWithErrors(api.url) };
    const contenders: Record<string, Contender> = {
      anchor: { url: anchor.url, body: fixed(TRIVIAL) },
      trivial: { ...onApi, token: office, body: fixed(TRIVIAL) },
      targetTable: { ...onApi, token: office, body: fixed(TABLE, table) },
      targetTables: { ...onApi, token: office, body: fixed(TABLES) },
      auditTrail: { ...onApi, token: auditor, body: fixed(TRAIL) },
      recordDisbursement: { ...onApi, token: office, body: recordBody },
    };
    for (const [name, contender] of Object.entries(contenders)) {
      const answer = JSON.parse(contender.body()) as { query: string; variables: Record<string, unknown> };
      const checked = await post(contender.url, contender.token, answer.query, answer.variables);
      if (checked.errors) throw new Error(`${name} is refused before the bench: ${JSON.stringify(checked.errors)}`);
    }

    const rssBefore = api.rssMb();
    const samples: Record<string, LoadResult[]> = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
    let warmUpFailures = 0;
    // Round 0 warms up: the first seconds of each operation pay for the JIT and fill caches, and
    // the trivial query, measured second, paid for them more than the others did.
    for (let round = 0; round <= options.rounds; round += 1) {
      for (const [name, contender] of Object.entries(contenders)) {
        options.log(round === 0 ? `warm-up: ${name}` : `round ${round}/${options.rounds}: ${name}`);
        // Each run starts on caught-up views: the writes of the run before must not be paid by this one.
        await settled(api.url);
        const sample = await graphqlLoad({ ...contender, connections: options.connections, durationSeconds: options.durationSeconds });
        options.log(`  ${Math.round(sample.requestsPerSecond)} req/s, p50 ${sample.p50Ms} ms, p99 ${sample.p99Ms} ms, failures ${sample.failures}`);
        if (round > 0) samples[name]!.push(sample);
        else warmUpFailures += sample.failures;
      }
    }
    const rssAfter = api.rssMb();
    const soak = await mixedLoad(
      api,
      Object.fromEntries(Object.entries(contenders).filter(([name]) => name !== 'anchor')),
      options.connections,
      options.soakSeconds,
      options.log,
    );
    const rate = (name: string) => median(samples[name]!.map((sample) => sample.requestsPerSecond));
    const p = (name: string, key: 'p50Ms' | 'p99Ms') => median(samples[name]!.map((sample) => sample[key]));
    const failures = Object.fromEntries(Object.entries(samples).map(([name, runs]) => [name, runs.reduce((sum, run) => sum + run.failures, 0)]));

    const trivial = rate('trivial');
    /**
     * The median of the rounds' own ratios: the two runs of a round are seconds apart, so what the
     * shared machine is doing then falls on both, where its load may differ between rounds.
     */
    const ratioRow = (figure: string, name: string, over: number, overName: string, goal: number) => {
      const ratio = round2(median(samples[name]!.map((sample, round) => sample.requestsPerSecond / samples[overName]![round]!.requestsPerSecond)));
      return { figure, measured: `${round0(rate(name))} ÷ ${round0(over)} (${overName}; medians of ${options.rounds} rounds) → ${ratio}`, goal: `≥ ${goal}`, met: ratio >= goal };
    };
    const rows = [
      ratioRow('trivial query: product ÷ bare NestJS + Apollo', 'trivial', rate('anchor'), 'anchor', 0.8),
      ratioRow('targetTable ÷ trivial', 'targetTable', trivial, 'trivial', 0.8),
      ratioRow('targetTables(first:20) ÷ trivial', 'targetTables', trivial, 'trivial', 0.5),
      ratioRow('auditTrail(first:50) ÷ trivial', 'auditTrail', trivial, 'trivial', 0.5),
      ratioRow('recordDisbursement ÷ trivial', 'recordDisbursement', trivial, 'trivial', 0.3),
      {
        figure: `recordDisbursement p99 at ${options.connections} clients (ms)`,
        measured: `p50 ${round0(p('recordDisbursement', 'p50Ms'))}, p99 ${round0(p('recordDisbursement', 'p99Ms'))}`,
        goal: '< 100',
        met: p('recordDisbursement', 'p99Ms') < 100,
      },
      {
        figure: `API RSS over ${options.soakSeconds} s of mixed load after ${soak.warmUpSeconds} s of it, medians of first and last tenth (MB)`,
        measured: `idle ${rssBefore}; start ${soak.startMb} → end ${soak.endMb} (max ${soak.maxMb}); heap used ${soak.heapUsedMb.start} → ${soak.heapUsedMb.end}; ${soak.payments} payments`,
        goal: '±20 %',
        met: Math.abs(soak.endMb - soak.startMb) <= soak.startMb * 0.2,
      },
      {
        figure: 'answers with errors or not 2xx',
        measured: String(Object.values(failures).reduce((sum, count) => sum + count, soak.failures + warmUpFailures)),
        goal: '0',
        met: Object.values(failures).every((count) => count === 0) && soak.failures === 0 && warmUpFailures === 0,
      },
    ];
    return {
      rows,
      result: {
        connections: options.connections,
        durationSeconds: options.durationSeconds,
        rounds: options.rounds,
        requestsPerSecond: Object.fromEntries(Object.keys(contenders).map((name) => [name, round0(rate(name))])),
        latencyMs: Object.fromEntries(Object.keys(contenders).map((name) => [name, { p50: p(name, 'p50Ms'), p99: p(name, 'p99Ms') }])),
        failures,
        rssMb: { idle: rssBefore, afterRounds: rssAfter, mixedLoad: soak },
      },
    };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** One operation the bench drives: where, as whom and with what body (the load's size is the run's). */
type Contender = Omit<GraphqlLoad, 'connections' | 'durationSeconds'>;

/** The API's resident memory while the mixed load runs. */
export interface MemoryUnderLoad {
  seconds: number;
  /** How long the load ran before the window opened. */
  warmUpSeconds: number;
  /** Median RSS over the window's first tenth: the caches the load fills are full, the heap sized for it. */
  startMb: number;
  /** Median RSS over the window's last tenth. */
  endMb: number;
  maxMb: number;
  /** The median RSS of each tenth of the window. */
  tenthsMb: number[];
  /** The V8 heap in use (live objects and garbage not yet collected) when the window opened and when it closed, from /metrics. */
  heapUsedMb: { start: number; end: number };
  /** Payments stored during the load: the state kept for deciding the next one grows with them (docs/speed.md). */
  payments: number;
  requests: number;
  failures: number;
}

/**
 * Every operation at once, sharing the clients, for `warmUpSeconds` and then `seconds` more,
 * sampling the API's RSS every second of the window: "flat" is the median of its last tenth
 * within ±20 % of the median of its first tenth. The window opens after the warm-up, once the
 * memory the process holds for speed has filled to its bounds (SQLite's page cache fills with
 * the pages the load writes; V8 sizes its heap for the load), so what this measures is growth
 * while the load goes on — a leak, or state that grows without bound. Medians, not single
 * samples: the RSS of a busy process swings by a tenth within seconds as V8 collects.
 */
async function mixedLoad(
  api: ServerProcess,
  contenders: Record<string, Contender>,
  connections: number,
  seconds: number,
  log: (line: string) => void,
): Promise<MemoryUnderLoad> {
  const warmUpSeconds = Math.round(seconds * 0.3);
  log(`mixed load: ${Object.keys(contenders).join(', ')} at once for ${warmUpSeconds} s, then ${seconds} s with the RSS sampled`);
  await settled(api.url);
  const samplesMb: number[] = [];
  let sampler: NodeJS.Timeout | undefined;
  const heapAtStart = new Promise<number>((resolve, reject) =>
    setTimeout(() => {
      sampler = setInterval(() => samplesMb.push(api.rssMb()), 1000);
      heapUsedMb(api.url).then(resolve, reject);
    }, warmUpSeconds * 1000),
  );
  const perContender = Math.max(1, Math.floor(connections / Object.keys(contenders).length));
  try {
    const names = Object.keys(contenders);
    const duration = warmUpSeconds + seconds;
    // The API's count of answers with errors is one for all of them: read once around the load.
    const errorsBefore = await answeredWithErrors(api.url);
    const loads = await Promise.all(
      Object.values(contenders).map((contender) => graphqlLoad({ ...contender, answeredWithErrors: undefined, connections: perContender, durationSeconds: duration })),
    );
    const answersWithErrors = (await answeredWithErrors(api.url)) - errorsBefore;
    clearInterval(sampler);
    const heapUsed = { start: await heapAtStart, end: await heapUsedMb(api.url) };
    const parts = Math.min(10, samplesMb.length);
    const tenthsMb = Array.from({ length: parts }, (_, index) => round0(median(samplesMb.slice(Math.floor((index * samplesMb.length) / parts), Math.floor(((index + 1) * samplesMb.length) / parts)))));
    const [startMb, endMb] = [tenthsMb[0]!, tenthsMb[parts - 1]!];
    const requests = round0(loads.reduce((sum, load) => sum + load.requestsPerSecond * duration, 0));
    const payments = round0((loads[names.indexOf('recordDisbursement')]?.requestsPerSecond ?? 0) * duration);
    const failures = loads.reduce((sum, load) => sum + load.failures, answersWithErrors);
    log(`  RSS ${startMb} → ${endMb} MB (tenths ${tenthsMb.join(', ')}), heap used ${heapUsed.start} → ${heapUsed.end} MB, ${requests} requests (${payments} payments), failures ${failures}`);
    return { seconds, warmUpSeconds, startMb, endMb, maxMb: Math.max(...samplesMb), tenthsMb, heapUsedMb: heapUsed, payments, requests, failures };
  } finally {
    clearInterval(sampler);
  }
}

/** The API's V8 heap in use, in MB, as its /metrics tells it. */
async function heapUsedMb(url: string): Promise<number> {
  const metrics = await (await fetch(`${url}/metrics`)).text();
  return Math.round(Number(/^nodejs_heap_size_used_bytes (\S+)$/m.exec(metrics)?.[1] ?? Number.NaN) / 2 ** 20);
}

/** The first target table the caller may read: the one the bench reads and records payments against. */
export async function firstTable(url: string, token: string): Promise<TableRef> {
  const first = (await post(url, token, '{ targetTables(first: 1) { edges { node { projectCode fiscalYear } } } }')).data as {
    targetTables: { edges: Array<{ node: TableRef }> };
  };
  return first.targetTables.edges[0]!.node;
}

export type TableRef = {
  projectCode: string;
  fiscalYear: number;
};

/** Bodies of recordDisbursement against the table, each with a command id and voucher number of its own. */
export function recordDisbursementBodies(table: TableRef): () => string {
  let voucher = 0;
  return () =>
    JSON.stringify({
      query: RECORD,
      variables: { input: { ...table, commandId: randomUUID(), amount: '0.01', date: `${table.fiscalYear}-06-30`, voucherNumber: `BENCH-${(voucher += 1)}`, payee: '压测' } },
    });
}

/** The same body for every request. */
export function fixed(query: string, variables: Record<string, unknown> = {}): () => string {
  const body = JSON.stringify({ query, variables });
  return () => body;
}

export async function settled(url: string): Promise<void> {
  while (!(await healthy(url))) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Up, and every view caught up with the demo data: a projection still rebuilding would load the first runs. */
export async function healthy(url: string): Promise<boolean> {
  const response = await fetch(`${url}/health`);
  if (response.status !== 200) return false;
  const health = (await response.json()) as { projections?: { items?: Array<{ lag: number }> } };
  return (health.projections?.items ?? []).every((projection) => projection.lag === 0);
}

export async function signIn(url: string, userName: string): Promise<string> {
  const answer = await post(url, undefined, 'mutation($u: String!, $p: String!) { login(userName: $u, password: $p) { token } }', { u: userName, p: 'demo-password-1' });
  const token = (answer.data as { login?: { token: string } } | undefined)?.login?.token;
  if (token === undefined) throw new Error(`signing in as ${userName} failed: ${JSON.stringify(answer.errors)}`);
  return token;
}

export async function post(url: string, token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

const round0 = (n: number) => Math.round(n);
const round2 = (n: number) => Math.round(n * 100) / 100;
