import { Inject, Injectable } from '@nestjs/common';
import { parseCalendarDate, type DepartmentEvaluationState, type DepartmentScoringFacts } from '@app/domain';
import { findFinalEvaluations, type ReadStore } from '@app/projections';
import { ExecutionReader } from '../execution/execution.reader.js';
import { READ_STORE } from '../storage/storage.tokens.js';

/**
 * What the department's score is worked out from besides what its own stream holds
 * (docs/department-evaluation.md): the budgets of every approved table in force of the
 * covered units and what their ledgers paid over the year (基本支出 and its payment are the
 * evaluation's own), read through the
 * execution view as a project's execution is, and the projects' final evaluations as the
 * final-evaluation view has them. Read for the view and for the commands that record a score.
 */
@Injectable()
export class DepartmentScoringFactsReader {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly execution: ExecutionReader,
  ) {}

  async factsOf(state: DepartmentEvaluationState): Promise<DepartmentScoringFacts> {
    if (state.status === 'NONE') return { projectsBudgetFen: 0n, projectsPaidFen: 0n, projects: [] };
    const { fiscalYear } = state;
    const { unitCodes } = state.baseline.content;
    const yearEnd = parseCalendarDate(`${fiscalYear}-12-31`)!;
    const projects = await this.execution.projectsOfUnits(fiscalYear, unitCodes, yearEnd);
    const evaluations = (await Promise.all(unitCodes.map((unitCode) => findFinalEvaluations(this.readStore.db, fiscalYear, { unitCode })))).flat();
    return {
      projectsBudgetFen: projects.reduce((sum, { figures }) => sum + figures.budgetFen, 0n),
      projectsPaidFen: projects.reduce((sum, { figures }) => sum + figures.spentFen, 0n),
      projects: evaluations,
    };
  }
}
