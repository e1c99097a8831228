import ExcelJS from 'exceljs';
import { DomainError, messages } from '@app/domain';
import type { SheetCells } from '@app/forms';

/**
 * The worksheets of an .xlsx as the form reader sees them (libs/forms, read-target-table-form.ts):
 * each cell's text or number as a person sees it — rich text joined, a formula's result, a
 * merged region's value in each of its cells. A file that is no workbook is refused in words.
 */
export async function workbookSheets(bytes: Uint8Array, field = 'file'): Promise<SheetCells[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw DomainError.validation([{ field, message: messages.forms.workbook.notReadable }]);
  }
  if (workbook.worksheets.length === 0) throw DomainError.validation([{ field, message: messages.forms.workbook.noSheets }]);
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    rowCount: sheet.rowCount,
    value: (row: number, col: number) => plain(sheet.getRow(row).getCell(col).value),
  }));
}

function plain(value: ExcelJS.CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return plain((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return null;
  }
  return String(value);
}
