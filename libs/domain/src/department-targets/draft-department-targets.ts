import { requirePreparerOf } from '../approval/approval-authority.js';
import { actingUser } from '../common/actor.js';
import { DomainError } from '../common/domain-error.js';
import { requireReadableToActOn } from '../common/read-scope.js';
import { messages } from '../messages/messages.js';
import { requireImporter } from '../target-table/target-table-authority.js';
import { departmentTargetsContent, sameDepartmentContent } from './department-targets-content.js';
import type { DraftDepartmentTargets, ImportApprovedDepartmentTargets } from './department-targets.commands.js';
import type { DepartmentTargetsEvent } from './department-targets.events.js';
import type { DepartmentTargetsState } from './department-targets.state.js';
import { departmentScope, departmentSubjectName, describeDepartmentTargets } from './existing-department-targets.js';

/** The first version is the first draft, or the baseline imported; later versions come from adjustments. */
const firstVersion = 1;

/**
 * 编制: a preparer of the department's unit starts the year's document. An import (a source
 * given) may also be made by the unit's office or an administrator, as tables' are. Importing
 * the same part one again records nothing, so a document can be imported twice safely.
 */
export function draftDepartmentTargets(command: DraftDepartmentTargets, state: DepartmentTargetsState): DepartmentTargetsEvent[] {
  const scope = departmentScope(command);
  const imported = command.source !== undefined && command.source !== null;
  if (imported) requireImporter(command.actor, scope, 'DRAFT', messages.departmentTargets.importing(true));
  else requirePreparerOf(command.actor, scope, messages.departmentTargets.drafting);
  const content = departmentTargetsContent(command.input, null);
  const key = { departmentCode: command.departmentCode, fiscalYear: command.fiscalYear };
  if (state.lifecycle === 'NONE') {
    return [{ type: 'DepartmentTargetsDrafted', data: { ...key, version: firstVersion, content, draftedBy: actingUser(command.actor), source: command.source ?? null } }];
  }
  requireReadableToActOn(command.actor, scope, departmentSubjectName(key));
  if (imported && state.version === firstVersion && sameDepartmentContent(state.content, content)) return [];
  throw new DomainError('CONFLICT', messages.departmentTargets.exists({ ...key, state: describeDepartmentTargets(state) }));
}

/** 导入历史基线: part one of a document approved before this system, as the year's approved baseline. */
export function importApprovedDepartmentTargets(command: ImportApprovedDepartmentTargets, state: DepartmentTargetsState): DepartmentTargetsEvent[] {
  const scope = departmentScope(command);
  requireImporter(command.actor, scope, 'APPROVED', messages.departmentTargets.importing(false));
  const content = departmentTargetsContent(command.input, null);
  const key = { departmentCode: command.departmentCode, fiscalYear: command.fiscalYear };
  if (state.lifecycle === 'NONE') {
    return [{ type: 'DepartmentTargetsBaselineImported', data: { ...key, version: firstVersion, content, importedBy: actingUser(command.actor), source: command.source } }];
  }
  const { baseline } = state;
  if (baseline !== null && sameDepartmentContent(baseline.content, content)) return [];
  throw new DomainError('CONFLICT', messages.departmentTargets.importConflict({ ...key, state: describeDepartmentTargets(state) }));
}
