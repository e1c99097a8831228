import type { Actor } from '@app/event-store';
import type { AuditTrailFilter } from '@app/projections';
import { ApiError } from '../graphql/api-error.js';
import { readsEverything } from '@app/domain';

const wholeTrail = 'The whole audit trail is for auditors (审计, role AUDITOR) and administrators (管理员, role ADMIN)';

/**
 * What of the trail the caller may read (docs/domain-rules.md, who may read): AUDITOR and ADMIN everything;
 * anyone else the entries whose subject belongs to their own unit, without sign-in attempts.
 * Asking outside that is refused rather than answered with an empty page, so nobody takes
 * "nothing you may see" for "nothing happened".
 */
export function scopedAuditTrailFilter(actor: Actor, filter: AuditTrailFilter): AuditTrailFilter {
  if (readsEverything(actor)) return filter;
  if (actor.unitCode === null) {
    throw new ApiError('FORBIDDEN', `${wholeTrail}; others read the entries of their own unit, and you belong to no unit.`);
  }
  if (filter.unitCode !== undefined && filter.unitCode !== actor.unitCode) {
    throw new ApiError('FORBIDDEN', `${wholeTrail}; you may read the entries of your own unit ${actor.unitCode} only, not those of unit ${filter.unitCode}.`);
  }
  if (filter.kind === 'LOGIN' || filter.documentKind === 'LOGIN') {
    throw new ApiError('FORBIDDEN', 'Sign-in attempts (kind LOGIN) are for auditors (role AUDITOR) and administrators (role ADMIN) only.');
  }
  return { ...filter, unitCode: actor.unitCode, excludedKinds: ['LOGIN'] };
}
