import { describe, expect, it } from '@jest/globals';
import { seedTable3 } from './fixtures/seed-table-3.js';
import { changedContentFields } from './target-table-diff.js';
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
