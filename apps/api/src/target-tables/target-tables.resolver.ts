import { Args, Context, GraphQLISODateTime, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { actorOf } from '../auth/authenticated-request.js';
import { type RequestContext } from '../auth/authenticated-request.js';
import { commandAsCaller, projectRef } from '../commands/command-as-caller.js';
import { afterArg, boundedFilter, firstArg } from '../graphql/given-arguments.js';
import { ProjectionsService } from '../storage/projections.service.js';
import { TargetTableCommandMessage, type TargetTableCommandRequest } from './target-table.command-handler.js';
import { TargetTableCommandPayload } from './target-table-command.payload.js';
import { TargetTableConnection } from './target-table.connection.js';
import { TargetTableFilter } from './target-table.filter.js';
import {
  ApproveTargetTableStepInput,
  ProposeTargetTableAdjustmentInput,
  ReturnTargetTableInput,
  TargetTableCommandInput,
  TargetTableRefInput,
} from './target-table.inputs.js';
import { TargetTable } from './target-table.model.js';
import { TargetTableReader } from './target-table.reader.js';
import { TargetTableAsOfReader } from './target-table-as-of.reader.js';
import { Clock } from '../clock/clock.js';
import { KeptWhileViewsStand } from '../graphql/kept-answers/kept-while-views-stand.js';
import { minPositionArg } from '../graphql/min-position-argument.js';
import { writtenViewField } from '../graphql/written-view-field.js';

@Resolver(() => TargetTable)
export class TargetTablesResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly reader: TargetTableReader,
    private readonly asOfReader: TargetTableAsOfReader,
    private readonly clock: Clock,
  ) {}

  @Query(() => TargetTable, { description: 'The target table of a project in a fiscal year.' })
  @KeptWhileViewsStand()
  targetTable(
    @Args('projectCode') projectCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Context() { req }: RequestContext,
    @Args('minPosition', minPositionArg) _minPosition?: string,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true, description: 'The table as it stood at this moment, from its events up to it.' }) asOf?: Date | null,
  ): Promise<TargetTable> {
    return asOf ? this.asOfReader.get(projectCode, fiscalYear, asOf, actorOf(req)) : this.reader.get(projectCode, fiscalYear, actorOf(req));
  }

  @Query(() => TargetTableConnection, { description: 'The target tables you may read, newest year first, then by project code.' })
  @KeptWhileViewsStand()
  targetTables(
    @Args('filter', { type: () => TargetTableFilter, nullable: true }) filter: TargetTableFilter | null,
    @Args('first', firstArg) first: number | null | undefined,
    @Args('after', afterArg) after: string | null | undefined,
    @Context() { req }: RequestContext,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ) {
    return this.reader.list(boundedFilter(filter), first, after, actorOf(req));
  }

  @Mutation(() => TargetTableCommandPayload, { description: '申报: submit the table to its unit’s current approval chain.' })
  submitTargetTable(@Args('input') input: TargetTableRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'SubmitTargetTable', ...projectRef(input) }, input, context);
  }

  @Mutation(() => TargetTableCommandPayload, { description: 'Send a table returned to the preparer through its chain again.' })
  resubmitTargetTable(@Args('input') input: TargetTableRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ResubmitTargetTable', ...projectRef(input) }, input, context);
  }

  @Mutation(() => TargetTableCommandPayload, { description: '审核通过: approve the step the table awaits, with an optional comment.' })
  approveTargetTableStep(@Args('input') input: ApproveTargetTableStepInput, @Context() context: RequestContext) {
    return this.decide(
      { type: 'ApproveTargetTableStep', ...projectRef(input), step: input.step, comment: input.comment ?? null },
      input,
      context,
    );
  }

  @Mutation(() => TargetTableCommandPayload, { description: '退回: return the table, with a reason, to the preparer or an earlier step.' })
  returnTargetTable(@Args('input') input: ReturnTargetTableInput, @Context() context: RequestContext) {
    return this.decide(
      { type: 'ReturnTargetTable', ...projectRef(input), step: input.step, to: input.to, reason: input.reason },
      input,
      context,
    );
  }

  @Mutation(() => TargetTableCommandPayload, { description: '撤回: take back a submission that no step has decided yet.' })
  withdrawTargetTableSubmission(@Args('input') input: TargetTableRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'WithdrawTargetTableSubmission', ...projectRef(input) }, input, context);
  }

  @Mutation(() => TargetTableCommandPayload, { description: '调整: propose new content after approval; the baseline stays in force until it is approved.' })
  proposeTargetTableAdjustment(@Args('input') input: ProposeTargetTableAdjustmentInput, @Context() context: RequestContext) {
    return this.decide(
      { type: 'ProposeTargetTableAdjustment', ...projectRef(input), input: input.content, reason: input.reason },
      input,
      context,
    );
  }

  @Mutation(() => TargetTableCommandPayload, { description: '编制: draft the target table of a project for a fiscal year.' })
  draftTargetTable(@Args('input') input: TargetTableCommandInput, @Context() context: RequestContext) {
    return this.decide({ type: 'DraftTargetTable', ...projectRef(input), input: input.content }, input, context);
  }

  @Mutation(() => TargetTableCommandPayload, { description: 'Replace the content of a draft target table.' })
  reviseTargetTableDraft(@Args('input') input: TargetTableCommandInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ReviseTargetTableDraft', ...projectRef(input), input: input.content }, input, context);
  }

  /** Sends a command as the signed-in caller; the decider checks role, scope and state. */
  private decide(
    command: TargetTableCommandRequest,
    input: TargetTableRefInput,
    { req }: RequestContext,
  ): Promise<Omit<TargetTableCommandPayload, 'targetTable'>> {
    return commandAsCaller(this.commandBus, req, input, command, TargetTableCommandMessage, this.clock.now());
  }
}

@Resolver(() => TargetTableCommandPayload)
export class TargetTableCommandPayloadResolver {
  constructor(
    private readonly reader: TargetTableReader,
    private readonly projections: ProjectionsService,
  ) {}

  @ResolveField(() => TargetTable, writtenViewField('The table'))
  async targetTable(@Parent() payload: TargetTableCommandPayload, @Context() { req }: RequestContext): Promise<TargetTable> {
    await this.projections.reach(BigInt(payload.position));
    return this.reader.get(payload.projectCode, payload.fiscalYear, actorOf(req));
  }
}
