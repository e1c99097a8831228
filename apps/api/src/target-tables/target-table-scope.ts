import type { TargetTableInput } from '@app/domain';
import type { Actor } from '@app/event-store';
import { ApiError } from '../graphql/api-error.js';
import { placeOf, rolesHeld } from '@app/domain';

/**
 * Drafting and revising need a preparer (科室经办人, PREPARER) of the content's unit and
 * section, checked before the command is sent; the target-table decider checks it again,
 * together with the section the stored table already has. A content naming no section is
 * open to the preparers of its unit, as the decider has it.
 */
export function requirePreparerScope(actor: Actor, content: Pick<TargetTableInput, 'unitCode' | 'sectionId'>, doing: string): void {
  const sectionId = content.sectionId === undefined || content.sectionId === null || content.sectionId === '' ? null : content.sectionId;
  const scope = sectionId === null ? `unit ${content.unitCode}` : `section ${sectionId} in unit ${content.unitCode}`;
  const needed = `${doing} needs a preparer (科室经办人, role PREPARER) of ${scope}`;
  if (!actor.roles.includes('PREPARER')) {
    throw new ApiError('FORBIDDEN', `${needed}: you do not have the PREPARER role (${rolesHeld(actor)}).`);
  }
  if (actor.unitCode !== content.unitCode || (sectionId !== null && actor.sectionId !== sectionId)) {
    throw new ApiError('FORBIDDEN', `${needed}: you are a preparer of ${placeOf(actor)}.`);
  }
}
