import { describe, expect, it } from '@jest/globals';
import type { FinalEvaluation, ReviewIndicator, ScorecardRow } from '../../apps/web/src/graphql/review-documents.js';
import { draftOf, previewScorecard, type Draft } from '../../apps/web/src/lib/scorecard-preview.js';
import { because, workedResults, workedShortfalls } from '../support/worked-final-evaluation.js';

const indicator = (level1Kind: ReviewIndicator['level1Kind'], level2: string, level3: string, valueText: string, target: ReviewIndicator['target']): ReviewIndicator => ({
  level1: { OUTPUT: '产出指标', EFFECT: '效益指标', SATISFACTION: '满意度指标', COST: '成本指标' }[level1Kind!],
  level1Kind,
  level2,
  level3,
  description: level3,
  valueText,
  basis: '',
  target,
});
const measured = (comparator: ReviewIndicator['target']['comparator'], value: string, unit: string, direction: 'POSITIVE' | 'NEGATIVE') => ({ comparator, value, unit, direction });
const qualitative = { comparator: 'QUALITATIVE' as const, value: null, unit: null, direction: null };

// Seed table 3's indicators as the API gives them (docs/scoring.md, worked example).
const indicators = [
  indicator('OUTPUT', '数量指标', '开展就业培训数', '10次', measured('EQ', '10', '次', 'POSITIVE')),
  indicator('OUTPUT', '成本指标', '人均补贴水平', '≤2420 元', measured('LTE', '2420', '元', 'NEGATIVE')),
  indicator('OUTPUT', '质量指标', '就业人数登记率', '100%', measured('EQ', '100', '%', 'POSITIVE')),
  indicator('OUTPUT', '时效指标', '发放率', '100%', measured('EQ', '100', '%', 'POSITIVE')),
  indicator('EFFECT', '社会效益指标', '构建和谐劳动关系', '效果显著', qualitative),
  indicator('EFFECT', '社会效益指标', '维护社会稳定', '效果显著', qualitative),
  indicator('SATISFACTION', '服务对象满意度指标', '满意率', '≥98%', measured('GTE', '98', '%', 'POSITIVE')),
];

const emptyRow = (index: number): ScorecardRow => ({
  index,
  indicator: indicators[index]!,
  weight: null,
  actual: null,
  grade: null,
  gradeLabel: null,
  percent: null,
  points: null,
  score: null,
  completionPercent: null,
  explanationReasons: [],
  explanation: null,
});

const opened = {
  projectCode: '13052922P00584010316P',
  fiscalYear: 2022,
  name: '就业工作经费',
  unitCode: '323001',
  unitName: '巨鹿县人力资源和社会保障局本级',
  sectionId: 'employment',
  baselineVersion: 1,
  version: 1,
  scorecard: { execution: { budget: '200000.00', executed: '190000.00' }, rows: indicators.map((_, index) => emptyRow(index)) },
} as unknown as FinalEvaluation;

function typed(): Draft {
  const draft = draftOf(opened);
  for (const result of workedResults) {
    const row = draft.rows[result.index]!;
    if ('actual' in result) row.actual = result.actual!;
    else Object.assign(row, { grade: result.grade, percent: result.percent });
  }
  return draft;
}

describe('the live scorecard of 绩效自评, scored by the domain in the browser', () => {
  it('scores the worked example as typed: 89.75 良, with the four shortfalls to explain', () => {
    const card = previewScorecard(opened, typed());
    expect(card.rows.map((row) => [row.points, row.score])).toEqual([
      ['12.50', '10.00'],
      ['12.50', '11.25'],
      ['12.50', '12.50'],
      ['12.50', '12.50'],
      ['15.00', '13.50'],
      ['15.00', '10.50'],
      ['10.00', '10.00'],
    ]);
    expect(card.groups.map((group) => group.score)).toEqual(['46.25', '24.00', '10.00']);
    expect([card.total, card.grade, card.execution.score]).toEqual(['89.75', 'GOOD', '9.50']);
    expect(card.missing.map((item) => item.field)).toEqual(workedShortfalls.map((index) => `explanations.indicators[${index}]`));
  });

  it('lists nothing missing once the shortfalls are explained, and names a percent outside its grade’s band', () => {
    const draft = typed();
    for (const index of workedShortfalls) Object.assign(draft.rows[index]!, because);
    expect(previewScorecard(opened, draft).missing).toEqual([]);
    draft.rows[5]!.percent = '85';
    const card = previewScorecard(opened, draft);
    expect([card.total, card.missing.map((item) => item.field)]).toEqual([null, ['indicators[5].percent']]);
  });
});
