import type { ImportMode, TargetTableStatus } from '@app/domain';
import type { TargetDocumentParseFailure } from '@app/domain/target-document/parsed-target-document.js';
import type { Actor } from '@app/event-store';
import type { CommandOrigin } from '../commands/command-context.js';

export interface TargetDocumentImportRequest {
  /** The document's text, as extracted from the published PDF. */
  text: string;
  /** The year the targets are for; null: the year the document names. */
  fiscalYear: number | null;
  mode: ImportMode;
  /** What the audit trail calls the document, e.g. its file name. */
  sourceName: string;
  /** The owning section (科室) given for the tables of its unit; null: none, or for a preparer's drafts the preparer's own. */
  sectionId: string | null;
  /** The department whose overall targets part one holds; null: the lowest unit code of the tables (part-one-input.ts). */
  departmentCode?: string | null;
  /** The owning section of each project by code; wins over sectionId (the demo data assigns them so). */
  sectionsByProject?: ReadonlyMap<string, string>;
  /** Import the tables that could be read although others could not; otherwise nothing is stored unless all were. */
  importValidOnly: boolean;
  /** Check only: report what importing would do with each table and store nothing. */
  dryRun?: boolean;
  actor: Actor;
  correlationId: string;
  origin?: CommandOrigin;
}

/** READY only in a dry run: the table can be imported. */
export type TableImportOutcome = 'CREATED' | 'UNCHANGED' | 'SKIPPED' | 'READY';

export interface TableImportResult {
  seq: number;
  projectCode: string;
  name: string;
  unitCode: string;
  sectionId: string | null;
  outcome: TableImportOutcome;
  /** Why the table was skipped; null otherwise. */
  reason: string | null;
  /** The table's status after the import; null when it still does not exist. */
  status: TargetTableStatus | null;
  anomalies: string[];
  lines: { from: number; to: number };
  /** Position of the table's last event; undefined when it has none. */
  position: bigint | undefined;
}

export interface TargetDocumentImportReport {
  documentSha256: string;
  fiscalYear: number;
  mode: ImportMode;
  tables: TableImportResult[];
  /** What could not be read (imported around only when importValidOnly was asked for). */
  failures: TargetDocumentParseFailure[];
  /** What the import did with part one, the department's overall targets; null for a document without part one. */
  departmentTargets: PartOneImportResult | null;
  /** The highest position of the imported tables: pass it as minPosition to read them. */
  position: bigint | undefined;
}

export interface PartOneImportResult {
  departmentCode: string;
  subGoals: number;
  safeguards: number;
  outcome: TableImportOutcome;
  reason: string | null;
  /** Its status after the import (the target table's words); null when it does not exist. */
  status: TargetTableStatus | null;
  position: bigint | undefined;
}
