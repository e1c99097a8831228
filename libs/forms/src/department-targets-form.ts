import { asTableIndicator, messages, readIndicatorSentence, type DepartmentIndicator, type OverallTargets } from '@app/domain';
import { wanCell } from './form-amounts.js';
import { formHeading } from './form-heading.js';
import { signedForm, stateText, type ExportStamp } from './export-stamp.js';
import { SheetGrid, type FormSheet } from './form-sheet.js';
import { indicatorLevelCells } from './indicator-levels.js';

/**
 * What 部门（单位）整体绩效目标表 prints, by shape only: the department-targets document's view
 * maps onto it, and until that document exists part one as imported does
 * (`departmentTargetsFormInputOfPartOne`).
 */
export interface DepartmentTargetsFormInput {
  fiscalYear: number;
  /** The department that publishes the targets (巨鹿县人力资源和社会保障局). */
  department: string;
  /** In fen: the whole budget, the project tables' part and 基本支出; null where not known (part one as imported states none). */
  budget: { totalFen: number | bigint | null; projectsFen: number | bigint | null; basicFen: number | bigint | null };
  overallGoal: string;
  subGoals: ReadonlyArray<{
    title: string;
    goal: string;
    /** 一级 and 二级指标 where a person gave them, else empty: part one prints sentences only. */
    indicators: ReadonlyArray<{ level1: string; level2: string; indicator: DepartmentIndicator }>;
    /** The project tables that serve the sub-goal. */
    projects: ReadonlyArray<{ code: string; name: string }>;
  }>;
  safeguards: ReadonlyArray<{ title: string; text: string }>;
  /** Its state as a person reads it (已批准) and version; null for part one as imported. */
  state: { status: string; version: number } | null;
  stamp: ExportStamp | null;
}

/** Six columns: the part's label, then 一级 / 二级 / 三级指标, the sentence as printed, 指标值. */
const columns = 6;
const columnWidths = [12, 10, 12, 18, 30, 14];

/**
 * 部门（单位）整体绩效目标表 as the finance bureau's form lays it out: title and year, 填报单位 and
 * 单位：万元, the department, its year's budget (总额, 其中项目支出 and 基本支出, 万元), the overall
 * goal, then each 分项绩效目标 — its name and goal, its indicators (the level-3 name and 指标值 as
 * read from the sentence, the sentence itself kept beside them, docs/department-evaluation.md) and
 * the project tables linked to it — then the 工作保障措施 numbered, the signature lines and the stamp.
 */
export function departmentTargetsForm(input: DepartmentTargetsFormInput): FormSheet {
  const words = messages.forms.departmentTargets;
  const grid = new SheetGrid();
  formHeading(grid, {
    columns,
    title: words.title,
    subtitle: messages.forms.yearLine(input.fiscalYear),
    unitLine: words.departmentLine(input.department),
    currencyColumns: 2,
  });

  grid.row();
  grid.put({ col: 1, text: words.departmentName, style: 'label' });
  grid.put({ col: 2, colSpan: columns - 1, text: input.department, style: 'text' });

  grid.row();
  grid.put({ col: 1, rowSpan: 2, text: words.budget, style: 'label' });
  const [total, projects, basic] = words.budgetHeads;
  grid.put({ col: 2, colSpan: 2, text: total!, style: 'header' });
  grid.put({ col: 4, colSpan: 2, text: projects!, style: 'header' });
  grid.put({ col: 6, text: basic!, style: 'header' });
  grid.row();
  grid.put({ col: 2, colSpan: 2, ...wanCell(input.budget.totalFen) });
  grid.put({ col: 4, colSpan: 2, ...wanCell(input.budget.projectsFen) });
  grid.put({ col: 6, ...wanCell(input.budget.basicFen) });

  const wide = { col: 2, colSpan: columns - 1 };
  grid.row(heightOf([input.overallGoal], wide));
  grid.put({ col: 1, text: words.overallGoal, style: 'label' });
  grid.put({ ...wide, text: input.overallGoal, style: 'text' });

  input.subGoals.forEach((subGoal, index) => {
    const narrow = { col: 3, colSpan: columns - 2 };
    const rows = 4 + Math.max(1, subGoal.indicators.length);
    grid.row(heightOf([subGoal.title], narrow));
    grid.put({ col: 1, rowSpan: rows, text: words.subGoal(index + 1), style: 'label' });
    grid.put({ col: 2, text: words.subGoalTitle, style: 'label' });
    grid.put({ ...narrow, text: subGoal.title, style: 'text' });
    grid.row(heightOf([subGoal.goal], narrow));
    grid.put({ col: 2, text: words.subGoalText, style: 'label' });
    grid.put({ ...narrow, text: subGoal.goal, style: 'text' });

    grid.row(24);
    words.indicatorHeads.forEach((head, i) => grid.put({ col: 2 + i, text: head, style: 'header' }));
    const first = grid.rowNumber + 1;
    const levels = subGoal.indicators.map(({ level1, level2, indicator }) => {
      // The 指标值 a table would print (≥300人, 10次), or the sentence when it states no one figure.
      const asRow = asTableIndicator(indicator);
      grid.row(Math.max(heightOf([asRow.level3], { col: 4 }), heightOf([indicator.sentence], { col: 5 }), heightOf([asRow.valueText], { col: 6 })));
      grid.put({ col: 4, text: asRow.level3, style: 'text' });
      grid.put({ col: 5, text: indicator.sentence, style: 'text' });
      grid.put({ col: 6, text: asRow.valueText, style: 'text' });
      return { level1, level2 };
    });
    if (levels.length === 0) {
      grid.row();
      for (let col = 2; col <= columns; col += 1) grid.put({ col, text: '', style: 'text' });
    } else {
      indicatorLevelCells(grid, first, levels, 2);
    }

    const linked = subGoal.projects.map((project) => `${project.code} ${project.name}`);
    grid.row(heightOf(linked, narrow));
    grid.put({ col: 2, text: words.linkedProjects, style: 'label' });
    grid.put({ ...narrow, text: linked.length === 0 ? words.noLinkedProjects : linked.join('\n'), style: 'text' });
  });

  const safeguards = input.safeguards.length === 0 ? [{ title: '', text: '' }] : input.safeguards;
  safeguards.forEach((safeguard, index) => {
    const text = { col: 4, colSpan: columns - 3 };
    grid.row(Math.max(heightOf([safeguard.title], { col: 3 }), heightOf([safeguard.text], text)));
    if (index === 0) grid.put({ col: 1, rowSpan: safeguards.length, text: words.safeguards, style: 'label' });
    const numbered = input.safeguards.length > 0;
    grid.put({ col: 2, text: numbered ? String(index + 1) : '', ...(numbered ? { number: index + 1 } : {}), style: 'number' });
    grid.put({ col: 3, text: safeguard.title, style: 'text' });
    grid.put({ ...text, text: safeguard.text, style: 'text' });
  });

  // No heading row repeats on each printed page: each sub-goal has its own, inside its merged block.
  return signedForm(grid, { title: words.title, orientation: 'portrait', columnWidths, headRow: null, stamp: input.stamp, state: stateText(input.state) });
}

/**
 * Part one of a target document as the importer reads it (docs/department-evaluation.md), on
 * the form: each indicator sentence read by readIndicatorSentence, no 一级 / 二级 (part one
 * prints none), no links and no budget yet — a person confirms links, and the budget is the
 * department-targets document's. Until that document is stored, this is what the form shows.
 */
export function departmentTargetsFormInputOfPartOne(overall: OverallTargets, fiscalYear: number, unit: string): DepartmentTargetsFormInput {
  return {
    fiscalYear,
    department: unit,
    budget: { totalFen: null, projectsFen: null, basicFen: null },
    overallGoal: overall.goal,
    subGoals: overall.subGoals.map((subGoal) => ({
      title: subGoal.title,
      goal: subGoal.goal,
      indicators: subGoal.indicators.map((sentence) => ({ level1: '', level2: '', indicator: readIndicatorSentence(sentence) })),
      projects: [],
    })),
    safeguards: overall.safeguards.map(({ title, text }) => ({ title, text })),
    state: null,
    stamp: null,
  };
}

/** Points per printed line of SimSun 10 (xlsx-workbook.ts), with a little room above and below. */
const lineHeight = 14;

/**
 * The height of a row whose cell at `col` (spanning `colSpan` columns) holds `lines`: a Chinese
 * character is about two of a column's width units, and a spreadsheet does not grow a row under
 * merged cells by itself.
 */
function heightOf(lines: readonly string[], at: { col: number; colSpan?: number }): number {
  const width = columnWidths.slice(at.col - 1, at.col - 1 + (at.colSpan ?? 1)).reduce((sum, w) => sum + w, 0);
  const perLine = Math.max(1, Math.floor(width / 2));
  const count = lines.reduce((sum, line) => sum + Math.max(1, Math.ceil(Array.from(line).length / perLine)), 0);
  return Math.max(20, count * lineHeight + 6);
}
