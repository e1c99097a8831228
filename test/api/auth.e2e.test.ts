import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { loginAttemptsStreamId } from '@app/domain';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { EventStore } from '@app/event-store';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { PasswordVerifier } from '../../apps/api/src/auth/password-verifier.js';
import { EVENT_STORE } from '../../apps/api/src/storage/storage.tokens.js';
import { RunningApi, demoPassword, registerPerson, removeDataDir, setUpDemoDirectory, testAdmin, type DemoDirectory } from '../support/running-api.js';

const ME = `{ me { id name userName roles unitCode sectionId } }`;
const REGISTER = `mutation($input: RegisterUserInput!) { registerUser(input: $input) { userId revision } }`;
const GRANT = `mutation($input: RoleInput!) { grantRole(input: $input) { revision } }`;
const REVOKE = `mutation($input: RoleInput!) { revokeRole(input: $input) { revision } }`;
const DEACTIVATE = `mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { revision } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { revision } }`;
const LOGIN = `mutation($userName: String!, $password: String!) { login(userName: $userName, password: $password) { token } }`;
const UNLOCK = `mutation($userId: ID!) { unlockUser(userId: $userId) { userId position } }`;
const DRAFT = `mutation Draft($input: TargetTableCommandInput!) { draftTargetTable(input: $input) { position } }`;
const minute = 60_000;

function draftInput(projectCode: string) {
  return { input: { projectCode, fiscalYear: 2022, content: { ...seedTable3, sectionId: 'employment' } } };
}

async function storedTypes(api: RunningApi, userId: string): Promise<string[]> {
  const store = api.app.get<EventStore>(EVENT_STORE);
  return (await store.readStream(loginAttemptsStreamId(userId))).map((event) => event.type);
}

describe('sign-in and the directory over GraphQL', () => {
  let api: RunningApi;
  let demo: DemoDirectory;

  beforeAll(async () => {
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
  }, 120_000);

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  it('signs in and returns a token that works, with the user as the directory has them', async () => {
    const response = await api.loginResponse('zhang', demoPassword);
    expect(response.errors).toBeUndefined();
    const login = response.data!.login;
    expect(login.user).toEqual({ id: demo.preparer.userId, name: '张经办', roles: ['PREPARER'], unitCode: '323001', sectionId: 'employment' });
    const lifetime = Date.parse(login.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(8 * 60 * minute - minute);
    expect(lifetime).toBeLessThanOrEqual(8 * 60 * minute);
    const me = await api.graphql<{ me: unknown }>(ME, {}, { token: login.token });
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toEqual({ id: demo.preparer.userId, name: '张经办', userName: 'zhang', roles: ['PREPARER'], unitCode: '323001', sectionId: 'employment' });
  });

  it('gives a wrong password and an unknown user the same UNAUTHENTICATED answer', async () => {
    const wrongPassword = await api.loginResponse('lisi', 'not-the-password');
    const unknownUser = await api.loginResponse('nobody-here', 'not-the-password');
    for (const response of [wrongPassword, unknownUser]) {
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(wrongPassword.errors![0]!.message).toBe(unknownUser.errors![0]!.message);
    expect(wrongPassword.errors![0]!.message).toMatch(/用户名或密码错误/);
  });

  it('records every sign-in and failure as events, without the password', async () => {
    const types = await storedTypes(api, demo.sectionHead.userId);
    expect(types).toContain('LoginSucceeded');
    expect(types).toContain('LoginFailed');
    const events = await api.app.get<EventStore>(EVENT_STORE).readStream(loginAttemptsStreamId(demo.sectionHead.userId));
    const failed = events.find((event) => event.type === 'LoginFailed')!;
    expect(failed.data).toMatchObject({ userId: demo.sectionHead.userId, userName: 'lisi', reason: 'WRONG_PASSWORD' });
    expect(JSON.stringify(events.map((event) => [event.data, event.metadata]))).not.toContain('not-the-password');
    // The name that belongs to nobody has a record of its own, under a keyed digest: neither the name nor the password is kept.
    const unknown = (await api.app.get<EventStore>(EVENT_STORE).readAll()).filter((event) => event.data.reason === 'UNKNOWN_USER');
    expect(unknown.map((event) => event.streamId)).toEqual([expect.stringMatching(/^login-name-[0-9a-f]{32}$/)]);
    expect(JSON.stringify(unknown.map((event) => [event.streamId, event.data, event.metadata]))).not.toMatch(/nobody-here|not-the-password/);
  });

  it('refuses a missing, malformed or tampered token with UNAUTHENTICATED saying which', async () => {
    const missing = await api.graphql(ME);
    expect(missing.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(missing.errors?.[0]?.message).toMatch(/请先登录.*Authorization: Bearer/);

    const basic = await api.graphql(ME, {}, undefined, { authorization: 'Basic YWRtaW46YWRtaW4=' });
    expect(basic.errors?.[0]?.message).toMatch(/请先登录/);

    const [head, payload, signature] = demo.preparer.token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['ADMIN'] })).toString('base64url');
    const tampered = await api.graphql(ME, {}, { token: `${head}.${forged}.${signature}` });
    expect(tampered.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(tampered.errors?.[0]?.message).toMatch(/登录令牌无效：签名不符/);

    const garbage = await api.graphql(ME, {}, { token: 'not-a-token' });
    expect(garbage.errors?.[0]?.message).toMatch(/无效/);
    expect(garbage.data).toBeNull();
  });

  it('refuses registerUser to a non-ADMIN with FORBIDDEN naming the role', async () => {
    const input = { userName: 'intruder', displayName: '某人', unitCode: '323001', password: 'long-enough-password' };
    for (const caller of [demo.preparer, demo.auditor, demo.office]) {
      const response = await api.graphql(REGISTER, { input }, caller);
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(response.errors?.[0]?.message).toMatch(/需要管理员（ADMIN）角色/);
    }
    const grant = await api.graphql(GRANT, { input: { userId: demo.preparer.userId, role: 'ADMIN' } }, demo.preparer);
    expect(grant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a password shorter than 10 characters with VALIDATION on the field', async () => {
    const response = await api.graphql(REGISTER, { input: { userName: 'shorty', displayName: '短', unitCode: '323001', password: 'short' } }, demo.admin);
    expect(response.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(response.errors?.[0]?.extensions?.problems).toEqual([{ field: 'password', message: expect.stringMatching(/至少需要 10 个字符/) }]);
    const change = await api.graphql(
      CHANGE_PASSWORD,
      { input: { userId: demo.leader.userId, currentPassword: demoPassword, newPassword: 'tiny' } },
      demo.leader,
    );
    expect(change.errors?.[0]?.extensions?.problems).toEqual([{ field: 'newPassword', message: expect.stringMatching(/至少需要 10 个字符/) }]);
  });

  it('lets a user change their own password with the current one, and not another’s', async () => {
    const wrongCurrent = await api.graphql(CHANGE_PASSWORD, { input: { userId: demo.leader.userId, currentPassword: 'wrong-password', newPassword: 'a-new-password-1' } }, demo.leader);
    expect(wrongCurrent.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const other = await api.graphql(CHANGE_PASSWORD, { input: { userId: demo.office.userId, currentPassword: demoPassword, newPassword: 'a-new-password-1' } }, demo.leader);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    api.advanceClock(1_000);
    await api.must(demo.leader, CHANGE_PASSWORD, { input: { userId: demo.leader.userId, currentPassword: demoPassword, newPassword: 'a-new-password-1' } });
    // The change ends every token issued before it, the one that made it included.
    const ended = await api.graphql(ME, {}, demo.leader);
    expect(ended.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(ended.errors?.[0]?.message).toMatch(/liuju 的密码已于 .* 更改，此前签发的登录令牌已失效/);
    const renewed = await api.login('liuju', 'a-new-password-1');
    expect((await api.graphql(ME, {}, renewed)).errors).toBeUndefined();
    expect((await api.loginResponse('liuju', demoPassword)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops a revoked role at once, with the same token; a deactivated user is refused entirely', async () => {
    const temp = await registerPerson(api, demo.admin, 'temp.prep', { unitCode: '323001', sectionId: 'employment' }, ['PREPARER']);
    expect((await api.graphql(DRAFT, draftInput('REVOKE0001'), temp)).errors).toBeUndefined();

    await api.must(demo.admin, REVOKE, { input: { userId: temp.userId, role: 'PREPARER' } });
    const afterRevoke = await api.graphql(DRAFT, draftInput('REVOKE0002'), temp);
    expect(afterRevoke.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(afterRevoke.errors?.[0]?.message).toMatch(/你没有 PREPARER 角色/);
    expect((await api.graphql<{ me: { roles: string[] } }>(ME, {}, temp)).data!.me.roles).toEqual([]);

    await api.must(demo.admin, DEACTIVATE, { input: { userId: temp.userId } });
    const afterDeactivate = await api.graphql(ME, {}, temp);
    expect(afterDeactivate.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(afterDeactivate.errors?.[0]?.message).toMatch(/已停用/);
    const login = await api.loginResponse('temp.prep', demoPassword);
    expect(login.errors?.[0]?.message).toMatch(/已停用/);
  });

  it('ignores X-Forwarded-For when no trusted proxy is configured: rotating it does not escape the throttle', async () => {
    api.freezeClock();
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await api.graphql(LOGIN, { userName: 'wang', password: 'wrong-password-x' }, undefined, { 'x-forwarded-for': `10.66.0.${i}` });
      answers.push(response.errors![0]!.message);
    }
    expect(answers[4]).toMatch(/^此用户从您的网络地址登录失败次数过多/);
  });

  it('lists units with sections and approval chain, and users without secrets, to ADMIN and AUDITOR only', async () => {
    const { units } = await api.must<{ units: any[] }>(
      demo.preparer,
      `{ units { unitCode name sections { sectionId name } approvalChain { version steps { step role } } } }`,
    );
    expect(units.map((unit) => unit.unitCode)).toEqual(['323001', '323003']);
    expect(units[0].sections.map((s: any) => s.sectionId)).toEqual(['employment', 'labor']);
    expect(units[0].approvalChain).toEqual({ version: 1, steps: [{ step: 'SECTION', role: 'SECTION_HEAD' }, { step: 'OFFICE', role: 'OFFICE' }] });

    await api.must(demo.admin, `mutation($input: ConfigureApprovalChainInput!) { configureApprovalChain(input: $input) { revision } }`, {
      input: { unitCode: '323003', steps: [{ step: 'SECTION', role: 'SECTION_HEAD' }, { step: 'OFFICE', role: 'OFFICE' }, { step: 'LEADER', role: 'LEADER' }] },
    });
    const after = await api.must<{ units: any[] }>(demo.office, `{ units { unitCode approvalChain { version steps { step } } } }`);
    expect(after.units[1].approvalChain).toEqual({ version: 2, steps: [{ step: 'SECTION' }, { step: 'OFFICE' }, { step: 'LEADER' }] });

    const USERS = `{ users(unitCode: "323001") { id userName displayName roles active } }`;
    const { users } = await api.must<{ users: any[] }>(demo.auditor, USERS);
    expect(users.find((user) => user.userName === 'zhang')).toEqual({ id: demo.preparer.userId, userName: 'zhang', displayName: '张经办', roles: ['PREPARER'], active: true });
    expect((await api.graphql(USERS, {}, demo.preparer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noHash = await api.graphql(`{ users { passwordHash } }`, {}, demo.admin);
    expect(noHash.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });
});

describe('sign-in throttling and token expiry (the API clock moved forward, no sleeping)', () => {
  let api: RunningApi;
  let demo: DemoDirectory;

  beforeAll(async () => {
    // Behind a proxy on this machine: X-Forwarded-For names the caller's address.
    api = await RunningApi.start({ trustedProxies: ['loopback'] });
    demo = await setUpDemoDirectory(api);
    // The delays are read off the API's clock: it moves only when the test moves it.
    api.freezeClock();
  });

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  const from = (address: string, userName: string, password: string) =>
    api.graphql(LOGIN, { userName, password }, undefined, { 'x-forwarded-for': address });
  const wrongAnswer = /^用户名或密码错误：请检查后重试。$/;

  it('slows a guesser at one address without locking the user out of their office, and lets an ADMIN unlock', async () => {
    for (let i = 0; i < 4; i++) expect((await from('10.6.6.6', 'wang', 'wrong-password-x')).errors?.[0]?.message).toMatch(wrongAnswer);
    const tooSoon = await from('10.6.6.6', 'wang', demoPassword);
    expect(tooSoon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(tooSoon.errors?.[0]?.message).toMatch(/^此用户从您的网络地址登录失败次数过多：请等待 \d+ 秒/);
    for (let i = 0; i < 6; i++) {
      api.advanceClock(61_000);
      await from('10.6.6.6', 'wang', 'wrong-password-x');
    }

    // The user at their own office signs in at once, the right password counting.
    expect((await from('10.1.1.1', 'wang', demoPassword)).errors).toBeUndefined();

    expect((await from('10.6.6.6', 'wang', 'wrong-password-x')).errors?.[0]?.message).toMatch(/^此用户从您的网络地址/);
    const refused = await api.graphql(UNLOCK, { userId: demo.otherSectionPreparer.userId }, demo.preparer);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { unlockUser } = await api.must<{ unlockUser: { userId: string; position: string } }>(demo.admin, UNLOCK, { userId: demo.otherSectionPreparer.userId });
    expect(unlockUser.userId).toBe(demo.otherSectionPreparer.userId);
    expect((await from('10.6.6.6', 'wang', 'wrong-password-x')).errors?.[0]?.message).toMatch(wrongAnswer);
    expect((await api.graphql(UNLOCK, { userId: 'u-nobody' }, demo.admin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const types = await storedTypes(api, demo.otherSectionPreparer.userId);
    expect(types).not.toContain('UserLockedOut');
    expect(types.filter((type) => type === 'UserUnlocked')).toHaveLength(1);
  }, 120_000);

  it('records every one of a burst of failed sign-ins on one user, checking the password only as often as the throttle allows', async () => {
    const checks = jest.spyOn(api.app.get(PasswordVerifier), 'matches');
    const answers = await Promise.all(Array.from({ length: 8 }, () => from('10.7.7.7', 'sunsj', 'wrong-password-x')));
    const checked = checks.mock.calls.length;
    checks.mockRestore();
    // Taken in turns on the user's record: each attempt is decided on the failures before it, its password checked only when they allow.
    expect(answers.map(({ errors }) => errors?.[0]?.extensions?.code)).toEqual(Array(8).fill('UNAUTHENTICATED'));
    const messages = answers.map(({ errors }) => errors?.[0]?.message ?? '');
    expect(messages.filter((message) => wrongAnswer.test(message))).toHaveLength(4);
    expect(messages.filter((message) => /^此用户从您的网络地址登录失败次数过多/.test(message))).toHaveLength(4);
    expect(checked).toBe(4);
    expect((await storedTypes(api, demo.auditor.userId)).filter((type) => type === 'LoginFailed')).toHaveLength(8);
  }, 120_000);

  it('answers a name that belongs to nobody exactly as a real one under the same attempts, checking a password as often', async () => {
    // Other unknown names failing first must not change how this one is answered.
    for (let i = 0; i < 6; i++) await from('10.8.0.1', `ghost-${i}`, 'wrong-password-x');
    const verifier = api.app.get(PasswordVerifier);
    const sequence = async (address: string, userName: string) => {
      const checks = jest.spyOn(verifier, 'matches');
      const answers: unknown[] = [];
      for (const pause of [0, 0, 0, 0, 0, 2_100, 0]) {
        api.advanceClock(pause);
        const { errors } = await from(address, userName, 'wrong-password-x');
        answers.push({ code: errors?.[0]?.extensions?.code, message: errors?.[0]?.message.replace(/\d+/g, '#') });
      }
      const calls = checks.mock.calls.map(([, hash]) => (hash === null ? 'dummy' : 'stored'));
      checks.mockRestore();
      return { answers, calls };
    };
    const known = await sequence('10.8.0.2', 'lisi');
    const unknown = await sequence('10.8.0.3', 'nobody-at-all');
    expect(unknown.answers).toEqual(known.answers);
    expect(known.calls).toEqual(['stored', 'stored', 'stored', 'stored', 'stored']);
    expect(unknown.calls).toEqual(['dummy', 'dummy', 'dummy', 'dummy', 'dummy']);
  }, 120_000);

  it('counts sign-in attempts over a socket by the address the trusted proxy forwarded, as over HTTP', async () => {
    const admin = await api.login(testAdmin.userName, testAdmin.password);
    /** A socket opened through the proxy for a client at `address`. */
    const socketFrom = (address: string) =>
      createClient({
        url: `${api.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: class extends WebSocket {
          constructor(url: string, protocols?: string | string[]) {
            super(url, protocols, { headers: { 'x-forwarded-for': address } });
          }
        },
        connectionParams: { authorization: `Bearer ${admin.token}` },
        retryAttempts: 0,
      });
    const signIn = (client: Client, password: string) =>
      new Promise<{ errors?: ReadonlyArray<{ message: string }> }>((resolve) => {
        let result: { errors?: ReadonlyArray<{ message: string }> } = {};
        client.subscribe(
          { query: LOGIN, variables: { userName: 'zhang', password } },
          { next: (value) => (result = value as typeof result), error: (errors) => resolve({ errors: errors as Array<{ message: string }> }), complete: () => resolve(result) },
        );
      });
    const guesser = socketFrom('10.9.9.9');
    const office = socketFrom('10.9.9.10');
    try {
      for (let i = 0; i < 4; i++) expect((await signIn(guesser, 'wrong-password-x')).errors?.[0]?.message).toMatch(wrongAnswer);
      expect((await signIn(guesser, demoPassword)).errors?.[0]?.message).toMatch(/^此用户从您的网络地址登录失败次数过多/);
      // The same proxy, another client behind it: not slowed by the guesser.
      expect((await signIn(office, demoPassword)).errors).toBeUndefined();
    } finally {
      await Promise.all([guesser.dispose(), office.dispose()]);
    }
  });

  it('refuses an expired token with UNAUTHENTICATED saying when it expired', async () => {
    const token = await api.login(testAdmin.userName, testAdmin.password);
    expect((await api.graphql(ME, {}, token)).errors).toBeUndefined();
    api.advanceClock(8 * 60 * minute + 10_000);
    const expired = await api.graphql(ME, {}, token);
    expect(expired.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(expired.errors?.[0]?.message).toMatch(/^登录令牌已于 .* 过期：请重新登录。$/);
    expect((await api.graphql(ME, {}, await api.login(testAdmin.userName, testAdmin.password))).errors).toBeUndefined();
  });
});
