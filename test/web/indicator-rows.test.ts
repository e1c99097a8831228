import { describe, expect, it } from '@jest/globals';
import { addIndicatorAfter, changeIndicator, emptyIndicator, gridOf, level2Options, moveIndicator, removeIndicator, type IndicatorRow } from '../../apps/web/src/lib/indicator-rows.js';

const choices = [
  { label: '产出指标', level2: ['数量指标', '质量指标', '时效指标', '成本指标'] },
  { label: '效益指标', level2: ['社会效益指标'] },
  { label: '满意度指标', level2: ['服务对象满意度指标'] },
];

function row(level1: string, level2: string, level3: string): IndicatorRow {
  return { ...emptyIndicator(level1, level2), level3 };
}

const rows = [row('产出指标', '数量指标', 'A'), row('产出指标', '数量指标', 'B'), row('产出指标', '质量指标', 'C'), row('效益指标', '社会效益指标', 'D'), row('满意度指标', '服务对象满意度指标', 'E')];

describe('the indicator editor', () => {
  it('merges 一级 cells down their group and 二级 cells down theirs, like the printed form', () => {
    expect(gridOf(rows).map(({ row: r, level1Span, level2Span }) => [r.level3, level1Span, level2Span])).toEqual([
      ['A', 3, 2],
      ['B', 0, 0],
      ['C', 0, 1],
      ['D', 1, 1],
      ['E', 1, 1],
    ]);
  });

  it('does not merge equal 二级 cells across different 一级 groups', () => {
    const split = [row('产出指标', '成本指标', 'X'), row('成本指标', '成本指标', 'Y')];
    expect(gridOf(split).map(({ level1Span, level2Span }) => [level1Span, level2Span])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('adds a row of the same levels below the chosen one, or at the end', () => {
    expect(addIndicatorAfter(rows, 0).map((r) => [r.level2, r.level3])[1]).toEqual(['数量指标', '']);
    expect(addIndicatorAfter(rows, -1).at(-1)).toEqual(emptyIndicator('满意度指标', '服务对象满意度指标'));
    expect(addIndicatorAfter([], -1)).toEqual([emptyIndicator()]);
  });

  it('removes and moves rows, leaving them unchanged at either end', () => {
    expect(removeIndicator(rows, 1).map((r) => r.level3)).toEqual(['A', 'C', 'D', 'E']);
    expect(moveIndicator(rows, 1, -1).map((r) => r.level3)).toEqual(['B', 'A', 'C', 'D', 'E']);
    expect(moveIndicator(rows, 4, 1).map((r) => r.level3)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(moveIndicator(rows, 0, -1).map((r) => r.level3)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('offers the 二级 choices of the row’s 一级, and clears a 二级 that does not belong to a new 一级', () => {
    expect(level2Options(choices, '效益指标')).toEqual(['社会效益指标']);
    expect(level2Options(choices, '不存在')).toEqual([]);
    expect(changeIndicator(rows, 0, 'level1', '满意度指标', choices)[0]).toMatchObject({ level1: '满意度指标', level2: '' });
    expect(changeIndicator(rows, 2, 'level1', '产出指标', choices)[2]).toMatchObject({ level2: '质量指标' });
    expect(changeIndicator(rows, 0, 'valueText', '≥300人', choices)[0]).toMatchObject({ valueText: '≥300人', level2: '数量指标' });
  });
});
