import type { Actor } from '@app/event-store';
import { ApiError } from '../graphql/api-error.js';
import { readsEverything, rolesHeld, unitOf } from '@app/domain';

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
      `Following target-table changes needs a unit: you belong to no unit and have neither the AUDITOR (审计) nor the ADMIN (管理员) role (${rolesHeld(actor)}).`,
    );
  }
  if (everyUnit || actor.unitCode === unitCode) return unitCode;
  throw new ApiError(
    'FORBIDDEN',
    `Following the target tables of unit ${unitCode} needs membership of that unit, or the AUDITOR (审计) or ADMIN (管理员) role: you belong to ${unitOf(actor)} (${rolesHeld(actor)}).`,
  );
}
