import { stepPhrase } from '../approval/approval-labels.js';
import { requirePreparerOf } from '../approval/approval-authority.js';
import { requireEditable } from '../approval/require-editable.js';
import type { ReviewScope, ReviewSubject } from '../approval/review.js';
import type { Actor } from '../common/actor.js';
import { DomainError } from '../common/domain-error.js';
import { requireReadableToActOn } from '../common/read-scope.js';
import { messages } from '../messages/messages.js';
import { stepAwaited } from '../target-table/describe-target-table-state.js';
import type { DepartmentKey } from './department-targets.events.js';
import type { DepartmentTargets, DepartmentTargetsState } from './department-targets.state.js';

/**
 * The department's document belongs to the unit that publishes it and to no section: its
 * preparers prepare it, that unit's chain of kind DEPARTMENT_TARGETS decides it, and it is read
 * as a table of that unit naming no section is (docs/department-targets.md).
 */
export function departmentScope(key: { departmentCode: string }): ReviewScope {
  return { unitCode: key.departmentCode, sectionId: null };
}

export function departmentSubjectName(key: DepartmentKey): string {
  return messages.departmentTargets.subject({ departmentCode: key.departmentCode, fiscalYear: key.fiscalYear });
}

/** The document a command acts on: refused first to whoever may not read it, then NOT_FOUND when there is none. */
export function existingDepartmentTargets(state: DepartmentTargetsState, command: DepartmentKey & { actor?: Actor }, verb: string): DepartmentTargets {
  requireReadableToActOn(command.actor, departmentScope(command), departmentSubjectName(command));
  if (state.lifecycle === 'NONE') {
    throw new DomainError('NOT_FOUND', messages.departmentTargets.notFound({ departmentCode: command.departmentCode, fiscalYear: command.fiscalYear, verb }));
  }
  return state;
}

/** Where the document stands, in words: says which baseline an adjustment replaces. */
export function describeDepartmentTargets(targets: DepartmentTargets): string {
  const words = messages.departmentTargets.state;
  const { stage, version } = targets;
  switch (stage.status) {
    case 'DRAFT':
      return targets.baseline === null ? words.draft(version) : words.adjusting({ version, baseline: targets.baseline.version });
    case 'IN_REVIEW': {
      const step = stepAwaited(stage.review);
      return step === null ? words.passedChain(version) : words.awaiting({ version, step: stepPhrase(step) });
    }
    case 'RETURNED':
      return words.returned({ version, step: stepPhrase(stage.returned), reason: stage.returned.reason });
    case 'APPROVED':
      return words.approved(version);
    default: {
      const unknownStage: never = stage;
      throw new Error(`Unknown review status ${String((unknownStage as { status?: unknown }).status)}`);
    }
  }
}

/** How the shared approval refusals (approval/) name the document. */
export function departmentReviewSubject(targets: DepartmentTargets): ReviewSubject {
  return {
    noun: messages.departmentTargets.noun,
    version: targets.version,
    describe: () => describeDepartmentTargets(targets),
    named: departmentSubjectName(targets),
  };
}

/** The document a preparer of the department's unit changes, while it is in the preparer's hands. */
export function editableDepartmentTargets(state: DepartmentTargetsState, command: DepartmentKey & { actor: Actor }, doing: string): DepartmentTargets {
  const targets = existingDepartmentTargets(state, command, doing);
  requirePreparerOf(command.actor, departmentScope(targets), doing);
  requireEditable(targets.stage, departmentReviewSubject(targets), doing, messages.departmentTargets.whenApproved);
  return targets;
}
