import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  textLimits,
  textProblem,
  documentTooLargeProblem,
  DomainError,
  MAX_TARGET_DOCUMENT_BYTES,
  notUtf8TextProblem,
  parseTargetDocument,
  readTargetTableInput,
  requireImporter,
  requireImportingRole,
  targetTableDecider,
  targetTableInputOf,
  targetTableStreamId,
  type FieldProblem,
  type TargetTableCommand,
  type TargetTableEvent,
  type TargetTableInput,
  type TargetTableStatus,
  messages,
} from '@app/domain';
import type { ParsedProjectTable, TargetDocumentParseFailure } from '@app/domain/target-document/parsed-target-document.js';
import type { EventStore } from '@app/event-store';
import type { CommandContext, CommandOutcome } from '../commands/command-context.js';
import { DirectoryReader } from '../directory/directory.reader.js';
import { EVENT_STORE } from '../storage/storage.tokens.js';
import { TargetTableCommandMessage } from '../target-tables/target-table.command-message.js';
import { importCommandId } from './import-command-id.js';
import type { TableImportResult, TargetDocumentImportReport, TargetDocumentImportRequest } from './target-document-import.js';
import { Clock } from '../clock/clock.js';

interface PreparedTable {
  table: ParsedProjectTable;
  input: TargetTableInput;
  /** What the domain would refuse in the table as read; empty when it can be imported. */
  problems: FieldProblem[];
}

/** A table left out of the import, and why. */
interface SkippedTable extends PreparedTable {
  reason: string;
}

/**
 * Imports a performance-target document: every table it holds becomes a draft of its owning
 * section or an approved historical baseline, each through the command bus like any other
 * command. Everything is checked before anything is written — what could not be read, content
 * the domain refuses, who may import which table — so a refused import stores nothing. Each
 * table's command id derives from the document, so importing it again is a replay.
 */
@Injectable()
export class TargetDocumentImporter {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly directory: DirectoryReader,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async import(request: TargetDocumentImportRequest): Promise<TargetDocumentImportReport> {
    // Who may not import at all learns nothing of what the document holds, not even whether it reads.
    requireImportingRole(request.actor, request.mode);
    // The name is kept in every imported event's metadata, so it is checked as any stored text.
    const sourceNameProblem = textProblem(request.sourceName, 'sourceName', textLimits.sourceName);
    if (sourceNameProblem !== null) throw DomainError.validation([sourceNameProblem]);
    const documentProblem = documentTextProblem(request.text);
    if (documentProblem !== undefined) throw DomainError.validation([documentProblem]);
    const documentSha256 = createHash('sha256').update(request.text, 'utf8').digest('hex');
    const { document, failures } = parseTargetDocument(request.text, request.fiscalYear === null ? {} : { fiscalYear: request.fiscalYear });
    const fiscalYear = request.fiscalYear ?? document.fiscalYear;
    if (fiscalYear === null) {
      throw DomainError.validation([{ field: 'fiscalYear', message: messages.api.import.noYear }]);
    }
    if (document.projects.length === 0 && failures.length === 0) {
      throw DomainError.validation([{ field: 'text', message: messages.api.import.noTables }]);
    }
    const sectionOf = await this.sectionAssignment(request);
    const { state: directory } = await this.directory.current();
    const prepared = document.projects.map((table): PreparedTable => {
      const input = { ...targetTableInputOf(table), sectionId: sectionOf(table) };
      return { table, input, problems: contentProblems(table, input, directory.units.get(table.unitCode)?.name ?? null) };
    });
    const refused = prepared.flatMap(({ problems }) => problems);
    if ((failures.length > 0 || refused.length > 0) && !request.importValidOnly && !request.dryRun) {
      throw DomainError.validation([...failures.map(failureProblem), ...refused]);
    }
    const skipped: SkippedTable[] = prepared
      .filter(({ problems }) => problems.length > 0)
      .map((table) => ({ ...table, reason: table.problems.map((problem) => problem.message).join(messages.common.problemSeparator) }));
    const importable: PreparedTable[] = [];
    for (const table of prepared.filter(({ problems }) => problems.length === 0)) {
      const forbidden = this.importForbidden(table, request);
      if (forbidden === undefined) importable.push(table);
      else skipped.push({ ...table, reason: forbidden });
    }

    const tables: TableImportResult[] = [];
    for (const prepared of importable) tables.push(request.dryRun ? ready(prepared) : await this.importTable(prepared, request, documentSha256, fiscalYear));
    const positions = tables.flatMap((table) => (table.position === undefined ? [] : [table.position]));
    return {
      documentSha256,
      fiscalYear,
      mode: request.mode,
      tables: [...tables, ...skipped.map(skippedResult)].sort((a, b) => a.seq - b.seq),
      failures,
      position: positions.length === 0 ? undefined : positions.reduce((a, b) => (a > b ? a : b)),
    };
  }

  /**
   * Why the caller may not import this table, when importValidOnly asks to import the others
   * (an office imports its own unit's tables of a document that also holds another unit's);
   * otherwise a table the caller may not import refuses the whole import.
   */
  private importForbidden({ table, input }: PreparedTable, request: TargetDocumentImportRequest): string | undefined {
    try {
      requireImporter(request.actor, readTargetTableInput(input).content, request.mode, messages.api.import.importing({ seq: table.seq, code: table.code, draft: request.mode === 'DRAFT' }));
      return undefined;
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'FORBIDDEN' || !request.importValidOnly) throw error;
      return messages.api.import.notPermitted(error.message);
    }
  }

  private async importTable({ table, input }: PreparedTable, request: TargetDocumentImportRequest, documentSha256: string, fiscalYear: number): Promise<TableImportResult> {
    const key = { projectCode: table.code, fiscalYear };
    const source = { name: request.sourceName, documentSha256, lines: table.lines };
    const command: TargetTableCommand =
      request.mode === 'APPROVED'
        ? { type: 'ImportApprovedTargetTable', ...key, input, actor: request.actor, source }
        : { type: 'DraftTargetTable', ...key, input, actor: request.actor, asImport: true };
    const commandId = importCommandId(documentSha256, fiscalYear, table.seq, request.mode);
    const context: CommandContext = {
      commandId,
      correlationId: request.correlationId,
      causationId: commandId,
      actor: request.actor,
      now: this.clock.now().toISOString(),
      source,
      ...(request.origin === undefined ? {} : { origin: request.origin }),
    };
    const result = { seq: table.seq, projectCode: table.code, name: table.name, unitCode: table.unitCode, sectionId: input.sectionId ?? null, anomalies: table.anomalies, lines: table.lines };
    try {
      const outcome = await this.commandBus.execute<TargetTableCommandMessage, CommandOutcome>(new TargetTableCommandMessage(command, context));
      return { ...result, outcome: outcome.appended ? 'CREATED' : 'UNCHANGED', reason: null, status: await this.statusOf(key), position: outcome.position };
    } catch (error) {
      // A table that exists otherwise is left as it is; the others are still imported.
      if (!(error instanceof DomainError) || error.code !== 'CONFLICT') throw error;
      const stream = await this.store.readStream(targetTableStreamId(fiscalYear, table.code));
      return { ...result, outcome: 'SKIPPED', reason: error.message, status: await this.statusOf(key), position: stream.at(-1)?.position };
    }
  }

  private async statusOf({ projectCode, fiscalYear }: { projectCode: string; fiscalYear: number }): Promise<TargetTableStatus | null> {
    const history = await this.store.readStream(targetTableStreamId(fiscalYear, projectCode));
    const state = history.reduce((s, event) => targetTableDecider.evolve(s, event as unknown as TargetTableEvent), targetTableDecider.initialState);
    return state.status === 'NONE' ? null : state.status;
  }

  /**
   * The owning section of each table: the one named for its project, else the section given
   * when the table is of that section's unit, else — for a preparer's drafts — the preparer's own.
   */
  private async sectionAssignment(request: TargetDocumentImportRequest): Promise<(table: ParsedProjectTable) => string | null> {
    const { state } = await this.directory.current();
    const given = request.sectionId === null ? undefined : state.sections.get(request.sectionId);
    if (request.sectionId !== null && given === undefined) {
      throw DomainError.validation([{ field: 'sectionId', message: messages.api.import.noSection(request.sectionId) }]);
    }
    const { actor } = request;
    const ownDrafts = request.mode === 'DRAFT' && actor.roles.includes('PREPARER') ? actor : undefined;
    return (table) => {
      const named = request.sectionsByProject?.get(table.code);
      if (named !== undefined) return named;
      if (given !== undefined) return given.unitCode === table.unitCode ? given.sectionId : null;
      return ownDrafts !== undefined && ownDrafts.unitCode === table.unitCode ? ownDrafts.sectionId : null;
    };
  }
}

function failureProblem(failure: TargetDocumentParseFailure): FieldProblem {
  const where = failure.seq === null ? messages.api.import.atLine(failure.line) : messages.api.import.atTable({ seq: failure.seq, title: failure.title, line: failure.line });
  return { field: failure.seq === null ? `line ${failure.line}` : `tables[${failure.seq}]`, message: `${where}：${failure.message}` };
}

/** What the domain would refuse in a table as read (its unit name checked against the directory's), named by table and field. */
function contentProblems(table: ParsedProjectTable, input: TargetTableInput, directoryUnitName: string | null): FieldProblem[] {
  return readTargetTableInput(input, directoryUnitName).problems.map((problem) => ({
    field: `tables[${table.seq}].${problem.field}`,
    message: messages.api.import.tableProblem({ seq: table.seq, code: table.code, from: table.lines.from, to: table.lines.to, field: problem.field, message: problem.message }),
  }));
}

/** What stops a text from being read as a document at all: its size, or an encoding other than UTF-8. */
function documentTextProblem(text: string): FieldProblem | undefined {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_TARGET_DOCUMENT_BYTES) return documentTooLargeProblem(bytes, 'text');
  return notUtf8TextProblem(text, 'text');
}

function skippedResult(table: SkippedTable): TableImportResult {
  return { ...notWritten(table), outcome: 'SKIPPED', reason: table.reason };
}

/** A dry run's answer for a table that importing would store. */
function ready(prepared: PreparedTable): TableImportResult {
  return { ...notWritten(prepared), outcome: 'READY', reason: null };
}

function notWritten({ table, input }: PreparedTable): Omit<TableImportResult, 'outcome' | 'reason'> {
  return {
    seq: table.seq,
    projectCode: table.code,
    name: table.name,
    unitCode: table.unitCode,
    sectionId: input.sectionId ?? null,
    status: null,
    anomalies: table.anomalies,
    lines: table.lines,
    position: undefined,
  };
}
