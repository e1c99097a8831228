/**
 * An official form laid out as a grid of cells, as a person reads it on paper: what the .xlsx
 * writer (apps/api/src/exports) and the console's print view draw alike, so a download and a
 * printout never differ. Rows and columns count from 1, as spreadsheets do.
 */
export type CellStyle =
  /** The form's name, large and centred above the grid. */
  | 'title'
  /** A line under the title (the year), centred. */
  | 'subtitle'
  /** A line above or below the grid without a border (填报单位, 单位：万元). */
  | 'caption'
  /** A bordered cell naming the field beside it (项目名称). */
  | 'label'
  /** A bordered column heading of a table part (一级指标). */
  | 'header'
  /** A bordered cell of text, wrapped. */
  | 'text'
  /** A bordered amount, right-aligned with two decimals. */
  | 'money'
  /** A bordered number or percent, right-aligned. */
  | 'number'
  /** A signature line (填报人 / 审核人 / 日期 / 签章), no border. */
  | 'signature'
  /** Small print below the form: what the export shows and when. */
  | 'note';

export interface FormCell {
  row: number;
  col: number;
  /** What a person reads in the cell (an amount as printed, e.g. "20.00"). */
  text: string;
  /**
   * The cell's value as a spreadsheet keeps it, when it is a number (an amount in 万元 held
   * exactly, shown with `format`); otherwise the cell holds `text`.
   */
  number?: number;
  /** Excel number format of a numeric cell, e.g. "0.00". */
  format?: string;
  style: CellStyle;
  /** Rows and columns the cell spans (a merged region), 1 unless given. */
  rowSpan?: number;
  colSpan?: number;
}

export interface FormSheet {
  /** The worksheet's tab name (at most 31 characters, see sheetName). */
  name: string;
  /** The form's title, also the print view's heading. */
  title: string;
  /** A4 across (landscape) for wide forms, else upright. */
  orientation: 'portrait' | 'landscape';
  /** Width of each column in characters, column 1 first. */
  columnWidths: number[];
  /** Heights in points of rows that need more than one line (signature space). */
  rowHeights: Record<number, number>;
  /** Rows repeated at the top of every printed page (the column headings), first and last. */
  repeatRows?: { from: number; to: number };
  cells: FormCell[];
}

/** Styles drawn with a thin border all round. */
export const borderedStyles: ReadonlySet<CellStyle> = new Set<CellStyle>(['label', 'header', 'text', 'money', 'number']);

/** Appends cells row by row; `row()` moves to the next. */
export class SheetGrid {
  readonly cells: FormCell[] = [];
  readonly rowHeights: Record<number, number> = {};
  private current = 0;

  /** Starts a new row and returns its number. */
  row(height?: number): number {
    this.current += 1;
    if (height !== undefined) this.rowHeights[this.current] = height;
    return this.current;
  }

  get rowNumber(): number {
    return this.current;
  }

  /** The grid as a form; `headRow`, the column headings of its table, prints again at the top of every page. */
  toSheet(layout: { title: string; name?: string; orientation: FormSheet['orientation']; columnWidths: number[]; headRow: number | null }): FormSheet {
    const { title, orientation, columnWidths, headRow } = layout;
    return {
      name: layout.name ?? sheetName(title),
      title,
      orientation,
      columnWidths,
      rowHeights: this.rowHeights,
      ...(headRow === null ? {} : { repeatRows: { from: headRow, to: headRow } }),
      cells: this.cells,
    };
  }

  put(cell: Omit<FormCell, 'row'> & { row?: number }): FormCell {
    const placed: FormCell = { ...cell, row: cell.row ?? this.current };
    this.cells.push(placed);
    return placed;
  }
}

/** The cell's address as a spreadsheet names it: column letters, then the row ("D12"). */
export function cellAddress(row: number, col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

const forbiddenInSheetName = /[[\]:*?/\\]/g;
/** Excel refuses tab names longer than this. */
export const maxSheetNameLength = 31;

/** A tab name Excel accepts: without []:*?/\, at most 31 characters, unlike every name in `taken`. */
export function sheetName(wanted: string, taken: ReadonlySet<string> = new Set()): string {
  const clean = wanted.replace(forbiddenInSheetName, '_').trim() || '_';
  let candidate = Array.from(clean).slice(0, maxSheetNameLength).join('');
  for (let n = 2; taken.has(candidate); n += 1) {
    const suffix = `(${n})`;
    candidate = Array.from(clean).slice(0, maxSheetNameLength - suffix.length).join('') + suffix;
  }
  return candidate;
}

