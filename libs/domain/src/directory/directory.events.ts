import type { ApprovalChainStep, ApprovalDocumentKind } from './approval-chain.js';
import type { Role } from './roles.js';

/**
 * Events of the directory of one organisation, all in one stream (directoryStreamId): the
 * rules that span entities — unique login names, a user's unit and section must exist, the
 * last ADMIN stays — are then decided against one state under one expected revision.
 */

export interface UnitCreated {
  type: 'UnitCreated';
  data: { unitCode: string; name: string };
}

export interface SectionCreated {
  type: 'SectionCreated';
  data: { unitCode: string; sectionId: string; name: string };
}

export interface UserRegistered {
  type: 'UserRegistered';
  data: {
    userId: string;
    userName: string;
    displayName: string;
    /** null only for the bootstrap ADMIN, who belongs to no unit. */
    unitCode: string | null;
    sectionId: string | null;
    /** Secret: leave it out of every view (see withoutSecrets). */
    passwordHash: string;
  };
}

export interface RoleGranted {
  type: 'RoleGranted';
  data: { userId: string; role: Role };
}

export interface RoleRevoked {
  type: 'RoleRevoked';
  data: { userId: string; role: Role };
}

export interface PasswordChanged {
  type: 'PasswordChanged';
  data: {
    userId: string;
    /** Secret: leave it out of every view (see withoutSecrets). */
    passwordHash: string;
    /** When it changed: every token issued before it is ended. Absent in events of older builds. */
    changedAt?: string;
  };
}

export interface UserDeactivated {
  type: 'UserDeactivated';
  data: { userId: string };
}

/**
 * A new version of a unit's chain of one document kind; submissions keep the version they
 * started with. Without documentKind it is the PROJECT chain (every event stored before kinds).
 */
export interface ApprovalChainConfigured {
  type: 'ApprovalChainConfigured';
  data: { unitCode: string; version: number; steps: ApprovalChainStep[]; documentKind?: Exclude<ApprovalDocumentKind, 'PROJECT'> };
}

export type DirectoryEvent =
  | UnitCreated
  | SectionCreated
  | UserRegistered
  | RoleGranted
  | RoleRevoked
  | PasswordChanged
  | UserDeactivated
  | ApprovalChainConfigured;

export const directoryEventTypes: ReadonlyArray<DirectoryEvent['type']> = [
  'UnitCreated',
  'SectionCreated',
  'UserRegistered',
  'RoleGranted',
  'RoleRevoked',
  'PasswordChanged',
  'UserDeactivated',
  'ApprovalChainConfigured',
];

/** The product serves one department (部门), so it has one directory. */
export const directoryStreamId = 'directory';
