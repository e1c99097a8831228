import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { commandAsCaller } from '../commands/command-as-caller.js';
import { ProjectionsService } from '../storage/projections.service.js';
import { RecordDisbursementInput, ReverseDisbursementInput } from './execution.inputs.js';
import { ExecutionOverview, Ledger, LedgerCommandPayload, ProjectExecution } from './execution.models.js';
import { ExecutionReader } from './execution.reader.js';
import { LedgerCommandMessage, type LedgerCommandRequest } from './ledger.command-handler.js';
import { minPositionArg } from '../graphql/min-position-argument.js';
import { Clock } from '../clock/clock.js';
import { writtenViewField } from '../graphql/written-view-field.js';
import { afterArg, firstArg, pageRequest } from '../graphql/given-arguments.js';

const asOfArg = {
  nullable: true,
  description: 'A past moment (ISO-8601 instant): the view as the events recorded up to it made it. Default: now.',
} as const;
const throughArg = {
  nullable: true,
  description: 'Count payments dated up to and including this date (YYYY-MM-DD). Default: the date in China at asOf.',
} as const;

@Resolver()
export class ExecutionResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly reader: ExecutionReader,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => LedgerCommandPayload, { description: '支出: record a payment against the approved target table (office of its unit).' })
  recordDisbursement(@Args('input') input: RecordDisbursementInput, @Context() context: RequestContext) {
    const { commandId: _commandId, ...fields } = input;
    return this.send({ type: 'RecordDisbursement', ...fields }, input, context);
  }

  @Mutation(() => LedgerCommandPayload, { description: '冲销: reverse a payment with a reason (office of its unit).' })
  reverseDisbursement(@Args('input') input: ReverseDisbursementInput, @Context() context: RequestContext) {
    const { commandId: _commandId, ...fields } = input;
    return this.send({ type: 'ReverseDisbursement', ...fields }, input, context);
  }

  @Query(() => Ledger, { description: 'The disbursement ledger of a project, reversals included, a page of entries at a time in entry order.' })
  disbursements(
    @Context() { req }: RequestContext,
    @Args('projectCode') projectCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('asOf', { type: () => String, ...asOfArg }) asOf?: string | null,
    @Args('first', firstArg) first?: number | null,
    @Args('after', afterArg) after?: string | null,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ): Promise<Ledger> {
    return this.reader.ledger(actorOf(req), projectCode, fiscalYear, asOf, pageRequest(first, after));
  }

  @Query(() => ProjectExecution, { description: 'Budget execution of a project against its plan, time progress and the traffic light.' })
  projectExecution(
    @Context() { req }: RequestContext,
    @Args('projectCode') projectCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('asOf', { type: () => String, ...asOfArg }) asOf?: string | null,
    @Args('through', { type: () => String, ...throughArg }) through?: string | null,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ): Promise<ProjectExecution> {
    return this.reader.project(actorOf(req), projectCode, fiscalYear, asOf, through);
  }

  @Query(() => ExecutionOverview, { description: 'Budget execution per unit and for the department, with the projects behind plan.' })
  executionOverview(
    @Context() { req }: RequestContext,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('unitCode', { type: () => String, nullable: true, description: 'One unit; default: every unit you may read.' }) unitCode?: string | null,
    @Args('asOf', { type: () => String, ...asOfArg }) asOf?: string | null,
    @Args('through', { type: () => String, ...throughArg }) through?: string | null,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ): Promise<ExecutionOverview> {
    return this.reader.overview(actorOf(req), fiscalYear, unitCode, asOf, through);
  }

  private async send(command: LedgerCommandRequest, input: { commandId?: string | null }, { req }: RequestContext): Promise<Omit<LedgerCommandPayload, 'ledger'>> {
    const payload = await commandAsCaller(this.commandBus, req, input, command, LedgerCommandMessage, this.clock.now());
    // Every ledger command appends one entry, numbered one past the revision before it.
    return { ...payload, entryNumber: payload.revision + 1 };
  }
}

@Resolver(() => LedgerCommandPayload)
export class LedgerCommandPayloadResolver {
  constructor(
    private readonly reader: ExecutionReader,
    private readonly projections: ProjectionsService,
  ) {}

  @ResolveField(() => Ledger, writtenViewField('The ledger'))
  async ledger(
    @Parent() payload: LedgerCommandPayload,
    @Context() { req }: RequestContext,
    @Args('first', firstArg) first?: number | null,
    @Args('after', afterArg) after?: string | null,
  ): Promise<Ledger> {
    await this.projections.reach(BigInt(payload.position));
    return this.reader.ledger(actorOf(req), payload.projectCode, payload.fiscalYear, null, pageRequest(first, after));
  }
}
