import { messages } from '@app/domain';
import { chinaDateTime } from './china-time.js';
import { sheetName, type FormSheet, type SheetGrid } from './form-sheet.js';

/** What an export shows and when it was taken: printed under every form (issue: "each export states the view's position / time"). */
export interface ExportStamp {
  /** The global position of the last event the view had applied. */
  position: string;
  /** When that view was last changed (ISO instant). */
  shownAt: string;
  /** When the export was made (ISO instant). */
  exportedAt: string;
  /** Who made it, as the directory names them. */
  exportedBy: string;
}

/** The stamp as one line of small print, its state (e.g. 已批准，第 1 版) included when given. */
export function stampText(stamp: ExportStamp, state: string | null = null): string {
  return messages.forms.stamp({
    position: stamp.position,
    shownAt: chinaDateTime(stamp.shownAt),
    exportedAt: chinaDateTime(stamp.exportedAt),
    exportedBy: stamp.exportedBy,
    state,
  });
}

/** The signature lines every form ends with: 填报人, 审核人, 日期, then the head's signature and space for the seal (签章). */
export function signatureLines(grid: SheetGrid, columns: number): void {
  const words = messages.forms;
  grid.row(12);
  grid.row(28);
  const third = Math.max(1, Math.floor(columns / 3));
  grid.put({ col: 1, colSpan: third, text: words.preparedBy, style: 'signature' });
  grid.put({ col: 1 + third, colSpan: third, text: words.reviewedBy, style: 'signature' });
  grid.put({ col: 1 + 2 * third, colSpan: columns - 2 * third, text: words.dateLine, style: 'signature' });
  grid.row(60);
  const half = Math.max(1, Math.floor(columns / 2));
  grid.put({ col: 1, colSpan: half, text: words.headSigns, style: 'signature' });
  grid.put({ col: 1 + half, colSpan: columns - half, text: words.seal, style: 'signature' });
}

/** A document's state as the stamp prints it (已批准，第 2 版); null for none (a template, part one as imported). */
export function stateText(state: { status: string; version: number } | null): string | null {
  return state === null ? null : messages.forms.targetTable.state(state);
}

/** The stamp as the form's last row, across all columns. */
export function stampRow(grid: SheetGrid, columns: number, stamp: ExportStamp | null, state: string | null = null): void {
  if (stamp === null) return;
  grid.row(30);
  grid.put({ col: 1, colSpan: columns, text: stampText(stamp, state), style: 'note' });
}

/**
 * Ends a form as every official form ends — the signature lines, then the stamp with the state —
 * and gives it as a sheet, as many columns as `columnWidths`, the heading row `headRow` repeated
 * on every printed page.
 */
export function signedForm(
  grid: SheetGrid,
  p: { title: string; name?: string; orientation: FormSheet['orientation']; columnWidths: number[]; headRow: number | null; stamp: ExportStamp | null; state: string | null },
): FormSheet {
  const columns = p.columnWidths.length;
  signatureLines(grid, columns);
  stampRow(grid, columns, p.stamp, p.state);
  return grid.toSheet(p);
}
