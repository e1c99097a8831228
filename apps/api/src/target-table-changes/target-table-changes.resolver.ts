import { Inject } from '@nestjs/common';
import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import { mayReadTargetTable, targetTableReadScope } from '@app/domain';
import type { PubSub } from 'graphql-subscriptions';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { CallerAuthentication } from '../auth/caller-authentication.js';
import { followedUnits } from './change-scope.js';
import { TargetTableChange } from './target-table-change.model.js';
import { TARGET_TABLE_CHANGED, TARGET_TABLE_CHANGES } from './target-table-changes.topic.js';

interface ChangedPayload {
  targetTableChanged: TargetTableChange;
}

@Resolver()
export class TargetTableChangesResolver {
  constructor(
    private readonly authentication: CallerAuthentication,
    @Inject(TARGET_TABLE_CHANGES) private readonly changes: PubSub,
  ) {}

  @Subscription(() => TargetTableChange, {
    description:
      'Every stored change of the target tables of a unit that you may read, as it happens: your own unit when unitCode is left out; ' +
      'an AUDITOR or ADMIN may name any unit, and follows every unit when none is named.',
    filter(this: TargetTableChangesResolver, payload: ChangedPayload, variables: { unitCode?: string | null }, context: RequestContext) {
      return this.delivers(payload.targetTableChanged, variables.unitCode ?? null, context);
    },
  })
  async targetTableChanged(
    @Args('unitCode', { type: () => String, nullable: true, description: 'The unit to follow (单位编码).' }) unitCode: string | null | undefined,
    @Context() { req }: RequestContext,
  ): Promise<AsyncIterableIterator<ChangedPayload>> {
    followedUnits(actorOf(req), unitCode ?? null);
    return this.changes.asyncIterableIterator<ChangedPayload>(TARGET_TABLE_CHANGED);
  }

  /**
   * Asked again for every change, as the AuthGuard asks for an operation, so a revoked role, a deactivated
   * account, a changed password or an expired token stops the deliveries at once.
   * Within the followed unit, a change reaches only those who may read that table, as the queries have it.
   */
  private async delivers(change: TargetTableChange, unitCode: string | null, { req }: RequestContext): Promise<boolean> {
    const { actor } = await this.authentication.callerOf(req.headers.authorization);
    const followed = followedUnits(actor, unitCode);
    return (followed === 'ALL' || followed === change.unitCode) && mayReadTargetTable(targetTableReadScope(actor), change);
  }
}
