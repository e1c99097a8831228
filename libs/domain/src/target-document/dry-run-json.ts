import type { ParsedTargetDocument } from './parsed-target-document.js';

/**
 * The parsed document as `--dry-run --json` prints it. Amounts become JSON numbers in the
 * document's unit only here, at the edge, for people to read; the exact decimal strings stay
 * in the parsed document and are what gets imported. Source line ranges are left out.
 */
export function dryRunJsonOf(document: ParsedTargetDocument): unknown {
  const amount = (text: string | null): number | null => (text === null ? null : Number(text));
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
      budget: { total: amount(project.budget.total), fiscal: amount(project.budget.fiscal), other: amount(project.budget.other) },
      purpose: project.purpose,
      spendingPlan: {
        mar: amount(project.spendingPlan.mar),
        jun: amount(project.spendingPlan.jun),
        oct: amount(project.spendingPlan.oct),
        dec: amount(project.spendingPlan.dec),
      },
      goals: project.goals,
      indicators: project.indicators.map(({ level1, level2, level3, description, valueText, comparator, value, unit, basis }) => ({
        level1,
        level2,
        level3,
        description,
        valueText,
        comparator,
        value: value === null ? null : Number(value),
        unit,
        basis,
      })),
      anomalies: project.anomalies,
    })),
  };
}
