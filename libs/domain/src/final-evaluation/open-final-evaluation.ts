import { requirePreparerOf, requireSignedIn } from '../approval/approval-authority.js';
import { approvedTargets } from '../approved-targets/approved-targets.js';
import { parseCalendarDate } from '../execution/calendar-date.js';
import { DomainError } from '../shared/domain-error.js';
import { actingUser } from '../target-table/target-table-actor.js';
import { targetTableKeyProblems } from '../target-table/target-table-key.js';
import type { OpenFinalEvaluation } from './final-evaluation.commands.js';
import type { FinalEvaluationEvent } from './final-evaluation.events.js';
import type { FinalEvaluationState } from './final-evaluation.state.js';

/** After year end, on the year's approved targets: what the evaluation measures is what was approved. */
export function openFinalEvaluation(command: OpenFinalEvaluation, state: FinalEvaluationState): FinalEvaluationEvent[] {
  requireSignedIn(command.actor);
  const problems = targetTableKeyProblems(command.projectCode, command.fiscalYear);
  if (parseCalendarDate(command.today) === null) {
    problems.push({ field: 'today', message: `${JSON.stringify(command.today ?? null)} is not a date: use YYYY-MM-DD` });
  }
  if (problems.length > 0) throw DomainError.validation(problems);
  const baseline = approvedTargets(command.baseline, command, 'the final evaluation scores the approved targets');
  requirePreparerOf(command.actor, baseline, 'Opening the final evaluation of this project');
  if (state.status !== 'NONE') {
    throw new DomainError('CONFLICT', `The final evaluation of project ${command.projectCode} for ${command.fiscalYear} is already open (version ${state.version}).`);
  }
  const yearEnd = `${command.fiscalYear}-12-31`;
  if (command.today <= yearEnd) {
    throw new DomainError('CONFLICT', `The final evaluation of ${command.fiscalYear} starts after the year ends (${yearEnd}); today is ${command.today}.`);
  }
  return [
    {
      type: 'FinalEvaluationOpened',
      data: {
        projectCode: command.projectCode,
        fiscalYear: command.fiscalYear,
        version: 1,
        baseline,
        openedBy: actingUser(command.actor),
      },
    },
  ];
}
