import 'reflect-metadata';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import {
  decodeTargetDocument,
  documentTooLargeProblem,
  DomainError,
  dryRunJsonOf,
  MAX_TARGET_DOCUMENT_BYTES,
  parseTargetDocument,
  type FieldProblem,
  type TargetDocumentParseResult,
  messages,
} from '@app/domain';
import type { Actor } from '@app/event-store';
import { AppModule } from '../../../api/src/app.module.js';
import { loadConfig } from '../../../api/src/config/app-config.js';
import { TargetDocumentImporter, type ReadDocument } from '../../../api/src/target-documents/target-document-importer.js';
import { workbookDocument } from '../../../api/src/target-documents/workbook-document.js';
import type { TargetDocumentImportReport } from '../../../api/src/target-documents/target-document-import.js';
import { importUsage, ImportUsageError, readImportArguments, type ImportArguments } from './import-arguments.js';

export interface ImportOutput {
  out(line: string): void;
  err(line: string): void;
}

/**
 * `npm run import -- <file> …`: imports a performance-target document into the store the API
 * is configured with (DATA_DIR, EVENTSTORE_CONNECTION_STRING, READ_STORE_URL), through the
 * API's own import service. Exit code 0 when the tables are there, 1 when nothing could be
 * imported, 2 for a command line that cannot be run.
 */
export async function runImportCommand(args: readonly string[], io: ImportOutput, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let options: ImportArguments;
  let source: { text: string } | { workbook: ReadDocument };
  try {
    options = readImportArguments(args);
    // A filled 目标表 template (.xlsx) is read by its cells; anything else is a text document.
    source = /\.xlsx$/iu.test(options.file) ? { workbook: await workbookDocument(readBytes(options.file), 'file') } : { text: readDocument(options.file, io) };
  } catch (error) {
    if (error instanceof DomainError) return nothingImported(error, io);
    if (!(error instanceof ImportUsageError)) throw error;
    io.err(`${error.message}\n${importUsage}`);
    return 2;
  }
  if (options.dryRun) return dryRun('text' in source ? parseTargetDocument(source.text, options.fiscalYear === null ? {} : { fiscalYear: options.fiscalYear }) : source.workbook, options, io);

  const osUser = userInfo().username;
  // The operator of the store acts as a recorded system user; the directory need not know them.
  const actor: Actor = { userId: 'system:cli', displayName: `导入命令行 (${osUser})`, roles: ['ADMIN'], unitCode: null, sectionId: null };
  const app = await NestFactory.createApplicationContext(AppModule.forConfig({ ...loadConfig(env), demoData: false }), { logger: ['error', 'warn'] });
  try {
    const request = {
      fiscalYear: options.fiscalYear,
      mode: options.mode,
      sourceName: basename(options.file),
      sectionId: options.sectionId,
      importValidOnly: options.validOnly,
      actor,
      correlationId: `cli-import-${randomUUID()}`,
      origin: { via: 'cli:import', osUser },
    };
    const importer = app.get(TargetDocumentImporter);
    const report = 'text' in source ? await importer.import({ ...request, text: source.text }) : await importer.importRead(request, () => source.workbook);
    if (options.json) io.out(JSON.stringify(reportJson(report), null, 2));
    else printReport(report, io);
    return report.tables.some((table) => table.outcome !== 'SKIPPED') ? 0 : 1;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return nothingImported(error, io);
  } finally {
    await app.close();
  }
}

function nothingImported(error: DomainError, io: ImportOutput): number {
  io.err(error.problems.length === 0 ? error.message : [messages.cli.importing.nothingImported, ...error.problems.map((problem) => `  ${problem.message}`)].join('\n'));
  return 1;
}

/** The file's bytes; its size is checked before it is read. */
function readBytes(file: string): Buffer {
  try {
    const { size } = statSync(file);
    if (size > MAX_TARGET_DOCUMENT_BYTES) throw DomainError.validation([fileProblem(file, documentTooLargeProblem(size, 'file'))]);
    return readFileSync(file);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new ImportUsageError(messages.cli.importing.unreadable({ file, why: (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : (error as Error).message }));
  }
}

/** The document's text; its size is checked before it is read, and it must be UTF-8 or GB18030 (GBK), which is then said. */
function readDocument(file: string, io: ImportOutput): string {
  const bytes = readBytes(file);
  const decoded = decodeTargetDocument(bytes, 'file');
  if ('problem' in decoded) throw DomainError.validation([fileProblem(file, decoded.problem)]);
  if (decoded.encoding !== 'UTF-8') io.err(messages.cli.importing.readAs({ file, encoding: decoded.encoding }));
  return decoded.text;
}

function fileProblem(file: string, problem: FieldProblem): FieldProblem {
  return { ...problem, message: messages.cli.fileProblem({ file, message: problem.message }) };
}

/** Shows the document as parsed; no store is opened. */
function dryRun({ document, failures }: TargetDocumentParseResult, options: ImportArguments, io: ImportOutput): number {
  if (options.json) {
    io.out(JSON.stringify(dryRunJsonOf(document), null, 2));
  } else {
    for (const table of document.projects) {
      io.out(`${String(table.seq).padStart(3)}  ${table.code}  ${table.unitCode}  ${table.name}  ${messages.cli.importing.dryRunTable({ from: table.lines.from, to: table.lines.to, anomalies: table.anomalies.length })}`);
    }
  }
  for (const failure of failures) io.err(failure.cell === undefined ? messages.cli.importing.failureAt({ line: failure.line, message: failure.message }) : `${failure.cell}：${failure.message}`);
  return failures.length === 0 ? 0 : 1;
}

function printReport(report: TargetDocumentImportReport, io: ImportOutput): void {
  io.out(messages.cli.importing.reportHead({ approved: report.mode === 'APPROVED', fiscalYear: report.fiscalYear, document: report.documentSha256.slice(0, 12) }));
  for (const table of report.tables) {
    const status = table.status ?? '-';
    io.out(`${String(table.seq).padStart(3)}  ${table.projectCode}  ${table.outcome.padEnd(9)}  ${status.padEnd(9)}  ${table.name}${table.reason === null ? '' : `\n       ${table.reason}`}`);
    for (const anomaly of table.anomalies) io.out(`       ! ${anomaly}`);
  }
  const part = report.departmentTargets;
  if (part !== null) {
    io.out(`${messages.cli.importing.partOne({ ...part, status: part.status ?? '-' })}${part.reason === null ? '' : `\n       ${part.reason}`}`);
  }
  for (const failure of report.failures) io.err(failure.cell === undefined ? messages.cli.importing.notImportedAt({ line: failure.line, message: failure.message }) : `${failure.cell}：${failure.message}`);
  const count = (outcome: string) => report.tables.filter((table) => table.outcome === outcome).length;
  io.out(messages.cli.importing.counts({ created: count('CREATED'), unchanged: count('UNCHANGED'), skipped: count('SKIPPED'), position: String(report.position ?? 0n) }));
}

/** The report as JSON: positions as decimal text. */
function reportJson(report: TargetDocumentImportReport): unknown {
  return {
    ...report,
    position: report.position?.toString() ?? null,
    tables: report.tables.map((table) => ({ ...table, position: table.position?.toString() ?? null })),
    departmentTargets: report.departmentTargets === null ? null : { ...report.departmentTargets, position: report.departmentTargets.position?.toString() ?? null },
  };
}
