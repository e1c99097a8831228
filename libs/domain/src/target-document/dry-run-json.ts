import type { ParsedTargetDocument } from './parsed-target-document.js';

/**
 * The parsed document as `--dry-run --json` prints it. Amounts and indicator values stay the
 * exact decimal strings of the document, in its unit (`currencyUnit`): a JSON number would be
 * a float to whoever reads it (money is never a float, docs/domain-rules.md). Source line
 * ranges are left out.
 */
export function dryRunJsonOf(document: ParsedTargetDocument): unknown {
  return {
    fiscalYear: document.fiscalYear,
    overall: document.overall,
    projects: document.projects.map((project) => ({
      seq: project.seq,
      title: project.title,
      unitCode: project.unitCode,
      unitName: project.unitName,
      currencyUnit: project.currencyUnit,
      code: project.code,
      name: project.name,
      budget: { total: project.budget.total, fiscal: project.budget.fiscal, other: project.budget.other },
      purpose: project.purpose,
      spendingPlan: { mar: project.spendingPlan.mar, jun: project.spendingPlan.jun, oct: project.spendingPlan.oct, dec: project.spendingPlan.dec },
      goals: project.goals,
      indicators: project.indicators.map(({ level1, level2, level3, description, valueText, comparator, value, unit, basis }) => ({
        level1,
        level2,
        level3,
        description,
        valueText,
        comparator,
        value,
        unit,
        basis,
      })),
      anomalies: project.anomalies,
    })),
  };
}
