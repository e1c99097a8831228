import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import { normalizeUserName } from './directory-fields.js';
import type { DirectoryState, SectionRecord, UnitRecord, UserRecord } from './directory.state.js';

/** Finding what a command names, with NOT_FOUND answers that say what to do instead. */

export function requireUnit(state: DirectoryState, unitCode: string, field = 'unitCode'): UnitRecord {
  const unit = state.units.get(unitCode);
  if (unit !== undefined) return unit;
  const message = messages.directory.noUnit(unitCode);
  throw new DomainError('NOT_FOUND', message, [{ field, message }]);
}

export function requireSectionOfUnit(state: DirectoryState, unitCode: string, sectionId: string): SectionRecord {
  const section = state.sections.get(sectionId);
  if (section !== undefined && section.unitCode === unitCode) return section;
  const message =
    section === undefined
      ? messages.directory.noSection({ sectionId, unitCode })
      : messages.directory.sectionOfOtherUnit({ sectionId, sectionUnit: section.unitCode, unitCode });
  throw new DomainError('NOT_FOUND', message, [{ field: 'sectionId', message }]);
}

export function requireUser(state: DirectoryState, userId: string): UserRecord {
  const user = state.users.get(userId);
  if (user !== undefined) return user;
  const message = messages.directory.noUser(userId);
  throw new DomainError('NOT_FOUND', message, [{ field: 'userId', message }]);
}

/** The user a login name belongs to, whatever its case; sign-in starts here. */
export function userByName(state: DirectoryState, userName: string): UserRecord | undefined {
  const userId = state.userIdsByName.get(normalizeUserName(userName));
  return userId === undefined ? undefined : state.users.get(userId);
}

export function activeAdmins(state: DirectoryState): UserRecord[] {
  return [...state.users.values()].filter((user) => user.active && user.roles.includes('ADMIN'));
}
