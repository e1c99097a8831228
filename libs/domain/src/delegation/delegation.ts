import type { StepDelegation } from '../approval/substitution.js';
import type { ActingUser } from '../common/actor.js';
import type { DecidingRole } from '../approval/submission-chain.js';

/**
 * 代理审批 delegations of a unit (docs/deadlines-and-rectification.md): one stream per unit,
 * `delegations-<unitCode>`. The unit's office or leader names a substitute for a deciding role
 * (in a section, for a section head) for some days; a step of that role overdue by the
 * calendar's escalation days may then be decided by the substitute (approval/substitution.ts).
 */

export interface DelegationGranted {
  type: 'DelegationGranted';
  data: {
    /** `<unitCode>-D<n>`, numbered within the unit's stream. */
    delegationId: string;
    unitCode: string;
    sectionId: string | null;
    role: DecidingRole;
    delegatorUserId: string;
    substituteUserId: string;
    validFrom: string;
    validUntil: string;
    reason: string;
    grantedBy: ActingUser;
  };
}

export interface DelegationRevoked {
  type: 'DelegationRevoked';
  data: { delegationId: string; unitCode: string; reason: string; revokedBy: ActingUser };
}

export type DelegationEvent = DelegationGranted | DelegationRevoked;

export const delegationEventTypes: ReadonlyArray<DelegationEvent['type']> = ['DelegationGranted', 'DelegationRevoked'];

export function delegationStreamId(unitCode: string): string {
  return `delegations-${unitCode}`;
}

/** A delegation as the unit's stream keeps it. */
export interface DelegationRecord extends StepDelegation {
  reason: string;
  grantedBy: ActingUser;
  revokedBy: ActingUser | null;
  revokeReason: string | null;
}

export interface DelegationState {
  /** In the order granted. */
  delegations: DelegationRecord[];
}

export const initialDelegationState: DelegationState = { delegations: [] };

export function evolveDelegations(state: DelegationState, event: DelegationEvent): DelegationState {
  switch (event.type) {
    case 'DelegationGranted': {
      const { grantedBy, reason, ...delegation } = event.data;
      return { delegations: [...state.delegations, { ...delegation, reason, grantedBy, revoked: false, revokedBy: null, revokeReason: null }] };
    }
    case 'DelegationRevoked': {
      const { delegationId, revokedBy, reason } = event.data;
      return {
        delegations: state.delegations.map((delegation) =>
          delegation.delegationId === delegationId ? { ...delegation, revoked: true, revokedBy, revokeReason: reason } : delegation,
        ),
      };
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown delegation event ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

/** The delegations of a unit naming `userId` as substitute: what a decision of theirs is weighed against. */
export function delegationsTo(state: DelegationState, userId: string): DelegationRecord[] {
  return state.delegations.filter((delegation) => delegation.substituteUserId === userId);
}
