import type { Actor } from '@app/event-store';
import type { AuditTrailFilter } from '@app/projections';
import { ApiError } from '../graphql/api-error.js';
import { readsEverything, messages } from '@app/domain';


/**
 * What of the trail the caller may read (docs/domain-rules.md, who may read): AUDITOR and ADMIN everything;
 * anyone else the entries whose subject belongs to their own unit, without sign-in attempts.
 * Asking outside that is refused rather than answered with an empty page, so nobody takes
 * "nothing you may see" for "nothing happened".
 */
export function scopedAuditTrailFilter(actor: Actor, filter: AuditTrailFilter): AuditTrailFilter {
  if (readsEverything(actor)) return filter;
  if (actor.unitCode === null) {
    throw new ApiError('FORBIDDEN', messages.api.wholeTrailNoUnit);
  }
  if (filter.unitCode !== undefined && filter.unitCode !== actor.unitCode) {
    throw new ApiError('FORBIDDEN', messages.api.wholeTrailOtherUnit({ own: actor.unitCode, asked: filter.unitCode }));
  }
  if (filter.kind === 'LOGIN' || filter.documentKind === 'LOGIN') {
    throw new ApiError('FORBIDDEN', messages.api.loginAttemptsRestricted);
  }
  return { ...filter, unitCode: actor.unitCode, excludedKinds: ['LOGIN'] };
}
