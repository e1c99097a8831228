import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { Clock } from '../clock/clock.js';
import { commandAsCaller, projectRef, type ProjectCommandPayload } from '../commands/command-as-caller.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ProjectionsService } from '../storage/projections.service.js';
import { MidtermReviewCommandMessage, type MidtermReviewCommandRequest } from './midterm-review.command-handler.js';
import {
  ApproveMidtermReviewStepInput,
  AssessMidtermIndicatorsInput,
  MidtermReviewRefInput,
  OpenMidtermReviewInput,
  ReportIndicatorProgressInput,
  ReturnMidtermReviewInput,
} from './midterm-review.inputs.js';
import { MidtermDashboard, MidtermReview, MidtermReviewCommandPayload } from './midterm-review.model.js';
import { MidtermReviewReader } from './midterm-review.reader.js';
import { minPositionArg } from '../graphql/min-position-argument.js';
import { writtenViewField } from '../graphql/written-view-field.js';


@Resolver(() => MidtermReview)
export class MidtermReviewsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly reader: MidtermReviewReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @Query(() => MidtermReview, { description: 'Progress and the mid-term review of a project’s year.' })
  midtermReview(
    @Context() { req }: RequestContext,
    @Args('projectCode') projectCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ): Promise<MidtermReview> {
    return this.reader.get(projectCode, fiscalYear, actorOf(req));
  }

  @Query(() => MidtermDashboard, { description: 'Every monitored project of a unit (or the department) with its light and indicators at risk.' })
  midtermDashboard(
    @Context() { req }: RequestContext,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('unitCode', { type: () => String, nullable: true }) unitCode: string | null | undefined,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ): Promise<MidtermDashboard> {
    return this.reader.dashboard(fiscalYear, unitCode ?? null, actorOf(req));
  }

  @Mutation(() => MidtermReviewCommandPayload, { description: '进度填报: report what an indicator has reached, as of a date.' })
  reportIndicatorProgress(@Args('input') input: ReportIndicatorProgressInput, @Context() context: RequestContext) {
    const { index, value, asOf, note } = input;
    return this.decide({ type: 'ReportIndicatorProgress', ...projectRef(input), index, value, asOf, note: note ?? null }, input, context);
  }

  @Mutation(() => MidtermReviewCommandPayload, { description: '绩效运行监控: open the mid-term review at a checkpoint (31 July by default).' })
  openMidtermReview(@Args('input') input: OpenMidtermReviewInput, @Context() context: RequestContext) {
    return this.decide({ type: 'OpenMidtermReview', ...projectRef(input), checkpointDate: input.checkpointDate ?? null }, input, context);
  }

  @Mutation(() => MidtermReviewCommandPayload, { description: 'Reached, expected full-year value and likelihood per indicator, with cause and measure where required.' })
  assessMidtermIndicators(@Args('input') input: AssessMidtermIndicatorsInput, @Context() context: RequestContext) {
    return this.decide({ type: 'AssessMidtermIndicators', ...projectRef(input), assessments: input.assessments }, input, context);
  }

  @Mutation(() => MidtermReviewCommandPayload, { description: 'Execution at the checkpoint from the disbursement ledger as it stands now; the light’s thresholds are EXECUTION_LIGHT_THRESHOLDS.' })
  recordMidtermExecution(@Args('input') input: MidtermReviewRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'RecordMidtermExecution', ...projectRef(input), thresholds: this.config.lightThresholds }, input, context);
  }

  @Mutation(() => MidtermReviewCommandPayload, { description: 'Submit the review to its unit’s current approval chain.' })
  submitMidtermReview(@Args('input') input: MidtermReviewRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'SubmitMidtermReview', ...projectRef(input) }, input, context);
  }

  @Mutation(() => MidtermReviewCommandPayload, { description: 'Send a review returned to the preparer through its chain again.' })
  resubmitMidtermReview(@Args('input') input: MidtermReviewRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ResubmitMidtermReview', ...projectRef(input) }, input, context);
  }

  @Mutation(() => MidtermReviewCommandPayload, { description: '审核通过: approve the step the review awaits.' })
  approveMidtermReviewStep(@Args('input') input: ApproveMidtermReviewStepInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ApproveMidtermReviewStep', ...projectRef(input), step: input.step, comment: input.comment ?? null }, input, context);
  }

  @Mutation(() => MidtermReviewCommandPayload, { description: '退回: return the review, with a reason, to the preparer or an earlier step.' })
  returnMidtermReview(@Args('input') input: ReturnMidtermReviewInput, @Context() context: RequestContext) {
    return this.decide({ type: 'ReturnMidtermReview', ...projectRef(input), step: input.step, to: input.to, reason: input.reason }, input, context);
  }

  @Mutation(() => MidtermReviewCommandPayload, { description: '撤回: take back a submission no step has decided yet.' })
  withdrawMidtermReviewSubmission(@Args('input') input: MidtermReviewRefInput, @Context() context: RequestContext) {
    return this.decide({ type: 'WithdrawMidtermReviewSubmission', ...projectRef(input) }, input, context);
  }

  /** Sends a command as the signed-in caller; the decider checks role, scope and state. */
  private decide(command: MidtermReviewCommandRequest, input: { commandId?: string | null }, { req }: RequestContext): Promise<ProjectCommandPayload> {
    return commandAsCaller(this.commandBus, req, input, command, MidtermReviewCommandMessage, this.clock.now());
  }
}

@Resolver(() => MidtermReviewCommandPayload)
export class MidtermReviewCommandPayloadResolver {
  constructor(
    private readonly reader: MidtermReviewReader,
    private readonly projections: ProjectionsService,
  ) {}

  @ResolveField(() => MidtermReview, writtenViewField('The monitoring'))
  async midtermReview(@Parent() payload: MidtermReviewCommandPayload, @Context() { req }: RequestContext): Promise<MidtermReview> {
    await this.projections.reach(BigInt(payload.position));
    return this.reader.get(payload.projectCode, payload.fiscalYear, actorOf(req));
  }
}
