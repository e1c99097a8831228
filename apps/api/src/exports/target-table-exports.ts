import { Inject, Injectable } from '@nestjs/common';
import {
  mayReadTargetTable,
  messages,
  requireTargetTableFilterInScope,
  targetTableReadScope,
  targetTableStatusLabels,
  type TargetTableStatus,
} from '@app/domain';
import type { Actor } from '@app/event-store';
import { sheetName, targetTableForm, targetTableTemplate, type FormSheet } from '@app/forms';
import { findTargetTable, listTargetTables, MAX_PAGE_SIZE, type ReadStore, type TargetTableView } from '@app/projections';
import { Clock } from '../clock/clock.js';
import { DirectoryReader } from '../directory/directory.reader.js';
import { ApiError } from '../graphql/api-error.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import { fileNamePart } from './content-disposition.js';
import type { ExportFile } from './export-file.js';

/**
 * 项目支出绩效目标表 for download, read from the same view and by the same read scope as the
 * `targetTable` and `targetTables` queries (docs/security.md): what a person may not read
 * is answered exactly as what does not exist.
 */
@Injectable()
export class TargetTableExports {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly clock: Clock,
    private readonly directory: DirectoryReader,
  ) {}

  /** An empty 项目支出绩效目标表 of the caller's unit for this year (the year given, else the current one) to fill in and import. */
  async template(actor: Actor, fiscalYear: number | null): Promise<ExportFile> {
    const year = fiscalYear ?? Number(this.clock.now().toISOString().slice(0, 4));
    const { state } = await this.directory.current();
    const unitCode = actor.unitCode ?? '';
    const words = messages.forms.targetTable;
    return {
      fileName: fileNamePart(words.templateName(year)),
      asciiName: `target-table-template-${year}.xlsx`,
      title: words.title,
      sheets: [targetTableTemplate({ fiscalYear: year, unitCode, unitName: state.units.get(unitCode)?.name ?? '' })],
    };
  }

  async one(actor: Actor, fiscalYear: number, projectCode: string): Promise<ExportFile> {
    const view = await findTargetTable(this.readStore.db, projectCode, fiscalYear);
    // One answer for "none" and "not yours": a refusal must not tell that the table exists.
    if (view === undefined || !mayReadTargetTable(targetTableReadScope(actor), view)) {
      throw new ApiError('NOT_FOUND', messages.api.noTable({ projectCode, fiscalYear }));
    }
    const words = messages.forms.targetTable;
    return {
      fileName: fileNamePart(words.fileName({ fiscalYear, name: view.content.name })),
      asciiName: `target-table-${fiscalYear}-${projectCode}.xlsx`,
      title: `${words.title} ${view.content.name}`,
      sheets: [this.form(view, actor, words.title)],
    };
  }

  /** Every table of a year the caller may read, of one unit when given: a worksheet each, in project-code order. */
  async ofYear(actor: Actor, fiscalYear: number, unitCode: string | null): Promise<ExportFile> {
    if (unitCode !== null) requireTargetTableFilterInScope(actor, { unitCode }, { listing: messages.forms.exports.listing, instead: messages.api.leaveUnitOut });
    const views = await this.allOf(actor, fiscalYear, unitCode);
    if (views.length === 0) throw new ApiError('NOT_FOUND', messages.forms.exports.noTablesOf({ fiscalYear, unitCode }));
    const taken = new Set<string>();
    const sheets = views.map((view, index) => {
      const name = sheetName(messages.forms.targetTable.sheetOf({ seq: index + 1, name: view.content.name }), taken);
      taken.add(name);
      return this.form(view, actor, name);
    });
    const unit = unitCode === null ? null : `${unitCode}${views[0]!.unitName}`;
    return {
      fileName: fileNamePart(messages.forms.targetTable.workbookName({ fiscalYear, unit })),
      asciiName: `target-tables-${fiscalYear}${unitCode === null ? '' : `-${unitCode}`}.xlsx`,
      title: messages.forms.targetTable.title,
      sheets,
    };
  }

  private async allOf(actor: Actor, fiscalYear: number, unitCode: string | null): Promise<TargetTableView[]> {
    const filter = { fiscalYear, ...(unitCode === null ? {} : { unitCode }), readableIn: targetTableReadScope(actor) };
    const views: TargetTableView[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await listTargetTables(this.readStore.db, filter, { first: MAX_PAGE_SIZE, ...(after === undefined ? {} : { after }) });
      views.push(...page.rows);
      if (!page.hasNextPage || page.endCursor === null) return views;
      after = page.endCursor;
    }
  }

  private form(view: TargetTableView, actor: Actor, sheet: string): FormSheet {
    return targetTableForm({
      projectCode: view.projectCode,
      fiscalYear: view.fiscalYear,
      content: view.content,
      state: { status: targetTableStatusLabels[view.status as TargetTableStatus] ?? view.status, version: view.version },
      stamp: { position: String(view.position), shownAt: view.updatedAt, exportedAt: this.clock.now().toISOString(), exportedBy: actor.displayName },
      sheet,
    });
  }
}
