import { decidedHistory } from './given.js';
import { midtermReviewDecider } from '../src/midterm-review/decide-midterm-review.js';
import type { IndicatorAssessmentInput, MidtermReviewCommand } from '../src/midterm-review/midterm-review.commands.js';
import type { MidtermReviewEvent } from '../src/midterm-review/midterm-review.events.js';
import type { Actor } from '../src/common/actor.js';
import { baseline, key } from './final-evaluation-workflow.js';
import { preparer, twoStepChain } from './target-table-workflow.js';

/** The mid-term review of seed table 3 (approved as version 1) at 31 July 2022. */

export { baseline, key };

export const openReview = (checkpointDate?: string | null, actor: Actor = preparer): MidtermReviewCommand => ({
  type: 'OpenMidtermReview',
  ...key,
  actor,
  baseline,
  ...(checkpointDate === undefined ? {} : { checkpointDate }),
});

const onTrack = (index: number, reached: string, expectedFullYear: string): IndicatorAssessmentInput => ({
  index,
  reached,
  expectedFullYear,
  likelihood: 'CERTAIN',
});

/** Six indicators on track, the trainings behind (6 by July, 8 expected of ≥10) with cause and measure. */
export const assessments: IndicatorAssessmentInput[] = [
  { index: 0, reached: '6', expectedFullYear: '8', likelihood: 'POSSIBLE', cause: 'STAFFING', measure: '三季度增开两期培训' },
  onTrack(1, '2300', '2400'),
  onTrack(2, '100', '100'),
  onTrack(3, '100', '100'),
  onTrack(4, '成效初显', '效果显著'),
  onTrack(5, '社会稳定', '效果显著'),
  onTrack(6, '98.5', '98.5'),
];

export const assess = (given: IndicatorAssessmentInput[] = assessments, actor: Actor = preparer): MidtermReviewCommand => ({
  type: 'AssessMidtermIndicators',
  ...key,
  actor,
  assessments: given,
});

/** 100000.00 of 200000.00 paid by 31 July: the plan is 100000.00 at 6月底 and 150000.00 at 10月底. */
export const recordExecution = (actor: Actor = preparer): MidtermReviewCommand => ({
  type: 'RecordMidtermExecution',
  ...key,
  actor,
  entries: [
    { date: '2022-03-15', amountFen: 4000000 },
    { date: '2022-06-20', amountFen: 6000000 },
    { date: '2022-08-02', amountFen: 5000000 },
  ],
});

export const submitReview = (actor: Actor = preparer): MidtermReviewCommand => ({ type: 'SubmitMidtermReview', ...key, actor, chain: twoStepChain });

export function midtermHistory(commands: readonly MidtermReviewCommand[]): MidtermReviewEvent[] {
  return decidedHistory(midtermReviewDecider, commands);
}
