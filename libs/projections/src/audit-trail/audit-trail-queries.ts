import type { ContentFieldChange } from '@app/domain';
import type { Kysely, Selectable, SelectQueryBuilder } from 'kysely';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageRequest } from '../target-tables/target-table-queries.js';
import { containsText } from '../read-store/like-pattern.js';
import { decodeAuditTrailCursor, encodeAuditTrailCursor } from './audit-trail-cursor.js';
import { rolesKey } from './audit-trail-rows.js';
import type { AuditTrailDatabase, AuditTrailTable } from './audit-trail-schema.js';

export interface AuditTrailEntryView {
  eventId: string;
  position: bigint;
  revision: number;
  streamId: string;
  occurredAt: string;
  eventType: string;
  kind: string;
  label: string;
  summary: string;
  subject: string;
  documentKind: string | null;
  voucherNumber: string | null;
  actor: { userId: string; name: string; roles: string[]; unitCode: string | null; sectionId: string | null };
  projectCode: string | null;
  fiscalYear: number | null;
  version: number | null;
  step: string | null;
  /** The unit the subject belongs to. */
  unitCode: string | null;
  reason: string | null;
  correlationId: string;
  commandId: string;
  /** For a revision or an adjustment, the fields it changed; null otherwise. */
  changes: ContentFieldChange[] | null;
  /** Where this entry is in the order of the trail, for the next page. */
  cursor: string;
}

/** Every field narrows the trail; fields left out do not. Times are ISO-8601 instants, both ends included. */
export interface AuditTrailFilter {
  projectCode?: string;
  fiscalYear?: number;
  streamId?: string;
  actorUserId?: string;
  /** The actor's name as the directory had it when they acted. */
  actorName?: string;
  /** A role the actor held when they acted. */
  role?: string;
  /** The unit the subject belongs to. */
  unitCode?: string;
  kind?: string;
  /** What was acted on: TARGET_TABLE, LEDGER, MIDTERM_REVIEW, FINAL_EVALUATION, … */
  documentKind?: string;
  /** 凭证号 of a ledger entry. */
  voucherNumber?: string;
  /** Kinds left out, e.g. sign-in attempts for a reader who may not see them. */
  excludedKinds?: readonly string[];
  version?: number;
  step?: string;
  from?: string;
  to?: string;
  correlationId?: string;
}

export type AuditTrailOrder = 'NEWEST_FIRST' | 'OLDEST_FIRST';

export interface AuditTrailPage extends AuditTrailEntriesPage {
  totalCount: number;
}

/** A page without the count of every entry matching (countAuditTrail), which a reader may not ask for. */
export interface AuditTrailEntriesPage {
  entries: AuditTrailEntryView[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export async function findAuditTrail(
  db: Kysely<AuditTrailDatabase>,
  filter: AuditTrailFilter = {},
  order: AuditTrailOrder = 'NEWEST_FIRST',
  page: PageRequest = {},
): Promise<AuditTrailPage> {
  const totalCount = await countAuditTrail(db, filter);
  return { ...(await findAuditTrailEntries(db, filter, order, page)), totalCount };
}

/** How many entries match the filter, over all pages. */
export async function countAuditTrail(db: Kysely<AuditTrailDatabase>, filter: AuditTrailFilter = {}): Promise<number> {
  const { count } = await whereFilter(db.selectFrom('audit_trail'), filter)
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** One page of the entries matching the filter, without their count (countAuditTrail). */
export async function findAuditTrailEntries(
  db: Kysely<AuditTrailDatabase>,
  filter: AuditTrailFilter = {},
  order: AuditTrailOrder = 'NEWEST_FIRST',
  page: PageRequest = {},
): Promise<AuditTrailEntriesPage> {
  const first = Math.min(page.first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const direction = order === 'NEWEST_FIRST' ? 'desc' : 'asc';
  let rowsQuery = whereFilter(db.selectFrom('audit_trail'), filter).selectAll();
  if (page.after !== undefined) {
    const { position, revision } = decodeAuditTrailCursor(page.after);
    const beyond = order === 'NEWEST_FIRST' ? '<' : '>';
    rowsQuery = rowsQuery.where((eb) =>
      eb.or([eb('position', beyond, position), eb.and([eb('position', '=', position), eb('revision', beyond, revision)])]),
    );
  }
  // One row more than asked tells whether another page follows.
  const fetched = await rowsQuery.orderBy('position', direction).orderBy('revision', direction).limit(first + 1).execute();
  const entries = fetched.slice(0, first).map(toEntry);
  return {
    entries,
    hasNextPage: fetched.length > first,
    endCursor: entries.at(-1)?.cursor ?? null,
  };
}

function whereFilter<O>(
  query: SelectQueryBuilder<AuditTrailDatabase, 'audit_trail', O>,
  filter: AuditTrailFilter,
): SelectQueryBuilder<AuditTrailDatabase, 'audit_trail', O> {
  let filtered = query;
  const equal = {
    project_code: filter.projectCode,
    fiscal_year: filter.fiscalYear,
    stream_id: filter.streamId,
    actor_user_id: filter.actorUserId,
    actor_name: filter.actorName,
    unit_code: filter.unitCode,
    kind: filter.kind,
    document_kind: filter.documentKind,
    voucher_number: filter.voucherNumber,
    version: filter.version,
    step: filter.step,
    correlation_id: filter.correlationId,
  } as const;
  for (const [column, value] of Object.entries(equal)) {
    if (value !== undefined) filtered = filtered.where(column as keyof AuditTrailTable, '=', value);
  }
  if (filter.excludedKinds !== undefined && filter.excludedKinds.length > 0) filtered = filtered.where('kind', 'not in', [...filter.excludedKinds]);
  if (filter.from !== undefined) filtered = filtered.where('occurred_at', '>=', filter.from);
  if (filter.to !== undefined) filtered = filtered.where('occurred_at', '<=', filter.to);
  if (filter.role !== undefined) {
    // _ in SECTION_HEAD is a LIKE wildcard: matched literally.
    filtered = filtered.where(containsText('actor_roles', rolesKey([filter.role])));
  }
  return filtered;
}

function toEntry(row: Selectable<AuditTrailTable>): AuditTrailEntryView {
  return {
    eventId: row.event_id,
    position: BigInt(row.position),
    revision: row.revision,
    streamId: row.stream_id,
    occurredAt: row.occurred_at,
    eventType: row.event_type,
    kind: row.kind,
    label: row.label,
    summary: row.summary,
    subject: row.subject,
    documentKind: row.document_kind,
    voucherNumber: row.voucher_number,
    actor: {
      userId: row.actor_user_id,
      name: row.actor_name,
      roles: row.actor_roles.split(',').filter((role) => role !== ''),
      unitCode: row.actor_unit_code,
      sectionId: row.actor_section_id,
    },
    projectCode: row.project_code,
    fiscalYear: row.fiscal_year,
    version: row.version,
    step: row.step,
    unitCode: row.unit_code,
    reason: row.reason,
    correlationId: row.correlation_id,
    commandId: row.command_id,
    changes: row.changes_json === null ? null : (JSON.parse(row.changes_json) as ContentFieldChange[]),
    cursor: encodeAuditTrailCursor({ position: row.position, revision: row.revision }),
  };
}
