import { request } from 'node:http';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { EventStore } from '@app/event-store';
import { EVENT_STORE } from '../../apps/api/src/storage/storage.tokens.js';
import { demoPassword, freshDataDir, removeDataDir, RunningApi, setUpDemoDirectory, testAdmin, type GraphQLResponse } from '../support/running-api.js';

const LOGIN = `mutation Login($userName: String!, $password: String!) { login(userName: $userName, password: $password) { user { userName } } }`;
const attacker = '127.0.0.1';
const colleague = '127.0.0.2';

/** Signs in over HTTP from a given local address, which is the address the API sees. */
function loginFrom(api: RunningApi, localAddress: string, userName: string, password: string): Promise<GraphQLResponse<{ login: { user: { userName: string } } }>> {
  const body = JSON.stringify({ query: LOGIN, variables: { userName, password } });
  return new Promise((resolve, reject) => {
    const sent = request(
      `${api.url}/graphql`,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<GraphQLResponse, 'status'>;
          resolve({ status: response.statusCode ?? 0, data: (parsed.data as { login: { user: { userName: string } } } | null) ?? null, errors: parsed.errors });
        });
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

async function addressLocks(api: RunningApi): Promise<Array<Record<string, unknown>>> {
  const events = await api.app.get<EventStore>(EVENT_STORE).readAll();
  return events.filter((event) => event.type === 'AddressLockedOut').map((event) => event.data);
}

describe('the per-address sign-in throttle, kept in the read store', () => {
  const dataDir = freshDataDir();
  afterAll(() => removeDataDir(dataDir));

  it('locks an address after 30 failures across user names, still after a restart, and not another address', async () => {
    const first = await RunningApi.start({ dataDir });
    // Every user name but one stream's worth of unknown names, so that no user is locked on their own.
    const userNames = [testAdmin.userName, 'zhang', 'wang', 'zhao', 'lisi', 'chenzr', 'liuju', 'sunsj', 'nobody-here'];
    let advancedMs = 0;
    try {
      await setUpDemoDirectory(first);
      for (let failure = 1; failure <= 29; failure++) {
        // From the 11th failure the address must wait (1 s, 2 s, … at most 30 s) before the next try.
        if (failure > 10) {
          first.advanceClock(30_001);
          advancedMs += 30_001;
        }
        const response = await loginFrom(first, attacker, userNames[failure % userNames.length]!, 'wrong-password-x');
        expect(response.errors?.[0]?.message).toBe('用户名或密码错误：请检查后重试。');
      }
      expect(await addressLocks(first)).toEqual([]);

      first.advanceClock(30_001);
      advancedMs += 30_001;
      const thirtieth = await loginFrom(first, attacker, userNames[30 % userNames.length]!, 'wrong-password-x');
      expect(thirtieth.errors?.[0]?.message).toMatch(/^用户名或密码错误，多次失败后登录已锁定至/);
      expect(await addressLocks(first)).toEqual([expect.objectContaining({ address: attacker, failures: 30 })]);

      const rightPassword = await loginFrom(first, attacker, 'zhang', demoPassword);
      expect(rightPassword.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(rightPassword.errors?.[0]?.message).toMatch(/^来自你的网络地址的登录因多次失败已锁定至/);
    } finally {
      await first.stop();
    }

    const second = await RunningApi.start({ dataDir });
    try {
      second.advanceClock(advancedMs);
      const afterRestart = await loginFrom(second, attacker, 'zhang', demoPassword);
      expect(afterRestart.errors?.[0]?.message).toMatch(/^来自你的网络地址的登录因多次失败已锁定至/);
      const otherAddress = await loginFrom(second, colleague, 'zhang', demoPassword);
      expect(otherAddress.errors).toBeUndefined();
      expect(otherAddress.data?.login.user.userName).toBe('zhang');
    } finally {
      await second.stop();
    }
    // Forty scrypt checks and two starts take a while on a busy machine.
  }, 180_000);
});
