import type { Projection } from '../projection.js';
import { AuditTrailMemory } from './audit-trail-memory.js';
import { auditTrailRow, type AuditTrailRow } from './audit-trail-rows.js';
import {
  AUDIT_TRAIL,
  AUDIT_TRAIL_PROJECTION,
  AUDIT_TRAIL_TABLE_CONTENTS,
  AUDIT_TRAIL_USER_UNITS,
  migrateAuditTrail,
} from './audit-trail-schema.js';

/** Rows per statement: 25 parameters each stays far below SQLite's and PostgreSQL's limits. */
const ROWS_PER_STATEMENT = 400;

/** The audit trail: every stored event, of every capability, as one entry people can read. */
export const auditTrailProjection: Projection = {
  name: AUDIT_TRAIL_PROJECTION,
  tables: [AUDIT_TRAIL, AUDIT_TRAIL_TABLE_CONTENTS, AUDIT_TRAIL_USER_UNITS],
  migrate: migrateAuditTrail,
  async apply(trx, events) {
    const memory = new AuditTrailMemory(trx);
    const rows: AuditTrailRow[] = [];
    // In log order: an entry's "before" is what the events ahead of it left.
    for (const event of events) rows.push(await auditTrailRow(event, memory));
    await memory.save();
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      await trx.insertInto('audit_trail').values(rows.slice(start, start + ROWS_PER_STATEMENT)).execute();
    }
  },
};
