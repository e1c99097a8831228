import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { finalEvaluationDecider, finalEvaluationStreamId, messages, type FinalEvaluationCommand, type FinalEvaluationState } from '@app/domain';
import type { Actor } from '@app/event-store';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { CommandMessage, type CommandOutcome, type Requested } from '../commands/command-context.js';
import { CommandInputs } from '../commands/command-inputs.js';
import { ApiError } from '../graphql/api-error.js';

/** A final-evaluation command as the API sends it: the handler adds the approved targets, the year's spending and the chain in force. */
export type FinalEvaluationCommandRequest = Requested<FinalEvaluationCommand, 'baseline' | 'executedFen' | 'chain' | 'substitution'>;

export class FinalEvaluationCommandMessage extends CommandMessage<FinalEvaluationCommandRequest> {}

@CommandHandler(FinalEvaluationCommandMessage)
export class FinalEvaluationCommandHandler implements ICommandHandler<FinalEvaluationCommandMessage> {
  constructor(
    private readonly streams: AggregateStreams,
    private readonly inputs: CommandInputs,
  ) {}

  execute({ command, context }: FinalEvaluationCommandMessage): Promise<CommandOutcome> {
    return this.streams.execute(finalEvaluationStreamId(command.fiscalYear, command.projectCode), finalEvaluationDecider, () => this.completed(command, context.actor, context.now), context);
  }

  private async completed(request: FinalEvaluationCommandRequest, actor: Actor, now: string): Promise<FinalEvaluationCommand> {
    const command = { ...request, actor };
    switch (command.type) {
      case 'OpenFinalEvaluation':
        return { ...command, baseline: await this.inputs.approvedBaseline(command) };
      case 'RecordFinalEvaluationExecution':
        return { ...command, executedFen: (await this.inputs.ledger(command)).totalFen };
      case 'SubmitFinalEvaluation': {
        const unitOf = (evaluation: FinalEvaluationState) => (evaluation.status === 'NONE' ? null : evaluation.baseline.unitCode);
        const chain = await this.inputs.submissionChain(finalEvaluationStreamId(command.fiscalYear, command.projectCode), finalEvaluationDecider, unitOf, () => new ApiError('NOT_FOUND', messages.api.noEvaluation(command)));
        return { ...command, chain };
      }
      case 'ApproveFinalEvaluationStep':
      case 'ReturnFinalEvaluation': {
        const unitOf = (evaluation: FinalEvaluationState) => (evaluation.status === 'NONE' ? null : evaluation.baseline.unitCode);
        const streamId = finalEvaluationStreamId(command.fiscalYear, command.projectCode);
        const substitution = await this.inputs.substitution(actor, now, { streamId, fiscalYear: command.fiscalYear, decider: finalEvaluationDecider, unitOf, submissionTypes: ['FinalEvaluationSubmitted'] });
        return { ...command, substitution };
      }
      default:
        return command;
    }
  }
}
