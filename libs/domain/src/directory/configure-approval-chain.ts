import { messages } from '../messages/messages.js';
import { readApprovalChainSteps, sameApprovalSteps } from './approval-chain.js';
import { requireAdmin } from './directory-authority.js';
import { refuseIfProblems, unitCodeProblem } from './directory-fields.js';
import { requireUnit } from './directory-lookups.js';
import type { ConfigureApprovalChain } from './directory.commands.js';
import type { DirectoryEvent } from './directory.events.js';
import type { DirectoryState } from './directory.state.js';

/** Never edits a chain in place: a new version, so submissions under way keep theirs. */
export function configureApprovalChain(command: ConfigureApprovalChain, state: DirectoryState): DirectoryEvent[] {
  requireAdmin(state, command.actor, messages.directory.configuringChain);
  const { steps, problems } = readApprovalChainSteps(command.steps);
  refuseIfProblems([unitCodeProblem(command.unitCode), ...problems]);
  const unit = requireUnit(state, command.unitCode);
  const current = unit.approvalChain;
  // The same chain again is no new version: versions mark changes, not saves.
  if (current !== null && sameApprovalSteps(current.steps, steps)) return [];
  return [
    {
      type: 'ApprovalChainConfigured',
      data: { unitCode: unit.unitCode, version: (current?.version ?? 0) + 1, steps },
    },
  ];
}
