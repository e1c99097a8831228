import type { TargetTableContent } from '../target-table/target-table.events.js';
import type { ReviewCode, ReviewSeverity } from './review-codes.js';

/**
 * What the review assistant says about a cell: a stable code, its severity, the field path
 * as the submission checks write it (`goals[1]`, `indicators[3].valueText`) and a Chinese
 * message naming the cell and what to change. A finding across tables names the other table
 * in `otherProjectCode` and in its message.
 */
export interface ReviewFinding {
  code: ReviewCode;
  severity: ReviewSeverity;
  field: string;
  message: string;
  otherProjectCode: string | null;
}

/** One rule about one table: pure, and silent when the table keeps it. */
export type TableReviewRule = (content: TargetTableContent) => ReviewFinding[];

/** A table as the cross-table rules see it: its key beside its content. */
export interface ReviewedTable {
  projectCode: string;
  fiscalYear: number;
  content: TargetTableContent;
}

/** A finding about one table of a unit's year. */
export interface TableReviewFinding extends ReviewFinding {
  projectCode: string;
  fiscalYear: number;
}

/** One rule over all tables of a unit's year: findings carry the table they are about. */
export type UnitYearReviewRule = (tables: readonly ReviewedTable[]) => TableReviewFinding[];

/** Stable within a table: what an acceptance ("accepted as is") refers to. */
export function findingKey(finding: Pick<ReviewFinding, 'code' | 'field' | 'otherProjectCode'>): string {
  return finding.otherProjectCode === null ? `${finding.code}@${finding.field}` : `${finding.code}@${finding.field}@${finding.otherProjectCode}`;
}
