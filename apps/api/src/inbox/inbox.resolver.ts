import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { minPositionArg } from '../graphql/min-position-argument.js';
import { Inbox } from './inbox.model.js';
import { InboxReader } from './inbox.reader.js';

@Resolver(() => Inbox)
export class InboxResolver {
  constructor(private readonly reader: InboxReader) {}

  @Query(() => Inbox, {
    description: 'What waits for your decision — target tables, mid-term reviews and final evaluations at a step you may decide — oldest first, with counts per kind and step.',
  })
  myInbox(
    @Context() { req }: RequestContext,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ): Promise<Inbox> {
    return this.reader.of(actorOf(req));
  }
}
