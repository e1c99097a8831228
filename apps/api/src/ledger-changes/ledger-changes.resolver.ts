import { Inject } from '@nestjs/common';
import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import { mayReadTargetTable, targetTableReadScope } from '@app/domain';
import type { PubSub } from 'graphql-subscriptions';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { CallerAuthentication } from '../auth/caller-authentication.js';
import { followedUnits } from '../target-table-changes/change-scope.js';
import { LedgerChange } from './ledger-change.model.js';
import { LEDGER_CHANGED, LEDGER_CHANGES } from './ledger-changes.topic.js';

interface ChangedPayload {
  ledgerChanged: LedgerChange;
}

@Resolver()
export class LedgerChangesResolver {
  constructor(
    private readonly authentication: CallerAuthentication,
    @Inject(LEDGER_CHANGES) private readonly changes: PubSub,
  ) {}

  @Subscription(() => LedgerChange, {
    description:
      'Every payment and reversal recorded in the ledgers of a unit that you may read, as it happens (same scope as targetTableChanged): ' +
      'your own unit when unitCode is left out; an AUDITOR or ADMIN may name any unit, and follows every unit when none is named.',
    filter(this: LedgerChangesResolver, payload: ChangedPayload, variables: { unitCode?: string | null }, context: RequestContext) {
      return this.delivers(payload.ledgerChanged, variables.unitCode ?? null, context);
    },
  })
  async ledgerChanged(
    @Args('unitCode', { type: () => String, nullable: true, description: 'The unit to follow (单位编码).' }) unitCode: string | null | undefined,
    @Context() { req }: RequestContext,
  ): Promise<AsyncIterableIterator<ChangedPayload>> {
    followedUnits(actorOf(req), unitCode ?? null);
    return this.changes.asyncIterableIterator<ChangedPayload>(LEDGER_CHANGED);
  }

  /** Asked again for every entry, so a revoked role or an expired token stops the deliveries at once. */
  private async delivers(change: LedgerChange, unitCode: string | null, { req }: RequestContext): Promise<boolean> {
    const { actor } = await this.authentication.callerOf(req.headers.authorization);
    const followed = followedUnits(actor, unitCode);
    return (followed === 'ALL' || followed === change.unitCode) && mayReadTargetTable(targetTableReadScope(actor), change);
  }
}
