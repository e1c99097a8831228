import type { Decider } from '../common/decider.js';
import { bootstrapAdmin } from './bootstrap-admin.js';
import { changePassword } from './change-password.js';
import { configureApprovalChain } from './configure-approval-chain.js';
import { createSection } from './create-section.js';
import { createUnit } from './create-unit.js';
import { deactivateUser } from './deactivate-user.js';
import type { DirectoryCommand } from './directory.commands.js';
import type { DirectoryEvent } from './directory.events.js';
import { initialDirectoryState, type DirectoryState } from './directory.state.js';
import { evolveDirectory } from './evolve-directory.js';
import { grantRole } from './grant-role.js';
import { registerUser } from './register-user.js';
import { revokeRole } from './revoke-role.js';

export function decideDirectory(command: DirectoryCommand, state: DirectoryState): DirectoryEvent[] {
  switch (command.type) {
    case 'CreateUnit':
      return createUnit(command, state);
    case 'CreateSection':
      return createSection(command, state);
    case 'RegisterUser':
      return registerUser(command, state);
    case 'GrantRole':
      return grantRole(command, state);
    case 'RevokeRole':
      return revokeRole(command, state);
    case 'ChangePassword':
      return changePassword(command, state);
    case 'DeactivateUser':
      return deactivateUser(command, state);
    case 'ConfigureApprovalChain':
      return configureApprovalChain(command, state);
    case 'BootstrapAdmin':
      return bootstrapAdmin(command, state);
    default: {
      const unknownCommand: never = command;
      throw new Error(`Unknown directory command ${String((unknownCommand as { type?: unknown }).type)}`);
    }
  }
}

/** The directory aggregate as the application runs it on directoryStreamId. */
export const directoryDecider: Decider<DirectoryCommand, DirectoryEvent, DirectoryState> = {
  initialState: initialDirectoryState,
  evolve: evolveDirectory,
  decide: decideDirectory,
};
