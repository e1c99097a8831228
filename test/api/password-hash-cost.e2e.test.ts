import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { directoryStreamId } from '@app/domain';
import type { EventStore } from '@app/event-store';
import { loadConfig } from '../../apps/api/src/config/app-config.js';
import { EVENT_STORE } from '../../apps/api/src/storage/storage.tokens.js';
import { RunningApi, demoPassword, removeDataDir, testAdmin, type Caller } from '../support/running-api.js';

const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { revision } }`;
const REGISTER = `mutation($input: RegisterUserInput!) { registerUser(input: $input) { userId } }`;

/** The stored password hashes of the directory, by user id. */
async function storedHashes(api: RunningApi): Promise<Map<string, string>> {
  const events = await api.app.get<EventStore>(EVENT_STORE).readStream(directoryStreamId);
  return new Map(
    events
      .filter((event) => event.type === 'UserRegistered' || event.type === 'PasswordChanged')
      .map((event) => [event.data.userId as string, event.data.passwordHash as string]),
  );
}

/** Registers one user over GraphQL, in a unit of their own; returns their id. */
async function registerOne(api: RunningApi, admin: Caller): Promise<string> {
  await api.must(admin, CREATE_UNIT, { input: { unitCode: '323001', name: '巨鹿县人力资源和社会保障局本级' } });
  const { registerUser } = await api.must<{ registerUser: { userId: string } }>(admin, REGISTER, {
    input: { userName: 'zhang', displayName: '张经办', unitCode: '323001', sectionId: null, password: demoPassword },
  });
  return registerUser.userId;
}

describe('the scrypt cost of stored passwords', () => {
  it('is N=2^15 in every configuration an installation can have: no environment variable lowers it', () => {
    for (const env of [{}, { PASSWORD_HASH_COST: '10' }, { NODE_ENV: 'test' }]) {
      expect(loadConfig(env).passwordHashCost).toEqual({ N: 32768, r: 8, p: 1 });
    }
  });

  describe('an API started with the production configuration', () => {
    let api: RunningApi;

    beforeAll(async () => {
      api = await RunningApi.start({ passwordHashCost: loadConfig({}).passwordHashCost });
    });

    afterAll(async () => {
      await api.stop();
      removeDataDir(api.config.dataDir);
    });

    it('hashes the bootstrap administrator and a registered user at N=2^15, and signs them in', async () => {
      const admin = await api.login(testAdmin.userName, testAdmin.password);
      const userId = await registerOne(api, admin);
      const hashes = await storedHashes(api);
      expect([...hashes.values()]).toHaveLength(2);
      for (const hash of hashes.values()) expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
      await expect(api.login('zhang', demoPassword)).resolves.toMatchObject({ userId });
    });
  });

  describe("the tests' API", () => {
    let api: RunningApi;

    beforeAll(async () => {
      api = await RunningApi.start();
    });

    afterAll(async () => {
      await api.stop();
      removeDataDir(api.config.dataDir);
    });

    it('hashes at the low test cost, so that its starts stay fast', async () => {
      const admin = await api.login(testAdmin.userName, testAdmin.password);
      await registerOne(api, admin);
      for (const hash of (await storedHashes(api)).values()) expect(hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    });
  });
});
