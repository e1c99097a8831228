import { hasRole, requirePreparerOf, requireSignedIn, scopeOf } from '../approval/approval-authority.js';
import { placeOf, rolesHeld } from '../common/actor-words.js';
import { DomainError } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';
import type { Actor } from '../common/actor.js';
import type { TargetTablePlace } from '../common/read-scope.js';
import type { DraftTargetTable, ReviseTargetTableDraft } from './target-table.commands.js';

/**
 * Who may act on a table (docs/domain-rules.md), by the rules every reviewed document follows
 * (approval/approval-authority.ts): a table's scope is its content's unit and section.
 */

/**
 * A preparer of the unit and section of every place given — the table's as it is and, when
 * revising, as it will be, so nobody moves a table out of reach. A table naming no section yet
 * is open to the preparers of its unit until it does.
 */
export function requirePreparer(
  actor: Actor | undefined,
  places: readonly [TargetTablePlace, ...TargetTablePlace[]],
  doing: string,
): void {
  for (const place of places) requirePreparerOf(actor, place, doing);
}

/**
 * Who may write the content a draft or a revision carries, at the content's unit and section: a
 * preparer of them, or, for a draft imported from a document, whoever may import it. The
 * decider checks it on the content it has read; the API checks it first on the raw input, by
 * this same rule, so that someone who may not write a table hears FORBIDDEN rather than what is
 * wrong with its content. A content naming no section is open to the preparers of its unit.
 */
export function requireContentWriter(command: Pick<DraftTargetTable, 'type' | 'asImport' | 'actor'> | Pick<ReviseTargetTableDraft, 'type' | 'actor'>, place: { unitCode: string; sectionId?: string | null }): void {
  const at: TargetTablePlace = { unitCode: place.unitCode, sectionId: place.sectionId === undefined || place.sectionId === '' ? null : place.sectionId };
  if (command.type === 'DraftTargetTable' && command.asImport === true) return requireImporter(command.actor, at, 'DRAFT', messages.targetTable.importingDraft);
  if (command.actor === undefined) return;
  requirePreparer(command.actor, [at], command.type === 'DraftTargetTable' ? messages.targetTable.drafting : messages.targetTable.revisingDoing);
}

export type ImportMode = 'DRAFT' | 'APPROVED';

/**
 * Who may import a table from a document: the office (办公室) of the table's unit or an
 * administrator, as an approved baseline or as a draft; a preparer of the table's section
 * as a draft only. The department's overall targets are imported by the same rule, placed in
 * the department's unit and no section (docs/department-targets.md).
 */
export function requireImporter(actor: Actor | undefined, content: TargetTablePlace, mode: ImportMode, doing: string): void {
  requireSignedIn(actor);
  if (hasRole(actor, 'ADMIN') || (hasRole(actor, 'OFFICE') && actor.unitCode === content.unitCode)) return;
  if (mode === 'DRAFT' && hasRole(actor, 'PREPARER')) return requirePreparer(actor, [content], doing);
  const preparerScope = mode === 'DRAFT' ? scopeOf(content) : null;
  const needed = messages.targetTable.importerNeeded({ doing, preparerScope, unitCode: content.unitCode });
  const yours = hasRole(actor, 'OFFICE') ? messages.targetTable.officeElsewhere(placeOf(actor)) : rolesHeld(actor);
  throw new DomainError('FORBIDDEN', messages.targetTable.refused({ needed, yours }));
}

/**
 * Whether the actor could import any table at all in this mode, before the document is read:
 * whoever holds none of the importing roles is refused without learning what the document holds.
 */
export function requireImportingRole(actor: Actor | undefined, mode: ImportMode): void {
  requireSignedIn(actor);
  const roles = mode === 'DRAFT' ? (['PREPARER', 'OFFICE', 'ADMIN'] as const) : (['OFFICE', 'ADMIN'] as const);
  if (roles.some((role) => hasRole(actor, role))) return;
  throw new DomainError('FORBIDDEN', messages.targetTable.importingRoleNeeded({ draft: mode === 'DRAFT', roles, rolesHeld: rolesHeld(actor) }));
}

