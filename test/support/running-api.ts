import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { Clock } from '../../apps/api/src/clock/clock.js';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/app-config.js';
import { createApp } from '../../apps/api/src/create-app.js';
import { patienceMs } from './patience.js';

/** A signed-in caller: the token goes out as `Authorization: Bearer <token>`. */
export interface Caller {
  token: string;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
}

/** What a refused operation answered: extensions.code, the message, and extensions.problems where given. */
export interface Refusal {
  code: unknown;
  message: string;
  problems: unknown;
}

/**
 * The scrypt cost the tests' API hashes passwords with: 1/32 of the production N, so that the
 * ~16 hashes and checks of each start (the administrator, setUpDemoDirectory) take milliseconds
 * instead of seconds. Production never lowers it (AppConfig.passwordHashCost has no setting);
 * test/api/auth.e2e.test.ts starts one API at the production cost to prove so.
 */
export const testPasswordHashCost = { N: 2 ** 10, r: 8, p: 1 };

/** The administrator every test API is started with (BOOTSTRAP_ADMIN_USER / BOOTSTRAP_ADMIN_PASSWORD). */
export const testAdmin = { userName: 'admin', password: 'admin-password-1' };

/** The API as `npm start` runs it, on a free port, over real HTTP. */
export class RunningApi {
  /** Milliseconds added to the real time of the API's clock (see advanceClock). */
  private clockOffsetMs = 0;
  /** The real time the clock stopped at (see freezeClock); null while it runs. */
  private frozenAtMs: number | null = null;

  private constructor(
    readonly app: INestApplication,
    readonly url: string,
    readonly config: AppConfig,
  ) {
    const clock = app.get(Clock);
    clock.now = () => new Date(this.realNowMs() + this.clockOffsetMs);
  }

  /**
   * `beforeStart` sees the application before its start-up hooks run (e.g. to watch the EventBus from the first event).
   * The log shows errors only, unless `overrides.log` asks for more; `logDestination` receives its lines instead of standard output.
   */
  static async start(overrides: Partial<AppConfig> = {}, beforeStart?: (app: INestApplication) => void, logDestination?: DestinationStream): Promise<RunningApi> {
    const config: AppConfig = {
      ...loadConfig({}),
      bootstrapAdmin: testAdmin,
      demoData: false,
      log: { level: 'error', format: 'json' },
      passwordHashCost: testPasswordHashCost,
      // Reading one's own writes may wait as long as any other wait of the tests (an installation: 5 s).
      readWaitTimeoutMs: patienceMs,
      dataDir: overrides.dataDir ?? freshDataDir(),
      ...overrides,
      port: 0,
    };
    const app = await createApp(config, logDestination);
    beforeStart?.(app);
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    return new RunningApi(app, `http://127.0.0.1:${address.port}`, config);
  }

  /** Moves the API's clock (sign-in throttle, token expiry) forward instead of sleeping. */
  advanceClock(ms: number): void {
    this.clockOffsetMs += ms;
  }

  /** Sets the API's clock to a moment (e.g. a day of the fiscal year), from which it runs on with real time. */
  setClock(at: string): void {
    this.clockOffsetMs = Date.parse(at) - this.realNowMs();
  }

  /**
   * Stops the API's clock where it is; from then on only advanceClock and setClock move it. For
   * tests that read durations off the clock (a sign-in delay of exactly 2 s), which a loaded
   * machine would otherwise stretch between two requests.
   */
  freezeClock(): void {
    this.frozenAtMs ??= Date.now();
  }

  private realNowMs(): number {
    return this.frozenAtMs ?? Date.now();
  }

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    caller?: Caller,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(caller ? { authorization: `Bearer ${caller.token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, data: body.data ?? null, errors: body.errors };
  }

  /** The raw answer of the login mutation. */
  loginResponse(userName: string, password: string) {
    return this.graphql<{ login: { token: string; expiresAt: string; user: { id: string; name: string; roles: string[]; unitCode: string | null; sectionId: string | null } } }>(
      `mutation Login($userName: String!, $password: String!) {
        login(userName: $userName, password: $password) { token expiresAt user { id name roles unitCode sectionId } }
      }`,
      { userName, password },
    );
  }

  /** Signs in, or throws with the API's answer. */
  async login(userName: string, password: string): Promise<Caller & { userId: string }> {
    const response = await this.loginResponse(userName, password);
    if (response.errors) throw new Error(`login ${userName} failed: ${JSON.stringify(response.errors)}`);
    return { token: response.data!.login.token, userId: response.data!.login.user.id };
  }

  /** Runs a mutation or query that must succeed, and returns its data. */
  async must<T = Record<string, any>>(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.graphql<T>(query, variables, caller);
    if (response.errors) throw new Error(`${query.trim().slice(0, 60)}… failed: ${JSON.stringify(response.errors)}`);
    return response.data!;
  }

  /** Sends a mutation that must succeed with these input fields, and returns what its one field answered. */
  async mutate<T = any>(caller: Caller, mutation: string, input: Record<string, unknown>): Promise<T> {
    const data = await this.must<Record<string, T>>(caller, mutation, { input });
    return Object.values(data)[0]!;
  }

  /** Runs an operation that must be refused wholly (no data, one error), and returns that error's code, message and field problems. */
  async refusal(caller: Caller, document: string, variables: Record<string, unknown>): Promise<Refusal> {
    const response = await this.graphql(document, variables, caller);
    const [error, ...more] = response.errors ?? [];
    if (error === undefined || more.length > 0 || response.data !== null) {
      throw new Error(`${document.trim().slice(0, 60)}… should be refused with one error and no data, got ${JSON.stringify(response)}`);
    }
    return { code: error.extensions?.code, message: error.message, problems: error.extensions?.problems };
  }

  async get(path: string): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.url}${path}`);
    return { status: response.status, body: await response.json() };
  }

  async stop(): Promise<void> {
    await this.app.close();
  }
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'pt-api-'));
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface DemoUser extends Caller {
  userId: string;
  userName: string;
  password: string;
}

/**
 * The demo department: units 323001 (人社局本级, sections employment and labor) and 323003
 * (社保中心, section insurance), and one user per role, each signed in.
 */
export interface DemoDirectory {
  admin: DemoUser;
  /** PREPARER of section employment in 323001. */
  preparer: DemoUser;
  /** PREPARER of section labor in 323001. */
  otherSectionPreparer: DemoUser;
  /** PREPARER of section insurance in 323003. */
  preparer323003: DemoUser;
  sectionHead: DemoUser;
  office: DemoUser;
  leader: DemoUser;
  auditor: DemoUser;
}

export const demoPassword = 'demo-password-1';

const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { revision } }`;
const CREATE_SECTION = `mutation($input: CreateSectionInput!) { createSection(input: $input) { revision } }`;
const REGISTER = `mutation($input: RegisterUserInput!) { registerUser(input: $input) { userId } }`;
const GRANT = `mutation($input: RoleInput!) { grantRole(input: $input) { revision } }`;

/** What the set-ups need of an API: the in-process RunningApi, or one in a process of its own. */
export type ApiClient = Pick<RunningApi, 'login' | 'must'>;

/** Creates the demo structure as the bootstrapped ADMIN and signs everyone in. */
export async function setUpDemoDirectory(api: ApiClient): Promise<DemoDirectory> {
  const admin = await api.login(testAdmin.userName, testAdmin.password);
  await api.must(admin, CREATE_UNIT, { input: { unitCode: '323001', name: '巨鹿县人力资源和社会保障局本级' } });
  await api.must(admin, CREATE_UNIT, { input: { unitCode: '323003', name: '巨鹿县社会保险事业服务中心' } });
  for (const [unitCode, sectionId, name] of [
    ['323001', 'employment', '就业股'],
    ['323001', 'labor', '劳动关系股'],
    ['323003', 'insurance', '社保股'],
  ]) {
    await api.must(admin, CREATE_SECTION, { input: { unitCode, sectionId, name } });
  }
  const people: Array<[keyof DemoDirectory, string, string, string, string | null, string]> = [
    ['preparer', 'zhang', '张经办', '323001', 'employment', 'PREPARER'],
    ['otherSectionPreparer', 'wang', '王经办', '323001', 'labor', 'PREPARER'],
    ['preparer323003', 'zhao', '赵经办', '323003', 'insurance', 'PREPARER'],
    ['sectionHead', 'lisi', '李股长', '323001', 'employment', 'SECTION_HEAD'],
    ['office', 'chenzr', '陈主任', '323001', null, 'OFFICE'],
    ['leader', 'liuju', '刘局长', '323001', null, 'LEADER'],
    ['auditor', 'sunsj', '孙审计', '323001', null, 'AUDITOR'],
  ];
  const demo: Partial<DemoDirectory> = { admin: { ...admin, userName: testAdmin.userName, password: testAdmin.password } };
  for (const [key, userName, displayName, unitCode, sectionId, role] of people) {
    const registered = await api.must<{ registerUser: { userId: string } }>(admin, REGISTER, {
      input: { userName, displayName, unitCode, sectionId, password: demoPassword },
    });
    const userId = registered.registerUser.userId;
    await api.must(admin, GRANT, { input: { userId, role } });
    demo[key] = { ...(await api.login(userName, demoPassword)), userName, password: demoPassword };
  }
  return demo as DemoDirectory;
}

/** Registers one more person of the directory with the given roles, as the administrator, and signs them in. */
export async function registerPerson(
  api: RunningApi,
  admin: Caller,
  userName: string,
  place: { unitCode: string; sectionId: string | null },
  roles: string[],
): Promise<DemoUser> {
  const { registerUser } = await api.must<{ registerUser: { userId: string } }>(admin, REGISTER, {
    input: { userName, displayName: userName, ...place, password: demoPassword },
  });
  for (const role of roles) await api.must(admin, GRANT, { input: { userId: registerUser.userId, role } });
  return { ...(await api.login(userName, demoPassword)), userName, password: demoPassword };
}
