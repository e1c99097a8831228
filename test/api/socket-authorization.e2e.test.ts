import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { registerPerson, removeDataDir, RunningApi, setUpDemoDirectory, type Caller, type DemoDirectory } from '../support/running-api.js';
import { targetTableMutations } from '../support/target-table-mutations.js';

const { DRAFT } = targetTableMutations('position');
const REVOKE = `mutation($input: RoleInput!) { revokeRole(input: $input) { revision } }`;
const DEACTIVATE = `mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { revision } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { revision } }`;
const TABLE = `query($projectCode: String!) { targetTable(projectCode: $projectCode, fiscalYear: 2022) { name status } }`;
const ME = `{ me { userName roles } }`;

const employment = { unitCode: '323001', sectionId: 'employment' };
const content = { ...seedTable3, sectionId: 'employment' };

/** What a closed WebSocket reports. */
type Close = { code: number; reason: string };

/** What one operation over the socket answered: its result, or the errors it was refused with, or the close that ended it. */
type Outcome =
  | { kind: 'RESULT'; data: Record<string, unknown> | null | undefined; codes: unknown[] }
  | { kind: 'REFUSED'; codes: unknown[] }
  | { kind: 'CLOSED'; code: number; reason: string };

/** Any operation — query, mutation — over a graphql-ws socket, as every client library sends them. */
class Socket {
  readonly closes: Array<{ code: number; reason: string }> = [];
  readonly client: Client;

  constructor(api: RunningApi, caller: Caller) {
    this.client = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${caller.token}` },
      retryAttempts: 0,
      lazy: false,
      on: { closed: (event) => this.closes.push({ code: (event as Close).code, reason: (event as Close).reason }) },
    });
  }

  run(query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
    return new Promise((resolve) => {
      let outcome: Outcome | undefined;
      this.client.subscribe(
        { query, variables },
        {
          next: (result) => (outcome = { kind: 'RESULT', data: result.data, codes: (result.errors ?? []).map((error) => error.extensions?.code) }),
          error: (error) =>
            resolve(
              Array.isArray(error)
                ? { kind: 'REFUSED', codes: error.map((e: { extensions?: { code?: unknown } }) => e.extensions?.code) }
                : { kind: 'CLOSED', code: (error as Close).code, reason: (error as Close).reason },
            ),
          complete: () => resolve(outcome!),
        },
      );
    });
  }
}

async function closed(socket: Socket): Promise<{ code: number; reason: string }> {
  for (let waited = 0; socket.closes.length === 0; waited += 10) {
    if (waited > 5000) throw new Error('the socket was not closed');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return socket.closes[0]!;
}

describe('operations over an open graphql-ws socket are authorised against the directory as it is now', () => {
  let api: RunningApi;
  let demo: DemoDirectory;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.client.dispose()));
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  function open(caller: Caller): Socket {
    const socket = new Socket(api, caller);
    sockets.push(socket);
    return socket;
  }

  it('refuses a query and a mutation on the same socket once the role is revoked', async () => {
    const person = await registerPerson(api, demo.admin, 'sock-revoked', employment, ['PREPARER']);
    const socket = open(person);
    expect(await socket.run(DRAFT, { input: { projectCode: 'SOCK0001', fiscalYear: 2022, content } })).toMatchObject({ kind: 'RESULT', codes: [] });
    expect(await socket.run(TABLE, { projectCode: 'SOCK0001' })).toMatchObject({ kind: 'RESULT', data: { targetTable: { status: 'DRAFT' } } });

    await api.must(demo.admin, REVOKE, { input: { userId: person.userId, role: 'PREPARER' } });

    expect(await socket.run(ME)).toEqual({ kind: 'RESULT', data: { me: { userName: 'sock-revoked', roles: [] } }, codes: [] });
    expect(await socket.run(DRAFT, { input: { projectCode: 'SOCK0002', fiscalYear: 2022, content } })).toMatchObject({ kind: 'RESULT', data: null, codes: ['FORBIDDEN'] });
    const table = await socket.run(TABLE, { projectCode: 'SOCK0001' });
    expect(table.kind === 'RESULT' && table.data?.targetTable).toBeFalsy();
    expect(socket.closes).toEqual([]);
  });

  it('closes the sockets of a deactivated user with 4401, and refuses what is sent on it', async () => {
    const person = await registerPerson(api, demo.admin, 'sock-deactivated', employment, ['PREPARER']);
    const socket = open(person);
    expect(await socket.run(ME)).toMatchObject({ kind: 'RESULT', codes: [] });

    await api.must(demo.admin, DEACTIVATE, { input: { userId: person.userId } });

    const query = await socket.run(TABLE, { projectCode: 'SOCK0001' });
    const mutation = await socket.run(DRAFT, { input: { projectCode: 'SOCK0003', fiscalYear: 2022, content } });
    for (const outcome of [query, mutation]) {
      expect(outcome.kind === 'CLOSED' ? outcome.code : outcome.codes).toEqual(outcome.kind === 'CLOSED' ? 4401 : ['UNAUTHENTICATED']);
    }
    const close = await closed(socket);
    expect(close.code).toBe(4401);
    expect(close.reason).toMatch(/^UNAUTHENTICATED: sock-deactivated（sock-deactivated）的账号已停用/);
  });

  it('ends a socket opened before a password change, as it ends the tokens issued before it', async () => {
    const person = await registerPerson(api, demo.admin, 'sock-password', employment, ['PREPARER']);
    const socket = open(person);
    expect(await socket.run(ME)).toMatchObject({ kind: 'RESULT', codes: [] });
    api.advanceClock(2000);

    await api.must(demo.admin, CHANGE_PASSWORD, { input: { userId: person.userId, newPassword: 'another-password-2' } });

    expect((await api.graphql(ME, {}, person)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const close = await closed(socket);
    expect(close).toMatchObject({ code: 4401 });
    expect(close.reason).toContain('密码已于');
    const fresh = await api.login('sock-password', 'another-password-2');
    expect((await api.graphql(ME, {}, fresh)).errors).toBeUndefined();
  });

  it('refuses an operation on a socket whose token has expired', async () => {
    const person = await registerPerson(api, demo.admin, 'sock-expired', employment, ['PREPARER']);
    const socket = open(person);
    expect(await socket.run(ME)).toMatchObject({ kind: 'RESULT', codes: [] });

    api.advanceClock((api.config.tokenTtlSeconds + 60) * 1000);

    expect(await socket.run(ME)).toMatchObject({ kind: 'RESULT', data: null, codes: ['UNAUTHENTICATED'] });
  });
});
