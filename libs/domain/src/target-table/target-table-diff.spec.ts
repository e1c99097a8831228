import { describe, expect, it } from '@jest/globals';
import { seedTable3 } from './fixtures/seed-table-3.js';
import { changedContent, changedContentFields, diffTargetTableContent, revisedFields, withChanges } from './target-table-diff.js';
import { toContent } from './target-table-input.js';

const base = toContent(seedTable3);

describe('changedContentFields', () => {
  it('finds nothing between equal contents built separately', () => {
    expect(changedContentFields(base, toContent(structuredClone(seedTable3)))).toEqual([]);
  });

  it('lists every changed top-level field in form order', () => {
    const after = {
      ...base,
      indicators: base.indicators.slice(1),
      name: '就业工作经费2',
      spendingPlan: { ...base.spendingPlan, jun: null },
      sectionId: 'employment',
    };
    expect(changedContentFields(base, after)).toEqual(['name', 'sectionId', 'spendingPlan', 'indicators']);
  });

  it('sees a change deep inside an indicator target', () => {
    const indicators = base.indicators.map((indicator, i) =>
      i === 2 ? { ...indicator, target: { ...indicator.target, value: '99' } } : indicator,
    );
    expect(changedContentFields(base, { ...base, indicators })).toEqual(['indicators']);
  });

  it('treats reordered goals as a change, and key order inside an object as none', () => {
    const twoGoals = { ...base, goals: ['a', 'b'] };
    expect(changedContentFields(twoGoals, { ...base, goals: ['b', 'a'] })).toEqual(['goals']);
    const { total, fiscal, other } = base.budget;
    expect(changedContentFields(base, { ...base, budget: { other, fiscal, total } })).toEqual([]);
  });

  it('tells 0 from null in the plan', () => {
    const notGiven = { ...base, spendingPlan: { ...base.spendingPlan, mar: null } };
    const zero = { ...base, spendingPlan: { ...base.spendingPlan, mar: 0 } };
    expect(changedContentFields(notGiven, zero)).toEqual(['spendingPlan']);
  });
});

describe('changedContent', () => {
  it('is empty between equal contents built separately', () => {
    expect(changedContent(base, toContent(structuredClone(seedTable3)))).toStrictEqual({});
  });

  it('holds exactly the changed top-level fields with their new values, in form order', () => {
    const after = { ...base, purpose: '就业培训', spendingPlan: { ...base.spendingPlan, jun: null }, name: '就业工作经费2' };
    const changes = changedContent(base, after);
    expect(changes).toStrictEqual({
      name: '就业工作经费2',
      purpose: '就业培训',
      spendingPlan: { mar: 5000000, jun: null, oct: 15000000, dec: 20000000 },
    });
    expect(Object.keys(changes)).toEqual(['name', 'purpose', 'spendingPlan']);
  });

  it('records a field set to null as a change to null', () => {
    const sectioned = { ...base, sectionId: 'employment' };
    expect(changedContent(sectioned, base)).toStrictEqual({ sectionId: null });
  });
});

describe('revisedFields', () => {
  it('lists the fields of changes in form order, whatever order they were written in', () => {
    expect(revisedFields({ indicators: [], purpose: 'x', name: 'y' })).toEqual(['name', 'purpose', 'indicators']);
    expect(revisedFields({})).toEqual([]);
  });
});

describe('withChanges', () => {
  it('replaces the changed fields and keeps the others, leaving the content it was given alone', () => {
    const before = structuredClone(base);
    const merged = withChanges(base, { purpose: '就业培训', sectionId: null, goals: ['1.新目标'] });
    expect(merged).toEqual({ ...base, purpose: '就业培训', sectionId: null, goals: ['1.新目标'] });
    expect(base).toEqual(before);
    expect(merged).not.toBe(base);
  });

  it('turns a revision of a content into that content', () => {
    const after = { ...base, budget: { total: 1, fiscal: 1, other: 0 }, indicators: base.indicators.slice(2) };
    expect(withChanges(base, changedContent(base, after))).toEqual(after);
  });

  it('takes only content fields from a stored change', () => {
    const stray = { purpose: '就业培训', changedFields: ['purpose'] } as Partial<typeof base>;
    expect(Object.keys(withChanges(base, stray))).toEqual(Object.keys(base));
  });
});

describe('diffTargetTableContent', () => {
  it('finds nothing between equal contents', () => {
    expect(diffTargetTableContent(base, toContent(structuredClone(seedTable3)))).toEqual([]);
  });

  it('lists changed leaves in form order with their printed names, amounts in yuan, 0 told from not given', () => {
    const after = {
      ...base,
      purpose: '就业培训',
      name: '就业工作经费（调整）',
      budget: { ...base.budget, total: 21000000, other: 1000000 },
      spendingPlan: { ...base.spendingPlan, mar: null, jun: 0, dec: 21000000 },
      sectionId: 'employment',
    };
    expect(diffTargetTableContent(base, after)).toEqual([
      { field: 'name', label: '项目名称', change: 'CHANGED', before: '就业工作经费', after: '就业工作经费（调整）' },
      { field: 'sectionId', label: '所属科室', change: 'CHANGED', before: null, after: 'employment' },
      { field: 'budget.total', label: '预算数', change: 'CHANGED', before: '200000.00', after: '210000.00' },
      { field: 'budget.other', label: '其他资金', change: 'CHANGED', before: '0.00', after: '10000.00' },
      { field: 'purpose', label: '资金用途', change: 'CHANGED', before: '就业工作经费', after: '就业培训' },
      { field: 'spendingPlan.mar', label: '资金支出计划（3月底）', change: 'CHANGED', before: '50000.00', after: null },
      { field: 'spendingPlan.jun', label: '资金支出计划（6月底）', change: 'CHANGED', before: '100000.00', after: '0.00' },
      { field: 'spendingPlan.dec', label: '资金支出计划（12月底）', change: 'CHANGED', before: '200000.00', after: '210000.00' },
    ]);
  });

  it('goes down to the cells of an indicator, named by its place and 三级指标, leaving out what is parsed from them', () => {
    const after = toContent({
      ...seedTable3,
      indicators: seedTable3.indicators.map((indicator, i) => (i === 0 ? { ...indicator, valueText: '12次', basis: '县政府2022年工作要点' } : indicator)),
    });
    expect(diffTargetTableContent(base, after)).toEqual([
      { field: 'indicators[0].valueText', label: '绩效指标第1项「开展就业培训数」的指标值', change: 'CHANGED', before: '10次', after: '12次' },
      {
        field: 'indicators[0].basis',
        label: '绩效指标第1项「开展就业培训数」的指标值确定依据',
        change: 'CHANGED',
        before: '县委县政府工作安排',
        after: '县政府2022年工作要点',
      },
    ]);
  });

  it('reads an inserted indicator as one addition, written out in one line, not a change of every row below it', () => {
    const inserted = { ...base.indicators[0]!, level3: '开展创业培训数', description: '开展创业培训次数', valueText: '2次' };
    const after = { ...base, indicators: [base.indicators[0]!, inserted, ...base.indicators.slice(1)] };
    expect(diffTargetTableContent(base, after)).toEqual([
      {
        field: 'indicators[1]',
        label: '绩效指标第2项「开展创业培训数」',
        change: 'ADDED',
        before: null,
        after: '产出指标/数量指标/开展创业培训数（开展创业培训次数）：2次；指标值确定依据：县委县政府工作安排',
      },
    ]);
  });

  it('reads a removed indicator by its index before, and a removed goal likewise', () => {
    const after = { ...base, goals: [], indicators: base.indicators.filter((_, i) => i !== 2) };
    expect(diffTargetTableContent(base, after)).toEqual([
      { field: 'goals[0]', label: '绩效目标第1项', change: 'REMOVED', before: '1.健全就业服务体系', after: null },
      {
        field: 'indicators[2]',
        label: '绩效指标第3项「就业人数登记率」',
        change: 'REMOVED',
        before: '产出指标/质量指标/就业人数登记率（实际登记失业人数占应登记失业人数）：100%；指标值确定依据：县委县政府工作安排',
        after: null,
      },
    ]);
  });

  it('pairs replaced goals in order and compares them; what is left over is added', () => {
    const after = { ...base, goals: ['1.健全就业服务体系（修订）', '2.提高培训质量'] };
    expect(diffTargetTableContent(base, after)).toEqual([
      { field: 'goals[0]', label: '绩效目标第1项', change: 'CHANGED', before: '1.健全就业服务体系', after: '1.健全就业服务体系（修订）' },
      { field: 'goals[1]', label: '绩效目标第2项', change: 'ADDED', before: null, after: '2.提高培训质量' },
    ]);
  });

  it('reads an indicator replaced by one of another 三级指标 as one removed and one added, each named', () => {
    const replacement = { ...base.indicators[0]!, level3: '开展创业培训数' };
    const after = { ...base, indicators: [replacement, ...base.indicators.slice(1)] };
    expect(diffTargetTableContent(base, after).map(({ field, label, change }) => [field, label, change])).toEqual([
      ['indicators[0]', '绩效指标第1项「开展就业培训数」', 'REMOVED'],
      ['indicators[0]', '绩效指标第1项「开展创业培训数」', 'ADDED'],
    ]);
  });

  it('finds a changed indicator by its 三级指标 among replaced rows, wherever it moved between them', () => {
    const [first, second, ...rest] = base.indicators;
    const changedSecond = { ...second!, valueText: '≤2500 元' };
    const fresh = { ...first!, level3: '开展创业培训数' };
    const after = { ...base, indicators: [changedSecond, fresh, ...rest] };
    expect(diffTargetTableContent(base, after).map(({ field, change, before, after: now }) => [field, change, before, now])).toEqual([
      ['indicators[0].valueText', 'CHANGED', '≤2420 元', '≤2500 元'],
      ['indicators[0]', 'REMOVED', expect.stringContaining('开展就业培训数'), null],
      ['indicators[1]', 'ADDED', null, expect.stringContaining('开展创业培训数')],
    ]);
  });

  it('sees indicators swapped as a move: one removed, one added', () => {
    const [a, b, ...rest] = base.indicators;
    const after = { ...base, indicators: [b!, a!, ...rest] };
    expect(diffTargetTableContent(base, after).map(({ field, change }) => [field, change])).toEqual([
      ['indicators[0]', 'REMOVED'],
      ['indicators[1]', 'ADDED'],
    ]);
  });
});
