import type { Comparator } from '../target-table/target-table-content.js';

/**
 * A performance-target document (绩效目标) as the importer reads it from the text of a
 * published PDF. Every text is kept exactly as printed (wrapped cells joined without
 * inventing spaces); amounts are exact decimal strings in the document's currency unit
 * (e.g. "723.00" in 万元), null where the document has none.
 */
export interface ParsedTargetDocument {
  fiscalYear: number | null;
  overall: OverallTargets;
  projects: ParsedProjectTable[];
}

/** Part one: the department's overall goal, its sub-goals with their indicators, the safeguards. */
export interface OverallTargets {
  goal: string;
  subGoals: Array<{ title: string; goal: string; indicators: string[] }>;
  safeguards: Array<{ title: string; text: string }>;
}

/** One project table of part two. */
export interface ParsedProjectTable {
  /** The table's number in the document (1, 2, …). */
  seq: number;
  title: string;
  unitCode: string;
  unitName: string;
  /** As printed, e.g. 万元. */
  currencyUnit: string;
  code: string;
  name: string;
  budget: { total: string | null; fiscal: string | null; other: string | null };
  purpose: string;
  spendingPlan: { mar: string | null; jun: string | null; oct: string | null; dec: string | null };
  goals: string[];
  indicators: ParsedIndicatorRow[];
  /** What is wrong with the table, in words a person can act on (validation findings and what only the importer sees). */
  anomalies: string[];
  /** Lines of the source text the table spans, from 1, inclusive (rows of its worksheet, for a workbook). */
  lines: { from: number; to: number };
  /**
   * For a table read from a workbook: the cell of each field, by its input path (`budget.total`
   * → `Sheet1!B7`, `indicators[2].valueText` → `Sheet1!E14`), so that problems name cells.
   */
  cells?: Readonly<Record<string, string>>;
}

export interface ParsedIndicatorRow {
  level1: string;
  level2: string;
  level3: string;
  description: string;
  valueText: string;
  comparator: Comparator;
  /** Exact decimal string, null for qualitative and text targets. */
  value: string | null;
  unit: string | null;
  basis: string;
}

/** Why a table (or the whole document) could not be read; nothing is imported from it. */
export interface TargetDocumentParseFailure {
  /** The table's number, null when the failure is not inside a table. */
  seq: number | null;
  title: string | null;
  /** Line of the source text, from 1 (the row, for a workbook). */
  line: number;
  /** For a workbook: the cell, e.g. `Sheet1!D12`. */
  cell?: string;
  message: string;
}

export interface TargetDocumentParseResult {
  /** The tables that parsed; part one as far as it was found. */
  document: ParsedTargetDocument;
  failures: TargetDocumentParseFailure[];
}
