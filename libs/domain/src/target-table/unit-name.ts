import { messages } from '../messages/messages.js';
import { nameKey } from '../directory/directory-fields.js';
import type { FieldProblem } from '../common/domain-error.js';

/**
 * 单位名称 is the name of the unit 单位编码 names: a table coded 323001 but headed with another
 * unit's name is filed under one unit and read as another's. The application passes the name
 * the directory gives the code; without it (not loaded, or no such unit in the directory)
 * there is nothing to compare with. Spacing, letter case and full-width forms do not count,
 * since printed documents wrap and space names freely.
 */
export function unitNameProblem(unitName: string, unitCode: string, directoryUnitName: string | null | undefined): FieldProblem | null {
  if (directoryUnitName === undefined || directoryUnitName === null) return null;
  if (spacelessKey(unitName) === spacelessKey(directoryUnitName)) return null;
  return {
    field: 'unitName',
    message: messages.tableInput.notTheUnitName({ given: unitName, unitCode, directoryName: directoryUnitName }),
  };
}

function spacelessKey(name: string): string {
  return nameKey(name).replace(/\s+/gu, '');
}
