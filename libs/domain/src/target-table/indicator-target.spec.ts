import { describe, expect, it } from '@jest/globals';
import { isCostIndicator, leadingGroupLabel, level1KindOf, parseTarget } from './indicator-target.js';
import type { ParsedTarget } from './target-table.events.js';

const positive = (comparator: ParsedTarget['comparator'], value: string, unit: string | null): ParsedTarget => ({
  comparator,
  value,
  unit,
  direction: 'POSITIVE',
});
const negative = (comparator: ParsedTarget['comparator'], value: string, unit: string | null): ParsedTarget => ({
  comparator,
  value,
  unit,
  direction: 'NEGATIVE',
});
const qualitative: ParsedTarget = { comparator: 'qualitative', value: null, unit: null, direction: null };
const text: ParsedTarget = { comparator: 'text', value: null, unit: null, direction: null };

describe('parseTarget outside cost indicators', () => {
  it.each<[string, ParsedTarget]>([
    ['≥300人', positive('>=', '300', '人')],
    ['≥98%', positive('>=', '98', '%')],
    ['≥98百分号', positive('>=', '98', '%')],
    ['≥90百分比', positive('>=', '90', '%')],
    ['≥96％', positive('>=', '96', '%')],
    ['100百分号', positive('=', '100', '%')],
    ['100%', positive('=', '100', '%')],
    ['10次', positive('=', '10', '次')],
    ['60000元', positive('=', '60000', '元')],
    ['13万', positive('=', '13', '万')],
    ['≥7.24万人', positive('>=', '7.24', '万人')],
    ['≥3300 人', positive('>=', '3300', '人')],
    ['723万元', positive('=', '723', '万元')],
    ['≥2000 万元', positive('>=', '2000', '万元')],
    ['≤31天', negative('<=', '31', '天')],
    ['≤2420 元', negative('<=', '2420', '元')],
    ['＞5件', positive('>', '5', '件')],
    ['>5件', positive('>', '5', '件')],
    ['＜3天', negative('<', '3', '天')],
    ['<3天', negative('<', '3', '天')],
    ['=12次', positive('=', '12', '次')],
    ['﹦12次', positive('=', '12', '次')],
    ['＝12次', positive('=', '12', '次')],
    ['>=95%', positive('>=', '95', '%')],
    ['<=15天', negative('<=', '15', '天')],
    ['≧95%', positive('>=', '95', '%')],
    ['≦15天', negative('<=', '15', '天')],
    ['不低于95%', positive('>=', '95', '%')],
    ['不高于15天', negative('<=', '15', '天')],
    ['大于90%', positive('>', '90', '%')],
    ['小于5次', negative('<', '5', '次')],
    ['大于等于90%', positive('>=', '90', '%')],
    ['90%以上', positive('>=', '90', '%')],
    ['30天以内', negative('<=', '30', '天')],
    ['90%及以上', positive('>=', '90', '%')],
    ['3件及以下', negative('<=', '3', '件')],
    ['达到95%', positive('>=', '95', '%')],
    ['达到 90%以上', positive('>=', '90', '%')],
    ['控制在5%以内', negative('<=', '5', '%')],
    ['≥90%以上', positive('>=', '90', '%')],
    ['≥ 98 %', positive('>=', '98', '%')],
    [' ≥300人 ', positive('>=', '300', '人')],
    ['≥９８．５％', positive('>=', '98.5', '%')],
    ['100', positive('=', '100', null)],
    ['0.5次/年', positive('=', '0.5', '次/年')],
  ])('reads %j', (valueText, expected) => {
    expect(parseTarget(valueText, 'OUTPUT', '数量指标')).toEqual(expected);
  });

  it('keeps the decimal exactly as printed, trailing zeros included', () => {
    expect(parseTarget('≥98.50%', 'EFFECT', '社会效益指标').value).toBe('98.50');
  });
});

describe('parseTarget on cost indicators (less is better whatever the comparator)', () => {
  it('treats a level 2 containing 成本 as cost: the seed\'s revenue under 成本指标 stays negative', () => {
    expect(parseTarget('≥2000 万元', 'OUTPUT', '成本指标')).toEqual(negative('>=', '2000', '万元'));
  });

  it('treats a level 1 成本指标 as cost even when level 2 does not say so', () => {
    expect(parseTarget('≥2000 万元', 'COST', '征缴收入')).toEqual(negative('>=', '2000', '万元'));
  });

  it.each<[string, ParsedTarget]>([
    ['723万元', negative('=', '723', '万元')],
    ['60000元', negative('=', '60000', '元')],
    ['13万', negative('=', '13', '万')],
    ['4元', negative('=', '4', '元')],
    ['≤10元', negative('<=', '10', '元')],
    ['＞1元', negative('>', '1', '元')],
  ])('reads %j as negative', (valueText, expected) => {
    expect(parseTarget(valueText, 'OUTPUT', '成本指标')).toEqual(expected);
  });

  it('leaves qualitative and free-text cost targets without a direction', () => {
    expect(parseTarget('最低工资标准的150%', 'OUTPUT', '成本指标')).toEqual(text);
    expect(parseTarget('按实际发生', 'COST', '经济成本指标')).toEqual(text);
    expect(parseTarget('明显降低', 'COST', '经济成本指标')).toEqual(qualitative);
    expect(parseTarget('成本有效控制', 'COST', '经济成本指标')).toEqual(qualitative);
  });
});

describe('parseTarget without a number', () => {
  it.each(['效果显著', '达到预期', '显著提升', '明显改善', '良好', '持续提升', '优秀', '社会稳定', '按时完成'])(
    'reads the graded phrase %j as qualitative',
    (valueText) => {
      expect(parseTarget(valueText, 'EFFECT', '社会效益指标')).toEqual(qualitative);
    },
  );

  it.each([
    '最低工资标准的150%',
    '劳务派遣实时在职人数',
    '人数',
    '',
    '   ',
    '满意度90百分比',
    '每人4元',
    '≥',
    '10次，每次2天',
    '1.2.3%',
    '≤90%以上',
    '通过认证有力巩固了待遇人员老年生活保障力度明显提高',
  ])('keeps %j as free text', (valueText) => {
    expect(parseTarget(valueText, 'OUTPUT', '数量指标')).toEqual(text);
  });
});

describe('parseTarget of a figure written after a group name', () => {
  it('reads 满意度90百分比 under 服务对象满意度指标 as = 90 %, as ≥90百分比 is read ≥ 90 %', () => {
    expect(parseTarget('满意度90百分比', 'SATISFACTION', '服务对象满意度指标')).toEqual(positive('=', '90', '%'));
    expect(leadingGroupLabel('满意度90百分比', 'SATISFACTION', '服务对象满意度指标')).toBe('满意度');
    expect(parseTarget('≥90百分比', 'SATISFACTION', '服务对象满意度指标')).toEqual(positive('>=', '90', '%'));
  });

  it('keeps any other word before a figure as text', () => {
    expect(parseTarget('每人4元', 'COST', '成本指标')).toEqual(text);
    expect(leadingGroupLabel('每人4元', 'COST', '成本指标')).toBeNull();
    expect(leadingGroupLabel('90%', 'SATISFACTION', '服务对象满意度指标')).toBeNull();
  });
});

describe('level1KindOf', () => {
  it.each([
    ['产出指标', 'OUTPUT'],
    ['效益指标', 'EFFECT'],
    ['满意度指标', 'SATISFACTION'],
    ['成本指标', 'COST'],
    ['产出', 'OUTPUT'],
    ['满意度', 'SATISFACTION'],
    [' 效益 指标 ', 'EFFECT'],
    ['满意度指\n标', 'SATISFACTION'],
  ])('reads %j as %s', (label, kind) => {
    expect(level1KindOf(label)).toBe(kind);
  });

  it.each(['', '数量指标', '产出指标指标', '指标', '服务对象满意度指标'])('does not recognise %j', (label) => {
    expect(level1KindOf(label)).toBeNull();
  });
});

describe('isCostIndicator', () => {
  it('is true for a 成本 level 1 or level 2 only', () => {
    expect(isCostIndicator('COST', '工伤补助金')).toBe(true);
    expect(isCostIndicator('OUTPUT', '成本指标')).toBe(true);
    expect(isCostIndicator('OUTPUT', '数量指标')).toBe(false);
    expect(isCostIndicator(null, '')).toBe(false);
  });
});
