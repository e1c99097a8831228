import { Inject, Injectable } from '@nestjs/common';
import {
  delegationDecider,
  delegationInForce,
  delegationStreamId,
  DomainError,
  hasRole,
  messages,
  readsEverything,
  todayAt,
  workflowRoleLabels,
  type DelegationEvent,
  type DelegationRecord,
  type DelegationState,
} from '@app/domain';
import type { Actor, EventStore } from '@app/event-store';
import { Clock } from '../clock/clock.js';
import { DirectoryReader } from '../directory/directory.reader.js';
import { EVENT_STORE } from '../storage/storage.tokens.js';
import type { Delegation } from './delegation.model.js';

/**
 * A unit's delegations, folded from its stream as it is now (a delegation just granted is in
 * force for the next decision, without waiting for a view).
 */
@Injectable()
export class DelegationReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: DirectoryReader,
    private readonly clock: Clock,
  ) {}

  async state(unitCode: string, upToRevision?: number): Promise<DelegationState> {
    const history = await this.store.readStream(delegationStreamId(unitCode));
    const events = upToRevision === undefined ? history : history.slice(0, upToRevision + 1);
    return events.reduce((state, event) => delegationDecider.evolve(state, event as unknown as DelegationEvent), delegationDecider.initialState);
  }

  /**
   * The unit's OFFICE and LEADER, AUDITOR and ADMIN see all of a unit's delegations; anyone else
   * of the unit those naming them (as substitute or as the one they stand in for); nobody
   * outside the unit any (docs/deadlines-and-rectification.md).
   */
  async list(unitCode: string, actor: Actor): Promise<Delegation[]> {
    const seesAll = readsEverything(actor) || (actor.unitCode === unitCode && (hasRole(actor, 'OFFICE') || hasRole(actor, 'LEADER')));
    if (!seesAll && actor.unitCode !== unitCode) throw new DomainError('FORBIDDEN', messages.delegation.listingOtherUnit(unitCode));
    const { delegations } = await this.state(unitCode);
    const shown = seesAll ? delegations : delegations.filter((delegation) => delegation.substituteUserId === actor.userId || delegation.delegatorUserId === actor.userId);
    return this.shaped(shown);
  }

  /** The delegation a command wrote at `revision` of the unit's stream (also when the command was a replay). */
  async writtenAt(unitCode: string, revision: number, delegationId: string | null): Promise<Delegation> {
    const state = await this.state(unitCode, revision);
    const written = delegationId === null ? state.delegations[state.delegations.length - 1] : state.delegations.find((delegation) => delegation.delegationId === delegationId);
    const [shown] = await this.shaped(written === undefined ? [] : [written]);
    if (shown === undefined) throw new DomainError('NOT_FOUND', messages.delegation.notFound({ delegationId: delegationId ?? '-', unitCode }));
    return shown;
  }

  private async shaped(delegations: DelegationRecord[]): Promise<Delegation[]> {
    const nameOf = await this.directory.names();
    const today = todayAt(this.clock.now());
    return delegations.map((delegation) => ({
      delegationId: delegation.delegationId,
      unitCode: delegation.unitCode,
      sectionId: delegation.sectionId,
      role: delegation.role,
      roleLabel: `${workflowRoleLabels[delegation.role]}（${delegation.role}）`,
      delegatorUserId: delegation.delegatorUserId,
      delegatorName: nameOf(delegation.delegatorUserId) ?? delegation.delegatorUserId,
      substituteUserId: delegation.substituteUserId,
      substituteName: nameOf(delegation.substituteUserId) ?? delegation.substituteUserId,
      validFrom: delegation.validFrom,
      validUntil: delegation.validUntil,
      reason: delegation.reason,
      grantedByUserId: delegation.grantedBy.userId,
      revoked: delegation.revoked,
      revokeReason: delegation.revokeReason,
      inForce: delegationInForce(delegation, today),
    }));
  }
}
