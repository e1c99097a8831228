import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@app/event-store';
import { findAuditTrail, type AuditTrailEntryView, type AuditTrailFilter as QueryFilter, type ReadStore } from '@app/projections';
import { pageRequest, withoutNulls } from '../graphql/given-arguments.js';
import { requireInstant } from '../graphql/instant-argument.js';
import type { ConnectionShape } from '../graphql/connection.js';
import type { Role } from '../directory/directory.models.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import { scopedAuditTrailFilter } from './audit-trail-scope.js';
import type { AuditTrailFilter } from './audit-trail.filter.js';
import type { AuditActionKind, AuditDocumentKind, AuditTrailEntry, AuditTrailOrder } from './audit-trail.model.js';
import { contentFieldChangeOf } from '../target-table-versions/target-table-version.model.js';

/** Serves the audit trail from the read store, within what the caller may read. */
@Injectable()
export class AuditTrailReader {
  constructor(@Inject(READ_STORE) private readonly readStore: ReadStore) {}

  async page(
    caller: Actor,
    filter: AuditTrailFilter,
    order: AuditTrailOrder,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionShape<AuditTrailEntry>> {
    const requested = pageRequest(first, after);
    const scoped = scopedAuditTrailFilter(caller, queryFilter(filter));
    const page = await findAuditTrail(this.readStore.db, scoped, order, requested);
    return {
      edges: page.entries.map((entry) => ({ cursor: entry.cursor, node: toEntry(entry) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }
}

function queryFilter(filter: AuditTrailFilter): QueryFilter {
  return Object.fromEntries(Object.entries(withoutNulls(filter)).map(([name, value]) => [name, value instanceof Date ? requireInstant(value, `filter.${name}`).toISOString() : value])) as QueryFilter;
}

function toEntry(entry: AuditTrailEntryView): AuditTrailEntry {
  return {
    ...entry,
    id: entry.eventId,
    position: String(entry.position),
    at: entry.occurredAt,
    kind: entry.kind as AuditActionKind,
    documentKind: entry.documentKind as AuditDocumentKind | null,
    actor: { ...entry.actor, roles: entry.actor.roles as Role[] },
    changes: entry.changes === null ? null : entry.changes.map(contentFieldChangeOf),
  };
}
