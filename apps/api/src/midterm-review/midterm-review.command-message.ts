import type { MidtermReviewCommand } from '@app/domain';
import type { CommandContext } from '../commands/command-context.js';

/** A mid-term review command on its way through the CommandBus. */
export class MidtermReviewCommandMessage {
  constructor(
    readonly command: MidtermReviewCommand,
    readonly context: CommandContext,
  ) {}
}
