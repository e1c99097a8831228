import { messages } from '../messages/messages.js';
import { leadingGroupLabel, level1KindOf, parseTarget } from '../target-table/indicator-target.js';
import type { IndicatorRowCells } from './indicator-rows.js';
import type {
  ParsedIndicatorRow,
  ParsedProjectTable,
  ParsedTargetDocument,
  TargetDocumentParseFailure,
  TargetDocumentParseResult,
} from './parsed-target-document.js';
import { readPartOne } from './part-one.js';
import { readTableBody } from './project-table.js';
import { withCrossTableReview } from './cross-table-review.js';
import { withRepeatedTablesReported } from './repeated-tables.js';
import { isPageNumberAt, joinedText, type SourceLine, sourceLinesOf } from './source-lines.js';
import { validationAnomalies } from './table-anomalies.js';
import { TableParseError } from './table-parse-error.js';
import { isAmountUnit } from './target-table-input-of.js';

export interface ParseOptions {
  /** The budget year; read from the document (…年度, or the year in the project codes) when absent. */
  fiscalYear?: number;
}

/**
 * Reads a performance-target document from the text of its PDF: part one, then every project
 * table of part two. A table that cannot be read becomes a failure naming it and the line;
 * the others are still returned. Never throws on bad input.
 */
export function parseTargetDocument(text: string, options: ParseOptions = {}): TargetDocumentParseResult {
  const lines = sourceLinesOf(text);
  const tables = tableStarts(lines);
  const partTwo = lines.findIndex((line) => /^第\s*二\s*部\s*分$/u.test(line.text));
  const partOneEnd = partTwo >= 0 ? partTwo : (tables[0]?.titleIndex ?? lines.length);
  const overall = readPartOne(lines.slice(0, partOneEnd).filter((_, i, all) => !isPageNumberAt(all, i)));

  const projects: ParsedProjectTable[] = [];
  const failures: TargetDocumentParseFailure[] = [];
  if (tables.length === 0) {
    failures.push({
      seq: null,
      title: null,
      line: 1,
      message: messages.documentImport.noTable,
    });
  }
  for (const [k, table] of tables.entries()) {
    const end = tables[k + 1]?.titleIndex ?? lines.length;
    const titleLines = lines.slice(table.titleIndex, table.unitIndex);
    const title = joinedText(titleLines).replace(tableNumber, '');
    try {
      projects.push(projectOf(table, title, lines.slice(table.unitIndex + 1, end), lines.slice(table.titleIndex, end)));
    } catch (error) {
      if (!(error instanceof TableParseError)) throw error;
      failures.push({ seq: table.seq, title, line: error.line, message: messages.documentImport.tableFailure({ seq: table.seq, title, message: error.message }) });
    }
  }
  const fiscalYear = options.fiscalYear ?? fiscalYearIn(lines, projects);
  const document: ParsedTargetDocument = {
    fiscalYear,
    overall,
    projects: withCrossTableReview(withRepeatedTablesReported(projects), fiscalYear),
  };
  return { document, failures };
}

interface TableStart {
  seq: number;
  titleIndex: number;
  unitIndex: number;
  unitCode: string;
  unitName: string;
  currencyUnit: string;
}

const unitLine = /^(\d{3,})\s*(\S.*?)\s*单位\s*[：:]\s*(\S+)$/u;
const tableNumber = /^(\d+)\s*[.．、]\s*/u;
const maxTitleLines = 4;

/** A table is found by its unit line; its numbered title is in the few lines above. */
function tableStarts(lines: readonly SourceLine[]): TableStart[] {
  const starts: TableStart[] = [];
  for (const [unitIndex, line] of lines.entries()) {
    const unit = unitLine.exec(line.text);
    if (unit === null) continue;
    let titleIndex = unitIndex - 1;
    let seen = 0;
    while (titleIndex >= 0 && seen < maxTitleLines && !tableNumber.test(lines[titleIndex]?.text ?? '')) {
      if (lines[titleIndex]?.text !== '') seen += 1;
      titleIndex -= 1;
    }
    const seq = tableNumber.exec(lines[titleIndex]?.text ?? '')?.[1];
    if (titleIndex < 0 || seen >= maxTitleLines || seq === undefined) continue;
    const [, unitCode = '', unitName = '', currencyUnit = ''] = unit;
    starts.push({ seq: Number(seq), titleIndex, unitIndex, unitCode, unitName, currencyUnit });
  }
  return starts;
}

function projectOf(
  table: TableStart,
  title: string,
  body: readonly SourceLine[],
  all: readonly SourceLine[],
): ParsedProjectTable {
  const unitLineNumber = all[table.unitIndex - table.titleIndex]?.number ?? 0;
  if (!isAmountUnit(table.currencyUnit)) {
    throw new TableParseError(unitLineNumber, messages.documentImport.notAnAmountUnit(table.currencyUnit));
  }
  const { head, rows } = readTableBody(body);
  const printed = all.filter((line) => line.text !== '');
  const project: ParsedProjectTable = {
    seq: table.seq,
    title,
    unitCode: table.unitCode,
    unitName: table.unitName,
    currencyUnit: table.currencyUnit,
    code: head.code,
    name: head.name,
    budget: head.budget,
    purpose: head.purpose,
    spendingPlan: head.spendingPlan,
    goals: head.goals,
    indicators: inheritLevels(rows),
    anomalies: [],
    lines: { from: printed[0]?.number ?? 0, to: printed[printed.length - 1]?.number ?? 0 },
  };
  const rowLines = rows.map((row) => row.line);
  return {
    ...project,
    anomalies: [...head.anomalies, ...rowAnomalies(project.indicators, rows), ...validationAnomalies(project, rowLines)],
  };
}

/** 一级指标 and 二级指标 are merged cells: rows below the first of a group, also on the next page, carry none. */
function inheritLevels(rows: readonly IndicatorRowCells[]): ParsedIndicatorRow[] {
  let level1 = '';
  let level2 = '';
  return rows.map((row) => {
    if (row.level1 !== null) {
      level1 = row.level1;
      level2 = '';
    }
    if (row.level2 !== null) level2 = row.level2;
    const target = parseTarget(row.valueText, level1KindOf(level1), level2);
    return {
      level1,
      level2,
      level3: row.level3,
      description: row.description,
      valueText: row.valueText,
      comparator: target.comparator,
      value: target.value,
      unit: target.unit,
      basis: row.basis,
    };
  });
}

const cellLabels = { description: '绩效指标描述', valueText: '指标值', basis: '指标值确定依据' } as const;

/** What only the importer sees in the rows: a cell the row lacks, a value cell holding only a word. */
function rowAnomalies(indicators: readonly ParsedIndicatorRow[], rows: readonly IndicatorRowCells[]): string[] {
  return rows.flatMap((row, i) => {
    const indicator = indicators[i];
    const where = messages.documentImport.indicatorAt({ index: i, line: row.line, level3: row.level3 });
    const found: string[] = [];
    if (row.missing !== null) {
      found.push(messages.documentImport.cellMissing({ where, cell: cellLabels[row.missing] }));
    }
    if (indicator !== undefined && indicator.comparator === 'text' && !/[0-9０-９]/u.test(indicator.valueText) && indicator.valueText !== '') {
      found.push(messages.documentImport.valueWithoutNumber({ where, valueText: indicator.valueText }));
    }
    const label = indicator === undefined ? null : leadingGroupLabel(indicator.valueText, level1KindOf(indicator.level1), indicator.level2);
    if (indicator !== undefined && label !== null) {
      const readAs = `${indicator.comparator} ${indicator.value ?? ''}${indicator.unit ?? ''}`;
      found.push(messages.documentImport.groupLabelBeforeValue({ where, valueText: indicator.valueText, label, readAs }));
    }
    return found;
  });
}

/** …年度 where the document says it; else the year every project code carries after its area code (13052922P… → 2022). */
function fiscalYearIn(lines: readonly SourceLine[], projects: readonly ParsedProjectTable[]): number | null {
  const stated = lines.map((line) => /(20\d{2})\s*年度/u.exec(line.text)?.[1]).find((year) => year !== undefined);
  if (stated !== undefined) return Number(stated);
  const years = new Set(projects.map((project) => /^\d{6}(\d{2})[A-Z]/u.exec(project.code)?.[1] ?? null));
  const [year] = [...years];
  return years.size === 1 && year !== null && year !== undefined ? 2000 + Number(year) : null;
}
