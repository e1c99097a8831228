import type { DirectoryEvent } from './directory.events.js';
import { normalizeUserName } from './directory-fields.js';
import type { DirectoryState, UserRecord } from './directory.state.js';
import { sortRoles } from './roles.js';

/**
 * Folds one stored event into the directory. The decider only ever records events about
 * units and users that exist, so an event naming a missing one means the stream is not this
 * aggregate's: the fold says so instead of silently dropping history.
 */
export function evolveDirectory(state: DirectoryState, event: DirectoryEvent): DirectoryState {
  switch (event.type) {
    case 'UnitCreated': {
      const { unitCode, name } = event.data;
      return { ...state, units: new Map(state.units).set(unitCode, { unitCode, name, approvalChain: null }) };
    }
    case 'SectionCreated': {
      const { unitCode, sectionId, name } = event.data;
      return { ...state, sections: new Map(state.sections).set(sectionId, { sectionId, unitCode, name }) };
    }
    case 'UserRegistered': {
      const { userId, userName, displayName, unitCode, sectionId, passwordHash } = event.data;
      const user: UserRecord = { userId, userName, displayName, unitCode, sectionId, roles: [], active: true, passwordHash, passwordChangedAt: null };
      return {
        ...state,
        users: new Map(state.users).set(userId, user),
        userIdsByName: new Map(state.userIdsByName).set(normalizeUserName(userName), userId),
      };
    }
    case 'RoleGranted':
      return withUser(state, event, (user) => ({ ...user, roles: sortRoles([...user.roles, event.data.role]) }));
    case 'RoleRevoked':
      return withUser(state, event, (user) => ({ ...user, roles: user.roles.filter((role) => role !== event.data.role) }));
    case 'PasswordChanged':
      return withUser(state, event, (user) => ({ ...user, passwordHash: event.data.passwordHash, passwordChangedAt: event.data.changedAt ?? null }));
    case 'UserDeactivated':
      return withUser(state, event, (user) => ({ ...user, active: false }));
    case 'ApprovalChainConfigured': {
      const { unitCode, version, steps, documentKind } = event.data;
      const unit = state.units.get(unitCode);
      if (unit === undefined) throw inconsistent(event, `unit ${unitCode}`);
      const changed = documentKind === 'DEPARTMENT_TARGETS' ? { departmentTargetsChain: { version, steps } } : { approvalChain: { version, steps } };
      return { ...state, units: new Map(state.units).set(unitCode, { ...unit, ...changed }) };
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown directory event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

function withUser(
  state: DirectoryState,
  event: DirectoryEvent & { data: { userId: string } },
  change: (user: UserRecord) => UserRecord,
): DirectoryState {
  const user = state.users.get(event.data.userId);
  if (user === undefined) throw inconsistent(event, `user ${event.data.userId}`);
  return { ...state, users: new Map(state.users).set(user.userId, change(user)) };
}

function inconsistent(event: DirectoryEvent, missing: string): Error {
  return new Error(`Directory event ${event.type} names ${missing}, which the directory does not hold`);
}
