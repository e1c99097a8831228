import { describe, expect, it } from '@jest/globals';
import { assess, assessments, midtermHistory, openReview } from '../../test/midterm-review-workflow.js';
import { atRiskIndicators } from './at-risk-indicators.js';
import { evolveMidtermReview } from './evolve-midterm-review.js';
import { initialMidtermState, type Monitoring } from './midterm-review.state.js';

const reviewAfter = (commands: Parameters<typeof midtermHistory>[0]) =>
  (midtermHistory(commands).reduce(evolveMidtermReview, initialMidtermState) as Monitoring).review!;

describe('indicators at risk', () => {
  it('are those not 确定能 or behind: the trainings expected at 8 of 10', () => {
    expect(atRiskIndicators(reviewAfter([openReview(), assess()])).map((assessment) => assessment.index)).toEqual([0]);
  });

  it('include one 确定能 by its preparer but behind its target, with its cause', () => {
    const behind = { index: 2, reached: '90', expectedFullYear: '95', likelihood: 'CERTAIN', cause: 'POLICY', measure: '完善登记制度' };
    expect(atRiskIndicators(reviewAfter([openReview(), assess([...assessments.slice(0, 2), behind])])).map((assessment) => [assessment.index, assessment.behind])).toEqual([
      [0, true],
      [2, true],
    ]);
  });

  it('are none before any indicator is assessed', () => {
    expect(atRiskIndicators(reviewAfter([openReview()]))).toEqual([]);
  });
});
