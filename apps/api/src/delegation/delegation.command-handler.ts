import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { delegationDecider, delegationStreamId, type DelegationCommand, type PersonInDirectory } from '@app/domain';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { CommandMessage, type CommandOutcome, type Requested } from '../commands/command-context.js';
import { DirectoryReader } from '../directory/directory.reader.js';

/** A delegation command as the API sends it: the handler adds the delegator and the substitute as the directory has them. */
export type DelegationCommandRequest = Requested<DelegationCommand, 'people'>;

export class DelegationCommandMessage extends CommandMessage<DelegationCommandRequest> {}

@CommandHandler(DelegationCommandMessage)
export class DelegationCommandHandler implements ICommandHandler<DelegationCommandMessage> {
  constructor(
    private readonly streams: AggregateStreams,
    private readonly directory: DirectoryReader,
  ) {}

  execute({ command, context }: DelegationCommandMessage): Promise<CommandOutcome> {
    return this.streams.execute(delegationStreamId(command.unitCode), delegationDecider, () => this.completed(command, context.actor), context);
  }

  private async completed(request: DelegationCommandRequest, actor: DelegationCommand['actor']): Promise<DelegationCommand> {
    if (request.type === 'RevokeDelegation') return { ...request, actor };
    const { state } = await this.directory.current();
    const person = (userId: string): PersonInDirectory | null => {
      const user = typeof userId === 'string' ? state.users.get(userId) : undefined;
      return user === undefined ? null : { userId: user.userId, unitCode: user.unitCode, sectionId: user.sectionId, roles: user.roles, active: user.active };
    };
    return { ...request, actor, people: { delegator: person(request.delegatorUserId), substitute: person(request.substituteUserId) } };
  }
}
