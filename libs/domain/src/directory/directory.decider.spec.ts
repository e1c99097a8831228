import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import type { ApprovalChainStep, ApprovalChainStepInput } from './approval-chain.js';
import { decideDirectory, directoryDecider } from './decide-directory.js';
import type { CreateSection, CreateUnit, DirectoryCommand, RegisterUser } from './directory.commands.js';
import type { DirectoryEvent } from './directory.events.js';
import { initialDirectoryState } from './directory.state.js';
import {
  admin,
  adminBootstrapped,
  hashA,
  hashB,
  preparer,
  preparerIsPreparer,
  preparerRegistered,
  sectionsCreated,
  smallDirectory,
  unitCreated,
} from './fixtures/small-directory.js';

const given = scenario(directoryDecider);
const defaultSteps: ApprovalChainStep[] = [
  { step: 'SECTION', role: 'SECTION_HEAD' },
  { step: 'OFFICE', role: 'OFFICE' },
];
const hashC = 'scrypt$32768$8$1$dGhpcmRzYWx0dGhpcmRzYQ==$dGhpcmRoYXNodGhpcmRoYQ==';

const secondAdmin: DirectoryEvent[] = [
  {
    type: 'UserRegistered',
    data: { userId: 'u-li', userName: 'lisi', displayName: '李四', unitCode: '323001', sectionId: null, passwordHash: hashC },
  },
  { type: 'RoleGranted', data: { userId: 'u-li', role: 'ADMIN' } },
];

const register = (overrides: Partial<RegisterUser> = {}): RegisterUser => ({
  type: 'RegisterUser',
  actor: admin,
  userId: 'u-wang',
  userName: 'wangwu',
  displayName: '王五',
  unitCode: '323001',
  sectionId: 'jiuye',
  passwordHash: hashC,
  ...overrides,
});

describe('BootstrapAdmin', () => {
  const bootstrap = { type: 'BootstrapAdmin', userId: 'u-admin', userName: 'admin', displayName: ' 系统管理员 ', passwordHash: hashA } as const;

  it('registers the first ADMIN of an empty directory, outside any unit', () => {
    given([]).when(bootstrap).then(adminBootstrapped);
  });

  it('is refused once anyone exists, so a restart cannot mint a second way in', () => {
    const error = given(adminBootstrapped).when({ ...bootstrap, userId: 'u-other', userName: 'other' }).thenThrows('CONFLICT');
    expect(error.message).toBe(
      '用户目录已有 1 位用户：首位管理员已存在，请以管理员身份登录并登记用户（registerUser）。',
    );
  });

  it('refuses a clear password in place of a hash without repeating it', () => {
    const error = given([]).when({ ...bootstrap, passwordHash: 'correct horse battery' }).thenThrows('VALIDATION', 'passwordHash');
    expect(error.message).not.toContain('correct horse');
    expect(JSON.stringify(error.problems)).not.toContain('correct horse');
  });
});

describe('CreateUnit', () => {
  const create = (unitCode = '323001', name = '巨鹿县人力资源和社会保障局本级'): CreateUnit => ({
    type: 'CreateUnit',
    actor: admin,
    unitCode,
    name,
  });

  it('creates the unit with the default chain as version 1: section head, then office', () => {
    given(adminBootstrapped).when(create()).then(unitCreated);
  });

  it('trims the name', () => {
    given(adminBootstrapped).when(create('323003', '  社会保险事业服务中心 ')).then([
      { type: 'UnitCreated', data: { unitCode: '323003', name: '社会保险事业服务中心' } },
      { type: 'ApprovalChainConfigured', data: { unitCode: '323003', version: 1, steps: defaultSteps } },
    ]);
  });

  it('refuses a user without ADMIN with FORBIDDEN, saying which role is missing and what they have', () => {
    const error = given(smallDirectory).when({ ...create('323003', '中心'), actor: preparer }).thenThrows('FORBIDDEN');
    expect(error.message).toBe('新建单位需要管理员（ADMIN）角色：张三（zhangsan）的角色是 科室经办人（PREPARER）。请联系管理员。');
  });

  it('refuses an actor the directory does not know', () => {
    const error = given(smallDirectory).when({ ...create('323003', '中心'), actor: { userId: 'u-ghost' } }).thenThrows('FORBIDDEN');
    expect(error.message).toBe('新建单位需要管理员（ADMIN）角色：用户 u-ghost 不在用户目录中。请联系管理员。');
  });

  it('refuses an ADMIN whose account was deactivated', () => {
    const history = [...smallDirectory, ...secondAdmin, { type: 'UserDeactivated', data: { userId: 'u-admin' } } as DirectoryEvent];
    const error = given(history).when(create('323003', '中心')).thenThrows('FORBIDDEN');
    expect(error.message).toContain('系统管理员（admin）的账号已停用');
  });

  it('refuses a unit code that exists with CONFLICT naming unitCode', () => {
    const error = given(smallDirectory).when(create('323001', '另一个单位')).thenThrows('CONFLICT', 'unitCode');
    expect(error.message).toBe('单位 323001 已存在，名为「巨鹿县人力资源和社会保障局本级」：请另选编码');
  });

  it('refuses a name another unit has, even written with other spacing or full-width forms', () => {
    const error = given(smallDirectory).when(create('323009', ' 巨鹿县人力资源和社会保障局本级　')).thenThrows('CONFLICT', 'name');
    expect(error.message).toBe('单位 323001 已名为「巨鹿县人力资源和社会保障局本级」：请另选名称');
  });

  it('names every malformed field at once', () => {
    const error = given(adminBootstrapped).when(create('323 001', '   ')).thenThrows('VALIDATION', 'unitCode');
    expect(error.problems).toEqual([
      { field: 'unitCode', message: '"323 001" 不是单位编码：最多 20 位字母和数字，例如 323001' },
      { field: 'name', message: '必填：请填写名称，例如 巨鹿县人力资源和社会保障局本级' },
    ]);
  });

  it('refuses a name holding an invisible character or past 100 characters, naming it', () => {
    const overridden = given(adminBootstrapped).when(create('323003', '社会保险\u202E中心')).thenThrows('VALIDATION', 'name');
    expect(overridden.problems).toEqual([{ field: 'name', message: '第 5 个字符是从右到左覆盖（U+202E）：它看不见，却会改变文字的显示或存储，请删去后再提交' }]);
    given(adminBootstrapped).when(create('323003', '\u200B')).thenThrows('VALIDATION', 'name');
    given(adminBootstrapped).when(create('323003', '中'.repeat(101))).thenThrows('VALIDATION', 'name');
  });

  it('does not mistake inherited object keys for units', () => {
    const [event] = given(adminBootstrapped).when(create('constructor', '测试单位')).then([
      { type: 'UnitCreated', data: { unitCode: 'constructor', name: '测试单位' } },
      { type: 'ApprovalChainConfigured', data: { unitCode: 'constructor', version: 1, steps: defaultSteps } },
    ]);
    expect(event?.type).toBe('UnitCreated');
  });
});

describe('CreateSection', () => {
  const create = (unitCode: string, sectionId: string, name: string): CreateSection => ({
    type: 'CreateSection',
    actor: admin,
    unitCode,
    sectionId,
    name,
  });

  it('creates a section in a unit', () => {
    given([...adminBootstrapped, ...unitCreated]).when(create('323001', 'jiuye', ' 就业股 ')).then([sectionsCreated[0]!]);
  });

  it('refuses a section name holding NUL, naming it', () => {
    given([...adminBootstrapped, ...unitCreated]).when(create('323001', 'jiuye', '就业\u0000股')).thenThrows('VALIDATION', 'name');
  });

  it('refuses an unknown unit with NOT_FOUND naming unitCode', () => {
    const error = given(smallDirectory).when(create('323009', 'x1', '股')).thenThrows('NOT_FOUND', 'unitCode');
    expect(error.message).toBe('没有单位 323009：请先新建（createUnit），或检查单位编码');
  });

  it('refuses a section id used anywhere in the directory, since scope checks compare section ids alone', () => {
    const history = [...smallDirectory, { type: 'UnitCreated', data: { unitCode: '323003', name: '中心' } } as DirectoryEvent];
    const error = given(history).when(create('323003', 'jiuye', '综合股')).thenThrows('CONFLICT', 'sectionId');
    expect(error.message).toBe('科室 jiuye 已存在，是单位 323001 的「就业股」：请另选 id');
  });

  it('refuses a second section of the same name in a unit, but allows it in another unit', () => {
    const error = given(smallDirectory).when(create('323001', 'jiuye2', '就业股')).thenThrows('CONFLICT', 'name');
    expect(error.message).toBe('单位 323001 已有名为「就业股」的科室（jiuye）：请另选名称');
    const history = [...smallDirectory, { type: 'UnitCreated', data: { unitCode: '323003', name: '中心' } } as DirectoryEvent];
    given(history).when(create('323003', 'zx-jiuye', '就业股')).then([
      { type: 'SectionCreated', data: { unitCode: '323003', sectionId: 'zx-jiuye', name: '就业股' } },
    ]);
  });

  it('refuses a malformed section id', () => {
    const error = given(smallDirectory).when(create('323001', '就业', '就业股')).thenThrows('VALIDATION', 'sectionId');
    expect(error.problems).toHaveLength(1);
  });

  it('refuses a non-ADMIN with FORBIDDEN', () => {
    given(smallDirectory).when({ ...create('323001', 'x1', '股'), actor: preparer }).thenThrows('FORBIDDEN');
  });
});

describe('RegisterUser', () => {
  const registered = (overrides: Partial<RegisterUser> = {}): DirectoryEvent => {
    const c = register(overrides);
    return {
      type: 'UserRegistered',
      data: {
        userId: c.userId,
        userName: c.userName.trim(),
        displayName: c.displayName.trim(),
        unitCode: c.unitCode,
        sectionId: c.sectionId ?? null,
        passwordHash: c.passwordHash,
      },
    };
  };

  it('registers a user in a section, with no role yet', () => {
    given(smallDirectory).when(register()).then([registered()]);
  });

  it('registers a user of the unit without a section (e.g. the office or the leader)', () => {
    given(smallDirectory).when(register({ sectionId: null })).then([registered({ sectionId: null })]);
    given(smallDirectory).when(register({ sectionId: undefined })).then([registered({ sectionId: null })]);
    given(smallDirectory).when(register({ sectionId: '' })).then([registered({ sectionId: null })]);
  });

  it('refuses a login name taken in any case with CONFLICT naming userName', () => {
    const error = given(smallDirectory).when(register({ userName: 'ZhangSan' })).thenThrows('CONFLICT', 'userName');
    expect(error.message).toBe('登录名 ZhangSan 已被张三（zhangsan）使用：请另选一个，例如 ZhangSan2');
  });

  it('keeps the name of a deactivated user taken, so the audit trail keeps naming one person', () => {
    const history = [...smallDirectory, { type: 'UserDeactivated', data: { userId: 'u-zhang' } } as DirectoryEvent];
    const error = given(history).when(register({ userName: 'zhangsan' })).thenThrows('CONFLICT', 'userName');
    expect(error.message).toContain('张三（zhangsan）（已停用）');
  });

  it('refuses a user id that exists with CONFLICT naming userId', () => {
    given(smallDirectory).when(register({ userId: 'u-zhang' })).thenThrows('CONFLICT', 'userId');
  });

  it('refuses an unknown unit or section with NOT_FOUND', () => {
    given(smallDirectory).when(register({ unitCode: '323009' })).thenThrows('NOT_FOUND', 'unitCode');
    const error = given(smallDirectory).when(register({ sectionId: 'caiwu' })).thenThrows('NOT_FOUND', 'sectionId');
    expect(error.message).toBe('没有科室 caiwu：请先在单位 323001 中新建（createSection）');
  });

  it('refuses a section of another unit, saying which unit it belongs to', () => {
    const history = [
      ...smallDirectory,
      { type: 'UnitCreated', data: { unitCode: '323003', name: '中心' } } as DirectoryEvent,
    ];
    const error = given(history).when(register({ unitCode: '323003' })).thenThrows('NOT_FOUND', 'sectionId');
    expect(error.message).toBe(
      '科室 jiuye 属于单位 323001，不属于单位 323003：请在该单位登记用户，或选择单位 323003 的科室',
    );
  });

  it('refuses a clear password in place of a hash, and never repeats it', () => {
    const error = given(smallDirectory).when(register({ passwordHash: 'Secret-Password-1' })).thenThrows('VALIDATION', 'passwordHash');
    expect(JSON.stringify({ message: error.message, problems: error.problems })).not.toContain('Secret-Password-1');
  });

  it('names every malformed field at once', () => {
    const error = given(smallDirectory)
      .when(register({ userId: 'u wang', userName: 'w', displayName: '', unitCode: '' }))
      .thenThrows('VALIDATION');
    expect(error.problems.map((p) => p.field)).toEqual(['userId', 'userName', 'displayName', 'unitCode']);
    expect(error.problems[1]?.message).toBe(
      '"w" 不是登录名：3 至 64 位字母、数字、\'.\'、\'_\'、\'@\' 或 \'-\'，以字母或数字开头，例如 zhangsan 或 zhang.san',
    );
  });

  it('refuses a non-ADMIN with FORBIDDEN', () => {
    given(smallDirectory).when(register({ actor: preparer })).thenThrows('FORBIDDEN');
  });
});

describe('GrantRole', () => {
  const grant = (userId: string, role: string, actor = admin): DirectoryCommand => ({ type: 'GrantRole', actor, userId, role });

  it('grants a role', () => {
    given(smallDirectory).when(grant('u-zhang', 'SECTION_HEAD')).then([{ type: 'RoleGranted', data: { userId: 'u-zhang', role: 'SECTION_HEAD' } }]);
  });

  it('records nothing for a role already held', () => {
    given(smallDirectory).when(grant('u-zhang', 'PREPARER')).then([]);
  });

  it('refuses an unknown role with VALIDATION listing the roles', () => {
    const error = given(smallDirectory).when(grant('u-zhang', 'BOSS')).thenThrows('VALIDATION', 'role');
    expect(error.problems[0]?.message).toBe('"BOSS" 不是角色：请使用 科室经办人（PREPARER）、科室负责人（SECTION_HEAD）、办公室（OFFICE）、单位负责人（LEADER）、审计（AUDITOR）、管理员（ADMIN） 之一');
  });

  it.each(['PREPARER', 'SECTION_HEAD'])('refuses %s for a user without a section', (role) => {
    const history = [...smallDirectory, ...secondAdmin];
    const error = given(history).when(grant('u-li', role)).thenThrows('VALIDATION', 'role');
    expect(error.problems[0]?.message).toBe(
      `${role === 'PREPARER' ? '科室经办人' : '科室负责人'}（${role}）只处理本科室的项目，而李四（lisi）不属于任何科室：请登记带 sectionId 的用户后再授予 ${role}`,
    );
  });

  it('gives OFFICE, LEADER and AUDITOR to a unit user without a section', () => {
    const history = [...smallDirectory, ...secondAdmin];
    for (const role of ['OFFICE', 'LEADER', 'AUDITOR'] as const) {
      given(history).when(grant('u-li', role)).then([{ type: 'RoleGranted', data: { userId: 'u-li', role } }]);
    }
  });

  it('refuses a unit role for the bootstrap ADMIN, who belongs to no unit', () => {
    given(smallDirectory).when(grant('u-admin', 'OFFICE')).thenThrows('VALIDATION', 'role');
  });

  it('refuses an unknown user with NOT_FOUND', () => {
    const error = given(smallDirectory).when(grant('u-ghost', 'OFFICE')).thenThrows('NOT_FOUND', 'userId');
    expect(error.message).toBe('没有 id 为 u-ghost 的用户：请先登记（registerUser），或检查 id');
  });

  it('refuses a deactivated user with CONFLICT', () => {
    const history = [...smallDirectory, { type: 'UserDeactivated', data: { userId: 'u-zhang' } } as DirectoryEvent];
    given(history).when(grant('u-zhang', 'SECTION_HEAD')).thenThrows('CONFLICT');
  });

  it('refuses a non-ADMIN, including one whose ADMIN role was revoked since their token was issued', () => {
    given(smallDirectory).when(grant('u-zhang', 'ADMIN', preparer)).thenThrows('FORBIDDEN');
    const history = [...smallDirectory, ...secondAdmin, { type: 'RoleRevoked', data: { userId: 'u-li', role: 'ADMIN' } } as DirectoryEvent];
    const error = given(history).when(grant('u-zhang', 'SECTION_HEAD', { userId: 'u-li' })).thenThrows('FORBIDDEN');
    expect(error.message).toBe('授予角色需要管理员（ADMIN）角色：李四（lisi）没有任何角色。请联系管理员。');
  });
});

describe('RevokeRole', () => {
  const revoke = (userId: string, role: string, actor = admin): DirectoryCommand => ({ type: 'RevokeRole', actor, userId, role });

  it('revokes a role', () => {
    given(smallDirectory).when(revoke('u-zhang', 'PREPARER')).then([{ type: 'RoleRevoked', data: { userId: 'u-zhang', role: 'PREPARER' } }]);
  });

  it('records nothing for a role not held', () => {
    given(smallDirectory).when(revoke('u-zhang', 'OFFICE')).then([]);
  });

  it('refuses to revoke ADMIN from the last active ADMIN', () => {
    const error = given(smallDirectory).when(revoke('u-admin', 'ADMIN')).thenThrows('CONFLICT');
    expect(error.message).toBe(
      '系统管理员（admin）是最后一位在用的管理员（ADMIN）：请先把 ADMIN 授予另一位用户，否则将无人能管理用户目录',
    );
  });

  it("revokes ADMIN, even one's own, when another active ADMIN remains", () => {
    given([...smallDirectory, ...secondAdmin]).when(revoke('u-admin', 'ADMIN')).then([
      { type: 'RoleRevoked', data: { userId: 'u-admin', role: 'ADMIN' } },
    ]);
  });

  it('revokes a role from a deactivated user, to tidy up', () => {
    const history = [...smallDirectory, { type: 'UserDeactivated', data: { userId: 'u-zhang' } } as DirectoryEvent];
    given(history).when(revoke('u-zhang', 'PREPARER')).then([{ type: 'RoleRevoked', data: { userId: 'u-zhang', role: 'PREPARER' } }]);
  });

  it('refuses an unknown role, an unknown user and a non-ADMIN', () => {
    given(smallDirectory).when(revoke('u-zhang', 'preparer')).thenThrows('VALIDATION', 'role');
    given(smallDirectory).when(revoke('u-ghost', 'PREPARER')).thenThrows('NOT_FOUND', 'userId');
    given(smallDirectory).when(revoke('u-zhang', 'PREPARER', preparer)).thenThrows('FORBIDDEN');
  });
});

describe('ChangePassword', () => {
  const changedAt = '2022-03-01T08:00:00.000Z';
  const change = (userId: string, passwordHash: string, actor = admin): DirectoryCommand => ({
    type: 'ChangePassword',
    actor,
    userId,
    passwordHash,
    at: changedAt,
  });

  it('lets a user change their own password, recording when, so that older tokens end', () => {
    given(smallDirectory).when(change('u-zhang', hashC, preparer)).then([
      { type: 'PasswordChanged', data: { userId: 'u-zhang', passwordHash: hashC, changedAt } },
    ]);
  });

  it("lets an ADMIN reset another user's password", () => {
    given(smallDirectory).when(change('u-zhang', hashC)).then([{ type: 'PasswordChanged', data: { userId: 'u-zhang', passwordHash: hashC, changedAt } }]);
  });

  it('refuses a change without a proper time', () => {
    given(smallDirectory).when({ ...change('u-zhang', hashC), at: '2022-03-01 08:00' } as DirectoryCommand).thenThrows('VALIDATION', 'at');
  });

  it("refuses another user's password to a non-ADMIN with FORBIDDEN", () => {
    const error = given(smallDirectory).when(change('u-admin', hashC, preparer)).thenThrows('FORBIDDEN');
    expect(error.message).toBe(
      '为其他用户修改密码需要管理员（ADMIN）角色：张三（zhangsan）的角色是 科室经办人（PREPARER）。你只能修改自己的密码。',
    );
  });

  it('records nothing for the hash already held: it can only be a retry', () => {
    given(smallDirectory).when(change('u-zhang', hashB, preparer)).then([]);
  });

  it('refuses a clear password, an unknown user and a deactivated user', () => {
    given(smallDirectory).when(change('u-zhang', 'NewPassword-2024', preparer)).thenThrows('VALIDATION', 'passwordHash');
    given(smallDirectory).when(change('u-ghost', hashC)).thenThrows('NOT_FOUND', 'userId');
    const history = [...smallDirectory, { type: 'UserDeactivated', data: { userId: 'u-zhang' } } as DirectoryEvent];
    given(history).when(change('u-zhang', hashC)).thenThrows('CONFLICT');
    given(history).when(change('u-zhang', hashC, preparer)).thenThrows('FORBIDDEN');
  });
});

describe('DeactivateUser', () => {
  const deactivate = (userId: string, actor = admin): DirectoryCommand => ({ type: 'DeactivateUser', actor, userId });

  it('deactivates a user, and records nothing the second time', () => {
    const deactivated: DirectoryEvent = { type: 'UserDeactivated', data: { userId: 'u-zhang' } };
    given(smallDirectory).when(deactivate('u-zhang')).then([deactivated]);
    given([...smallDirectory, deactivated]).when(deactivate('u-zhang')).then([]);
  });

  it('refuses to deactivate the last active ADMIN', () => {
    given(smallDirectory).when(deactivate('u-admin')).thenThrows('CONFLICT');
    given([...smallDirectory, ...secondAdmin]).when(deactivate('u-admin')).then([{ type: 'UserDeactivated', data: { userId: 'u-admin' } }]);
  });

  it('refuses an unknown user and a non-ADMIN', () => {
    given(smallDirectory).when(deactivate('u-ghost')).thenThrows('NOT_FOUND', 'userId');
    given(smallDirectory).when(deactivate('u-zhang', preparer)).thenThrows('FORBIDDEN');
  });
});

describe('ConfigureApprovalChain', () => {
  const configure = (steps: ApprovalChainStepInput[], unitCode = '323001', actor = admin): DirectoryCommand => ({
    type: 'ConfigureApprovalChain',
    actor,
    unitCode,
    steps,
  });
  const withLeader: ApprovalChainStepInput[] = [
    { step: 'SECTION', role: 'SECTION_HEAD' },
    { step: 'OFFICE', role: 'OFFICE' },
    { step: 'LEADER', role: 'LEADER' },
  ];

  it('adds the leader as version 2 of the chain', () => {
    given(smallDirectory).when(configure(withLeader)).then([
      {
        type: 'ApprovalChainConfigured',
        data: {
          unitCode: '323001',
          version: 2,
          steps: [
            { step: 'SECTION', role: 'SECTION_HEAD' },
            { step: 'OFFICE', role: 'OFFICE' },
            { step: 'LEADER', role: 'LEADER' },
          ],
        },
      },
    ]);
  });

  it('counts versions on, and records nothing for the chain already in force', () => {
    const v2: DirectoryEvent = { type: 'ApprovalChainConfigured', data: { unitCode: '323001', version: 2, steps: withLeader as never } };
    given([...smallDirectory, v2]).when(configure(withLeader)).then([]);
    given([...smallDirectory, v2]).when(configure([{ step: 'OFFICE', role: 'OFFICE' }])).then([
      { type: 'ApprovalChainConfigured', data: { unitCode: '323001', version: 3, steps: [{ step: 'OFFICE', role: 'OFFICE' }] } },
    ]);
  });

  describe('of the department’s overall targets (documentKind DEPARTMENT_TARGETS)', () => {
    const officeThenLeader: ApprovalChainStepInput[] = [
      { step: 'OFFICE', role: 'OFFICE' },
      { step: 'LEADER', role: 'LEADER' },
    ];
    const ofDepartment = (steps: ApprovalChainStepInput[]): DirectoryCommand => ({ ...configure(steps), documentKind: 'DEPARTMENT_TARGETS' } as DirectoryCommand);

    it('is versioned apart from the unit’s project chain, starting at 1', () => {
      given(smallDirectory).when(ofDepartment(officeThenLeader)).then([
        { type: 'ApprovalChainConfigured', data: { unitCode: '323001', version: 1, steps: officeThenLeader as never, documentKind: 'DEPARTMENT_TARGETS' } },
      ]);
      const v1: DirectoryEvent = { type: 'ApprovalChainConfigured', data: { unitCode: '323001', version: 1, steps: officeThenLeader as never, documentKind: 'DEPARTMENT_TARGETS' } };
      given([...smallDirectory, v1]).when(ofDepartment(officeThenLeader)).then([]);
      given([...smallDirectory, v1]).when(configure(withLeader)).thenEventTypes(['ApprovalChainConfigured']);
    });

    it('refuses a section step, since no section owns the department’s document', () => {
      const error = given(smallDirectory)
        .when(ofDepartment([{ step: 'SECTION', role: 'SECTION_HEAD' }, ...officeThenLeader]))
        .thenThrows('VALIDATION', 'steps[0].step');
      expect(error.problems[0]?.message).toContain('不能有 SECTION 步骤');
    });

    it('refuses a kind it does not know, naming documentKind', () => {
      given(smallDirectory).when({ ...configure(officeThenLeader), documentKind: 'BUDGET' } as DirectoryCommand).thenThrows('VALIDATION', 'documentKind');
    });
  });

  it('refuses an empty chain, naming steps', () => {
    const error = given(smallDirectory).when(configure([])).thenThrows('VALIDATION', 'steps');
    expect(error.problems).toHaveLength(1);
  });

  it('refuses a chain without the OFFICE step', () => {
    const error = given(smallDirectory).when(configure([{ step: 'SECTION', role: 'SECTION_HEAD' }])).thenThrows('VALIDATION', 'steps');
    expect(error.problems[0]?.message).toBe(
      '没有 OFFICE 步骤：办公室审核每一张表，请加上 { step: OFFICE, role: OFFICE }',
    );
  });

  it('refuses a step twice, naming the second', () => {
    const error = given(smallDirectory)
      .when(configure([...withLeader, { step: 'SECTION', role: 'SECTION_HEAD' }]))
      .thenThrows('VALIDATION', 'steps[3].step');
    expect(error.problems).toEqual([{ field: 'steps[3].step', message: 'SECTION 已是第 1 步：每个步骤在审批链中最多出现一次' }]);
  });

  it('refuses unknown steps and roles, naming each', () => {
    const error = given(smallDirectory)
      .when(configure([{ step: 'DIRECTOR', role: 'SECTION_HEAD' }, { step: 'OFFICE', role: 'CASHIER' }]))
      .thenThrows('VALIDATION');
    expect(error.problems).toEqual([
      { field: 'steps[0].step', message: '"DIRECTOR" 不是步骤：请使用 SECTION, OFFICE, LEADER 之一' },
      { field: 'steps[1].role', message: '"CASHIER" 不是角色：请使用 PREPARER, SECTION_HEAD, OFFICE, LEADER, AUDITOR, ADMIN 之一' },
    ]);
  });

  it('refuses a role that cannot decide the step, e.g. AUDITOR, which changes nothing', () => {
    const error = given(smallDirectory)
      .when(configure([{ step: 'SECTION', role: 'OFFICE' }, { step: 'OFFICE', role: 'AUDITOR' }]))
      .thenThrows('VALIDATION');
    expect(error.problems).toEqual([
      { field: 'steps[0].role', message: '办公室（OFFICE）不能审核 SECTION 步骤：请使用 SECTION_HEAD' },
      { field: 'steps[1].role', message: '审计（AUDITOR）不能审核 OFFICE 步骤：请使用 OFFICE 或 LEADER' },
    ]);
  });

  it('refuses steps that are not objects', () => {
    const error = given(smallDirectory).when(configure([null as never, { step: 'OFFICE', role: 'OFFICE' }])).thenThrows('VALIDATION');
    expect(error.problems.map((p) => p.field)).toEqual(['steps[0].step', 'steps[0].role']);
  });

  it('refuses an unknown unit and a non-ADMIN', () => {
    given(smallDirectory).when(configure(withLeader, '323009')).thenThrows('NOT_FOUND', 'unitCode');
    given(smallDirectory).when(configure(withLeader, '323001', preparer)).thenThrows('FORBIDDEN');
  });
});

describe('decideDirectory', () => {
  it('refuses a command type it does not know', () => {
    const stranger = { type: 'MakeEveryoneAdmin' } as unknown as DirectoryCommand;
    expect(() => decideDirectory(stranger, initialDirectoryState)).toThrow('Unknown directory command MakeEveryoneAdmin');
  });

  it('keeps the fixtures consistent with the decider', () => {
    expect(preparerRegistered.data.sectionId).toBe('jiuye');
    given([...adminBootstrapped, ...unitCreated, ...sectionsCreated, preparerRegistered]).when({
      type: 'GrantRole',
      actor: admin,
      userId: 'u-zhang',
      role: 'PREPARER',
    }).then([preparerIsPreparer]);
  });
});
