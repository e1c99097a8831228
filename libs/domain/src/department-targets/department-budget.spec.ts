import { describe, expect, it } from '@jest/globals';
import { departmentBudget } from './department-budget.js';
import { suggestLinks, tableTerms } from './sub-goal-links.js';

describe('the department’s total budget', () => {
  it('adds the approved tables’ budgets and 基本支出, worked by hand: 723 万元 + 20 万元 + 125.5 万元', () => {
    const budget = departmentBudget([{ budgetFen: 723_000_000 }, { budgetFen: 20_000_000 }], 125_500_000);
    expect(budget).toEqual({ projectsFen: 743_000_000n, basicExpenditureFen: 125_500_000n, totalFen: 868_500_000n, projectCount: 2 });
  });

  it('is the projects alone without 基本支出, and exact beyond what a number holds', () => {
    expect(departmentBudget([], null).totalFen).toBe(0n);
    const large = Array.from({ length: 200 }, () => ({ budgetFen: 99_999_999_999_999 }));
    expect(departmentBudget(large, null).totalFen).toBe(19_999_999_999_999_800n);
  });
});

describe('the link rule', () => {
  const subGoal = (title: string, sentences: string[] = []) => ({
    title,
    goal: '',
    indicators: sentences.map((sentence) => ({ sentence, name: sentence, comparator: null, value: null, unit: null })),
  });

  it('takes the two-character words of a table’s name, less those every budget line uses', () => {
    expect(tableTerms('劳动仲裁经费')).toEqual(['劳动', '动仲', '仲裁', '裁经']);
    expect(tableTerms('事业单位公开招聘经费')).not.toContain('单位');
  });

  it('suggests the sub-goal sharing the most words, every one tied at the top, none without a shared word', () => {
    const subGoals = [subGoal('就业创业', ['就业培训 10次']), subGoal('和谐劳动关系', ['劳动仲裁案件 60起']), subGoal('劳动保障')];
    expect(
      suggestLinks(subGoals, [
        { projectCode: 'A', name: '劳动仲裁经费', unitCode: '323001', goals: [] },
        { projectCode: 'B', name: '劳动监察经费', unitCode: '323001', goals: [] },
        { projectCode: 'C', name: '工伤保险专项经费', unitCode: '323003', goals: [] },
      ]),
    ).toEqual([
      { subGoal: 1, projectCode: 'A', terms: ['劳动', '动仲', '仲裁'] },
      { subGoal: 1, projectCode: 'B', terms: ['劳动'] },
      { subGoal: 2, projectCode: 'B', terms: ['劳动'] },
    ]);
  });
});
