import type { DepartmentTargetsInput, DirectoryState } from '@app/domain';
import type { ParsedTargetDocument } from '@app/domain/target-document/parsed-target-document.js';

/** Part one of a document as the department's overall targets: whose, and their content. */
export interface PartOneInput {
  departmentCode: string;
  input: DepartmentTargetsInput;
  /** Part one's lines: from the top of the document to the line before the first table. */
  lines: { from: number; to: number };
}

/**
 * The department's overall targets the document's part one holds, or null for a document
 * without part one. The department is the unit that publishes the document (docs/department-
 * targets.md): `departmentCode` when the import names it, else the lowest unit code of the
 * document's tables — in budget codes the department's own unit (本级) is its 001 — and its
 * name is the directory's name of that unit without 本级. The units covered are the tables'.
 */
export function partOneInput(document: ParsedTargetDocument, directory: DirectoryState, departmentCode: string | null): PartOneInput | null {
  const { overall, projects } = document;
  if (overall.goal.trim() === '' && overall.subGoals.length === 0 && overall.safeguards.length === 0) return null;
  const unitCodes = [...new Set(projects.map((table) => table.unitCode))].sort();
  const code = departmentCode ?? unitCodes[0];
  if (code === undefined) return null;
  const unitName = directory.units.get(code)?.name ?? projects.find((table) => table.unitCode === code)?.unitName ?? code;
  const firstTable = Math.min(...projects.map((table) => table.lines.from));
  return {
    departmentCode: code,
    input: {
      departmentName: unitName.replace(/本级$/u, ''),
      unitCodes: unitCodes.includes(code) ? unitCodes : [code, ...unitCodes],
      overallGoal: overall.goal,
      subGoals: overall.subGoals.map(({ title, goal, indicators }) => ({ title, goal, indicators: [...indicators] })),
      safeguards: overall.safeguards.map(({ title, text }) => ({ title, text })),
    },
    lines: { from: 1, to: Number.isFinite(firstTable) && firstTable > 1 ? firstTable - 1 : 1 },
  };
}
