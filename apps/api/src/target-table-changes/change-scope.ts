import type { Actor } from '@app/event-store';
import { ApiError } from '../graphql/api-error.js';
import { readsEverything, rolesHeld, unitOf, messages } from '@app/domain';

/**
 * Which unit's target-table changes the caller may follow: a unit they belong to, or — for
 * an AUDITOR or ADMIN — any unit, and every unit when none is named. FORBIDDEN names what
 * is missing.
 */
export function followedUnits(actor: Actor, unitCode: string | null): string | 'ALL' {
  const everyUnit = readsEverything(actor);
  if (unitCode === null) {
    if (everyUnit) return 'ALL';
    if (actor.unitCode !== null) return actor.unitCode;
    throw new ApiError(
      'FORBIDDEN',
      messages.api.followNeedsUnit(rolesHeld(actor)),
    );
  }
  if (everyUnit || actor.unitCode === unitCode) return unitCode;
  throw new ApiError(
    'FORBIDDEN',
    messages.api.followOtherUnit({ unitCode, unit: unitOf(actor), rolesHeld: rolesHeld(actor) }),
  );
}
