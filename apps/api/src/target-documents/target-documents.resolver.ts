import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { Clock } from '../clock/clock.js';
import { commandContextFromRequest } from '../commands/command-as-caller.js';
import { TargetTableStatus } from '../target-tables/target-table.model.js';
import { TargetDocumentImporter } from './target-document-importer.js';
import { ImportTargetDocumentPayload, TableImportOutcome } from './target-document-import.payload.js';
import type { TargetDocumentImportReport } from './target-document-import.js';
import { ImportModeInput, ImportTargetDocumentInput, ImportTargetTableWorkbookInput } from './target-document.inputs.js';
import { workbookDocument } from './workbook-document.js';

@Resolver()
export class TargetDocumentsResolver {
  constructor(
    private readonly importer: TargetDocumentImporter,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => ImportTargetDocumentPayload, {
    description:
      '导入: import a performance-target document as drafts of the owning sections (DRAFT: a preparer of the section, the unit’s office or an administrator) ' +
      'or as approved historical baselines (APPROVED: the unit’s office or an administrator). Importing the same document again changes nothing.',
  })
  async importTargetDocument(@Args('input') input: ImportTargetDocumentInput, @Context() { req }: RequestContext): Promise<ImportTargetDocumentPayload> {
    const { commandId, correlationId } = commandContextFromRequest(req, { type: 'ImportTargetDocument', input }, this.clock.now());
    const report = await this.importer.import({
      text: input.text,
      fiscalYear: input.fiscalYear ?? null,
      mode: input.mode,
      sourceName: input.sourceName?.trim() || 'document',
      sectionId: input.sectionId?.trim() || null,
      departmentCode: input.departmentCode?.trim() || null,
      importValidOnly: input.importValidOnly ?? false,
      dryRun: input.dryRun ?? false,
      actor: actorOf(req),
      correlationId,
    });
    return payloadOf(commandId, report);
  }

  @Mutation(() => ImportTargetDocumentPayload, {
    description:
      '导入 Excel: filled 项目支出绩效目标表 worksheets (.xlsx, base64) imported as importTargetDocument imports a text — same roles, checks, dry run and ' +
      'all-or-nothing — with what cannot be read named by cell (Sheet1!D12). Importing the same file again changes nothing.',
  })
  async importTargetTableWorkbook(@Args('input') input: ImportTargetTableWorkbookInput, @Context() { req }: RequestContext): Promise<ImportTargetDocumentPayload> {
    const { commandId, correlationId } = commandContextFromRequest(req, { type: 'ImportTargetTableWorkbook', input }, this.clock.now());
    const options = {
      fiscalYear: input.fiscalYear ?? null,
      mode: input.mode,
      sourceName: input.sourceName?.trim() || 'workbook.xlsx',
      sectionId: input.sectionId?.trim() || null,
      importValidOnly: input.importValidOnly ?? false,
      dryRun: input.dryRun ?? false,
      actor: actorOf(req),
      correlationId,
    };
    const report = await this.importer.importRead(options, () => workbookDocument(Buffer.from(input.contentBase64, 'base64'), 'contentBase64'));
    return payloadOf(commandId, report);
  }
}

function payloadOf(commandId: string, report: TargetDocumentImportReport): ImportTargetDocumentPayload {
  return {
    commandId,
    documentSha256: report.documentSha256,
    fiscalYear: report.fiscalYear,
    mode: ImportModeInput[report.mode],
    tables: report.tables.map((table) => ({
      ...table,
      outcome: TableImportOutcome[table.outcome],
      status: table.status === null ? null : TargetTableStatus[table.status],
      position: table.position === undefined ? null : String(table.position),
    })),
    failures: report.failures,
    departmentTargets:
      report.departmentTargets === null
        ? null
        : {
            ...report.departmentTargets,
            outcome: TableImportOutcome[report.departmentTargets.outcome],
            status: report.departmentTargets.status === null ? null : TargetTableStatus[report.departmentTargets.status],
            position: report.departmentTargets.position === undefined ? null : String(report.departmentTargets.position),
          },
    position: String(report.position ?? 0n),
  };
}
