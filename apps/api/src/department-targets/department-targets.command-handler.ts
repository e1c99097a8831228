import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  departmentTargetsDecider,
  departmentTargetsStreamId,
  messages,
  type DepartmentTable,
  type DepartmentTargetsCommand,
  type DepartmentTargetsState,
} from '@app/domain';
import type { ReadStore } from '@app/projections';
import type { Actor } from '@app/event-store';
import { Inject } from '@nestjs/common';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { CommandMessage, type CommandOutcome, type Requested } from '../commands/command-context.js';
import { CommandInputs } from '../commands/command-inputs.js';
import { ApiError } from '../graphql/api-error.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import { departmentTables } from './department-tables.js';

/** A command on a department's overall targets as the API sends it: the handler adds the chain in force, the department's tables and a substitute's facts. */
export type DepartmentTargetsCommandRequest = Requested<DepartmentTargetsCommand, 'chain' | 'tables' | 'substitution'>;

export class DepartmentTargetsCommandMessage extends CommandMessage<DepartmentTargetsCommandRequest> {}

@CommandHandler(DepartmentTargetsCommandMessage)
export class DepartmentTargetsCommandHandler implements ICommandHandler<DepartmentTargetsCommandMessage> {
  constructor(
    private readonly streams: AggregateStreams,
    private readonly inputs: CommandInputs,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
  ) {}

  execute({ command, context }: DepartmentTargetsCommandMessage): Promise<CommandOutcome> {
    const streamId = departmentTargetsStreamId(command.fiscalYear, command.departmentCode);
    return this.streams.execute(streamId, departmentTargetsDecider, () => this.completed(streamId, command, context.actor, context.now), context);
  }

  private async completed(streamId: string, request: DepartmentTargetsCommandRequest, actor: Actor, now: string): Promise<DepartmentTargetsCommand> {
    const command = { ...request, actor };
    const unitOf = (state: DepartmentTargetsState) => (state.lifecycle === 'NONE' ? null : state.departmentCode);
    switch (command.type) {
      case 'SubmitDepartmentTargets': {
        const missing = () => new ApiError('NOT_FOUND', messages.departmentTargets.notFound({ ...command, verb: messages.verbs.submit }));
        return { ...command, chain: await this.inputs.submissionChain(streamId, departmentTargetsDecider, unitOf, missing, 'DEPARTMENT_TARGETS') };
      }
      case 'ApproveDepartmentTargetsStep':
      case 'ReturnDepartmentTargets': {
        const substitution = await this.inputs.substitution(actor, now, { streamId, fiscalYear: command.fiscalYear, decider: departmentTargetsDecider, unitOf, submissionTypes: ['DepartmentTargetsSubmitted'] });
        return { ...command, substitution };
      }
      case 'SuggestSubGoalLinks':
      case 'ConfirmSubGoalLink':
        return { ...command, tables: await this.tables(streamId, command.fiscalYear) };
      default:
        return command;
    }
  }

  /**
   * The tables of the department's units, listed by the target-tables view (the only index of
   * tables by unit) and each read from its own stream, so a link is made to the table as it is.
   */
  private async tables(streamId: string, fiscalYear: number): Promise<DepartmentTable[]> {
    const state = await this.inputs.current(streamId, departmentTargetsDecider);
    if (state.lifecycle === 'NONE') return [];
    const listed = await departmentTables(this.readStore, fiscalYear, state.content.unitCodes);
    const tables: DepartmentTable[] = [];
    for (const { projectCode } of listed) {
      const table = await this.inputs.targetTable({ projectCode, fiscalYear });
      if (table.lifecycle !== 'NONE') tables.push({ projectCode, name: table.content.name, unitCode: table.content.unitCode, goals: table.content.goals });
    }
    return tables;
  }
}
