import { describe, expect, it } from '@jest/globals';
import { directoryDecider } from './decide-directory.js';
import { activeAdmins, userByName } from './directory-lookups.js';
import type { DirectoryEvent } from './directory.events.js';
import { initialDirectoryState, type DirectoryState } from './directory.state.js';
import { evolveDirectory } from './evolve-directory.js';
import { hashA, hashB, smallDirectory } from './fixtures/small-directory.js';
import { redactedSecret, withoutSecrets } from './without-secrets.js';

const fold = (events: DirectoryEvent[]): DirectoryState => events.reduce(evolveDirectory, initialDirectoryState);

describe('evolveDirectory', () => {
  it('starts empty', () => {
    expect(directoryDecider.initialState).toBe(initialDirectoryState);
    expect(fold([])).toEqual({ units: new Map(), sections: new Map(), users: new Map(), userIdsByName: new Map() });
  });

  it('holds units with their chain, sections, users with roles and the login-name index', () => {
    const state = fold(smallDirectory);
    expect(state.units.get('323001')).toEqual({
      unitCode: '323001',
      name: '巨鹿县人力资源和社会保障局本级',
      approvalChain: {
        version: 1,
        steps: [
          { step: 'SECTION', role: 'SECTION_HEAD' },
          { step: 'OFFICE', role: 'OFFICE' },
        ],
      },
    });
    expect(state.sections.get('bangong')).toEqual({ sectionId: 'bangong', unitCode: '323001', name: '办公室' });
    expect(state.users.get('u-zhang')).toEqual({
      userId: 'u-zhang',
      userName: 'zhangsan',
      displayName: '张三',
      unitCode: '323001',
      sectionId: 'jiuye',
      roles: ['PREPARER'],
      active: true,
      passwordHash: hashB,
      passwordChangedAt: null,
    });
    expect(state.userIdsByName).toEqual(new Map([['admin', 'u-admin'], ['zhangsan', 'u-zhang']]));
  });

  it('keeps roles in one order whatever the order of the grants', () => {
    const grants = (roles: Array<'ADMIN' | 'PREPARER' | 'SECTION_HEAD'>): DirectoryEvent[] =>
      roles.map((role) => ({ type: 'RoleGranted', data: { userId: 'u-zhang', role } }));
    const a = fold([...smallDirectory, ...grants(['SECTION_HEAD', 'ADMIN'])]);
    const b = fold([...smallDirectory, ...grants(['ADMIN', 'SECTION_HEAD'])]);
    expect(a.users.get('u-zhang')?.roles).toEqual(['PREPARER', 'SECTION_HEAD', 'ADMIN']);
    expect(b).toEqual(a);
  });

  it('revokes, changes the password, deactivates, and moves the chain to its new version', () => {
    const state = fold([
      ...smallDirectory,
      { type: 'RoleRevoked', data: { userId: 'u-zhang', role: 'PREPARER' } },
      { type: 'PasswordChanged', data: { userId: 'u-zhang', passwordHash: hashA, changedAt: '2022-03-01T08:00:00.000Z' } },
      { type: 'UserDeactivated', data: { userId: 'u-zhang' } },
      { type: 'ApprovalChainConfigured', data: { unitCode: '323001', version: 2, steps: [{ step: 'OFFICE', role: 'OFFICE' }] } },
    ]);
    expect(state.users.get('u-zhang')).toMatchObject({ roles: [], passwordHash: hashA, active: false, passwordChangedAt: '2022-03-01T08:00:00.000Z' });
    expect(state.units.get('323001')?.approvalChain).toEqual({ version: 2, steps: [{ step: 'OFFICE', role: 'OFFICE' }] });
  });

  it('does not change the state it is given', () => {
    const before = fold(smallDirectory);
    const snapshot = structuredClone(before);
    evolveDirectory(before, { type: 'UserDeactivated', data: { userId: 'u-zhang' } });
    evolveDirectory(before, { type: 'UnitCreated', data: { unitCode: '323003', name: '中心' } });
    expect(before).toEqual(snapshot);
  });

  it('refuses an event type it does not know, and an event about a user or unit it does not hold', () => {
    expect(() => evolveDirectory(initialDirectoryState, { type: 'UserTeleported', data: {} } as unknown as DirectoryEvent)).toThrow(
      'Unknown directory event type UserTeleported',
    );
    expect(() => evolveDirectory(initialDirectoryState, { type: 'RoleGranted', data: { userId: 'u-x', role: 'ADMIN' } })).toThrow(
      'Directory event RoleGranted names user u-x, which the directory does not hold',
    );
    expect(() =>
      evolveDirectory(initialDirectoryState, { type: 'ApprovalChainConfigured', data: { unitCode: '1', version: 2, steps: [] } }),
    ).toThrow('Directory event ApprovalChainConfigured names unit 1, which the directory does not hold');
  });
});

describe('userByName and activeAdmins', () => {
  it('finds a user by login name in any case and with surrounding spaces, for sign-in', () => {
    const state = fold(smallDirectory);
    expect(userByName(state, ' ZhangSan ')?.userId).toBe('u-zhang');
    expect(userByName(state, 'nobody')).toBeUndefined();
    expect(activeAdmins(state).map((user) => user.userId)).toEqual(['u-admin']);
  });
});

describe('withoutSecrets', () => {
  it('hides password hashes from views and the audit trail, and leaves other events as they are', () => {
    const shown = smallDirectory.map(withoutSecrets);
    expect(JSON.stringify(shown)).not.toContain(hashA);
    expect(JSON.stringify(shown)).not.toContain(hashB);
    expect(shown[0]).toEqual({ ...smallDirectory[0], data: { ...smallDirectory[0]!.data, passwordHash: redactedSecret } });
    expect(shown[2]).toBe(smallDirectory[2]);
    const changed = withoutSecrets({ type: 'PasswordChanged', data: { userId: 'u-zhang', passwordHash: hashA } });
    expect(changed).toEqual({ type: 'PasswordChanged', data: { userId: 'u-zhang', passwordHash: '[redacted]' } });
  });
});
