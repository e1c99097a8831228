import type { DirectoryEvent } from '../directory/directory.events.js';
import type { LoginAttemptEvent, LoginFailureReason } from '../directory/login-attempts.events.js';
import { roleLabels } from '../directory/roles.js';
import { described, otherSubject, type AuditDescription } from './audit-description.js';

/** A directory event (units, sections, users, roles, approval chains) in the trail's words; never a password hash. */
export function describeDirectoryEvent(event: DirectoryEvent): AuditDescription {
  switch (event.type) {
    case 'UnitCreated': {
      const { unitCode, name } = event.data;
      return directory('新建单位', `created unit ${unitCode} ${name}`, `unit ${unitCode}`, { unitCode });
    }
    case 'SectionCreated': {
      const { unitCode, sectionId, name } = event.data;
      return directory('新建科室', `created section ${sectionId} (${name}) in unit ${unitCode}`, `section ${sectionId} of unit ${unitCode}`, { unitCode });
    }
    case 'UserRegistered': {
      const { userId, userName, displayName, unitCode, sectionId } = event.data;
      const place = unitCode === null ? 'without a unit' : `in unit ${unitCode}${sectionId === null ? '' : `, section ${sectionId}`}`;
      return directory('登记用户', `registered user ${userName} (${displayName}) ${place}`, `user ${userName}`, { unitCode, userId });
    }
    case 'RoleGranted': {
      const { userId, role } = event.data;
      return directory('授予角色', `granted the role ${role} (${roleLabels[role]}) to user ${userId}`, `user ${userId}`, { userId });
    }
    case 'RoleRevoked': {
      const { userId, role } = event.data;
      return directory('撤销角色', `revoked the role ${role} (${roleLabels[role]}) of user ${userId}`, `user ${userId}`, { userId });
    }
    case 'PasswordChanged':
      return directory('修改密码', `changed the password of user ${event.data.userId}`, `user ${event.data.userId}`, { userId: event.data.userId });
    case 'UserDeactivated':
      return directory('停用用户', `deactivated user ${event.data.userId}`, `user ${event.data.userId}`, { userId: event.data.userId });
    case 'ApprovalChainConfigured': {
      const { unitCode, version, steps } = event.data;
      const route = steps.map(({ step, role }) => `${step} by ${role}`).join(' → ');
      return directory('配置审批流程', `configured version ${version} of the approval chain of unit ${unitCode}: ${route}`, `approval chain of unit ${unitCode}`, {
        unitCode,
      });
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
      return login('登录成功', `signed in as ${userName} from ${address}`, userId, userName);
    }
    case 'LoginFailed': {
      const { userId, userName, address, reason } = event.data;
      return login('登录失败', `failed to sign in as ${userName ?? 'a name that belongs to nobody'} from ${address}: ${failureWords[reason]}`, userId, userName);
    }
    case 'UserLockedOut': {
      const { userId, userName, until, failures } = event.data;
      return login('账户锁定', `locked sign-in as ${userName ?? 'unknown names'} until ${until} after ${failures} failures`, userId, userName);
    }
    case 'AddressLockedOut': {
      const { userId, userName, address, until, failures } = event.data;
      return login('地址锁定', `locked sign-in from ${address} until ${until} after ${failures} failures`, userId, userName);
    }
    case 'UserUnlocked': {
      const { userId, userName, by } = event.data;
      return login('解除锁定', `unlocked sign-in as ${userName} (by user ${by})`, userId, userName);
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown sign-in event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

const failureWords: Readonly<Record<LoginFailureReason, string>> = {
  WRONG_PASSWORD: 'wrong password',
  UNKNOWN_USER: 'no user has this name',
  DEACTIVATED: 'the account is deactivated',
  THROTTLED: 'refused without checking: too soon after earlier failures',
  LOCKED_OUT: 'refused without checking: sign-in is locked',
};

function directory(label: string, summary: string, text: string, about: { unitCode?: string | null; userId?: string }): AuditDescription {
  return described('DIRECTORY', label, summary, otherSubject('DIRECTORY', text, about));
}

function login(label: string, summary: string, userId: string | null, userName: string | null): AuditDescription {
  return described('LOGIN', label, summary, otherSubject('LOGIN', userName === null ? 'a name that belongs to nobody' : `user ${userName}`, { userId }));
}
