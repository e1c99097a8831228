import { describe, expect, it } from '@jest/globals';
import { refusalOf } from '../../../test/refusal.js';
import { shownScore } from './exact-decimal.js';
import { executionPoints } from './execution-points.js';

describe('execution points (10 × executed / budget, at most 10)', () => {
  it('gives 9.5 points for 190000.00 of a 200000.00 budget (95 %), no explanation needed', () => {
    const score = executionPoints(20000000, 19000000);
    expect(shownScore(score.ratePercent)).toBe('95.00');
    expect(score.score.toString()).toBe('9.5');
    expect(score.explanationNeeded).toBe(false);
  });

  it('needs an explanation under 90 %: 179999.99 of 200000.00 is 89.999995 %', () => {
    const score = executionPoints(20000000, 17999999);
    expect(score.ratePercent.toString()).toBe('89.999995');
    expect(score.score.toString()).toBe('8.9999995');
    expect(score.explanationNeeded).toBe(true);
  });

  it('at exactly 90 % needs no explanation', () => {
    expect(executionPoints(20000000, 18000000).explanationNeeded).toBe(false);
  });

  it('gives 0 points when nothing was spent', () => {
    const score = executionPoints(20000000, 0);
    expect(score.score.toString()).toBe('0');
    expect(score.explanationNeeded).toBe(true);
  });

  it('caps the points at 10 when more than the budget was spent, and shows the rate above 100 %', () => {
    const score = executionPoints(20000000, 22000000);
    expect(score.score.toString()).toBe('10');
    expect(score.ratePercent.toString()).toBe('110');
  });

  it('refuses a budget of 0: the rate cannot be computed', () => {
    expect(refusalOf(() => executionPoints(0, 100)).problems).toEqual([
      { field: 'budget', message: '为 0.00 元：预算执行率（执行数 / 预算数）要求预算大于 0' },
    ]);
  });
});
