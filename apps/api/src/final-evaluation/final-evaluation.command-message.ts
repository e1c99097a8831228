import type { FinalEvaluationCommand } from '@app/domain';
import type { CommandContext } from '../commands/command-context.js';

/** A final-evaluation command on its way through the CommandBus. */
export class FinalEvaluationCommandMessage {
  constructor(
    readonly command: FinalEvaluationCommand,
    readonly context: CommandContext,
  ) {}
}
