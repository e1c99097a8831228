import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { Clock } from '../clock/clock.js';
import { commandAsCaller, projectRef, type ProjectCommandPayload } from '../commands/command-as-caller.js';
import { FinalEvaluation } from '../final-evaluation/final-evaluation.model.js';
import { minPositionArg } from '../graphql/min-position-argument.js';
import { TargetTable } from '../target-tables/target-table.model.js';
import { RectificationCommandMessage, type RectificationCommandRequest } from './rectification.command-handler.js';
import {
  CloseRectificationInput,
  PreviousYearResult,
  RecordAuditFindingInput,
  Rectification,
  RectificationCommandPayload,
  RectificationList,
  RectificationNoteInput,
  RectificationRefInput,
  ReturnRectificationInput,
  StartRectificationInput,
} from './rectification.model.js';
import { RectificationReader } from './rectification.reader.js';

@Resolver(() => Rectification)
export class RectificationResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly reader: RectificationReader,
    private readonly clock: Clock,
  ) {}

  @Query(() => RectificationList, { description: '整改台账: a unit’s (or every readable unit’s) rectifications of a year, overdue first; read by whoever reads the projects’ tables.' })
  rectifications(
    @Context() { req }: RequestContext,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('unitCode', { type: () => String, nullable: true }) unitCode: string | null | undefined,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ): Promise<RectificationList> {
    return this.reader.list(fiscalYear, unitCode ?? null, actorOf(req));
  }

  @Mutation(() => RectificationCommandPayload, { description: '登记审计发现 (AUDITOR): a rectification entered by hand.' })
  recordAuditFinding(@Args('input') input: RecordAuditFindingInput, @Context() context: RequestContext) {
    const { finding, ownerSectionId, measure, dueDate } = input;
    return this.decide({ type: 'RecordAuditFinding', ...projectRef(input), finding, ownerSectionId, measure, dueDate }, input, context);
  }

  @Mutation(() => RectificationCommandPayload, { description: '开始整改 (整改中): the measure, and the owner or due date anew.' })
  startRectification(@Args('input') input: StartRectificationInput, @Context() context: RequestContext) {
    return this.decide({ type: 'StartRectification', ...itemRef(input), measure: input.measure, ownerSectionId: input.ownerSectionId, dueDate: input.dueDate }, input, context);
  }

  @Mutation(() => RectificationCommandPayload, { description: 'Add an evidence note.' })
  addRectificationEvidence(@Args('input') input: RectificationNoteInput, @Context() context: RequestContext) {
    return this.decide({ type: 'AddRectificationEvidence', ...itemRef(input), note: input.note }, input, context);
  }

  @Mutation(() => RectificationCommandPayload, { description: '已整改: report it done, with the evidence.' })
  reportRectified(@Args('input') input: RectificationNoteInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ReportRectified', ...itemRef(input), note: input.note }, input, context);
  }

  @Mutation(() => RectificationCommandPayload, { description: 'Not accepted: back to 整改中 with the reason (the unit’s OFFICE or LEADER).' })
  returnRectification(@Args('input') input: ReturnRectificationInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ReturnRectification', ...itemRef(input), reason: input.reason }, input, context);
  }

  @Mutation(() => RectificationCommandPayload, { description: '销号: close it (the unit’s OFFICE or LEADER, not whoever reported it done).' })
  closeRectification(@Args('input') input: CloseRectificationInput, @Context() context: RequestContext) {
    return this.decide({ type: 'CloseRectification', ...itemRef(input), comment: input.comment }, input, context);
  }

  private decide(command: RectificationCommandRequest, input: { commandId?: string | null }, { req }: RequestContext): Promise<ProjectCommandPayload> {
    return commandAsCaller(this.commandBus, req, input, command, RectificationCommandMessage, this.clock.now());
  }
}

function itemRef(input: RectificationRefInput) {
  return { ...projectRef(input), itemId: input.itemId };
}

/** The final evaluation shows the rectifications of its own project's year. */
@Resolver(() => FinalEvaluation)
export class FinalEvaluationRectificationsResolver {
  constructor(private readonly reader: RectificationReader) {}

  @ResolveField(() => [Rectification], { description: 'The rectifications of this project’s year, open ones overdue first.' })
  rectifications(@Parent() evaluation: FinalEvaluation): Promise<Rectification[]> {
    return this.reader.ofProject(evaluation.fiscalYear, evaluation.projectCode);
  }
}

/** A target table shows the previous year's result of the same project (结果应用). */
@Resolver(() => TargetTable)
export class TargetTablePreviousYearResolver {
  constructor(private readonly reader: RectificationReader) {}

  @ResolveField(() => PreviousYearResult, { description: '结果应用: last year’s evaluation of this project and its rectifications not yet closed.' })
  previousYearResult(@Parent() table: TargetTable): Promise<PreviousYearResult> {
    return this.reader.previousYear(table.projectCode, table.fiscalYear);
  }
}
