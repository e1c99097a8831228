import type { Kysely } from 'kysely';
import { columnsOf, dropViewForRebuild } from '../runner/outdated-view.js';

/** The view's name, the key of its checkpoint. */
export const AUDIT_TRAIL_PROJECTION = 'audit-trail';

export const AUDIT_TRAIL = 'audit_trail';
/** Each target table's working content as of the last applied event: what a revision changed "before". */
export const AUDIT_TRAIL_TABLE_CONTENTS = 'audit_trail_table_contents';
/** Each user's unit, so that events about a user are scoped to the unit the user belongs to. */
export const AUDIT_TRAIL_USER_UNITS = 'audit_trail_user_units';

/** One row per stored event. */
export interface AuditTrailTable {
  event_id: string;
  /**
   * Global position as 20 decimal digits with leading zeros: text orders like the number on
   * both dialects, and an EventStoreDB commit position (up to 2^64) fits where an SQLite
   * integer read back as a JavaScript number would not.
   */
  position: string;
  /** Revision in the stream: orders the events of one append that share a position. */
  revision: number;
  stream_id: string;
  /** ISO-8601 from the event's metadata, comparable as text. */
  occurred_at: string;
  event_type: string;
  kind: string;
  label: string;
  summary: string;
  subject: string;
  /** AuditDocumentKind of the subject; null for an event of a capability this build does not describe. */
  document_kind: string | null;
  /** 凭证号 of a ledger entry. */
  voucher_number: string | null;
  actor_user_id: string;
  actor_name: string;
  /** The actor's roles as ",ROLE,ROLE,", so that one role is found with LIKE on both dialects. */
  actor_roles: string;
  actor_unit_code: string | null;
  actor_section_id: string | null;
  project_code: string | null;
  fiscal_year: number | null;
  version: number | null;
  step: string | null;
  /** The unit the subject belongs to: who besides AUDITOR and ADMIN may read the entry. */
  unit_code: string | null;
  reason: string | null;
  correlation_id: string;
  command_id: string;
  /** ContentFieldChange[] of a revision or an adjustment; null for other events. */
  changes_json: string | null;
}

export interface AuditTrailTableContentsTable {
  fiscal_year: number;
  project_code: string;
  content_json: string;
}

export interface AuditTrailUserUnitsTable {
  user_id: string;
  unit_code: string | null;
}

export interface AuditTrailDatabase {
  audit_trail: AuditTrailTable;
  audit_trail_table_contents: AuditTrailTableContentsTable;
  audit_trail_user_units: AuditTrailUserUnitsTable;
}

export async function migrateAuditTrail(db: Kysely<any>): Promise<void> {
  // A trail written before it told every capability apart (no document kind) is dropped and
  // rebuilt from the log, so that its older entries read as the new ones do.
  const columns = await columnsOf(db, AUDIT_TRAIL);
  if (columns !== undefined && !columns.has('document_kind')) {
    await dropViewForRebuild(db, AUDIT_TRAIL_PROJECTION, [AUDIT_TRAIL, AUDIT_TRAIL_TABLE_CONTENTS, AUDIT_TRAIL_USER_UNITS]);
  }
  await db.schema
    .createTable(AUDIT_TRAIL)
    .ifNotExists()
    .addColumn('event_id', 'text', (column) => column.primaryKey())
    .addColumn('position', 'text', (column) => column.notNull())
    .addColumn('revision', 'integer', (column) => column.notNull())
    .addColumn('stream_id', 'text', (column) => column.notNull())
    .addColumn('occurred_at', 'text', (column) => column.notNull())
    .addColumn('event_type', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('label', 'text', (column) => column.notNull())
    .addColumn('summary', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('document_kind', 'text')
    .addColumn('voucher_number', 'text')
    .addColumn('actor_user_id', 'text', (column) => column.notNull())
    .addColumn('actor_name', 'text', (column) => column.notNull())
    .addColumn('actor_roles', 'text', (column) => column.notNull())
    .addColumn('actor_unit_code', 'text')
    .addColumn('actor_section_id', 'text')
    .addColumn('project_code', 'text')
    .addColumn('fiscal_year', 'integer')
    .addColumn('version', 'integer')
    .addColumn('step', 'text')
    .addColumn('unit_code', 'text')
    .addColumn('reason', 'text')
    .addColumn('correlation_id', 'text', (column) => column.notNull())
    .addColumn('command_id', 'text', (column) => column.notNull())
    .addColumn('changes_json', 'text')
    .execute();
  // The order of every page and its cursor.
  await db.schema.createIndex('audit_trail_order').ifNotExists().unique().on(AUDIT_TRAIL).columns(['position', 'revision']).execute();
  // One index per filter that picks few entries out of many; the matches are then sorted by
  // position. Kind, document kind and role have too few values for an index to pay for what it costs every write.
  const filterIndexes: Array<[string, string[]]> = [
    ['project', ['project_code', 'fiscal_year']],
    ['stream', ['stream_id']],
    ['actor', ['actor_user_id']],
    ['actor_name', ['actor_name']],
    ['unit', ['unit_code']],
    ['time', ['occurred_at']],
    ['correlation', ['correlation_id']],
    ['voucher', ['voucher_number']],
  ];
  for (const [name, columns] of filterIndexes) {
    await db.schema.createIndex(`audit_trail_by_${name}`).ifNotExists().on(AUDIT_TRAIL).columns(columns).execute();
  }
  await db.schema
    .createTable(AUDIT_TRAIL_TABLE_CONTENTS)
    .ifNotExists()
    .addColumn('fiscal_year', 'integer', (column) => column.notNull())
    .addColumn('project_code', 'text', (column) => column.notNull())
    .addColumn('content_json', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('audit_trail_table_contents_key', ['fiscal_year', 'project_code'])
    .execute();
  await db.schema
    .createTable(AUDIT_TRAIL_USER_UNITS)
    .ifNotExists()
    .addColumn('user_id', 'text', (column) => column.primaryKey())
    .addColumn('unit_code', 'text')
    .execute();
}
