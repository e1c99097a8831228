import { describe, expect, it } from '@jest/globals';
import { ScoreDecimal } from './exact-decimal.js';
import { negativeScore, positiveScore } from './indicator-score.js';

const d = (value: string | number) => new ScoreDecimal(value);
const positive = (points: string, target: string, actual: string) => positiveScore(d(points), d(target), d(actual));
const negative = (points: string, target: string, actual: string) => negativeScore(d(points), d(target), d(actual));

describe('positive indicator (≥ target is full points, else points × actual / target)', () => {
  it('gives full points when met exactly: 10次 of ≥10次', () => {
    expect(positive('12.5', '10', '10').score.toString()).toBe('12.5');
  });

  it('gives points × actual / target when short: 8 trainings of 10 earn 10 of 12.5, 80 % as shown', () => {
    const { score, completionPercent } = positive('12.5', '10', '8');
    expect(score.toString()).toBe('10');
    expect(completionPercent?.toString()).toBe('80');
  });

  it('caps over-completion at full points: 15 of 10 is 150 % and earns 12.5', () => {
    const { score, completionPercent } = positive('12.5', '10', '15');
    expect(score.toString()).toBe('12.5');
    expect(completionPercent?.toString()).toBe('150');
  });

  it('gives 0 for an actual of 0', () => {
    expect(positive('12.5', '10', '0').score.toString()).toBe('0');
  });

  it('gives full points for a target of 0 met with 0, and no completion ratio', () => {
    const { score, completionPercent } = positive('12.5', '0', '0');
    expect(score.toString()).toBe('12.5');
    expect(completionPercent).toBeNull();
  });

  it('gives 0, never less, for a negative actual (a growth rate that fell)', () => {
    expect(positive('12.5', '5', '-2').score.toString()).toBe('0');
    expect(positive('12.5', '0', '-2').score.toString()).toBe('0');
  });
});

describe('negative indicator (≤ target is full points, else points × max(0, 1 − (actual − target) / target))', () => {
  it('gives full points at or under the ceiling: 2420 元 of ≤2420 元', () => {
    expect(negative('12.5', '2420', '2420').score.toString()).toBe('12.5');
  });

  it('takes off the share of the excess: 2662 元 is 10 % over ≤2420 元 and earns 90 % of 12.5', () => {
    expect(negative('12.5', '2420', '2662').score.toString()).toBe('11.25');
  });

  it('gives 0, never less, at twice the ceiling or more', () => {
    expect(negative('12.5', '2420', '4840').score.toString()).toBe('0');
    expect(negative('12.5', '2420', '10000').score.toString()).toBe('0');
  });

  it('gives full points for an actual of 0, a completion of 200 %', () => {
    const { score, completionPercent } = negative('12.5', '2420', '0');
    expect(score.toString()).toBe('12.5');
    expect(completionPercent?.toString()).toBe('200');
  });

  it('reads completion with the formula that scores, 1 − (actual − target) / target: 1800 元 against ≤2420 元 is 125.62 %', () => {
    expect(negative('12.5', '2420', '1800').completionPercent?.toFixed(2)).toBe('125.62');
  });

  it('shows the percentage that scores: 2600 元 against ≤2420 元 is 92.56 % and earns 92.56 % of the points (not 2420 / 2600 = 93.08 %)', () => {
    const { score, completionPercent } = negative('12.5', '2420', '2600');
    expect(completionPercent?.toFixed(2)).toBe('92.56');
    expect(score.div(d('12.5')).times(100).toFixed(2)).toBe('92.56');
  });

  it('with a target of 0: 0 is full points, any excess earns 0', () => {
    expect(negative('12.5', '0', '0').score.toString()).toBe('12.5');
    expect(negative('12.5', '0', '0').completionPercent).toBeNull();
    expect(negative('12.5', '0', '1').score.toString()).toBe('0');
  });
});
