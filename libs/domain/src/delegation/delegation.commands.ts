import type { Actor } from '../common/actor.js';

/** A person as the directory has them now, read by the application for the decider. */
export interface PersonInDirectory {
  userId: string;
  unitCode: string | null;
  sectionId: string | null;
  roles: readonly string[];
  active: boolean;
}

/** 指定代理人: name a substitute for a deciding role of the unit, for some days. */
export interface GrantDelegation {
  type: 'GrantDelegation';
  actor: Actor;
  unitCode: string;
  sectionId?: string | null;
  role: string;
  delegatorUserId: string;
  substituteUserId: string;
  validFrom: string;
  validUntil: string;
  reason: string;
  /** The delegator and the substitute as the directory has them (null: no such user); read by the application. */
  people: { delegator: PersonInDirectory | null; substitute: PersonInDirectory | null };
}

/** 撤销代理: from now on the substitute decides nothing by this delegation. */
export interface RevokeDelegation {
  type: 'RevokeDelegation';
  actor: Actor;
  unitCode: string;
  delegationId: string;
  reason: string;
}

export type DelegationCommand = GrantDelegation | RevokeDelegation;
