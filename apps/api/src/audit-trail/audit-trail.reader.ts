import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@app/event-store';
import { namePeople } from '@app/domain';
import { DirectoryReader } from '../directory/directory.reader.js';
import { countAuditTrail, findAuditTrailEntries, type AuditTrailEntryView, type AuditTrailFilter as QueryFilter, type ReadStore } from '@app/projections';
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
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly directory: DirectoryReader,
  ) {}

  async page(
    caller: Actor,
    filter: AuditTrailFilter,
    order: AuditTrailOrder,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionShape<AuditTrailEntry>> {
    const requested = pageRequest(first, after);
    const scoped = scopedAuditTrailFilter(caller, queryFilter(filter));
    const { db } = this.readStore;
    const page = await findAuditTrailEntries(db, scoped, order, requested);
    const nameOf = await this.directory.names();
    return {
      edges: page.entries.map((entry) => ({ cursor: entry.cursor, node: toEntry(entry, nameOf) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      get totalCount() {
        return countAuditTrail(db, scoped);
      },
    };
  }
}

function queryFilter(filter: AuditTrailFilter): QueryFilter {
  return Object.fromEntries(Object.entries(withoutNulls(filter)).map(([name, value]) => [name, value instanceof Date ? requireInstant(value, `filter.${name}`).toISOString() : value])) as QueryFilter;
}

/** A summary names people by marker (e.g. for whom a substitute decided): the directory's names go in as the trail is read. */
function toEntry(entry: AuditTrailEntryView, nameOf: (userId: string) => string | undefined): AuditTrailEntry {
  return {
    ...entry,
    summary: namePeople(entry.summary, nameOf),
    id: entry.eventId,
    position: String(entry.position),
    at: entry.occurredAt,
    kind: entry.kind as AuditActionKind,
    documentKind: entry.documentKind as AuditDocumentKind | null,
    actor: { ...entry.actor, roles: entry.actor.roles as Role[] },
    changes: entry.changes === null ? null : entry.changes.map(contentFieldChangeOf),
  };
}
