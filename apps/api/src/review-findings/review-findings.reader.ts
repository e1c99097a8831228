import { Inject, Injectable } from '@nestjs/common';
import {
  findingAcceptanceDecider,
  findingAcceptanceStreamId,
  findingKey,
  messages,
  requireTargetTableFilterInScope,
  reviewUnitYear,
  targetTableReadScope,
  type FindingAcceptanceEvent,
  type FindingAcceptanceState,
  type ReviewedTable,
  type TableReviewFinding,
  type Actor,
} from '@app/domain';
import type { EventStore } from '@app/event-store';
import { listTargetTables, type ReadStore } from '@app/projections';
import { EVENT_STORE, READ_STORE } from '../storage/storage.tokens.js';
import type { ReviewFindingItem } from './review-findings.models.js';

/**
 * The review assistant on demand: every table of a unit's year the reader may read, each on
 * its own and across the others (copies, swapped goals), with the acceptances kept for them.
 * Tables the reader may not read are neither reviewed nor compared with, so no finding names
 * what the reader could not see.
 */
@Injectable()
export class ReviewFindingsReader {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async tables(unitCode: string, fiscalYear: number, reader: Actor): Promise<Array<ReviewedTable & { name: string }>> {
    requireTargetTableFilterInScope(reader, { unitCode });
    const filter = { unitCode, fiscalYear, readableIn: targetTableReadScope(reader) };
    const tables: Array<ReviewedTable & { name: string }> = [];
    let after: string | undefined;
    for (;;) {
      const page = await listTargetTables(this.readStore.db, filter, { first: 100, ...(after === undefined ? {} : { after }) });
      tables.push(...page.rows.map((row) => ({ projectCode: row.projectCode, fiscalYear: row.fiscalYear, content: row.content, name: row.content.name })));
      if (!page.hasNextPage || page.endCursor === null) break;
      after = page.endCursor;
    }
    // The order decides which of two copies is named: project codes, as the document numbers them.
    return tables.sort((a, b) => (a.projectCode < b.projectCode ? -1 : a.projectCode > b.projectCode ? 1 : 0));
  }

  async findings(unitCode: string, fiscalYear: number, reader: Actor): Promise<ReviewFindingItem[]> {
    const tables = await this.tables(unitCode, fiscalYear, reader);
    const names = new Map(tables.map((table) => [table.projectCode, table.name]));
    const acceptances = new Map(await Promise.all(tables.map(async (table) => [table.projectCode, await this.acceptances(table.projectCode, fiscalYear)] as const)));
    return reviewUnitYear(tables).map((finding) => itemOf(finding, names.get(finding.projectCode) ?? '', acceptances.get(finding.projectCode)));
  }

  async acceptances(projectCode: string, fiscalYear: number): Promise<FindingAcceptanceState> {
    const history = await this.store.readStream(findingAcceptanceStreamId(fiscalYear, projectCode));
    return history.reduce((state, event) => findingAcceptanceDecider.evolve(state, event as unknown as FindingAcceptanceEvent), findingAcceptanceDecider.initialState);
  }
}

function itemOf(finding: TableReviewFinding, projectName: string, acceptances: FindingAcceptanceState | undefined): ReviewFindingItem {
  const key = findingKey(finding);
  const accepted = acceptances?.accepted[key];
  return {
    projectCode: finding.projectCode,
    fiscalYear: finding.fiscalYear,
    projectName,
    key,
    code: finding.code,
    severity: finding.severity,
    severityLabel: messages.review.severity[finding.severity],
    field: finding.field,
    message: finding.message,
    otherProjectCode: finding.otherProjectCode,
    accepted: accepted === undefined ? null : { reason: accepted.reason, acceptedBy: accepted.acceptedBy.userId },
  };
}
