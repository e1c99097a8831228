import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { borderedStyles, type CellStyle, type FormCell, type FormSheet } from '@app/forms';

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const allSides = { top: thin, left: thin, bottom: thin, right: thin };
const font = 'SimSun';

/** How each style is drawn: font, alignment (Chinese forms centre headings and wrap text). */
const looks: Record<CellStyle, { font: Partial<ExcelJS.Font>; alignment: Partial<ExcelJS.Alignment> }> = {
  title: { font: { name: font, size: 18, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } },
  subtitle: { font: { name: font, size: 11 }, alignment: { horizontal: 'center', vertical: 'middle' } },
  caption: { font: { name: font, size: 10 }, alignment: { horizontal: 'left', vertical: 'middle' } },
  label: { font: { name: font, size: 10, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  header: { font: { name: font, size: 10, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  text: { font: { name: font, size: 10 }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } },
  money: { font: { name: font, size: 10 }, alignment: { horizontal: 'right', vertical: 'middle' } },
  number: { font: { name: font, size: 10 }, alignment: { horizontal: 'right', vertical: 'middle', wrapText: true } },
  signature: { font: { name: font, size: 10 }, alignment: { horizontal: 'left', vertical: 'top' } },
  note: { font: { name: font, size: 8, color: { argb: 'FF666666' } }, alignment: { horizontal: 'left', vertical: 'top', wrapText: true } },
};

/** The last column of a caption shown on the right (单位：万元) aligns right. */
function alignmentOf(cell: FormCell, columns: number): Partial<ExcelJS.Alignment> {
  const look = looks[cell.style].alignment;
  const last = cell.col + (cell.colSpan ?? 1) - 1;
  return cell.style === 'caption' && cell.col > 1 && last === columns ? { ...look, horizontal: 'right' } : look;
}

/**
 * Writes the forms as one .xlsx, a worksheet each, straight into `out` (a response), row by
 * row: nothing of the workbook is held whole in memory. A4, upright or across as the form is,
 * fitted to the page width, the column headings repeated on every page.
 */
export async function writeWorkbook(sheets: readonly FormSheet[], out: Writable, meta: { creator: string; title: string }): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = meta.creator;
  workbook.title = meta.title;
  for (const form of sheets) {
    const sheet = workbook.addWorksheet(form.name, {
      pageSetup: {
        paperSize: 9,
        orientation: form.orientation,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        ...(form.repeatRows === undefined ? {} : { printTitlesRow: `${form.repeatRows.from}:${form.repeatRows.to}` }),
      },
    });
    sheet.columns = form.columnWidths.map((width) => ({ width }));
    writeRows(sheet, form);
    sheet.commit();
  }
  await workbook.commit();
}

function writeRows(sheet: ExcelJS.Worksheet, form: FormSheet): void {
  const columns = form.columnWidths.length;
  // Every cell a merged region covers carries its border, or Excel draws the region's edges only in part.
  const bordered = new Set<string>();
  for (const cell of form.cells) {
    if (!borderedStyles.has(cell.style)) continue;
    for (let r = cell.row; r < cell.row + (cell.rowSpan ?? 1); r += 1) for (let c = cell.col; c < cell.col + (cell.colSpan ?? 1); c += 1) bordered.add(`${r}:${c}`);
  }
  const byRow = new Map<number, FormCell[]>();
  for (const cell of form.cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  const lastRow = Math.max(0, ...form.cells.map((cell) => cell.row + (cell.rowSpan ?? 1) - 1));
  for (let r = 1; r <= lastRow; r += 1) {
    const row = sheet.getRow(r);
    const height = form.rowHeights[r];
    if (height !== undefined) row.height = height;
    // A merge is declared with its first row, before that row is committed (a streamed row cannot be touched again).
    for (const cell of byRow.get(r) ?? []) {
      if ((cell.rowSpan ?? 1) > 1 || (cell.colSpan ?? 1) > 1) sheet.mergeCells(cell.row, cell.col, cell.row + (cell.rowSpan ?? 1) - 1, cell.col + (cell.colSpan ?? 1) - 1);
    }
    for (const cell of byRow.get(r) ?? []) {
      const target = row.getCell(cell.col);
      target.value = cell.number ?? cell.text;
      if (cell.format !== undefined) target.numFmt = cell.format;
      target.font = looks[cell.style].font;
      target.alignment = alignmentOf(cell, columns);
    }
    for (let c = 1; c <= columns; c += 1) if (bordered.has(`${r}:${c}`)) row.getCell(c).border = allSides;
    row.commit();
  }
}
