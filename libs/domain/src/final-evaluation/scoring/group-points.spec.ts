import { describe, expect, it } from '@jest/globals';
import { refusalOf } from '../../../test/refusal.js';
import { shownScore } from './exact-decimal.js';
import { groupPoints } from './group-points.js';
import type { ScoringGroup } from './scoring-groups.js';

const pointsOf = (present: ScoringGroup[]) =>
  Object.fromEntries(groupPoints(new Set(present)).groups.map((group) => [group.label, shownScore(group.points)]));

describe('points of the level-1 groups', () => {
  it('gives 产出 50, 效益 30, 满意度 10 when all are present, and redistributes nothing', () => {
    const reading = groupPoints(new Set<ScoringGroup>(['OUTPUT', 'EFFECT', 'SATISFACTION']));
    expect(reading.groups.map((group) => [group.label, group.points.toString()])).toEqual([
      ['产出指标', '50'],
      ['效益指标', '30'],
      ['满意度指标', '10'],
    ]);
    expect(reading.redistribution).toBeNull();
  });

  it('without 满意度 shares its 10 points 50 : 30 over 产出 and 效益 and says so', () => {
    const reading = groupPoints(new Set<ScoringGroup>(['OUTPUT', 'EFFECT']));
    expect(reading.groups.map((group) => group.points.toString())).toEqual(['56.25', '33.75']);
    expect(reading.redistribution).toBe(
      '满意度指标（10 分）没有指标：其分值按现有各组分值比例（50 : 30）分配 —— 产出指标 56.25，效益指标 33.75。',
    );
  });

  it('without 效益 and 满意度 gives all 40 to 产出', () => {
    const reading = groupPoints(new Set<ScoringGroup>(['OUTPUT']));
    expect(pointsOf(['OUTPUT'])).toEqual({ 产出指标: '90.00' });
    expect(reading.redistribution).toBe('效益指标（30 分）和满意度指标（10 分）没有指标：其分值全部计入产出指标 —— 产出指标 90.00。');
  });

  it('without 产出 shares its 50 points 30 : 10 over 效益 and 满意度', () => {
    expect(pointsOf(['EFFECT', 'SATISFACTION'])).toEqual({ 效益指标: '67.50', 满意度指标: '22.50' });
  });

  it('refuses a table without any group: there is nothing to score', () => {
    expect(refusalOf(() => groupPoints(new Set())).problems.map((problem) => problem.field)).toEqual(['indicators']);
  });
});
