import { messages } from '../messages/messages.js';
import { approvalDocumentKinds, isApprovalDocumentKind, readApprovalChainSteps, sameApprovalSteps, type ApprovalDocumentKind } from './approval-chain.js';
import { requireAdmin } from './directory-authority.js';
import { refuseIfProblems, unitCodeProblem } from './directory-fields.js';
import { requireUnit } from './directory-lookups.js';
import type { ConfigureApprovalChain } from './directory.commands.js';
import type { DirectoryEvent } from './directory.events.js';
import type { DirectoryState } from './directory.state.js';

/** Never edits a chain in place: a new version, so submissions under way keep theirs. */
export function configureApprovalChain(command: ConfigureApprovalChain, state: DirectoryState): DirectoryEvent[] {
  requireAdmin(state, command.actor, messages.directory.configuringChain);
  const kind = command.documentKind ?? 'PROJECT';
  if (!isApprovalDocumentKind(kind)) {
    refuseIfProblems([{ field: 'documentKind', message: messages.directory.chain.notAKind({ given: JSON.stringify(kind), kinds: approvalDocumentKinds }) }]);
  }
  const documentKind = kind as ApprovalDocumentKind;
  const { steps, problems } = readApprovalChainSteps(command.steps, documentKind);
  refuseIfProblems([unitCodeProblem(command.unitCode), ...problems]);
  const unit = requireUnit(state, command.unitCode);
  const current = documentKind === 'PROJECT' ? unit.approvalChain : (unit.departmentTargetsChain ?? null);
  // The same chain again is no new version: versions mark changes, not saves.
  if (current !== null && sameApprovalSteps(current.steps, steps)) return [];
  const version = (current?.version ?? 0) + 1;
  return [
    {
      type: 'ApprovalChainConfigured',
      data: documentKind === 'PROJECT' ? { unitCode: unit.unitCode, version, steps } : { unitCode: unit.unitCode, version, steps, documentKind },
    },
  ];
}
