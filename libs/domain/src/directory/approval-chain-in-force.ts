import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import { defaultApprovalChainSteps, defaultApprovalChainStepsOf, type ApprovalChainStep, type ApprovalDocumentKind } from './approval-chain.js';
import type { DirectoryState } from './directory.state.js';

/** The chain a submission is sent to, named so that a table's decisions can say which one they followed. */
export interface ApprovalChainInForce {
  chainId: string;
  chainVersion: number;
  steps: ApprovalChainStep[];
}

/**
 * 申报 of a target table, mid-term review or final evaluation goes to the approval chain of its
 * unit as the directory has it when it is submitted; the department's overall targets go to the
 * unit's chain of that kind (approval-chain.ts). A unit whose chain was never configured uses the default chain (section head, then
 * office). A unit missing from the directory has no chain: VALIDATION, for an administrator to fix.
 */
export function approvalChainInForce(directory: DirectoryState, unitCode: string, kind: ApprovalDocumentKind = 'PROJECT'): ApprovalChainInForce {
  const unit = directory.units.get(unitCode);
  if (unit === undefined) {
    throw new DomainError('VALIDATION', messages.directory.unitNotInDirectory(unitCode));
  }
  if (kind === 'DEPARTMENT_TARGETS') {
    // Its own chain id, so a decision names which of the unit's chains it followed.
    const chain = unit.departmentTargetsChain;
    const chainId = `${unit.unitCode}/department-targets`;
    if (chain === undefined) return { chainId: `${chainId}/default`, chainVersion: 1, steps: defaultApprovalChainStepsOf.DEPARTMENT_TARGETS.map((step) => ({ ...step })) };
    return { chainId, chainVersion: chain.version, steps: chain.steps.map((step) => ({ ...step })) };
  }
  if (unit.approvalChain === null) {
    return { chainId: `${unit.unitCode}/default`, chainVersion: 1, steps: defaultApprovalChainSteps.map((step) => ({ ...step })) };
  }
  return { chainId: unit.unitCode, chainVersion: unit.approvalChain.version, steps: unit.approvalChain.steps.map((step) => ({ ...step })) };
}
