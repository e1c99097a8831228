import { optionalComment } from './decision-text.js';
import { chainRef } from './submission-chain.js';
import { actingUser } from './target-table-actor.js';
import { requireSignedIn } from './target-table-authority.js';
import type { ApproveTargetTableStep } from './target-table.commands.js';
import type { StepApproval, TargetTableEvent } from './target-table.events.js';
import type { TargetTableState } from './target-table.state.js';
import { stepToDecide } from './step-to-decide.js';

/** Approving the last step also approves the version: it becomes the baseline in the same append. */
export function approveTargetTableStep(command: ApproveTargetTableStep, state: TargetTableState): TargetTableEvent[] {
  requireSignedIn(command.actor);
  const comment = optionalComment(command.comment, 'comment');
  const { table, step, stepIndex } = stepToDecide(command, state, 'approve');
  const { review } = table;
  const approval: StepApproval = { step: step.step, role: step.role, by: actingUser(command.actor), comment };
  const next = review.chain.steps[stepIndex + 1];
  const common = { projectCode: table.projectCode, fiscalYear: table.fiscalYear, version: table.version, chain: chainRef(review.chain) };
  const stepApproved: TargetTableEvent = {
    type: 'TargetTableStepApproved',
    data: { ...common, step: step.step, role: step.role, stepIndex, approvedBy: approval.by, comment, nextStep: next?.step ?? null },
  };
  if (next !== undefined) return [stepApproved];
  return [
    stepApproved,
    {
      type: 'TargetTableApproved',
      data: {
        ...common,
        content: table.content,
        approvals: [...review.approvals, approval],
        replacedBaselineVersion: table.baseline?.version ?? null,
      },
    },
  ];
}
