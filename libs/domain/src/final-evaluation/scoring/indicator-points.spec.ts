import { describe, expect, it } from '@jest/globals';
import type { FieldProblem } from '../../common/domain-error.js';
import { ScoreDecimal, shownScore } from './exact-decimal.js';
import { indicatorPoints } from './indicator-points.js';

const fifty = new ScoreDecimal(50);

function split(weights: Array<string | null>) {
  const problems: FieldProblem[] = [];
  const points = indicatorPoints('产出指标', fifty, weights.map((weight, index) => ({ index, weight })), problems);
  return { points: points.map((p) => shownScore(p)), problems };
}

describe('points of the indicators inside a group', () => {
  it('splits evenly without weights: 4 indicators of 产出 get 12.5 each', () => {
    expect(split([null, null, null, null])).toEqual({ points: ['12.50', '12.50', '12.50', '12.50'], problems: [] });
  });

  it('splits 50 three ways into 16.67 shown, exact inside', () => {
    expect(split([null, null, null]).points).toEqual(['16.67', '16.67', '16.67']);
  });

  it('follows weights that add up to 100: 40 / 30 / 30 of 50 are 20 / 15 / 15', () => {
    expect(split(['40', '30', '30'])).toEqual({ points: ['20.00', '15.00', '15.00'], problems: [] });
  });

  it('refuses weights that do not add up to 100, naming the group', () => {
    expect(split(['40', '30', '20']).problems).toEqual([
      {
        field: 'weights.产出指标',
        message: '产出指标的权重合计为 90：合计须为 100（占该组 50.00 分的百分比）',
      },
    ]);
  });

  it('refuses a group weighted only in part, naming the indicator without a weight', () => {
    expect(split(['60', null]).problems).toEqual([
      { field: 'indicators[1].weight', message: '缺少：产出指标中其他指标有权重，因此每项产出指标都需要权重（或都不填）' },
    ]);
  });

  it('refuses a negative or unreadable weight', () => {
    expect(split(['-10', '110']).problems.map((p) => p.field)).toEqual(['indicators[0].weight']);
    expect(split(['abc', '100']).problems.map((p) => p.field)).toEqual(['indicators[0].weight']);
  });
});
