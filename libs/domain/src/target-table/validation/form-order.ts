import type { Finding } from './finding.js';

/**
 * Findings are listed in the order a person reads the form — budget before plan, indicators by
 * row, a row's cells left to right — whichever rule found them, and a whole list before its rows.
 */
const namesInFormOrder = [
  'name',
  'unitCode',
  'unitName',
  'sectionId',
  'budget',
  'total',
  'fiscal',
  'other',
  'purpose',
  'spendingPlan',
  'mar',
  'jun',
  'oct',
  'dec',
  'goals',
  'indicators',
  'level1',
  'level2',
  'level3',
  'description',
  'valueText',
  'basis',
];

function positionOf(field: string): number[] {
  return [...field.matchAll(/[^.[\]]+/gu)].map(([token]) =>
    /^\d+$/u.test(token) ? Number(token) : rankOf(token),
  );
}

function rankOf(name: string): number {
  const rank = namesInFormOrder.indexOf(name);
  return rank === -1 ? namesInFormOrder.length : rank;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** A stable sort: findings on the same field keep the order the rules gave them. */
export function inFormOrder<F extends Pick<Finding, 'field'>>(findings: readonly F[]): F[] {
  return findings
    .map((finding) => ({ finding, position: positionOf(finding.field) }))
    .sort((a, b) => compare(a.position, b.position))
    .map(({ finding }) => finding);
}
