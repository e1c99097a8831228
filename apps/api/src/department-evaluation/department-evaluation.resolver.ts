import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { chinaDateOf } from '@app/domain';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { Clock } from '../clock/clock.js';
import { sentAsCaller } from '../commands/command-as-caller.js';
import { ApproveDepartmentTargetsStepInput, DepartmentRefInput, ReturnDepartmentTargetsInput } from '../department-targets/department-targets.inputs.js';
import { resultOf } from '../final-evaluation/final-evaluations.resolver.js';
import { minPositionArg } from '../graphql/min-position-argument.js';
import { writtenViewField } from '../graphql/written-view-field.js';
import { ProjectionsService } from '../storage/projections.service.js';
import { DepartmentEvaluationCommandMessage, type DepartmentEvaluationCommandRequest } from './department-evaluation.command-handler.js';
import { CorrectDepartmentEvaluationInput, ExplainDepartmentBudgetExecutionInput, RecordDepartmentBasicExpenditurePaidInput, RecordDepartmentEvaluationResultsInput } from './department-evaluation.inputs.js';
import { DepartmentEvaluation, DepartmentEvaluationCommandPayload } from './department-evaluation.model.js';
import { DepartmentEvaluationReader } from './department-evaluation.reader.js';

function ref(input: DepartmentRefInput) {
  return { departmentCode: input.departmentCode, fiscalYear: input.fiscalYear };
}

/** GraphQL of the 部门整体支出绩效自评, in the style of the final evaluation's; its chain is the department targets'. */
@Resolver(() => DepartmentEvaluation)
export class DepartmentEvaluationResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly reader: DepartmentEvaluationReader,
    private readonly clock: Clock,
  ) {}

  @Query(() => DepartmentEvaluation, { description: '部门整体支出绩效自评 of a department’s year with its score, read as the department targets are.' })
  departmentEvaluation(
    @Context() { req }: RequestContext,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('departmentCode') departmentCode: string,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ): Promise<DepartmentEvaluation> {
    return this.reader.get(departmentCode, fiscalYear, actorOf(req));
  }

  @Mutation(() => DepartmentEvaluationCommandPayload, { description: 'Open the department’s self-evaluation after year end, on its approved department targets.' })
  openDepartmentEvaluation(@Args('input') input: DepartmentRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'OpenDepartmentEvaluation', ...ref(input), today: chinaDateOf(this.clock.now()) }, input, context);
  }

  @Mutation(() => DepartmentEvaluationCommandPayload, { description: '实际完成值 per department indicator; a sentence without a figure is graded with a percent inside its band.' })
  recordDepartmentEvaluationResults(@Args('input') input: RecordDepartmentEvaluationResultsInput, @Context() context: RequestContext) {
    const results = input.results.map((given) => ({ index: given.index, result: resultOf(given) }));
    return this.decide({ type: 'RecordDepartmentEvaluationResults', ...ref(input), results }, input, context);
  }

  @Mutation(() => DepartmentEvaluationCommandPayload, { description: '基本支出 paid over the year (it has no ledger): the whole budget’s execution counts it.' })
  recordDepartmentBasicExpenditurePaid(@Args('input') input: RecordDepartmentBasicExpenditurePaidInput, @Context() context: RequestContext) {
    return this.decide({ type: 'RecordDepartmentBasicExpenditurePaid', ...ref(input), amount: input.amount ?? null }, input, context);
  }

  @Mutation(() => DepartmentEvaluationCommandPayload, { description: '原因 and 改进措施 of a whole-budget execution rate under 90 %.' })
  explainDepartmentBudgetExecution(@Args('input') input: ExplainDepartmentBudgetExecutionInput, @Context() context: RequestContext) {
    const { cause, measure } = input.explanation;
    return this.decide({ type: 'ExplainDepartmentBudgetExecution', ...ref(input), explanation: { cause, measure } }, input, context);
  }

  @Mutation(() => DepartmentEvaluationCommandPayload, { description: 'Submit to the unit’s chain for department targets; records the score it is submitted at.' })
  submitDepartmentEvaluation(@Args('input') input: DepartmentRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'SubmitDepartmentEvaluation', ...ref(input) }, input, context);
  }

  @Mutation(() => DepartmentEvaluationCommandPayload, { description: 'Send an evaluation returned to the preparer through its chain again.' })
  resubmitDepartmentEvaluation(@Args('input') input: DepartmentRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ResubmitDepartmentEvaluation', ...ref(input) }, input, context);
  }

  @Mutation(() => DepartmentEvaluationCommandPayload, { description: '审核通过: approve the awaited step; the last one makes it final with the score of that moment.' })
  approveDepartmentEvaluationStep(@Args('input') input: ApproveDepartmentTargetsStepInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ApproveDepartmentEvaluationStep', ...ref(input), step: input.step, comment: input.comment ?? null }, input, context);
  }

  @Mutation(() => DepartmentEvaluationCommandPayload, { description: '退回: return the evaluation, with a reason, to the preparer or an earlier step.' })
  returnDepartmentEvaluation(@Args('input') input: ReturnDepartmentTargetsInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ReturnDepartmentEvaluation', ...ref(input), step: input.step, to: input.to, reason: input.reason }, input, context);
  }

  @Mutation(() => DepartmentEvaluationCommandPayload, { description: '撤回: take back a submission no step has decided yet.' })
  withdrawDepartmentEvaluationSubmission(@Args('input') input: DepartmentRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'WithdrawDepartmentEvaluationSubmission', ...ref(input) }, input, context);
  }

  @Mutation(() => DepartmentEvaluationCommandPayload, { description: '更正: correct an approved (final) evaluation as a new version; the approved one and its score stay on record.' })
  correctDepartmentEvaluation(@Args('input') input: CorrectDepartmentEvaluationInput, @Context() context: RequestContext) {
    return this.decide({ type: 'CorrectDepartmentEvaluation', ...ref(input), reason: input.reason }, input, context);
  }

  private async decide(command: DepartmentEvaluationCommandRequest, input: { commandId?: string | null }, { req }: RequestContext): Promise<DepartmentEvaluationCommandPayload> {
    const sent = await sentAsCaller(this.commandBus, req, input, command, DepartmentEvaluationCommandMessage, this.clock.now());
    return { ...sent, departmentCode: command.departmentCode, fiscalYear: command.fiscalYear };
  }
}

@Resolver(() => DepartmentEvaluationCommandPayload)
export class DepartmentEvaluationCommandPayloadResolver {
  constructor(
    private readonly reader: DepartmentEvaluationReader,
    private readonly projections: ProjectionsService,
  ) {}

  @ResolveField(() => DepartmentEvaluation, writtenViewField('The evaluation'))
  async departmentEvaluation(@Parent() payload: DepartmentEvaluationCommandPayload, @Context() { req }: RequestContext): Promise<DepartmentEvaluation> {
    await this.projections.reach(BigInt(payload.position));
    return this.reader.get(payload.departmentCode, payload.fiscalYear, actorOf(req));
  }
}
