import { messages } from '@app/domain';
import type { SheetGrid } from './form-sheet.js';

/**
 * The rows every official form opens with: its title, the line under it (the year, a scope),
 * then the unit that fills it in (填报单位（盖章）) on the left and 单位：万元 over the last
 * `currencyColumns` columns on the right. Without a unit the row keeps only 单位：万元; a list
 * without amounts (currencyColumns 0) and without a unit has no such row.
 */
export function formHeading(grid: SheetGrid, p: { columns: number; title: string; subtitle: string | null; unitLine: string | null; currencyColumns: number }): void {
  grid.row(30);
  grid.put({ col: 1, colSpan: p.columns, text: p.title, style: 'title' });
  if (p.subtitle !== null) {
    grid.row();
    grid.put({ col: 1, colSpan: p.columns, text: p.subtitle, style: 'subtitle' });
  }
  if (p.unitLine === null && p.currencyColumns === 0) return;
  grid.row(20);
  const currencyCol = p.columns - p.currencyColumns + 1;
  if (p.unitLine !== null) grid.put({ col: 1, colSpan: currencyCol - 1, text: p.unitLine, style: 'caption' });
  grid.put({ col: currencyCol, colSpan: p.currencyColumns, text: messages.forms.currencyWan, style: 'caption' });
}

/** A row naming the document: its label and name on the left, its code on the right (项目名称 … 项目编码 …), nine columns. */
export function nameAndCodeRow(grid: SheetGrid, p: { nameLabel: string; name: string; codeLabel: string; code: string }): void {
  grid.row();
  grid.put({ col: 1, colSpan: 2, text: p.nameLabel, style: 'label' });
  grid.put({ col: 3, colSpan: 3, text: p.name, style: 'text' });
  grid.put({ col: 6, text: p.codeLabel, style: 'label' });
  grid.put({ col: 7, colSpan: 3, text: p.code, style: 'text' });
}
