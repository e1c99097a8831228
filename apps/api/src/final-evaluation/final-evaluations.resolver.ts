import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { chinaDateOf, type IndicatorResult } from '@app/domain';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { Clock } from '../clock/clock.js';
import { commandAsCaller, projectRef, type ProjectCommandPayload } from '../commands/command-as-caller.js';
import { ProjectionsService } from '../storage/projections.service.js';
import { FinalEvaluationCommandMessage, type FinalEvaluationCommandRequest } from './final-evaluation.command-handler.js';
import {
  ApproveFinalEvaluationStepInput,
  CorrectFinalEvaluationInput,
  ExplainFinalEvaluationInput,
  FinalEvaluationRefInput,
  type IndicatorResultInput,
  RecordFinalEvaluationResultsInput,
  ReturnFinalEvaluationInput,
  SetFinalEvaluationWeightsInput,
} from './final-evaluation.inputs.js';
import { EvaluationRollUp, FinalEvaluation, FinalEvaluationCommandPayload } from './final-evaluation.model.js';
import { FinalEvaluationReader } from './final-evaluation.reader.js';
import { minPositionArg } from '../graphql/min-position-argument.js';
import { writtenViewField } from '../graphql/written-view-field.js';


@Resolver(() => FinalEvaluation)
export class FinalEvaluationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly reader: FinalEvaluationReader,
    private readonly clock: Clock,
  ) {}

  @Query(() => FinalEvaluation, { description: 'The final evaluation of a project’s year with its scorecard.' })
  finalEvaluation(
    @Context() { req }: RequestContext,
    @Args('projectCode') projectCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ): Promise<FinalEvaluation> {
    return this.reader.get(projectCode, fiscalYear, actorOf(req));
  }

  @Query(() => EvaluationRollUp, { description: 'Roll-up of a unit’s final evaluations, or of the department’s when unitCode is left out.' })
  finalEvaluationRollUp(
    @Context() { req }: RequestContext,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('unitCode', { type: () => String, nullable: true }) unitCode: string | null | undefined,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ): Promise<EvaluationRollUp> {
    return this.reader.rollUp(fiscalYear, unitCode ?? null, actorOf(req));
  }

  @Mutation(() => FinalEvaluationCommandPayload, { description: '绩效自评: open the evaluation after year end on the year’s approved targets.' })
  openFinalEvaluation(@Args('input') input: FinalEvaluationRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'OpenFinalEvaluation', ...projectRef(input), today: chinaDateOf(this.clock.now()) }, input, context);
  }

  @Mutation(() => FinalEvaluationCommandPayload, { description: '实际完成值 per indicator; a qualitative one is graded with a percent inside its band.' })
  recordFinalEvaluationResults(@Args('input') input: RecordFinalEvaluationResultsInput, @Context() context: RequestContext) {
    const results = input.results.map((given) => ({ index: given.index, result: resultOf(given) }));
    return this.decide({ type: 'RecordFinalEvaluationResults', ...projectRef(input), results }, input, context);
  }

  @Mutation(() => FinalEvaluationCommandPayload, { description: 'Weights of the indicators inside their groups; null everywhere for even splits.' })
  setFinalEvaluationWeights(@Args('input') input: SetFinalEvaluationWeightsInput, @Context() context: RequestContext) {
    return this.decide({ type: 'SetFinalEvaluationWeights', ...projectRef(input), weights: input.weights }, input, context);
  }

  @Mutation(() => FinalEvaluationCommandPayload, { description: 'Takes the year’s spending from the disbursement ledger as it stands now.' })
  recordFinalEvaluationExecution(@Args('input') input: FinalEvaluationRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'RecordFinalEvaluationExecution', ...projectRef(input) }, input, context);
  }

  @Mutation(() => FinalEvaluationCommandPayload, { description: '原因 and 改进措施 of rows short of full points, over-completed, or an execution rate under 90 %.' })
  explainFinalEvaluation(@Args('input') input: ExplainFinalEvaluationInput, @Context() context: RequestContext) {
    const indicators = input.indicators.map(({ index, cause, measure }) => ({ index, explanation: { cause, measure } }));
    const execution = input.execution === null || input.execution === undefined ? null : { cause: input.execution.cause, measure: input.execution.measure };
    return this.decide({ type: 'ExplainFinalEvaluation', ...projectRef(input), execution, indicators }, input, context);
  }

  @Mutation(() => FinalEvaluationCommandPayload, { description: 'Submit the evaluation to its unit’s current approval chain.' })
  submitFinalEvaluation(@Args('input') input: FinalEvaluationRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'SubmitFinalEvaluation', ...projectRef(input) }, input, context);
  }

  @Mutation(() => FinalEvaluationCommandPayload, { description: 'Send an evaluation returned to the preparer through its chain again.' })
  resubmitFinalEvaluation(@Args('input') input: FinalEvaluationRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ResubmitFinalEvaluation', ...projectRef(input) }, input, context);
  }

  @Mutation(() => FinalEvaluationCommandPayload, { description: '审核通过: approve the step the evaluation awaits; the last step makes it final.' })
  approveFinalEvaluationStep(@Args('input') input: ApproveFinalEvaluationStepInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ApproveFinalEvaluationStep', ...projectRef(input), step: input.step, comment: input.comment ?? null }, input, context);
  }

  @Mutation(() => FinalEvaluationCommandPayload, { description: '退回: return the evaluation, with a reason, to the preparer or an earlier step.' })
  returnFinalEvaluation(@Args('input') input: ReturnFinalEvaluationInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ReturnFinalEvaluation', ...projectRef(input), step: input.step, to: input.to, reason: input.reason }, input, context);
  }

  @Mutation(() => FinalEvaluationCommandPayload, { description: '撤回: take back a submission no step has decided yet.' })
  withdrawFinalEvaluationSubmission(@Args('input') input: FinalEvaluationRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'WithdrawFinalEvaluationSubmission', ...projectRef(input) }, input, context);
  }

  @Mutation(() => FinalEvaluationCommandPayload, { description: 'Correct an approved (final) evaluation: a new version, the approved one stays on record.' })
  correctFinalEvaluation(@Args('input') input: CorrectFinalEvaluationInput, @Context() context: RequestContext) {
    return this.decide({ type: 'CorrectFinalEvaluation', ...projectRef(input), reason: input.reason }, input, context);
  }

  /** Sends a command as the signed-in caller; the decider checks role, scope and state. */
  private decide(command: FinalEvaluationCommandRequest, input: { commandId?: string | null }, { req }: RequestContext): Promise<ProjectCommandPayload> {
    return commandAsCaller(this.commandBus, req, input, command, FinalEvaluationCommandMessage, this.clock.now());
  }
}

/** A grade makes a graded result; otherwise the value is a measured one (the domain names what is missing). */
export function resultOf(given: IndicatorResultInput): IndicatorResult {
  if (given.grade !== null && given.grade !== undefined) return { kind: 'GRADED', grade: given.grade, percent: given.percent ?? '' };
  return { kind: 'MEASURED', actual: given.actual ?? '' };
}

@Resolver(() => FinalEvaluationCommandPayload)
export class FinalEvaluationCommandPayloadResolver {
  constructor(
    private readonly reader: FinalEvaluationReader,
    private readonly projections: ProjectionsService,
  ) {}

  @ResolveField(() => FinalEvaluation, writtenViewField('The evaluation'))
  async finalEvaluation(@Parent() payload: FinalEvaluationCommandPayload, @Context() { req }: RequestContext): Promise<FinalEvaluation> {
    await this.projections.reach(BigInt(payload.position));
    return this.reader.get(payload.projectCode, payload.fiscalYear, actorOf(req));
  }
}
