import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { Clock } from '../clock/clock.js';
import { sentAsCaller } from '../commands/command-as-caller.js';
import { minPositionArg } from '../graphql/min-position-argument.js';
import { writtenViewField } from '../graphql/written-view-field.js';
import { ProjectionsService } from '../storage/projections.service.js';
import { DepartmentTargetsCommandMessage, type DepartmentTargetsCommandRequest } from './department-targets.command-handler.js';
import {
  ApproveDepartmentTargetsStepInput,
  DepartmentRefInput,
  DepartmentTargetsWriteInput,
  ReportDepartmentIndicatorProgressInput,
  ReturnDepartmentTargetsInput,
  SetDepartmentBasicExpenditureInput,
  StartDepartmentTargetsAdjustmentInput,
  SubGoalLinkInput,
} from './department-targets.inputs.js';
import { DepartmentTargets, DepartmentTargetsCommandPayload } from './department-targets.model.js';
import { DepartmentTargetsReader } from './department-targets.reader.js';
import { DepartmentMonitoring } from './department-monitoring.model.js';
import { DepartmentMonitoringReader } from './department-monitoring.reader.js';

function ref(input: DepartmentRefInput) {
  return { departmentCode: input.departmentCode, fiscalYear: input.fiscalYear };
}

/** GraphQL of the departments' overall targets (部门整体绩效目标), in the style of the target tables'. */
@Resolver(() => DepartmentTargets)
export class DepartmentTargetsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly reader: DepartmentTargetsReader,
    private readonly monitoring: DepartmentMonitoringReader,
    private readonly clock: Clock,
  ) {}

  @Query(() => [DepartmentTargets], {
    description: '部门整体绩效目标 of a year the caller may read (as target tables are read: the department’s unit), one department’s when departmentCode is given.',
  })
  departmentTargets(
    @Context() { req }: RequestContext,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('departmentCode', { type: () => String, nullable: true }) departmentCode?: string | null,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ): Promise<DepartmentTargets[]> {
    return this.reader.list(departmentCode ?? null, fiscalYear, actorOf(req));
  }

  @Query(() => DepartmentMonitoring, {
    description: '部门整体绩效运行监控 of the approved department targets (docs/department-evaluation.md), read as the department targets are.',
  })
  departmentMonitoring(
    @Context() { req }: RequestContext,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('departmentCode') departmentCode: string,
    @Args('through', { type: () => String, nullable: true, description: 'Count payments dated up to and including this date (YYYY-MM-DD). Default: today in China.' })
    through?: string | null,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ): Promise<DepartmentMonitoring> {
    return this.monitoring.get(departmentCode, fiscalYear, through, actorOf(req));
  }

  @Mutation(() => DepartmentTargetsCommandPayload, { description: '编制: a preparer of the department’s unit drafts the year’s overall targets.' })
  draftDepartmentTargets(@Args('input') input: DepartmentTargetsWriteInput, @Context() context: RequestContext) {
    return this.decide({ type: 'DraftDepartmentTargets', ...ref(input), input: input.content }, input, context);
  }

  @Mutation(() => DepartmentTargetsCommandPayload, { description: 'Revise the version in the preparer’s hands (a draft, an adjustment, or returned).' })
  reviseDepartmentTargets(@Args('input') input: DepartmentTargetsWriteInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ReviseDepartmentTargets', ...ref(input), input: input.content }, input, context);
  }

  @Mutation(() => DepartmentTargetsCommandPayload, { description: '基本支出 of the version in the preparer’s hands; the total budget adds it.' })
  setDepartmentBasicExpenditure(@Args('input') input: SetDepartmentBasicExpenditureInput, @Context() context: RequestContext) {
    return this.decide({ type: 'SetDepartmentBasicExpenditure', ...ref(input), amount: input.amount ?? null }, input, context);
  }

  @Mutation(() => DepartmentTargetsCommandPayload, { description: 'Submit to the unit’s approval chain for department targets (default 办公室 → 单位负责人).' })
  submitDepartmentTargets(@Args('input') input: DepartmentRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'SubmitDepartmentTargets', ...ref(input) }, input, context);
  }

  @Mutation(() => DepartmentTargetsCommandPayload, { description: 'Send a document returned to the preparer through its chain again.' })
  resubmitDepartmentTargets(@Args('input') input: DepartmentRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ResubmitDepartmentTargets', ...ref(input) }, input, context);
  }

  @Mutation(() => DepartmentTargetsCommandPayload, { description: '审核通过: approve the step the document awaits.' })
  approveDepartmentTargetsStep(@Args('input') input: ApproveDepartmentTargetsStepInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ApproveDepartmentTargetsStep', ...ref(input), step: input.step, comment: input.comment ?? null }, input, context);
  }

  @Mutation(() => DepartmentTargetsCommandPayload, { description: '退回: return the document, with a reason, to the preparer or an earlier step.' })
  returnDepartmentTargets(@Args('input') input: ReturnDepartmentTargetsInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ReturnDepartmentTargets', ...ref(input), step: input.step, to: input.to, reason: input.reason }, input, context);
  }

  @Mutation(() => DepartmentTargetsCommandPayload, { description: '撤回: take back a submission no step has decided yet.' })
  withdrawDepartmentTargetsSubmission(@Args('input') input: DepartmentRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'WithdrawDepartmentTargetsSubmission', ...ref(input) }, input, context);
  }

  @Mutation(() => DepartmentTargetsCommandPayload, { description: '调整: start the next version from the approved one, which stays in force until the adjustment is approved.' })
  startDepartmentTargetsAdjustment(@Args('input') input: StartDepartmentTargetsAdjustmentInput, @Context() context: RequestContext) {
    return this.decide({ type: 'StartDepartmentTargetsAdjustment', ...ref(input), reason: input.reason }, input, context);
  }

  @Mutation(() => DepartmentTargetsCommandPayload, { description: 'Suggest links from sub-goals to the department’s project tables by the link rule (docs/department-targets.md).' })
  suggestSubGoalLinks(@Args('input') input: DepartmentRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'SuggestSubGoalLinks', ...ref(input) }, input, context);
  }

  @Mutation(() => DepartmentTargetsCommandPayload, { description: 'Confirm that a project table serves a sub-goal (a suggestion, or a link of your own).' })
  confirmSubGoalLink(@Args('input') input: SubGoalLinkInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ConfirmSubGoalLink', ...ref(input), subGoal: input.subGoal, projectCode: input.projectCode }, input, context);
  }

  @Mutation(() => DepartmentTargetsCommandPayload, { description: 'Remove a link; the rule does not suggest it again.' })
  removeSubGoalLink(@Args('input') input: SubGoalLinkInput, @Context() context: RequestContext) {
    return this.decide({ type: 'RemoveSubGoalLink', ...ref(input), subGoal: input.subGoal, projectCode: input.projectCode }, input, context);
  }

  @Mutation(() => DepartmentTargetsCommandPayload, { description: '进度填报: what an indicator of the approved department targets has reached, as of a date in the year.' })
  reportDepartmentIndicatorProgress(@Args('input') input: ReportDepartmentIndicatorProgressInput, @Context() context: RequestContext) {
    const { subGoal, index, value, asOf, expectedFullYear, likelihood, note } = input;
    return this.decide(
      { type: 'ReportDepartmentIndicatorProgress', ...ref(input), subGoal, index, value, asOf, expectedFullYear: expectedFullYear ?? null, likelihood: likelihood ?? null, note: note ?? null },
      input,
      context,
    );
  }

  /** Sends a command as the signed-in caller; the decider checks role, scope and state. */
  private async decide(command: DepartmentTargetsCommandRequest, input: { commandId?: string | null }, { req }: RequestContext): Promise<DepartmentTargetsCommandPayload> {
    const sent = await sentAsCaller(this.commandBus, req, input, command, DepartmentTargetsCommandMessage, this.clock.now());
    return { ...sent, departmentCode: command.departmentCode, fiscalYear: command.fiscalYear };
  }
}

@Resolver(() => DepartmentTargetsCommandPayload)
export class DepartmentTargetsCommandPayloadResolver {
  constructor(
    private readonly reader: DepartmentTargetsReader,
    private readonly projections: ProjectionsService,
  ) {}

  @ResolveField(() => DepartmentTargets, writtenViewField('The document'))
  async departmentTargets(@Parent() payload: DepartmentTargetsCommandPayload, @Context() { req }: RequestContext): Promise<DepartmentTargets> {
    await this.projections.reach(BigInt(payload.position));
    return this.reader.get(payload.departmentCode, payload.fiscalYear, actorOf(req));
  }
}
