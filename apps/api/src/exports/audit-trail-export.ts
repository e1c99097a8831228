import { Injectable } from '@nestjs/common';
import { DomainError, messages } from '@app/domain';
import type { Actor } from '@app/event-store';
import { auditTrailForm, chinaDateTime, type AuditTrailFormEntry } from '@app/forms';
import { AuditTrailReader } from '../audit-trail/audit-trail.reader.js';
import type { AuditTrailFilter } from '../audit-trail/audit-trail.filter.js';
import { AuditTrailOrder } from '../audit-trail/audit-trail.model.js';
import { Clock } from '../clock/clock.js';
import { boundedFilter } from '../graphql/given-arguments.js';
import { fileNamePart } from './content-disposition.js';
import type { ExportFile } from './export-file.js';

/** Most entries one export holds: an auditor narrows a larger trail (by year, project, time) first. */
export const maxAuditTrailExportEntries = 5000;
const pageSize = 100;
const integerFields = new Set(['fiscalYear', 'version']);
const instantFields = new Set(['from', 'to']);

/**
 * 审计记录 of a filter for download: the `auditTrail` query's filter given as query parameters,
 * read through its reader (so within the caller's scope), oldest first, with the filter and
 * the time of export printed on it.
 */
@Injectable()
export class AuditTrailExport {
  constructor(
    private readonly reader: AuditTrailReader,
    private readonly clock: Clock,
  ) {}

  async ofFilter(actor: Actor, query: Record<string, unknown>): Promise<ExportFile> {
    const given = Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
    const filter = boundedFilter(filterOf(given)) as AuditTrailFilter;
    const entries: AuditTrailFormEntry[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await this.reader.page(actor, filter, AuditTrailOrder.OLDEST_FIRST, pageSize, after);
      const totalCount = await page.totalCount;
      if (totalCount > maxAuditTrailExportEntries) {
        throw DomainError.validation([{ field: 'filter', message: messages.forms.auditTrail.tooMany({ count: totalCount, max: maxAuditTrailExportEntries }) }]);
      }
      entries.push(...page.edges.map(({ node }) => node));
      if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) break;
      after = page.pageInfo.endCursor;
    }
    const exportedAt = this.clock.now().toISOString();
    const stamp = chinaDateTime(exportedAt).replace(/[-: ]/g, '');
    return {
      fileName: fileNamePart(messages.forms.auditTrail.fileName(stamp)),
      asciiName: `audit-trail-${stamp}.xlsx`,
      title: messages.forms.auditTrail.title,
      sheets: [auditTrailForm({ filter: given, entries, exportedAt, exportedBy: actor.displayName })],
    };
  }
}

/** The query parameters as the GraphQL filter: only its fields, integers and instants checked as the query checks them. */
function filterOf(given: ReadonlyArray<[string, string]>): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const [name, value] of given) {
    if (!Object.hasOwn(messages.forms.auditTrail.filterFields, name)) {
      throw DomainError.validation([{ field: name, message: messages.forms.auditTrail.notAFilter(name) }]);
    }
    if (integerFields.has(name)) {
      if (!/^\d{1,9}$/.test(value)) throw DomainError.validation([{ field: `filter.${name}`, message: messages.forms.auditTrail.notANumber(name) }]);
      filter[name] = Number(value);
    } else if (instantFields.has(name)) {
      filter[name] = new Date(value);
    } else {
      filter[name] = value;
    }
  }
  return filter;
}
