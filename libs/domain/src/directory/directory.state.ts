import type { ApprovalChain } from './approval-chain.js';
import type { Role } from './roles.js';

/**
 * The directory as the decider sees it. Maps rather than plain objects, because the keys
 * are typed by people: a unit coded "constructor" must not find Object.prototype's.
 */
export interface DirectoryState {
  units: ReadonlyMap<string, UnitRecord>;
  /** By section id, which is unique across units. */
  sections: ReadonlyMap<string, SectionRecord>;
  users: ReadonlyMap<string, UserRecord>;
  /** normalizeUserName(userName) → userId; deactivated users keep their name reserved. */
  userIdsByName: ReadonlyMap<string, string>;
}

export interface UnitRecord {
  unitCode: string;
  name: string;
  /** null only between UnitCreated and the ApprovalChainConfigured recorded with it. */
  approvalChain: ApprovalChain | null;
  /** The chain of the department's overall targets once configured; absent: the default (approval-chain.ts). */
  departmentTargetsChain?: ApprovalChain;
}

export interface SectionRecord {
  sectionId: string;
  unitCode: string;
  name: string;
}

export interface UserRecord {
  userId: string;
  userName: string;
  displayName: string;
  unitCode: string | null;
  sectionId: string | null;
  /** In allRoles order. */
  roles: Role[];
  active: boolean;
  passwordHash: string;
  /** When the password was last changed or reset (null: never, or before changes were timed); tokens issued earlier are refused. */
  passwordChangedAt: string | null;
}

export const initialDirectoryState: DirectoryState = {
  units: new Map(),
  sections: new Map(),
  users: new Map(),
  userIdsByName: new Map(),
};
