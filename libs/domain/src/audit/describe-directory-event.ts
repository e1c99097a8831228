import { messages } from '../messages/messages.js';
import type { DirectoryEvent } from '../directory/directory.events.js';
import type { LoginAttemptEvent } from '../directory/login-attempts.events.js';
import { described, otherSubject, type AuditDescription } from './audit-description.js';

/** A directory event (units, sections, users, roles, approval chains) in the trail's words; never a password hash. */
export function describeDirectoryEvent(event: DirectoryEvent): AuditDescription {
  switch (event.type) {
    case 'UnitCreated': {
      const { unitCode, name } = event.data;
      return directory('新建单位', messages.audit.unitCreated({ unitCode, name }), messages.audit.subject.unit(unitCode), { unitCode });
    }
    case 'SectionCreated': {
      const { unitCode, sectionId, name } = event.data;
      return directory('新建科室', messages.audit.sectionCreated({ unitCode, sectionId, name }), messages.audit.subject.section({ sectionId, unitCode }), { unitCode });
    }
    case 'UserRegistered': {
      const { userId, userName, displayName, unitCode, sectionId } = event.data;
      return directory('登记用户', messages.audit.userRegistered({ userName, displayName, unitCode, sectionId }), messages.audit.subject.user(userName), { unitCode, userId });
    }
    case 'RoleGranted': {
      const { userId, role } = event.data;
      return directory('授予角色', messages.audit.roleGranted({ role, user: userId }), messages.audit.subject.user(userId), { userId });
    }
    case 'RoleRevoked': {
      const { userId, role } = event.data;
      return directory('撤销角色', messages.audit.roleRevoked({ role, user: userId }), messages.audit.subject.user(userId), { userId });
    }
    case 'PasswordChanged':
      return directory('修改密码', messages.audit.passwordChanged(event.data.userId), messages.audit.subject.user(event.data.userId), { userId: event.data.userId });
    case 'UserDeactivated':
      return directory('停用用户', messages.audit.userDeactivated(event.data.userId), messages.audit.subject.user(event.data.userId), { userId: event.data.userId });
    case 'ApprovalChainConfigured': {
      const { unitCode, version, steps } = event.data;
      const route = steps.map(({ step, role }) => messages.audit.chainStep({ step, role })).join(' → ');
      const departmentTargets = event.data.documentKind === 'DEPARTMENT_TARGETS';
      return directory('配置审批流程', messages.audit.chainConfigured({ unitCode, version, route, departmentTargets }), messages.audit.subject.chain(unitCode), { unitCode });
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown directory event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

/** A sign-in attempt or lock in the trail's words, with the reason of a failure. */
export function describeLoginAttemptEvent(event: LoginAttemptEvent): AuditDescription {
  switch (event.type) {
    case 'LoginSucceeded': {
      const { userId, userName, address } = event.data;
      return login('登录成功', messages.audit.signedIn({ userName, address }), userId, userName);
    }
    case 'LoginFailed': {
      const { userId, userName, address, reason } = event.data;
      return login('登录失败', messages.audit.signInFailed({ userName, address, why: messages.audit.failure[reason] }), userId, userName);
    }
    case 'UserLockedOut': {
      const { userId, userName, until, failures } = event.data;
      return login('账户锁定', messages.audit.userLocked({ userName, until, failures }), userId, userName);
    }
    case 'AddressLockedOut': {
      const { userId, userName, address, until, failures } = event.data;
      return login('地址锁定', messages.audit.addressLocked({ address, until, failures }), userId, userName);
    }
    case 'UserUnlocked': {
      const { userId, userName, by } = event.data;
      return login('解除锁定', messages.audit.userUnlocked({ userName, by }), userId, userName);
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown sign-in event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

function directory(label: string, summary: string, text: string, about: { unitCode?: string | null; userId?: string }): AuditDescription {
  return described('DIRECTORY', label, summary, otherSubject('DIRECTORY', text, about));
}

function login(label: string, summary: string, userId: string | null, userName: string | null): AuditDescription {
  return described('LOGIN', label, summary, otherSubject('LOGIN', userName === null ? messages.audit.subject.nobody : messages.audit.subject.user(userName), { userId }));
}
