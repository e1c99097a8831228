import type { FieldProblem } from '../shared/domain-error.js';

/** Which table a command is about: one project (项目编码) in one fiscal year. */

const maxProjectCodeLength = 40;
const projectCodeShape = /^[A-Za-z0-9]+$/;
const firstFiscalYear = 2000;
const lastFiscalYear = 2100;

export function targetTableKeyProblems(projectCode: unknown, fiscalYear: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const example = 'e.g. 13052922P00584010316P';
  if (typeof projectCode !== 'string' || projectCode.trim() === '') {
    problems.push({ field: 'projectCode', message: `is required: give the project code (项目编码), ${example}` });
  } else if (projectCode.length > maxProjectCodeLength) {
    problems.push({
      field: 'projectCode',
      message: `"${projectCode}" is ${projectCode.length} characters long: a project code has at most ${maxProjectCodeLength}`,
    });
  } else if (!projectCodeShape.test(projectCode)) {
    // Codes wrap across lines in the published PDFs; a space or line break left inside is the usual cause.
    problems.push({
      field: 'projectCode',
      message: `"${projectCode}" is not a project code: use letters and digits only, without spaces or line breaks, ${example}`,
    });
  }
  if (typeof fiscalYear !== 'number' || !Number.isInteger(fiscalYear) || fiscalYear < firstFiscalYear || fiscalYear > lastFiscalYear) {
    problems.push({
      field: 'fiscalYear',
      message: `${String(fiscalYear)} is not a fiscal year: give a whole year from ${firstFiscalYear} to ${lastFiscalYear}, e.g. 2022`,
    });
  }
  return problems;
}
