import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandHandler, CommandBus, type ICommandHandler } from '@nestjs/cqrs';
import { findingAcceptanceDecider, findingAcceptanceStreamId, findingKey, reviewUnitYear, targetTableFilterInScope, type AcceptReviewFinding } from '@app/domain';
import type { Actor } from '@app/event-store';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { CommandMessage, type CommandOutcome, type Requested } from '../commands/command-context.js';
import { CommandInputs } from '../commands/command-inputs.js';
import { commandContextFromRequest } from '../commands/command-as-caller.js';
import { Clock } from '../clock/clock.js';
import { minPositionArg } from '../graphql/min-position-argument.js';
import { noTargetTable } from '../target-tables/target-table.reader.js';
import { AcceptReviewFindingInput, AcceptReviewFindingPayload, ReviewFindingItem } from './review-findings.models.js';
import { ReviewFindingsReader } from './review-findings.reader.js';

/** An acceptance as the API sends it: the handler adds the table's place and its findings now. */
export class AcceptReviewFindingMessage extends CommandMessage<Requested<AcceptReviewFinding, 'place' | 'current'>> {}

@CommandHandler(AcceptReviewFindingMessage)
export class AcceptReviewFindingHandler implements ICommandHandler<AcceptReviewFindingMessage> {
  constructor(
    private readonly streams: AggregateStreams,
    private readonly inputs: CommandInputs,
    private readonly reader: ReviewFindingsReader,
  ) {}

  execute({ command, context }: AcceptReviewFindingMessage): Promise<CommandOutcome> {
    return this.streams.execute(findingAcceptanceStreamId(command.fiscalYear, command.projectCode), findingAcceptanceDecider, () => this.completed(command, context.actor), context);
  }

  private async completed(request: AcceptReviewFindingMessage['command'], actor: Actor): Promise<AcceptReviewFinding> {
    const table = await this.inputs.targetTable(request);
    if (table.lifecycle === 'NONE') throw noTargetTable(request.projectCode, request.fiscalYear);
    const place = { unitCode: table.content.unitCode, sectionId: table.content.sectionId };
    // The findings as the accepting reviewer sees them now: the unit's year they may read. Whoever
    // may read none of it has none, and the decider refuses them first, in its own words.
    const readable = targetTableFilterInScope(actor, { unitCode: place.unitCode }) ? await this.reader.tables(place.unitCode, request.fiscalYear, actor) : [];
    const current = reviewUnitYear(readable)
      .filter((finding) => finding.projectCode === request.projectCode)
      .map((finding) => ({ key: findingKey(finding), code: finding.code, field: finding.field, message: finding.message }));
    return { ...request, actor, place, current };
  }
}

@Resolver()
export class ReviewFindingsResolver {
  constructor(
    private readonly reader: ReviewFindingsReader,
    private readonly commandBus: CommandBus,
    private readonly clock: Clock,
  ) {}

  @Query(() => [ReviewFindingItem], {
    description: 'The review assistant on a unit’s year: each table you may read on its own and across the others, with the acceptances kept.',
  })
  reviewFindings(
    @Args('unitCode') unitCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Context() { req }: RequestContext,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ): Promise<ReviewFindingItem[]> {
    return this.reader.findings(unitCode, fiscalYear, actorOf(req));
  }

  @Mutation(() => AcceptReviewFindingPayload, { description: '保留原样: a reviewer of the table’s unit accepts a review finding as is, with a reason.' })
  async acceptReviewFinding(@Args('input') input: AcceptReviewFindingInput, @Context() { req }: RequestContext): Promise<AcceptReviewFindingPayload> {
    const context = commandContextFromRequest(req, { type: 'AcceptReviewFinding', input }, this.clock.now());
    const command = { type: 'AcceptReviewFinding' as const, projectCode: input.projectCode, fiscalYear: input.fiscalYear, key: input.key, reason: input.reason };
    const outcome = await this.commandBus.execute(new AcceptReviewFindingMessage(command, context));
    return { commandId: context.commandId, position: String(outcome.position ?? 0n), replayed: outcome.replayed };
  }
}
