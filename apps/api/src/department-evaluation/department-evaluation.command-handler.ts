import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  departmentEvaluationDecider,
  departmentEvaluationStreamId,
  departmentTargetsDecider,
  departmentTargetsStreamId,
  messages,
  type DepartmentEvaluationCommand,
  type DepartmentEvaluationState,
} from '@app/domain';
import type { Actor } from '@app/event-store';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { CommandMessage, type CommandOutcome, type Requested } from '../commands/command-context.js';
import { CommandInputs } from '../commands/command-inputs.js';
import { ApiError } from '../graphql/api-error.js';
import { DepartmentScoringFactsReader } from './department-scoring-facts.js';

/** A command on the 部门整体支出绩效自评 as the API sends it: the handler adds the department targets, the chain in force, the scoring facts and a substitute's facts. */
export type DepartmentEvaluationCommandRequest = Requested<DepartmentEvaluationCommand, 'targets' | 'chain' | 'facts' | 'substitution'>;

export class DepartmentEvaluationCommandMessage extends CommandMessage<DepartmentEvaluationCommandRequest> {}

@CommandHandler(DepartmentEvaluationCommandMessage)
export class DepartmentEvaluationCommandHandler implements ICommandHandler<DepartmentEvaluationCommandMessage> {
  constructor(
    private readonly streams: AggregateStreams,
    private readonly inputs: CommandInputs,
    private readonly facts: DepartmentScoringFactsReader,
  ) {}

  execute({ command, context }: DepartmentEvaluationCommandMessage): Promise<CommandOutcome> {
    const streamId = departmentEvaluationStreamId(command.fiscalYear, command.departmentCode);
    return this.streams.execute(streamId, departmentEvaluationDecider, () => this.completed(streamId, command, context.actor, context.now), context);
  }

  private async completed(streamId: string, request: DepartmentEvaluationCommandRequest, actor: Actor, now: string): Promise<DepartmentEvaluationCommand> {
    const command = { ...request, actor };
    const state = () => this.inputs.current(streamId, departmentEvaluationDecider);
    const unitOf = (evaluation: DepartmentEvaluationState) => (evaluation.status === 'NONE' ? null : evaluation.departmentCode);
    const substitution = () => this.inputs.substitution(actor, now, { streamId, fiscalYear: command.fiscalYear, decider: departmentEvaluationDecider, unitOf, submissionTypes: ['DepartmentEvaluationSubmitted'] });
    switch (command.type) {
      case 'OpenDepartmentEvaluation':
        return { ...command, targets: await this.inputs.current(departmentTargetsStreamId(command.fiscalYear, command.departmentCode), departmentTargetsDecider) };
      case 'SubmitDepartmentEvaluation': {
        const missing = () => new ApiError('NOT_FOUND', messages.departmentEvaluation.notFound({ ...command, verb: messages.verbs.submit }));
        const chain = await this.inputs.submissionChain(streamId, departmentEvaluationDecider, unitOf, missing, 'DEPARTMENT_TARGETS');
        return { ...command, chain, facts: await this.facts.factsOf(await state()) };
      }
      case 'ResubmitDepartmentEvaluation':
        return { ...command, facts: await this.facts.factsOf(await state()) };
      case 'ApproveDepartmentEvaluationStep':
        return { ...command, facts: await this.facts.factsOf(await state()), substitution: await substitution() };
      case 'ReturnDepartmentEvaluation':
        return { ...command, substitution: await substitution() };
      default:
        return command;
    }
  }
}
