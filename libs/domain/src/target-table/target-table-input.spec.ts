import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../common/domain-error.js';
import { seedTable3 } from './fixtures/seed-table-3.js';
import type { TargetTableInput } from './target-table.commands.js';
import { readTargetTableInput, toContent } from './target-table-input.js';

function problemsOf(input: TargetTableInput) {
  try {
    toContent(input);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected toContent to refuse the input');
}

describe('toContent', () => {
  it('converts seed table 3 into fen and parsed targets', () => {
    const content = toContent(seedTable3);
    expect(content.budget).toEqual({ total: 20000000, fiscal: 20000000, other: 0 });
    expect(content.spendingPlan).toEqual({ mar: 5000000, jun: 10000000, oct: 15000000, dec: 20000000 });
    expect(content.indicators.map((i) => [i.level1Kind, i.target.comparator, i.target.value, i.target.unit, i.target.direction])).toEqual([
      ['OUTPUT', '=', '10', '次', 'POSITIVE'],
      ['OUTPUT', '<=', '2420', '元', 'NEGATIVE'],
      ['OUTPUT', '=', '100', '%', 'POSITIVE'],
      ['OUTPUT', '=', '100', '%', 'POSITIVE'],
      ['EFFECT', 'qualitative', null, null, null],
      ['EFFECT', 'qualitative', null, null, null],
      ['SATISFACTION', '>=', '98', '%', 'POSITIVE'],
    ]);
  });

  it('reports every problem at once, each with its field and what to do', () => {
    const input: TargetTableInput = {
      name: '   ',
      unitCode: '',
      unitName: '巨鹿县人力资源和社会保障局本级',
      sectionId: ' ',
      budget: { total: '-1', fiscal: '72a.00', other: '1,000.00' },
      purpose: '就业工作经费',
      spendingPlan: { mar: '5.001', jun: 'abc', oct: null, dec: '' },
      goals: ['1.健全就业服务体系', ''],
      indicators: [
        seedTable3.indicators[0]!,
        { ...seedTable3.indicators[1]!, level3: ' ' },
        seedTable3.indicators[2]!,
        { ...seedTable3.indicators[3]!, level1: '' },
      ],
    };
    const error = problemsOf(input);
    expect(error.code).toBe('VALIDATION');
    expect(error.problems).toEqual([
      { field: 'name', message: '必填：请填写项目名称（与表上一致），例如 就业工作经费' },
      { field: 'unitCode', message: '必填：请填写预算单位编码，例如 323001' },
      {
        field: 'sectionId',
        message: '为空白：请不填（null），或填写该项目所属科室的 id',
      },
      { field: 'budget.total', message: '「-1」是负数：以元计的金额须为 0 或以上，例如 723000.00' },
      {
        field: 'budget.fiscal',
        message: '「72a.00」不是以元计的金额：请用数字填写，最多 2 位小数，例如 723000.00',
      },
      {
        field: 'budget.other',
        message: '「1,000.00」带有千位分隔符：请去掉逗号，例如 723000.00',
      },
      {
        field: 'spendingPlan.mar',
        message: '「5.001」超过 2 位小数：以元计的金额精确到分（0.01），例如 723000.00',
      },
      {
        field: 'spendingPlan.jun',
        message: '「abc」不是以元计的金额：请用数字填写，最多 2 位小数，例如 723000.00',
      },
      { field: 'goals[1]', message: '必填：请填写该绩效目标，或将其从列表中删除' },
      { field: 'indicators[1].level3', message: '必填：请填写三级指标（与表上一致），例如 开展就业培训数' },
      { field: 'indicators[3].level1', message: '必填：请填写一级指标（与表上一致），例如 产出指标' },
    ]);
    expect(error.message).toContain('budget.fiscal：「72a.00」不是以元计的金额');
  });

  it('refuses a name longer than 200 characters and accepts one of exactly 200', () => {
    expect(toContent({ ...seedTable3, name: '经'.repeat(200) }).name).toHaveLength(200);
    expect(problemsOf({ ...seedTable3, name: '经'.repeat(201) }).problems).toEqual([
      { field: 'name', message: '有 201 个字符，超过了此栏的上限 200 个字符：请精简后再提交' },
    ]);
  });

  it('bounds every text and list to what the form holds, naming each field (100,000-character purpose, 20,000 goals, 10,000 indicators)', () => {
    const indicator = seedTable3.indicators[0]!;
    const fields = (input: TargetTableInput) => problemsOf(input).problems.map((problem) => problem.field);
    expect(fields({ ...seedTable3, purpose: '用'.repeat(100_000) })).toEqual(['purpose']);
    expect(fields({ ...seedTable3, goals: Array.from({ length: 20_000 }, () => '健全就业服务体系') })).toEqual(['goals']);
    expect(fields({ ...seedTable3, indicators: Array.from({ length: 10_000 }, () => indicator) })).toEqual(['indicators']);
    expect(fields({ ...seedTable3, unitName: '巨'.repeat(101), goals: ['目'.repeat(501)] })).toEqual(['unitName', 'goals[0]']);
    const long = { level3: '指'.repeat(101), description: '述'.repeat(501), valueText: '≥'.padEnd(101, '9'), basis: '据'.repeat(501) };
    expect(fields({ ...seedTable3, indicators: [{ ...indicator, ...long }] })).toEqual([
      'indicators[0].level3',
      'indicators[0].description',
      'indicators[0].valueText',
      'indicators[0].basis',
    ]);
    expect(toContent({ ...seedTable3, purpose: '用'.repeat(2000), goals: Array.from({ length: 20 }, () => '目标') }).goals).toHaveLength(20);
  });

  it('refuses invisible characters in names and codes, and in long texts alike, rather than storing them', () => {
    const error = problemsOf({ ...seedTable3, name: '就业\u202E工作经费', unitCode: '3230\u000001', sectionId: 'employ\u001Bment', purpose: '\u200B', goals: ['目标\uD800'] });
    expect(error.problems.map((problem) => [problem.field, problem.message.split('：')[0]])).toEqual([
      ['name', '第 3 个字符是从右到左覆盖（U+202E）'],
      ['unitCode', expect.stringMatching(/不是单位编码/)],
      ['sectionId', expect.stringMatching(/不是科室 id/)],
      ['purpose', '第 1 个字符是零宽空格（U+200B）'],
      ['goals[0]', '第 3 个字符是不成对的代理项（残缺的字符编码）（U+D800）'],
    ]);
  });

  it('keeps line breaks in paragraphs and wrapped cells, and refuses them in a name', () => {
    expect(toContent({ ...seedTable3, purpose: '就业工作经费\n（补充）' }).purpose).toBe('就业工作经费\n（补充）');
    expect(problemsOf({ ...seedTable3, name: '就业工作\n经费' }).problems.map((problem) => problem.field)).toEqual(['name']);
  });

  it('checks 单位名称 against the name the directory gives the unit code, when it is given', () => {
    expect(readTargetTableInput(seedTable3, '巨鹿县人力资源和社会保障局本级').problems).toEqual([]);
    expect(readTargetTableInput({ ...seedTable3, unitName: '巨鹿县人力资源和社会保障局 本级' }, '巨鹿县人力资源和社会保障局本级').problems).toEqual([]);
    expect(readTargetTableInput({ ...seedTable3, unitName: '巨鹿县社会保险事业服务中心' }, '巨鹿县人力资源和社会保障局本级').problems).toEqual([
      {
        field: 'unitName',
        message: '「巨鹿县社会保险事业服务中心」不是单位 323001 的名称：单位目录中 323001 是「巨鹿县人力资源和社会保障局本级」，请填写这一名称，或核对单位编码',
      },
    ]);
    expect(readTargetTableInput({ ...seedTable3, unitName: '任意名称' }, null).problems).toEqual([]);
  });

  it('counts characters, not UTF-16 units, in the name', () => {
    expect(toContent({ ...seedTable3, name: '𠀀'.repeat(200) }).name).toBe('𠀀'.repeat(200));
  });

  it('names the missing unit name', () => {
    expect(problemsOf({ ...seedTable3, unitName: '' }).problems.map((p) => p.field)).toEqual(['unitName']);
  });

  it('accepts 0 amounts, an empty goal list, no indicators and empty optional texts', () => {
    const content = toContent({
      ...seedTable3,
      budget: { total: '0', fiscal: '0.00', other: '0' },
      purpose: '',
      goals: [],
      indicators: [{ level1: '产出指标', level2: '', level3: '开展就业培训数', description: '', valueText: '', basis: '' }],
    });
    expect(content.budget).toEqual({ total: 0, fiscal: 0, other: 0 });
    expect(content.purpose).toBe('');
    expect(content.goals).toEqual([]);
    expect(content.indicators[0]?.target).toEqual({ comparator: 'text', value: null, unit: null, direction: null });
  });

  it('keeps a level 1 it does not recognise, without a kind', () => {
    const content = toContent({ ...seedTable3, indicators: [{ ...seedTable3.indicators[0]!, level1: '数量指标' }] });
    expect(content.indicators[0]?.level1).toBe('数量指标');
    expect(content.indicators[0]?.level1Kind).toBeNull();
  });

  it('keeps the section id it is given', () => {
    expect(toContent({ ...seedTable3, sectionId: 'employment' }).sectionId).toBe('employment');
  });

  it('names fields whose type is wrong, as a client bypassing the schema could send', () => {
    const malformed = {
      ...seedTable3,
      budget: { total: 200000, fiscal: '200000.00' },
      spendingPlan: 'quarterly',
      purpose: null,
      goals: 'one goal',
      indicators: [null, { ...seedTable3.indicators[0], basis: 7 }],
    } as unknown as TargetTableInput;
    expect(readTargetTableInput(malformed).problems.map((p) => p.field)).toEqual([
      'budget.total',
      'purpose',
      'spendingPlan',
      'goals',
      'indicators[0]',
      'indicators[0].level1',
      'indicators[0].level2',
      'indicators[0].level3',
      'indicators[0].description',
      'indicators[0].valueText',
      'indicators[0].basis',
      'indicators[1].basis',
    ]);
    expect(readTargetTableInput({ ...seedTable3, budget: undefined } as unknown as TargetTableInput).problems).toEqual([
      { field: 'budget', message: '必填：请以元填写 total 和 fiscal，例如 { total: "200000.00", fiscal: "200000.00" }' },
    ]);
    expect(readTargetTableInput(null as unknown as TargetTableInput).problems[0]).toEqual({
      field: 'input',
      message: '缺少：请发送目标表的内容',
    });
  });

  it('does not share objects with the input it converts', () => {
    const input = structuredClone(seedTable3);
    const content = toContent(input);
    input.goals.push('2.后加的目标');
    input.indicators[0]!.valueText = '20次';
    expect(content.goals).toEqual(['1.健全就业服务体系']);
    expect(content.indicators[0]?.valueText).toBe('10次');
  });
});
