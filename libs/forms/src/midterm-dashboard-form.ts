import { messages } from '@app/domain';
import { signedForm, type ExportStamp } from './export-stamp.js';
import { formHeading } from './form-heading.js';
import { SheetGrid, type FormSheet } from './form-sheet.js';

/** The mid-term dashboard as the `midtermDashboard` query shows it. */
export interface MidtermDashboardFormInput {
  fiscalYear: number;
  /** The unit the dashboard is of, in words; null for the department. */
  unit: string | null;
  projects: ReadonlyArray<{
    projectCode: string;
    name: string;
    unitCode: string;
    statusLabel: string;
    checkpointDate: string | null;
    light: 'GREEN' | 'YELLOW' | 'RED' | null;
    lightLabel: string | null;
    atRisk: ReadonlyArray<{ indicator: { level3: string }; reached: string; expectedFullYear: string; likelihoodLabel: string; causeLabel: string | null; measure: string | null }>;
  }>;
}

const columns = 9;

/**
 * 项目支出绩效运行监控汇总表: a row per monitored project with its light and its indicators at
 * risk (each with cause and measure), a count of lights and risks above, then the signature lines.
 */
export function midtermDashboardForm(input: MidtermDashboardFormInput, stamp: ExportStamp | null): FormSheet {
  const words = messages.forms.midtermDashboard;
  const grid = new SheetGrid();
  formHeading(grid, { columns, title: words.title, subtitle: `${messages.forms.yearLine(input.fiscalYear)}  ${words.scope(input.unit)}`, unitLine: null, currencyColumns: 0 });
  grid.row();
  const count = (light: 'RED' | 'YELLOW') => input.projects.filter((project) => project.light === light).length;
  const atRisk = input.projects.reduce((sum, project) => sum + project.atRisk.length, 0);
  grid.put({ col: 1, colSpan: columns, text: words.summary({ projects: input.projects.length, red: count('RED'), yellow: count('YELLOW'), atRisk }), style: 'caption' });
  grid.row(24);
  words.heads.forEach((head, index) => grid.put({ col: 1 + index, text: head, style: 'header' }));
  const headRow = grid.rowNumber;
  input.projects.forEach((project, index) => {
    grid.row();
    grid.put({ col: 1, text: String(index + 1), number: index + 1, style: 'number' });
    grid.put({ col: 2, text: project.projectCode, style: 'text' });
    grid.put({ col: 3, text: project.name, style: 'text' });
    grid.put({ col: 4, text: project.unitCode, style: 'text' });
    grid.put({ col: 5, text: project.statusLabel, style: 'text' });
    grid.put({ col: 6, text: project.checkpointDate ?? '', style: 'text' });
    grid.put({ col: 7, text: project.lightLabel ?? '—', style: 'text' });
    grid.put({
      col: 8,
      text: project.atRisk.map((risk) => words.atRisk({ level3: risk.indicator.level3, reached: risk.reached, expected: risk.expectedFullYear, likelihood: risk.likelihoodLabel })).join('\n'),
      style: 'text',
    });
    grid.put({ col: 9, text: project.atRisk.map((risk) => words.cause({ cause: risk.causeLabel, measure: risk.measure })).filter((text) => text !== '').join('\n'), style: 'text' });
  });
  return signedForm(grid, { title: words.title, orientation: 'landscape', columnWidths: [6, 24, 26, 10, 10, 12, 10, 40, 32], headRow, stamp, state: null });
}
