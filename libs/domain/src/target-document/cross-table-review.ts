import { messages } from '../messages/messages.js';
import { reviewAcrossTables } from '../review-assistant/review-unit-year.js';
import type { ReviewedTable } from '../review-assistant/review-finding.js';
import { readTargetTableInput } from '../target-table/target-table-input.js';
import type { ParsedProjectTable } from './parsed-target-document.js';
import { placeOf } from './table-anomalies.js';
import { targetTableInputOf } from './target-table-input-of.js';

/**
 * The review assistant's checks across the tables of each unit in the document (copies,
 * swapped goals: docs/review-assistant.md) as anomalies of the table they concern. A table
 * printed twice is compared once; one that cannot be converted is left out of the comparison.
 */
export function withCrossTableReview(projects: readonly ParsedProjectTable[], fiscalYear: number | null): ParsedProjectTable[] {
  const seen = new Set<string>();
  const tables: ReviewedTable[] = projects.flatMap((project) => {
    if (seen.has(project.code)) return [];
    seen.add(project.code);
    try {
      const { content, problems } = readTargetTableInput(targetTableInputOf(project));
      return problems.length > 0 ? [] : [{ projectCode: project.code, fiscalYear: fiscalYear ?? 0, content }];
    } catch {
      return [];
    }
  });
  const findings = reviewAcrossTables(tables);
  const reported = new Set<string>();
  return projects.map((project) => {
    if (reported.has(project.code)) return project;
    reported.add(project.code);
    const own = findings.filter((finding) => finding.projectCode === project.code);
    if (own.length === 0) return project;
    const anomalies = own.map((finding) => messages.review.anomaly({ severity: messages.review.severity[finding.severity], place: placeOf(finding.field), message: finding.message }));
    return { ...project, anomalies: [...project.anomalies, ...anomalies] };
  });
}
