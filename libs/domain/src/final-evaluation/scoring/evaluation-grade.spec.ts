import { describe, expect, it } from '@jest/globals';
import { evaluationGrade, evaluationGradeLabels } from './evaluation-grade.js';
import { ScoreDecimal } from './exact-decimal.js';

describe('grade of the total', () => {
  it.each([
    ['100', '优'],
    ['90', '优'],
    ['89.995', '优'],
    ['89.994', '良'],
    ['80', '良'],
    ['79.99', '中'],
    ['60', '中'],
    ['59.99', '差'],
    ['0', '差'],
  ])('%s is %s (read from the total shown to 2 decimals)', (total, label) => {
    expect(evaluationGradeLabels[evaluationGrade(new ScoreDecimal(total))]).toBe(label);
  });
});
