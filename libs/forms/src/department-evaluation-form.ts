import {
  asTableIndicator,
  evaluationGradeLabels,
  groupBasePoints,
  messages,
  qualitativeGradeLabels,
  scoringGroups,
  shownScore,
  type DepartmentIndicatorToScore,
  type DepartmentPartSource,
  type DepartmentScorecard,
  type ScoringGroup,
} from '@app/domain';
import { signedForm, stateText, type ExportStamp } from './export-stamp.js';
import { formHeading } from './form-heading.js';
import { SheetGrid, type FormSheet } from './form-sheet.js';
import { executionRows, scoredIndicatorRows, totalRows, type Explanation, type ScoredIndicatorCells } from './scorecard-rows.js';

/** 部门整体支出绩效自评 as scored (scoreDepartmentEvaluation) with what was scored. */
export interface DepartmentEvaluationFormInput {
  fiscalYear: number;
  /** The department evaluated (巨鹿县人力资源和社会保障局). */
  department: string;
  /** The department's indicators with their results, as given to scoreDepartmentEvaluation, in the same order. */
  indicators: readonly DepartmentIndicatorToScore[];
  scorecard: DepartmentScorecard;
  /** The written cause and measure where a score falls short: of the whole budget's execution, and per indicator by its index. */
  explanations?: { execution: Explanation | null; indicators: ReadonlyArray<Explanation | null> };
  /** Its state as a person reads it (已批准) and version; null before it is stored. */
  state: { status: string; version: number } | null;
  stamp: ExportStamp | null;
}

const columns = 9;

/** Where each part's points come from when it has nothing to score (docs/department-evaluation.md). */
const sourceOfPart: Readonly<Record<ScoringGroup, DepartmentPartSource>> = {
  OUTPUT: 'DEPARTMENT_INDICATORS',
  EFFECT: 'PROJECT_EVALUATIONS',
  SATISFACTION: 'DEPARTMENT_INDICATORS',
};

/**
 * 部门整体支出绩效自评表 (docs/department-evaluation.md): the whole budget and its execution with
 * their points; the four parts (预算执行, 产出, 效益, 满意度) with their standard and actual points
 * and scores; the projects' self-evaluations rolled up, the plain average and the budget-weighted
 * one side by side; the department's indicators with target, result, weight, points and score;
 * the total and the grade. Nine columns, laid out as the project's 自评表: A4 across.
 */
export function departmentEvaluationForm(input: DepartmentEvaluationFormInput): FormSheet {
  const words = messages.forms.departmentEvaluation;
  const partLabels = messages.departmentEvaluation.partLabels;
  const { scorecard } = input;
  const grid = new SheetGrid();
  formHeading(grid, {
    columns,
    title: words.title,
    subtitle: messages.forms.yearLine(input.fiscalYear),
    unitLine: messages.forms.departmentTargets.departmentLine(input.department),
    currencyColumns: 3,
  });
  grid.row();
  grid.put({ col: 1, colSpan: 2, text: words.departmentName, style: 'label' });
  grid.put({ col: 3, colSpan: columns - 2, text: input.department, style: 'text' });

  const { execution } = scorecard;
  executionRows(grid, {
    label: words.funds,
    budgetFen: execution.budgetFen,
    executedFen: execution.executedFen,
    points: shownScore(execution.fullPoints),
    ratePercent: shownScore(execution.ratePercent),
    score: shownScore(execution.score),
    explanation: input.explanations?.execution ?? null,
  });

  grid.row(24);
  const [content, base, points, source, count, score] = words.partHeads as [string, string, string, string, string, string];
  partRow(grid, { label: content, base, points, source, count, score }, 'header');
  const full = shownScore(execution.fullPoints);
  grid.row();
  partRow(grid, { label: partLabels.BUDGET_EXECUTION, base: full, points: full, source: words.budgetSource, count: '', score: shownScore(execution.score) }, 'number');
  for (const group of scoringGroups) {
    grid.row();
    const part = scorecard.parts.find((candidate) => candidate.group === group);
    partRow(
      grid,
      part === undefined
        ? { label: partLabels[group], base: shownScore(groupBasePoints[group]), points: '0.00', source: words.notScored, count: words.counted[sourceOfPart[group]](0), score: '—' }
        : {
            label: partLabels[group],
            base: shownScore(part.basePoints),
            points: shownScore(part.points),
            source: words.sources[part.source],
            count: words.counted[part.source](part.count),
            score: shownScore(part.score),
          },
      'number',
    );
  }

  const { projects } = scorecard;
  grid.row();
  grid.put({ col: 1, colSpan: 2, rowSpan: 2, text: words.projects, style: 'label' });
  words.projectHeads.forEach((head, index) => grid.put({ col: 3 + index, colSpan: index === 4 ? 3 : 1, text: head, style: 'header' }));
  grid.row();
  grid.put({ col: 3, text: String(projects.projectCount), number: projects.projectCount, style: 'number' });
  grid.put({ col: 4, text: String(projects.finalCount), number: projects.finalCount, style: 'number' });
  grid.put({ col: 5, text: projects.averageScore ?? '—', style: 'number' });
  grid.put({ col: 6, text: projects.budgetWeightedAverage ?? '—', style: 'number' });
  const perGrade = projects.countPerGrade.map(({ grade, count: n }) => words.gradeCount({ grade: evaluationGradeLabels[grade], count: n })).join('，');
  grid.put({ col: 7, colSpan: 3, text: perGrade, style: 'text' });

  const headRow = scoredIndicatorRows(grid, indicatorCells(input));
  totalRows(grid, { total: shownScore(scorecard.total), gradeLabel: evaluationGradeLabels[scorecard.grade], redistribution: scorecard.redistribution });

  return signedForm(grid, {
    title: words.title,
    orientation: 'landscape',
    columnWidths: [10, 12, 16, 12, 14, 10, 8, 8, 30],
    headRow,
    stamp: input.stamp,
    state: stateText(input.state),
  });
}

/** A row of the parts: 评价内容 over A:B, 计分依据 over E:G. */
function partRow(grid: SheetGrid, p: { label: string; base: string; points: string; source: string; count: string; score: string }, style: 'header' | 'number'): void {
  grid.put({ col: 1, colSpan: 2, text: p.label, style: style === 'header' ? 'header' : 'label' });
  grid.put({ col: 3, text: p.base, style });
  grid.put({ col: 4, text: p.points, style });
  grid.put({ col: 5, colSpan: 3, text: p.source, style: style === 'header' ? 'header' : 'text' });
  grid.put({ col: 8, text: p.count, style });
  grid.put({ col: 9, text: p.score, style });
}

/**
 * The department's indicators as a 自评表 prints them: in a table's shape (asTableIndicator —
 * 一级 is the part it scores in, 指标值 the figure or the sentence), with the result recorded and
 * the points and score the scorecard gave it.
 */
function indicatorCells(input: DepartmentEvaluationFormInput): ScoredIndicatorCells[] {
  return input.indicators.map((entry, index): ScoredIndicatorCells => {
    const scored = input.scorecard.rows.find((row) => row.index === index);
    const { result } = entry;
    return {
      indicator: asTableIndicator(entry.indicator),
      weight: entry.weight,
      actual: result?.kind === 'MEASURED' ? result.actual : null,
      gradeLabel: result?.kind === 'GRADED' ? qualitativeGradeLabels[result.grade] : null,
      percent: result?.kind === 'GRADED' ? result.percent : null,
      points: scored === undefined ? null : shownScore(scored.points),
      score: scored === undefined ? null : shownScore(scored.score),
      explanation: input.explanations?.indicators[index] ?? null,
    };
  });
}
