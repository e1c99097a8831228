import { messages, parseYuan } from '@app/domain';
import { wanCell } from './form-amounts.js';
import { signedForm, type ExportStamp } from './export-stamp.js';
import { formHeading } from './form-heading.js';
import { SheetGrid, type FormSheet } from './form-sheet.js';

interface Figures {
  budget: string;
  plannedToDate: string;
  spent: string;
  executionRate: string | null;
  timeProgress: string;
  lightLabel: string | null;
}

/** The execution overview as the `executionOverview` query shows it (amounts in yuan). */
export interface ExecutionOverviewFormInput {
  fiscalYear: number;
  through: string;
  asOf: string | null;
  units: ReadonlyArray<Figures & { unitCode: string; unitName: string; projectCount: number }>;
  department: Figures;
}

const columns = 9;

/** 预算执行情况表: a row per unit, then the department's total; amounts in 万元. */
export function executionOverviewForm(input: ExecutionOverviewFormInput, stamp: ExportStamp | null): FormSheet {
  const words = messages.forms.executionOverview;
  const grid = new SheetGrid();
  formHeading(grid, {
    columns,
    title: words.title,
    subtitle: `${messages.forms.yearLine(input.fiscalYear)}  ${words.through({ through: input.through, asOf: input.asOf })}`,
    unitLine: null,
    currencyColumns: 3,
  });
  grid.row(30);
  words.heads.forEach((head, index) => grid.put({ col: 1 + index, text: head, style: 'header' }));
  const headRow = grid.rowNumber;
  const figures = (row: Figures) => {
    grid.put({ col: 4, ...wanCell(parseYuan(row.budget)) });
    grid.put({ col: 5, ...wanCell(parseYuan(row.plannedToDate)) });
    grid.put({ col: 6, ...wanCell(parseYuan(row.spent)) });
    grid.put({ col: 7, text: messages.forms.percent(row.executionRate), style: 'number' });
    grid.put({ col: 8, text: messages.forms.percent(row.timeProgress), style: 'number' });
    grid.put({ col: 9, text: row.lightLabel ?? '—', style: 'text' });
  };
  for (const unit of input.units) {
    grid.row();
    grid.put({ col: 1, text: unit.unitCode, style: 'text' });
    grid.put({ col: 2, text: unit.unitName, style: 'text' });
    grid.put({ col: 3, text: String(unit.projectCount), number: unit.projectCount, style: 'number' });
    figures(unit);
  }
  grid.row();
  grid.put({ col: 1, colSpan: 2, text: words.department, style: 'header' });
  const projects = input.units.reduce((sum, unit) => sum + unit.projectCount, 0);
  grid.put({ col: 3, text: String(projects), number: projects, style: 'number' });
  figures(input.department);

  return signedForm(grid, { title: words.title, orientation: 'landscape', columnWidths: [10, 30, 8, 12, 14, 12, 10, 10, 10], headRow, stamp, state: null });
}
