import { requirePreparerOf } from '../approval/approval-authority.js';
import { requiredReason } from '../approval/decision-text.js';
import { actingUser } from '../common/actor.js';
import { DomainError } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';
import type { StartDepartmentTargetsAdjustment } from './department-targets.commands.js';
import type { DepartmentTargetsEvent } from './department-targets.events.js';
import type { DepartmentTargetsState } from './department-targets.state.js';
import { departmentScope, describeDepartmentTargets, existingDepartmentTargets } from './existing-department-targets.js';

/**
 * 调整: the next version starts as a copy of the approved one, to be revised and submitted; the
 * approved version stays the baseline — readable and in force — until the adjustment is approved.
 */
export function startDepartmentTargetsAdjustment(command: StartDepartmentTargetsAdjustment, state: DepartmentTargetsState): DepartmentTargetsEvent[] {
  const targets = existingDepartmentTargets(state, command, messages.verbs.adjust);
  requirePreparerOf(command.actor, departmentScope(targets), messages.departmentTargets.adjusting);
  const reason = requiredReason(command.reason, 'reason', messages.departmentTargets.adjustmentReasonExample);
  if (targets.lifecycle !== 'APPROVED' || targets.baseline === null) {
    throw new DomainError('CONFLICT', messages.departmentTargets.cannotAdjust(describeDepartmentTargets(targets)));
  }
  const key = { departmentCode: targets.departmentCode, fiscalYear: targets.fiscalYear };
  return [
    {
      type: 'DepartmentTargetsAdjustmentStarted',
      data: { ...key, version: targets.version + 1, baselineVersion: targets.baseline.version, reason, startedBy: actingUser(command.actor) },
    },
  ];
}
