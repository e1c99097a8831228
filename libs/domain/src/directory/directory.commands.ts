import type { ApprovalChainStepInput } from './approval-chain.js';

/**
 * Commands on the directory: units, sections, users, roles and approval chains.
 * Values arrive as the API sent them and are checked by the decider, so an unknown role or
 * a malformed code is named in the answer rather than rejected by a cast.
 */

/**
 * Who sends a command. Only the id is trusted: what the actor may do is read from the
 * directory itself, since roles carried in a token can be hours out of date.
 */
export interface DirectoryActor {
  userId: string;
}

export interface CreateUnit {
  type: 'CreateUnit';
  actor: DirectoryActor;
  /** 单位编码, e.g. 323001. */
  unitCode: string;
  name: string;
}

export interface CreateSection {
  type: 'CreateSection';
  actor: DirectoryActor;
  unitCode: string;
  /** Unique in the whole directory, so a section id alone says which unit it is in. */
  sectionId: string;
  name: string;
}

export interface RegisterUser {
  type: 'RegisterUser';
  actor: DirectoryActor;
  /** Chosen by the application (e.g. a UUID); never changes. */
  userId: string;
  /** Login name, unique regardless of case. */
  userName: string;
  displayName: string;
  unitCode: string;
  sectionId?: string | null;
  /** Output of hashPassword; a clear password is refused. */
  passwordHash: string;
}

export interface GrantRole {
  type: 'GrantRole';
  actor: DirectoryActor;
  userId: string;
  role: string;
}

export interface RevokeRole {
  type: 'RevokeRole';
  actor: DirectoryActor;
  userId: string;
  role: string;
}

/**
 * A user changes their own password, or an ADMIN resets it. The application checks the
 * current password of a user changing their own before it sends this.
 */
export interface ChangePassword {
  type: 'ChangePassword';
  actor: DirectoryActor;
  userId: string;
  passwordHash: string;
  /** ISO-8601 instant of the change: tokens issued before it stop working. */
  at: string;
}

export interface DeactivateUser {
  type: 'DeactivateUser';
  actor: DirectoryActor;
  userId: string;
}

export interface ConfigureApprovalChain {
  type: 'ConfigureApprovalChain';
  actor: DirectoryActor;
  unitCode: string;
  steps: ApprovalChainStepInput[];
  /** PROJECT (absent) or DEPARTMENT_TARGETS: which documents the chain routes (approval-chain.ts). */
  documentKind?: string | null;
}

/**
 * The first ADMIN of an empty directory, registered by the application on first start:
 * every other command needs an ADMIN, so without this nobody could ever act.
 */
export interface BootstrapAdmin {
  type: 'BootstrapAdmin';
  userId: string;
  userName: string;
  displayName: string;
  passwordHash: string;
}

export type DirectoryCommand =
  | CreateUnit
  | CreateSection
  | RegisterUser
  | GrantRole
  | RevokeRole
  | ChangePassword
  | DeactivateUser
  | ConfigureApprovalChain
  | BootstrapAdmin;
