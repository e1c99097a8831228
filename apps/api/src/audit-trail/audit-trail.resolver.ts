import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { AuditTrailFilter } from './audit-trail.filter.js';
import { AuditTrailConnection, AuditTrailEntry, AuditTrailOrder } from './audit-trail.model.js';
import { AuditTrailReader } from './audit-trail.reader.js';
import { afterArg, boundedFilter, firstArg } from '../graphql/given-arguments.js';
import { KeptWhileViewsStand } from '../graphql/kept-answers/kept-while-views-stand.js';
import { minPositionArg } from '../graphql/min-position-argument.js';

@Resolver(() => AuditTrailEntry)
export class AuditTrailResolver {
  constructor(private readonly reader: AuditTrailReader) {}

  @KeptWhileViewsStand()
  @Query(() => AuditTrailConnection, {
    description: 'Who did what, when, to what and why: every stored event. AUDITOR and ADMIN read all of it; others the entries of their own unit.',
  })
  auditTrail(
    @Context() { req }: RequestContext,
    @Args('filter', { type: () => AuditTrailFilter, nullable: true }) filter: AuditTrailFilter | null,
    @Args('order', { type: () => AuditTrailOrder, nullable: true, description: 'NEWEST_FIRST unless given.' }) order: AuditTrailOrder | null | undefined,
    @Args('first', firstArg) first: number | null | undefined,
    @Args('after', afterArg) after: string | null | undefined,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ) {
    return this.reader.page(actorOf(req), boundedFilter(filter), order ?? AuditTrailOrder.NEWEST_FIRST, first, after);
  }
}
