import { requireTargetTableFilterInScope, targetTableReadScope, type TargetTableReadScope, messages } from '@app/domain';
import type { Actor } from '@app/event-store';

/** What a list of projects covers: one unit or every unit, and of them only what the caller reads. */
export interface UnitListScope {
  unitCode?: string;
  readableIn: TargetTableReadScope;
}

/**
 * The projects of one unit, or of every unit, whose target tables the caller may read (the
 * domain's read scope, so every view lists the same projects); a unit wholly outside it is
 * FORBIDDEN, so an empty list never hides a refusal.
 */
export function unitListScope(actor: Actor, unitCode: string | null | undefined, listing: string): UnitListScope {
  const readableIn = targetTableReadScope(actor);
  if (unitCode === null || unitCode === undefined) return { readableIn };
  requireTargetTableFilterInScope(actor, { unitCode }, { listing, instead: messages.api.leaveUnitOut });
  return { unitCode, readableIn };
}
