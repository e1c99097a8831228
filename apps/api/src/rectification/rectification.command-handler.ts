import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { placeOfTargets, rectificationDecider, rectificationStreamId, type RectificationCommand } from '@app/domain';
import type { Actor } from '@app/event-store';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { CommandMessage, type CommandOutcome, type Requested } from '../commands/command-context.js';
import { CommandInputs } from '../commands/command-inputs.js';

/** A rectification command as the API sends it: the handler adds where an auditor's finding belongs (the approved targets' place). */
export type RectificationCommandRequest = Requested<RectificationCommand, 'place'>;

export class RectificationCommandMessage extends CommandMessage<RectificationCommandRequest> {}

@CommandHandler(RectificationCommandMessage)
export class RectificationCommandHandler implements ICommandHandler<RectificationCommandMessage> {
  constructor(
    private readonly streams: AggregateStreams,
    private readonly inputs: CommandInputs,
  ) {}

  execute({ command, context }: RectificationCommandMessage): Promise<CommandOutcome> {
    return this.streams.execute(rectificationStreamId(command.fiscalYear, command.projectCode), rectificationDecider, () => this.completed(command, context.actor), context);
  }

  private async completed(request: RectificationCommandRequest, actor: Actor): Promise<RectificationCommand> {
    if (request.type !== 'RecordAuditFinding') return { ...request, actor } as RectificationCommand;
    const baseline = await this.inputs.approvedBaseline(request);
    return { ...request, actor, place: baseline === null ? null : placeOfTargets(baseline.content) };
  }
}
