import { auditTrailProjection } from './audit-trail/audit-trail-projection.js';
import type { Projection } from './projection.js';
import { targetTablesProjection } from './target-tables/target-table-projection.js';

/** Every view the API serves; the runner keeps each of them up to date. */
export function allProjections(): Projection[] {
  return [targetTablesProjection, auditTrailProjection];
}
