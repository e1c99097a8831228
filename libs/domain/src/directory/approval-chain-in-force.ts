import { messages } from '../messages/messages.js';
import { DomainError } from '../shared/domain-error.js';
import { defaultApprovalChainSteps, type ApprovalChainStep } from './approval-chain.js';
import type { DirectoryState } from './directory.state.js';

/** The chain a submission is sent to, named so that a table's decisions can say which one they followed. */
export interface ApprovalChainInForce {
  chainId: string;
  chainVersion: number;
  steps: ApprovalChainStep[];
}

/**
 * 申报 goes to the approval chain of the table's unit as the directory has it when the table is
 * submitted. A unit whose chain was never configured uses the default chain (section head, then
 * office). A unit missing from the directory has no chain: VALIDATION, for an administrator to fix.
 */
export function approvalChainInForce(directory: DirectoryState, unitCode: string): ApprovalChainInForce {
  const unit = directory.units.get(unitCode);
  if (unit === undefined) {
    throw new DomainError('VALIDATION', messages.directory.unitNotInDirectory(unitCode));
  }
  if (unit.approvalChain === null) {
    return { chainId: `${unit.unitCode}/default`, chainVersion: 1, steps: defaultApprovalChainSteps.map((step) => ({ ...step })) };
  }
  return { chainId: unit.unitCode, chainVersion: unit.approvalChain.version, steps: unit.approvalChain.steps.map((step) => ({ ...step })) };
}
