import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { freePort } from '../../apps/cli/src/bench/http/server-process.js';
import { seedTable3Ref, approveSeedTable3 } from '../support/approved-seed-table-3.js';
import { createTemporaryDatabase, type TemporaryDatabase } from '../support/postgres-database.js';
import { setUpDemoDirectory, testAdmin, type ApiClient, type Caller, type DemoDirectory } from '../support/running-api.js';

/**
 * The built API in a process of its own, killed with SIGKILL while payments are being recorded
 * at once, then started again on the same data: every payment that was answered is there once,
 * its command id still answers with its first outcome, every other one can be sent again and
 * is stored once, and the log's hash chain is intact. On the embedded store and on PostgreSQL,
 * with the demo directory and seed table 3 approved (test/support) before the payments.
 */
const code = seedTable3Ref.projectCode;
const RECORD = `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { entryNumber position replayed } }`;
const LEDGER = `query($min: String, $after: String) { disbursements(projectCode: "${code}", fiscalYear: 2022, minPosition: $min, first: 100, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { voucherNumber amount } } } }`;
const VERIFY = `{ verifyAuditTrail { intact eventsChecked breaks { streamId message } } }`;
const payments = 48;
const payment = (i: number, amount = '100.00') => ({
  projectCode: code,
  fiscalYear: 2022,
  amount,
  date: '2022-06-15',
  voucherNumber: `记-K${String(i).padStart(3, '0')}`,
  payee: '巨鹿县就业服务中心',
  commandId: `kill-nine-${i}`,
});

interface Answer {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

class ApiProcess implements ApiClient {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(env: Record<string, string>): Promise<ApiProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, ['dist/apps/api/apps/api/src/main.js'], { env: { ...process.env, ...env, PORT: String(port), NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const api = new ApiProcess(`http://127.0.0.1:${port}`, child);
    const deadline = Date.now() + 120_000;
    while (!(await fetch(`${api.url}/health`).then((response) => response.ok, () => false))) {
      if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}: ${stderr}`);
      if (Date.now() > deadline) throw new Error(`the API did not answer within 120 s: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return api;
  }

  async graphql(query: string, variables: Record<string, unknown>, caller?: Caller): Promise<Answer> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(caller === undefined ? {} : { authorization: `Bearer ${caller.token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer;
  }

  async login(userName: string, password: string): Promise<Caller & { userId: string }> {
    const answer = await this.graphql(`mutation($u: String!, $p: String!) { login(userName: $u, password: $p) { token user { id } } }`, { u: userName, p: password });
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return { token: answer.data!.login.token as string, userId: answer.data!.login.user.id as string };
  }

  async must<T = Record<string, any>>(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const answer = await this.graphql(query, variables, caller);
    if (answer.errors) throw new Error(`${query.trim().slice(0, 60)}… failed: ${JSON.stringify(answer.errors)}`);
    return answer.data as T;
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed that was not already. */
  kill(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGKILL');
    return exited;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    await exited;
  }
}

describe.each([
  ['the embedded store', false],
  ['PostgreSQL', true],
])('kill -9 while payments are recorded, on %s', (_name, onPostgres) => {
  let dataDir: string;
  let database: TemporaryDatabase | undefined;
  let env: Record<string, string>;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    // The API as `npm start` runs it: built once, and again only when its sources changed.
    const built = spawnSync(process.execPath, ['bin/ensure-built.mjs', 'api'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 600_000 });
    if (built.status !== 0) throw new Error(`building the API failed: ${built.stderr?.toString()}`);
    dataDir = mkdtempSync(join(tmpdir(), 'pt-kill-nine-'));
    env = { DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'warn', WEB_DIR: join(dataDir, 'no-console'), BOOTSTRAP_ADMIN_USER: testAdmin.userName, BOOTSTRAP_ADMIN_PASSWORD: testAdmin.password };
    if (onPostgres) {
      database = await createTemporaryDatabase();
      env = { ...env, EVENT_STORE_URL: database.url, READ_STORE_URL: database.url, JWT_SECRET: 'kill-nine-token-secret-0123456789abcdef', ANCHOR_SECRET: 'kill-nine-anchor-secret-0123456789abcdef' };
    }
  }, 600_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every answered payment once, answers its command id as before, takes the others again, and the hash chain holds', async () => {
    api = await ApiProcess.start(env);
    const demo: DemoDirectory = await setUpDemoDirectory(api);
    await approveSeedTable3(api, demo);
    let office: Caller = demo.office;
    // Eight at a time, as an office records a pile of vouchers; killed once a third are answered.
    const answered = new Map<number, { entryNumber: number; position: string }>();
    let next = 0;
    let killed: Promise<void> | null = null;
    const first = api;
    const worker = async () => {
      while (next < payments && killed === null) {
        const i = next++;
        // Eight writers on one ledger meet CONFLICT now and then: a client sends the same command again.
        for (let attempt = 0; attempt < 20 && killed === null; attempt += 1) {
          const answer = await first.graphql(RECORD, { input: payment(i) }, office).catch(() => null);
          if (answer === null) return;
          if (answer.data?.recordDisbursement) {
            answered.set(i, answer.data.recordDisbursement);
            break;
          }
          expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
        }
        if (answered.size >= payments / 3 && killed === null) killed = first.kill();
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await killed;
    expect(answered.size).toBeGreaterThanOrEqual(payments / 3);

    api = await ApiProcess.start(env);
    office = await api.login(demo.office.userName, demo.office.password);
    const auditor = await api.login(demo.auditor.userName, demo.auditor.password);
    // Every payment again with its own command id: the answered ones replay their first outcome.
    let head = '0';
    for (let i = 0; i < payments; i += 1) {
      const answer = await api.graphql(RECORD, { input: payment(i) }, office);
      expect(answer.errors).toBeUndefined();
      const outcome = answer.data!.recordDisbursement as { entryNumber: number; position: string; replayed: boolean };
      const before = answered.get(i);
      if (before !== undefined) expect(outcome).toEqual({ ...before, replayed: true });
      if (BigInt(outcome.position) > BigInt(head)) head = outcome.position;
    }
    // A command id used again with another payment is refused, crash or not.
    const reused = await api.graphql(RECORD, { input: payment(0, '999.00') }, office);
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const vouchers: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Answer = await api.graphql(LEDGER, { min: head, after }, auditor);
      expect(page.errors).toBeUndefined();
      vouchers.push(...page.data!.disbursements.edges.map((edge: { node: { voucherNumber: string } }) => edge.node.voucherNumber));
      if (!page.data!.disbursements.pageInfo.hasNextPage) break;
      after = page.data!.disbursements.pageInfo.endCursor;
    }
    const ours = vouchers.filter((voucher) => voucher.startsWith('记-K'));
    expect(ours).toHaveLength(payments);
    expect(new Set(ours).size).toBe(payments);

    const verified = await api.graphql(VERIFY, {}, auditor);
    expect(verified.errors).toBeUndefined();
    expect(verified.data!.verifyAuditTrail).toMatchObject({ intact: true, breaks: [] });
  }, 600_000);
});
