import type { FieldProblem } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';

/** Which table a command is about: one project (项目编码) in one fiscal year. */

const maxProjectCodeLength = 40;
const projectCodeShape = /^[A-Za-z0-9]+$/;
const firstFiscalYear = 2000;
const lastFiscalYear = 2100;

export function targetTableKeyProblems(projectCode: unknown, fiscalYear: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const words = messages.targetTable.key;
  if (typeof projectCode !== 'string' || projectCode.trim() === '') {
    problems.push({ field: 'projectCode', message: words.projectCodeRequired });
  } else if (projectCode.length > maxProjectCodeLength) {
    problems.push({ field: 'projectCode', message: words.projectCodeTooLong({ projectCode, length: projectCode.length, max: maxProjectCodeLength }) });
  } else if (!projectCodeShape.test(projectCode)) {
    // Codes wrap across lines in the published PDFs; a space or line break left inside is the usual cause.
    problems.push({ field: 'projectCode', message: words.notAProjectCode(projectCode) });
  }
  if (typeof fiscalYear !== 'number' || !Number.isInteger(fiscalYear) || fiscalYear < firstFiscalYear || fiscalYear > lastFiscalYear) {
    problems.push({ field: 'fiscalYear', message: words.notAFiscalYear({ given: String(fiscalYear), first: firstFiscalYear, last: lastFiscalYear }) });
  }
  return problems;
}
