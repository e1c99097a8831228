import { inFormOrder } from '../target-table/validation/form-order.js';
import { descriptionsNotCopied, goalsAboutOwnProject, goalsNotCopied, indicatorsNotCopied } from './copies-across-tables.js';
import type { ReviewedTable, TableReviewFinding, UnitYearReviewRule } from './review-finding.js';
import { reviewTable } from './review-table.js';

const unitYearRules: readonly UnitYearReviewRule[] = [goalsAboutOwnProject, goalsNotCopied, indicatorsNotCopied, descriptionsNotCopied];

/**
 * The checks that need a unit's whole year: copies and swapped goals between its tables. Tables
 * of other units or years given here are compared only with their own unit's year. The order
 * of `tables` decides which of two copies is named (the later one).
 */
export function reviewAcrossTables(tables: readonly ReviewedTable[]): TableReviewFinding[] {
  const groups = new Map<string, ReviewedTable[]>();
  for (const table of tables) {
    const key = `${table.content.unitCode}/${table.fiscalYear}`;
    groups.set(key, [...(groups.get(key) ?? []), table]);
  }
  return [...groups.values()].flatMap((group) => unitYearRules.flatMap((rule) => rule(group)));
}

/** Every finding of the review assistant on a unit's year: each table's own, then those across tables, table by table in form order. */
export function reviewUnitYear(tables: readonly ReviewedTable[]): TableReviewFinding[] {
  const across = reviewAcrossTables(tables);
  return tables.flatMap((table) =>
    inFormOrder([
      ...reviewTable(table.content).map((finding) => ({ ...finding, projectCode: table.projectCode, fiscalYear: table.fiscalYear })),
      ...across.filter((finding) => finding.projectCode === table.projectCode && finding.fiscalYear === table.fiscalYear),
    ]),
  );
}
