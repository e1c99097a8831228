import { requirePreparerOf, requireSignedIn } from '../approval/approval-authority.js';
import { requireEditable } from '../approval/require-editable.js';
import type { ReviewSubject } from '../approval/review.js';
import { actingUser, type Actor } from '../common/actor.js';
import { DomainError, type FieldProblem } from '../common/domain-error.js';
import { requireReadableToActOn } from '../common/read-scope.js';
import { indicatorIndexProblem } from '../approved-targets/indicator-index.js';
import { departmentScope } from '../department-targets/existing-department-targets.js';
import type { DepartmentKey } from '../department-targets/department-targets.events.js';
import { parseCalendarDate } from '../execution/calendar-date.js';
import { explanationProblems } from '../final-evaluation/explain-final-evaluation.js';
import { readResult } from '../final-evaluation/scoring/score-evaluation.js';
import { messages } from '../messages/messages.js';
import { asTableIndicator } from './as-table-indicator.js';
import { basicExpenditureFenOf } from '../department-targets/revise-department-targets.js';
import type { ExplainDepartmentBudgetExecution, OpenDepartmentEvaluation, RecordDepartmentBasicExpenditurePaid, RecordDepartmentEvaluationResults } from './department-evaluation.commands.js';
import type { DepartmentEvaluationEvent } from './department-evaluation.events.js';
import { evaluatedIndicators } from './department-evaluation-scorecard.js';
import type { DepartmentEvaluation, DepartmentEvaluationState } from './department-evaluation.state.js';

/**
 * The 部门整体支出绩效自评 belongs where the department's targets do: the publishing unit, no
 * section (docs/department-targets.md). Its preparers fill it in, that unit's chain of kind
 * DEPARTMENT_TARGETS decides it, and it is read as the department targets are.
 */
function subjectName(key: DepartmentKey): string {
  return messages.departmentEvaluation.subject({ departmentCode: key.departmentCode, fiscalYear: key.fiscalYear });
}

/** The evaluation a command acts on: refused first to whoever may not read it, then NOT_FOUND when none is open. */
export function existingDepartmentEvaluation(state: DepartmentEvaluationState, command: DepartmentKey & { actor?: Actor }, verb: string): DepartmentEvaluation {
  requireReadableToActOn(command.actor, departmentScope(command), subjectName(command));
  if (state.status === 'NONE') {
    throw new DomainError('NOT_FOUND', messages.departmentEvaluation.notFound({ departmentCode: command.departmentCode, fiscalYear: command.fiscalYear, verb }));
  }
  return state;
}

/** How the shared approval refusals (approval/) name the evaluation. */
export function departmentEvaluationSubject(evaluation: DepartmentEvaluation): ReviewSubject {
  return { noun: messages.departmentEvaluation.noun, version: evaluation.version, named: subjectName(evaluation) };
}

function editableDepartmentEvaluation(state: DepartmentEvaluationState, command: DepartmentKey & { actor: Actor }, doing: string): DepartmentEvaluation {
  const evaluation = existingDepartmentEvaluation(state, command, doing);
  requirePreparerOf(command.actor, departmentScope(evaluation), doing);
  requireEditable(evaluation.stage, departmentEvaluationSubject(evaluation), doing, messages.departmentEvaluation.whenApproved);
  return evaluation;
}

/** After year end, on the approved department targets: what is evaluated is what was approved, copied as it stood. */
export function openDepartmentEvaluation(command: OpenDepartmentEvaluation, state: DepartmentEvaluationState): DepartmentEvaluationEvent[] {
  requireSignedIn(command.actor);
  const key = { departmentCode: command.departmentCode, fiscalYear: command.fiscalYear };
  requireReadableToActOn(command.actor, departmentScope(key), subjectName(key));
  if (parseCalendarDate(command.today) === null) {
    throw DomainError.validation([{ field: 'today', message: messages.finalEvaluation.notADate(JSON.stringify(command.today ?? null)) }]);
  }
  requirePreparerOf(command.actor, departmentScope(key), messages.departmentEvaluation.opening);
  // No document at all is NOT_FOUND, as for a project without targets; a document not approved yet is a state that does not allow it.
  if (command.targets.lifecycle === 'NONE') throw new DomainError('NOT_FOUND', messages.departmentTargets.noneToRead(key));
  const { baseline } = command.targets;
  if (baseline === null) {
    throw new DomainError('CONFLICT', messages.departmentEvaluation.notApproved({ ...key, what: messages.departmentEvaluation.noun }));
  }
  if (state.status !== 'NONE') throw new DomainError('CONFLICT', messages.departmentEvaluation.alreadyOpen({ ...key, version: state.version }));
  const yearEnd = `${command.fiscalYear}-12-31`;
  if (command.today <= yearEnd) throw new DomainError('CONFLICT', messages.departmentEvaluation.beforeYearEnd({ fiscalYear: command.fiscalYear, yearEnd, today: command.today }));
  return [{ type: 'DepartmentEvaluationOpened', data: { ...key, version: 1, baseline, openedBy: actingUser(command.actor) } }];
}

/** Each result is read against its indicator as a project's is (final-evaluation/scoring), so a wrong kind or a grade outside its band is never stored. */
export function recordDepartmentEvaluationResults(command: RecordDepartmentEvaluationResults, state: DepartmentEvaluationState): DepartmentEvaluationEvent[] {
  const evaluation = editableDepartmentEvaluation(state, command, messages.departmentEvaluation.recordingResults);
  const indicators = evaluatedIndicators(evaluation.baseline).map(asTableIndicator);
  const given = Array.isArray(command.results) ? command.results : [];
  const problems: FieldProblem[] = [];
  if (given.length === 0) problems.push({ field: 'results', message: messages.finalEvaluation.resultsEmpty });
  const seen = new Set<number>();
  given.forEach(({ index, result }, i) => {
    const indexProblem = indicatorIndexProblem(indicators, index, seen, `results[${i}].index`);
    if (indexProblem !== null) return problems.push(indexProblem);
    const own: FieldProblem[] = [];
    readResult(indicators[index]!, index, result ?? null, own);
    problems.push(...own.map((problem) => ({ ...problem, field: problem.field.replace(`indicators[${index}]`, `results[${i}]`) })));
  });
  if (problems.length > 0) throw DomainError.validation(problems);
  const { departmentCode, fiscalYear, version } = evaluation;
  return [{ type: 'DepartmentEvaluationResultsRecorded', data: { departmentCode, fiscalYear, version, results: given.map(({ index, result }) => ({ index, result })), recordedBy: actingUser(command.actor) } }];
}

/** What was paid of 基本支出, read as 基本支出 itself is read (department-targets/revise-department-targets.ts). */
export function recordDepartmentBasicExpenditurePaid(command: RecordDepartmentBasicExpenditurePaid, state: DepartmentEvaluationState): DepartmentEvaluationEvent[] {
  const evaluation = editableDepartmentEvaluation(state, command, messages.departmentEvaluation.recordingBasicPaid);
  const paidFen = basicExpenditureFenOf(command.amount);
  if (paidFen === evaluation.basicExpenditurePaidFen) return [];
  const { departmentCode, fiscalYear, version } = evaluation;
  return [{ type: 'DepartmentBasicExpenditurePaidRecorded', data: { departmentCode, fiscalYear, version, paidFen, recordedBy: actingUser(command.actor) } }];
}

/** 原因 and 改进措施 when the whole budget's execution rate is under 90 % (docs/department-evaluation.md). */
export function explainDepartmentBudgetExecution(command: ExplainDepartmentBudgetExecution, state: DepartmentEvaluationState): DepartmentEvaluationEvent[] {
  const evaluation = editableDepartmentEvaluation(state, command, messages.departmentEvaluation.explaining);
  const problems: FieldProblem[] = [];
  explanationProblems(command.explanation, 'explanation', problems);
  if (problems.length > 0) throw DomainError.validation(problems);
  const { departmentCode, fiscalYear, version } = evaluation;
  const { cause, measure } = command.explanation;
  return [{ type: 'DepartmentEvaluationExecutionExplained', data: { departmentCode, fiscalYear, version, explanation: { cause, measure }, explainedBy: actingUser(command.actor) } }];
}
