import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loginAttemptsStreamId } from '@app/domain';
import type { EventStore } from '@app/event-store';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { EVENT_STORE } from '../../apps/api/src/storage/storage.tokens.js';
import { RunningApi, demoPassword, registerPerson, removeDataDir, setUpDemoDirectory, testAdmin, type DemoDirectory } from '../support/running-api.js';

const ME = `{ me { id name userName roles unitCode sectionId } }`;
const REGISTER = `mutation($input: RegisterUserInput!) { registerUser(input: $input) { userId revision } }`;
const GRANT = `mutation($input: RoleInput!) { grantRole(input: $input) { revision } }`;
const REVOKE = `mutation($input: RoleInput!) { revokeRole(input: $input) { revision } }`;
const DEACTIVATE = `mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { revision } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { revision } }`;
const DRAFT = `mutation Draft($input: TargetTableCommandInput!) { draftTargetTable(input: $input) { position } }`;
const minute = 60_000;

function draftInput(projectCode: string) {
  return { input: { projectCode, fiscalYear: 2022, content: { ...seedTable3, sectionId: 'employment' } } };
}

async function storedTypes(api: RunningApi, userId: string | null): Promise<string[]> {
  const store = api.app.get<EventStore>(EVENT_STORE);
  return (await store.readStream(loginAttemptsStreamId(userId))).map((event) => event.type);
}

describe('sign-in and the directory over GraphQL', () => {
  let api: RunningApi;
  let demo: DemoDirectory;

  beforeAll(async () => {
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
  });

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
    expect(await storedTypes(api, null)).toEqual(['LoginFailed']);
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
    await api.must(demo.leader, CHANGE_PASSWORD, { input: { userId: demo.leader.userId, currentPassword: demoPassword, newPassword: 'a-new-password-1' } });
    await api.login('liuju', 'a-new-password-1');
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
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
    // The delays are read off the API's clock: it moves only when the test moves it.
    api.freezeClock();
  });

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  it('locks a user after 5 failures, refuses even the right password until the lock ends, and records the lock', async () => {
    const fail = () => api.loginResponse('wang', 'wrong-password-x');
    for (let i = 0; i < 3; i++) expect((await fail()).errors?.[0]?.message).toBe('用户名或密码错误：请检查后重试。');
    // After the third failure the next try must wait 2 s, and is refused unchecked before then.
    const tooSoon = await api.loginResponse('wang', demoPassword);
    expect(tooSoon.errors?.[0]?.message).toMatch(/^该用户的登录失败次数过多：请等待 2 秒/);
    api.advanceClock(2_100);
    await fail();
    api.advanceClock(4_100);
    const fifth = await fail();
    expect(fifth.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(fifth.errors?.[0]?.message).toMatch(/登录已锁定至 \d{4}-\d{2}-\d{2}T/);

    api.advanceClock(10 * minute);
    const stillLocked = await api.loginResponse('wang', demoPassword);
    expect(stillLocked.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(stillLocked.errors?.[0]?.message).toMatch(/^该用户的登录因多次失败已锁定至/);

    api.advanceClock(5 * minute + 1_000);
    const afterLock = await api.loginResponse('wang', demoPassword);
    expect(afterLock.errors).toBeUndefined();

    const types = await storedTypes(api, demo.otherSectionPreparer.userId);
    expect(types.filter((type) => type === 'UserLockedOut')).toHaveLength(1);
    expect(types.filter((type) => type === 'LoginFailed')).toHaveLength(7);
    expect(types[types.length - 1]).toBe('LoginSucceeded');
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
