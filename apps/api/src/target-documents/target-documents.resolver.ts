import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { Clock } from '../clock/clock.js';
import { commandContextFromRequest } from '../commands/command-context.factory.js';
import { TargetTableStatus } from '../target-tables/target-table.model.js';
import { TargetDocumentImporter } from './target-document-importer.js';
import { ImportTargetDocumentPayload, TableImportOutcome } from './target-document-import.payload.js';
import { ImportModeInput, ImportTargetDocumentInput } from './target-document.inputs.js';

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
      importValidOnly: input.importValidOnly ?? false,
      dryRun: input.dryRun ?? false,
      actor: actorOf(req),
      correlationId,
    });
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
      position: String(report.position ?? 0n),
    };
  }
}
