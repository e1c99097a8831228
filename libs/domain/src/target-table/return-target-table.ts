import { returnDestination } from '../approval/return-destination.js';
import { requiredReason } from './decision-text.js';
import { chainRef } from './submission-chain.js';
import { actingUser } from './target-table-actor.js';
import { requireSignedIn } from './target-table-authority.js';
import type { ReturnTargetTable } from './target-table.commands.js';
import type { TargetTableEvent } from './target-table.events.js';
import type { TargetTableState } from './target-table.state.js';
import { stepToDecide } from './step-to-decide.js';

/** 退回 to the preparer (it may then be revised and resubmitted) or to an earlier step, which decides again. */
export function returnTargetTable(command: ReturnTargetTable, state: TargetTableState): TargetTableEvent[] {
  requireSignedIn(command.actor);
  const reason = requiredReason(command.reason, 'reason', '成本指标 must state what the project costs, not a revenue');
  const { table, step, stepIndex } = stepToDecide(command, state, 'return');
  const { chain } = table.review;
  const toStepIndex = returnDestination(chain, stepIndex, command.to);
  return [
    {
      type: 'TargetTableReturned',
      data: {
        projectCode: table.projectCode,
        fiscalYear: table.fiscalYear,
        version: table.version,
        chain: chainRef(chain),
        step: step.step,
        role: step.role,
        returnedBy: actingUser(command.actor),
        reason,
        to: command.to,
        toStepIndex,
      },
    },
  ];
}
