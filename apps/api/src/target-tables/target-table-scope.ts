import { requirePreparer, type TargetTableInput } from '@app/domain';
import type { Actor } from '@app/event-store';

/**
 * Drafting and revising need a preparer (科室经办人, PREPARER) of the content's unit and
 * section. The decider checks it after reading the content; it is checked here, by the same
 * rule, before the command is sent, so that someone who may not write a table hears FORBIDDEN
 * rather than what is wrong with its content. A content naming no section is open to the
 * preparers of its unit.
 */
export function requirePreparerScope(actor: Actor, content: Pick<TargetTableInput, 'unitCode' | 'sectionId'>, doing: string): void {
  const sectionId = content.sectionId === undefined || content.sectionId === null || content.sectionId === '' ? null : content.sectionId;
  requirePreparer(actor, [{ unitCode: content.unitCode, sectionId }], doing);
}
