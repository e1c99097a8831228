import type { ExecutionScope } from '@app/projections';
import type { Actor } from '@app/event-store';
import { ApiError } from '../graphql/api-error.js';

/**
 * What a caller may read of execution, as for target tables: AUDITOR and ADMIN everything,
 * OFFICE and LEADER their unit, PREPARER and SECTION_HEAD their section. Someone holding
 * several roles reads the widest scope among them.
 */
export function executionReadScope(actor: Actor, reading = 'budget execution'): ExecutionScope {
  if (actor.roles.includes('AUDITOR') || actor.roles.includes('ADMIN')) return {};
  if (actor.unitCode !== null && (actor.roles.includes('OFFICE') || actor.roles.includes('LEADER'))) return { unitCode: actor.unitCode };
  if (actor.unitCode !== null && actor.sectionId !== null && (actor.roles.includes('PREPARER') || actor.roles.includes('SECTION_HEAD'))) {
    return { unitCode: actor.unitCode, sectionId: actor.sectionId };
  }
  throw new ApiError(
    'FORBIDDEN',
    `Reading ${reading} needs a role with a scope: AUDITOR or ADMIN (everything), OFFICE or LEADER of a unit, or PREPARER or SECTION_HEAD of a section` +
      ` (${actor.roles.length === 0 ? 'you have no role' : `you have ${actor.roles.join(', ')}`}).`,
  );
}

/** A project is read only inside the caller's scope. */
export function requireProjectInScope(
  scope: ExecutionScope,
  project: { projectCode: string; unitCode: string; sectionId: string | null },
  what = `the execution of project ${project.projectCode}`,
): void {
  if (scope.unitCode !== undefined && project.unitCode !== scope.unitCode) {
    throw new ApiError('FORBIDDEN', `Reading ${what} needs a role in unit ${project.unitCode}: you read unit ${scope.unitCode} only.`);
  }
  if (scope.sectionId !== undefined && project.sectionId !== scope.sectionId) {
    const its = project.sectionId === null ? 'it names no section' : `it belongs to section ${project.sectionId}`;
    throw new ApiError('FORBIDDEN', `Reading ${what} needs a role in its section: ${its}, and you read section ${scope.sectionId} in unit ${scope.unitCode} only.`);
  }
}

/** The overview of one unit, or of every unit the caller may read. */
export function overviewScope(scope: ExecutionScope, unitCode: string | null | undefined, reading = 'the execution'): ExecutionScope {
  if (unitCode === null || unitCode === undefined) return scope;
  if (scope.unitCode !== undefined && unitCode !== scope.unitCode) {
    throw new ApiError('FORBIDDEN', `Reading ${reading} of unit ${unitCode} needs a role in that unit, or AUDITOR: you read unit ${scope.unitCode} only.`);
  }
  return { ...scope, unitCode };
}
