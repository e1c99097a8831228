import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus, type ICommand } from '@nestjs/cqrs';
import {
  cellOf,
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
  targetTableStatus,
  targetTableInputOf,
  targetTableStreamId,
  type FieldProblem,
  type TargetTableEvent,
  type TargetTableInput,
  type TargetTableStatus,
  departmentTargetsContent,
  departmentTargetsDecider,
  departmentTargetsStatus,
  departmentTargetsStreamId,
  messages,
} from '@app/domain';
import { DepartmentTargetsCommandMessage, type DepartmentTargetsCommandRequest } from '../department-targets/department-targets.command-handler.js';
import { partOneInput, type PartOneInput } from './part-one-input.js';
import type { ParsedProjectTable, TargetDocumentParseFailure, TargetDocumentParseResult } from '@app/domain/target-document/parsed-target-document.js';
import type { EventStore } from '@app/event-store';
import type { CommandContext, CommandOutcome } from '../commands/command-context.js';
import { DirectoryReader } from '../directory/directory.reader.js';
import { EVENT_STORE } from '../storage/storage.tokens.js';
import { TargetTableCommandMessage, type TargetTableCommandRequest } from '../target-tables/target-table.command-handler.js';
import { importCommandId, partOneImportCommandId } from './import-command-id.js';
import type { PartOneImportResult, TableImportResult, TargetDocumentImportReport, TargetDocumentImportRequest } from './target-document-import.js';
import { Clock } from '../clock/clock.js';

/** How to import, whatever the document was read from. */
export type ImportOptions = Omit<TargetDocumentImportRequest, 'text'>;

/** A document as read, with the digest its command ids derive from. */
export interface ReadDocument extends TargetDocumentParseResult {
  documentSha256: string;
}

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
    return this.importRead(request, () => {
      const documentProblem = documentTextProblem(request.text);
      if (documentProblem !== undefined) throw DomainError.validation([documentProblem]);
      const documentSha256 = createHash('sha256').update(request.text, 'utf8').digest('hex');
      return { ...parseTargetDocument(request.text, request.fiscalYear === null ? {} : { fiscalYear: request.fiscalYear }), documentSha256 };
    });
  }

  /**
   * Imports a document read otherwise than from text (a filled .xlsx template): `read` runs
   * only once the caller is known to hold an importing role, and every rule after it — the
   * checks, dry run, all-or-nothing, command ids from the document's digest — is the text's.
   */
  async importRead(request: ImportOptions, read: () => ReadDocument | Promise<ReadDocument>): Promise<TargetDocumentImportReport> {
    // Who may not import at all learns nothing of what the document holds, not even whether it reads.
    requireImportingRole(request.actor, request.mode);
    // The name is kept in every imported event's metadata, so it is checked as any stored text.
    const sourceNameProblem = textProblem(request.sourceName, 'sourceName', textLimits.sourceName);
    if (sourceNameProblem !== null) throw DomainError.validation([sourceNameProblem]);
    const { document, failures, documentSha256 } = await read();
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
    const partOne = partOneInput(document, directory, request.departmentCode ?? null);
    const partOneProblems = partOne === null ? [] : partOneContentProblems(partOne);
    const refused = [...prepared.flatMap(({ problems }) => problems), ...partOneProblems];
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

    const partOneForbidden = partOne === null || partOneProblems.length > 0 ? undefined : this.partOneForbidden(partOne, request);

    // Part one first: the tables' last position stays the answer's, as it was before part one was stored.
    const departmentTargets = await this.partOneResult(partOne, partOneProblems, partOneForbidden, request, documentSha256, fiscalYear);
    const tables: TableImportResult[] = [];
    for (const prepared of importable) tables.push(request.dryRun ? ready(prepared) : await this.importTable(prepared, request, documentSha256, fiscalYear));
    const positions = [...tables, ...(departmentTargets === null ? [] : [departmentTargets])].flatMap((table) => (table.position === undefined ? [] : [table.position]));
    return {
      documentSha256,
      fiscalYear,
      mode: request.mode,
      tables: [...tables, ...skipped.map(skippedResult)].sort((a, b) => a.seq - b.seq),
      failures,
      departmentTargets,
      position: positions.length === 0 ? undefined : positions.reduce((a, b) => (a > b ? a : b)),
    };
  }

  /** Why the caller may not import part one, when importValidOnly asks to import the rest; otherwise the refusal stops the import. */
  private partOneForbidden(partOne: PartOneInput, request: ImportOptions): string | undefined {
    try {
      requireImporter(request.actor, { unitCode: partOne.departmentCode, sectionId: null }, request.mode, messages.departmentTargets.importing(request.mode === 'DRAFT'));
      return undefined;
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'FORBIDDEN' || !request.importValidOnly) throw error;
      return messages.api.import.notPermitted(error.message);
    }
  }

  /**
   * Part one (部门整体绩效目标) stored as the tables are: a draft or the approved baseline of the
   * department's year, through the command bus, its command id derived from the document so a
   * second import is a replay. What exists otherwise is left as it is (SKIPPED with the reason).
   */
  private async partOneResult(
    partOne: PartOneInput | null,
    problems: FieldProblem[],
    forbidden: string | undefined,
    request: ImportOptions,
    documentSha256: string,
    fiscalYear: number,
  ): Promise<PartOneImportResult | null> {
    if (partOne === null) return null;
    const { departmentCode } = partOne;
    const result = { departmentCode, subGoals: partOne.input.subGoals.length, safeguards: partOne.input.safeguards.length, status: null, position: undefined };
    if (problems.length > 0) return { ...result, outcome: 'SKIPPED', reason: problems.map((problem) => problem.message).join(messages.common.problemSeparator) };
    if (forbidden !== undefined) return { ...result, outcome: 'SKIPPED', reason: forbidden };
    if (request.dryRun) return { ...result, outcome: 'READY', reason: null };
    const key = { departmentCode, fiscalYear };
    const source = { name: request.sourceName, documentSha256, lines: partOne.lines };
    const command: DepartmentTargetsCommandRequest =
      request.mode === 'APPROVED' ? { type: 'ImportApprovedDepartmentTargets', ...key, input: partOne.input, source } : { type: 'DraftDepartmentTargets', ...key, input: partOne.input, source };
    const context = this.importContext(partOneImportCommandId(documentSha256, fiscalYear, request.mode), request, source);
    const stored = await this.stored((context) => new DepartmentTargetsCommandMessage(command, context), context, departmentTargetsStreamId(fiscalYear, departmentCode));
    return { ...result, ...stored, status: await this.partOneStatus(key) };
  }

  private async partOneStatus({ departmentCode, fiscalYear }: { departmentCode: string; fiscalYear: number }): Promise<TargetTableStatus | null> {
    const history = await this.store.readStream(departmentTargetsStreamId(fiscalYear, departmentCode));
    const state = history.reduce((s, event) => departmentTargetsDecider.evolve(s, event as never), departmentTargetsDecider.initialState);
    return state.lifecycle === 'NONE' ? null : departmentTargetsStatus(state);
  }

  /**
   * Why the caller may not import this table, when importValidOnly asks to import the others
   * (an office imports its own unit's tables of a document that also holds another unit's);
   * otherwise a table the caller may not import refuses the whole import.
   */
  private importForbidden({ table, input }: PreparedTable, request: ImportOptions): string | undefined {
    try {
      requireImporter(request.actor, readTargetTableInput(input).content, request.mode, messages.api.import.importing({ seq: table.seq, code: table.code, draft: request.mode === 'DRAFT' }));
      return undefined;
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'FORBIDDEN' || !request.importValidOnly) throw error;
      return messages.api.import.notPermitted(error.message);
    }
  }

  private async importTable({ table, input }: PreparedTable, request: ImportOptions, documentSha256: string, fiscalYear: number): Promise<TableImportResult> {
    const key = { projectCode: table.code, fiscalYear };
    const source = { name: request.sourceName, documentSha256, lines: table.lines };
    const command: TargetTableCommandRequest =
      request.mode === 'APPROVED' ? { type: 'ImportApprovedTargetTable', ...key, input, source } : { type: 'DraftTargetTable', ...key, input, asImport: true };
    const commandId = importCommandId(documentSha256, fiscalYear, table.seq, request.mode);
    const result = { seq: table.seq, projectCode: table.code, name: table.name, unitCode: table.unitCode, sectionId: input.sectionId ?? null, anomalies: table.anomalies, lines: table.lines };
    const stored = await this.stored((context) => new TargetTableCommandMessage(command, context), this.importContext(commandId, request, source), targetTableStreamId(fiscalYear, table.code));
    return { ...result, ...stored, status: await this.statusOf(key) };
  }

  /** The context of one command of an import: its id derives from the document, its source is the document's lines. */
  private importContext(commandId: string, request: ImportOptions, source: CommandContext['source']): CommandContext {
    return {
      commandId,
      correlationId: request.correlationId,
      causationId: commandId,
      actor: request.actor,
      now: this.clock.now().toISOString(),
      source,
      ...(request.origin === undefined ? {} : { origin: request.origin }),
    };
  }

  /**
   * Sends one command of an import: CREATED when it wrote, UNCHANGED when it was stored already.
   * What exists otherwise (CONFLICT) is left as it is and reported SKIPPED; the rest is still imported.
   */
  private async stored(
    message: (context: CommandContext) => ICommand,
    context: CommandContext,
    streamId: string,
  ): Promise<{ outcome: 'CREATED' | 'UNCHANGED' | 'SKIPPED'; reason: string | null; position: bigint | undefined }> {
    try {
      const outcome: CommandOutcome = await this.commandBus.execute(message(context));
      return { outcome: outcome.appended ? 'CREATED' : 'UNCHANGED', reason: null, position: outcome.position };
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'CONFLICT') throw error;
      const stream = await this.store.readStream(streamId);
      return { outcome: 'SKIPPED', reason: error.message, position: stream.at(-1)?.position };
    }
  }

  private async statusOf({ projectCode, fiscalYear }: { projectCode: string; fiscalYear: number }): Promise<TargetTableStatus | null> {
    const history = await this.store.readStream(targetTableStreamId(fiscalYear, projectCode));
    const state = history.reduce((s, event) => targetTableDecider.evolve(s, event as unknown as TargetTableEvent), targetTableDecider.initialState);
    return state.lifecycle === 'NONE' ? null : targetTableStatus(state);
  }

  /**
   * The owning section of each table: the one named for its project, else the section given
   * when the table is of that section's unit, else — for a preparer's drafts — the preparer's own.
   */
  private async sectionAssignment(request: ImportOptions): Promise<(table: ParsedProjectTable) => string | null> {
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

/** What the domain would refuse in part one as read, named under partOne. */
function partOneContentProblems({ input }: PartOneInput): FieldProblem[] {
  try {
    departmentTargetsContent(input, null);
    return [];
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.problems.map((problem) => ({ field: `partOne.${problem.field}`, message: messages.api.import.partOneProblem({ field: problem.field, message: problem.message }) }));
  }
}

function failureProblem(failure: TargetDocumentParseFailure): FieldProblem {
  if (failure.cell !== undefined) return { field: failure.cell, message: `${failure.cell}：${failure.message}` };
  const where = failure.seq === null ? messages.api.import.atLine(failure.line) : messages.api.import.atTable({ seq: failure.seq, title: failure.title, line: failure.line });
  return { field: failure.seq === null ? `line ${failure.line}` : `tables[${failure.seq}]`, message: `${where}：${failure.message}` };
}

/** What the domain would refuse in a table as read (its unit name checked against the directory's), named by table and field. */
function contentProblems(table: ParsedProjectTable, input: TargetTableInput, directoryUnitName: string | null): FieldProblem[] {
  return readTargetTableInput(input, directoryUnitName).problems.map((problem) => {
    const cell = cellOf(table, problem.field);
    const where = { seq: table.seq, code: table.code, field: problem.field, message: problem.message };
    return {
      field: `tables[${table.seq}].${problem.field}`,
      message: cell === undefined ? messages.api.import.tableProblem({ ...where, from: table.lines.from, to: table.lines.to }) : messages.api.import.cellProblem({ ...where, cell }),
    };
  });
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
