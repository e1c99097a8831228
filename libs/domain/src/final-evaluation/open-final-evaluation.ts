import { messages } from '../messages/messages.js';
import { requirePreparerOf, requireSignedIn } from '../approval/approval-authority.js';
import { approvedTargets } from '../approved-targets/approved-targets.js';
import { parseCalendarDate } from '../execution/calendar-date.js';
import { DomainError } from '../common/domain-error.js';
import { actingUser } from '../common/actor.js';
import { targetTableKeyProblems } from '../target-table/target-table-key.js';
import type { OpenFinalEvaluation } from './final-evaluation.commands.js';
import type { FinalEvaluationEvent } from './final-evaluation.events.js';
import type { FinalEvaluationState } from './final-evaluation.state.js';

/** After year end, on the year's approved targets: what the evaluation measures is what was approved. */
export function openFinalEvaluation(command: OpenFinalEvaluation, state: FinalEvaluationState): FinalEvaluationEvent[] {
  requireSignedIn(command.actor);
  const problems = targetTableKeyProblems(command.projectCode, command.fiscalYear);
  if (parseCalendarDate(command.today) === null) {
    problems.push({ field: 'today', message: messages.finalEvaluation.notADate(JSON.stringify(command.today ?? null)) });
  }
  if (problems.length > 0) throw DomainError.validation(problems);
  const baseline = approvedTargets(command.baseline, command, messages.finalEvaluation.scoresApproved);
  requirePreparerOf(command.actor, baseline, messages.finalEvaluation.opening);
  if (state.status !== 'NONE') {
    throw new DomainError('CONFLICT', messages.finalEvaluation.alreadyOpen({ projectCode: command.projectCode, fiscalYear: command.fiscalYear, version: state.version }));
  }
  const yearEnd = `${command.fiscalYear}-12-31`;
  if (command.today <= yearEnd) {
    throw new DomainError('CONFLICT', messages.finalEvaluation.beforeYearEnd({ fiscalYear: command.fiscalYear, yearEnd, today: command.today }));
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
