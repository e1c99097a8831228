import { Inject } from '@nestjs/common';
import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import { mayReadTargetTable, targetTableReadScope } from '@app/domain';
import type { PubSub } from 'graphql-subscriptions';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { CallerAuthentication } from '../auth/caller-authentication.js';
import { followedUnits } from '../target-table-changes/change-scope.js';
import { ReviewChange } from './review-change.model.js';
import { REVIEW_CHANGED, REVIEW_CHANGES } from './review-changes.topic.js';

interface ChangedPayload {
  reviewChanged: ReviewChange;
}

@Resolver()
export class ReviewChangesResolver {
  constructor(
    private readonly authentication: CallerAuthentication,
    @Inject(REVIEW_CHANGES) private readonly changes: PubSub,
  ) {}

  @Subscription(() => ReviewChange, {
    description:
      "Every stored change of the mid-term reviews (and progress), final evaluations and the department's documents of a unit that you may read, as it happens; " +
      'followed and scoped as targetTableChanged is.',
    filter(this: ReviewChangesResolver, payload: ChangedPayload, variables: { unitCode?: string | null }, context: RequestContext) {
      return this.delivers(payload.reviewChanged, variables.unitCode ?? null, context);
    },
  })
  async reviewChanged(
    @Args('unitCode', { type: () => String, nullable: true, description: 'The unit to follow (单位编码).' }) unitCode: string | null | undefined,
    @Context() { req }: RequestContext,
  ): Promise<AsyncIterableIterator<ChangedPayload>> {
    followedUnits(actorOf(req), unitCode ?? null);
    return this.changes.asyncIterableIterator<ChangedPayload>(REVIEW_CHANGED);
  }

  /** Asked again for every change, so a revoked role or an expired token stops the deliveries at once; a review is read as its target table is, a department's document as a table of its unit naming no section. */
  private async delivers(change: ReviewChange, unitCode: string | null, { req }: RequestContext): Promise<boolean> {
    const { actor } = await this.authentication.callerOf(req.headers.authorization);
    const followed = followedUnits(actor, unitCode);
    return (followed === 'ALL' || followed === change.unitCode) && mayReadTargetTable(targetTableReadScope(actor), change);
  }
}
