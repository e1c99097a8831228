import { messages } from '../messages/messages.js';
import { resubmitForReview, submitForReview } from '../approval/submit-for-review.js';
import type { ReviewSubmittedData } from '../approval/review.js';
import { DomainError, type FieldProblem } from '../common/domain-error.js';
import { existingMidtermReview, midtermScope, midtermSubject, type ReviewInHand } from './existing-midterm-review.js';
import type { ResubmitMidtermReview, SubmitMidtermReview } from './midterm-review.commands.js';
import type { MidtermReviewEvent } from './midterm-review.events.js';
import type { MidtermState } from './midterm-review.state.js';

export function submitMidtermReview(command: SubmitMidtermReview, state: MidtermState): MidtermReviewEvent[] {
  const inHand = existingMidtermReview(state, command, messages.verbs.submit);
  const submission = submitForReview(inHand.review.stage, command.chain, command.actor, midtermScope(inHand.monitoring), midtermSubject(inHand.review));
  return [submitted(inHand, submission)];
}

export function resubmitMidtermReview(command: ResubmitMidtermReview, state: MidtermState): MidtermReviewEvent[] {
  const inHand = existingMidtermReview(state, command, messages.verbs.resubmit);
  const submission = resubmitForReview(inHand.review.stage, command.actor, midtermScope(inHand.monitoring), midtermSubject(inHand.review));
  return [submitted(inHand, submission)];
}

/** Only a complete review goes to the chain: every indicator assessed and the execution at the checkpoint recorded. */
function submitted({ monitoring, review }: ReviewInHand, submission: ReviewSubmittedData): MidtermReviewEvent {
  const problems: FieldProblem[] = review.assessments.flatMap((assessment, index) =>
    assessment === null
      ? [{ field: `assessments[${index}]`, message: messages.midterm.assessmentMissing(messages.approvedTargets.indicator({ index, level3: monitoring.baseline.indicators[index]?.level3 })) }]
      : [],
  );
  if (review.execution === null) {
    problems.push({ field: 'execution', message: messages.midterm.executionMissing(review.checkpointDate) });
  }
  if (problems.length > 0) throw DomainError.validation(problems);
  return { type: 'MidtermReviewSubmitted', data: { projectCode: monitoring.projectCode, fiscalYear: monitoring.fiscalYear, ...submission } };
}
