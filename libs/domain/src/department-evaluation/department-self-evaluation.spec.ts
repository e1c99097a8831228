import { describe, expect, it } from '@jest/globals';
import { budget, graded, measured, p1, p3, projects, scored } from '../../test/department-evaluation-workflow.js';
import { DomainError } from '../common/domain-error.js';
import { shownScore } from '../final-evaluation/scoring/exact-decimal.js';
import { type DepartmentEvaluationInput, type DepartmentScorecard, scoreDepartmentEvaluation } from './department-self-evaluation.js';

const shown = (card: DepartmentScorecard) => ({
  execution: [shownScore(card.execution.ratePercent), shownScore(card.execution.score)],
  parts: card.parts.map((part) => [part.label, part.source, shownScore(part.points), part.count, shownScore(part.score)]),
  rows: card.rows.map((row) => [row.index, row.group, shownScore(row.points), shownScore(row.score)]),
  total: shownScore(card.total),
  grade: card.grade,
});

describe('部门整体支出绩效自评', () => {
  describe('given the projects P1 (89.75), P2 (99.25) approved and P3 not yet', () => {
    it('then the roll-up shows the plain average and the budget-weighted one of the approved two', () => {
      // Plain: (89.75 + 99.25) / 2 = 94.50.
      // Budget-weighted: (200,000 × 89.75 + 600,000 × 99.25) / 800,000 = (17,950,000 + 59,550,000) / 800,000 = 96.875 → 96.88.
      const card = scoreDepartmentEvaluation({ ...budget, indicators: [scored('我单位开展就业培训 10次', measured('10'))], projects });
      expect([card.projects.projectCount, card.projects.finalCount, card.projects.averageScore, card.projects.budgetWeightedAverage]).toEqual([3, 2, '94.50', '96.88']);
    });

    it('when the department has 产出 and 满意度 indicators, then every part keeps its points', () => {
      const card = scoreDepartmentEvaluation({
        ...budget,
        indicators: [
          scored('我单位开展就业培训 10次', measured('9')),
          scored('享受就业补助人数 300人以上', measured('320')),
          scored('结案率达到 90%以上', measured('81')),
          scored('群众满意度达到 95%以上', measured('96')),
          scored('建设高标准档案室', graded('PARTLY_ACHIEVED', '70')),
        ],
        projects,
      });
      // 预算执行: 920,000 / 1,000,000 = 92 %; 10 × 0.92 = 9.20.
      // 产出 50 over its 4 indicators, 12.50 each:
      //   #0 9 of 10: 12.50 × 9 / 10 = 11.25; #1 320 ≥ 300: 12.50; #2 81 of ≥90: 12.50 × 81 / 90 = 11.25;
      //   #4 graded 70 %: 12.50 × 0.70 = 8.75; together 43.75.
      // 效益 30 × 96.875 / 100 = 29.0625 → 29.06.  满意度 10, #3 96 ≥ 95: 10.00.
      // Total 9.20 + 43.75 + 29.0625 + 10.00 = 92.0125 → 92.01: 优.
      expect(shown(card)).toEqual({
        execution: ['92.00', '9.20'],
        parts: [
          ['产出指标', 'DEPARTMENT_INDICATORS', '50.00', 4, '43.75'],
          ['效益指标', 'PROJECT_EVALUATIONS', '30.00', 2, '29.06'],
          ['满意度指标', 'DEPARTMENT_INDICATORS', '10.00', 1, '10.00'],
        ],
        rows: [
          [0, 'OUTPUT', '12.50', '11.25'],
          [1, 'OUTPUT', '12.50', '12.50'],
          [2, 'OUTPUT', '12.50', '11.25'],
          [3, 'SATISFACTION', '10.00', '10.00'],
          [4, 'OUTPUT', '12.50', '8.75'],
        ],
        total: '92.01',
        grade: 'EXCELLENT',
      });
      expect(card.redistribution).toBeNull();
    });

    it('when the indicators are the seed\'s first sub-goal (no 满意度), then its 10 points go 50 : 30 to 产出 and 效益', () => {
      const card = scoreDepartmentEvaluation({
        ...budget,
        indicators: [
          scored('我单位开展就业培训 10次', measured('8')),
          scored('享受就业补助人数 300人以上', measured('330')),
          scored('为全县使用公益性岗位人员的单位提供岗位补贴和社保补贴', graded('ACHIEVED', '100')),
          scored('为使用大学生见习岗位人员的单提供岗位补贴', graded('ACHIEVED', '90')),
          scored('为我县灵活就业人员提供社保补贴。', graded('PARTLY_ACHIEVED', '60')),
        ],
        projects,
      });
      // 满意度's 10 points: 产出 50 + 10 × 50 / 80 = 56.25, 效益 30 + 10 × 30 / 80 = 33.75.
      // 产出 56.25 / 5 = 11.25 each: #0 11.25 × 8 / 10 = 9.00; #1 330 ≥ 300: 11.25 (completion 110 %);
      //   #2 100 %: 11.25; #3 90 %: 10.125; #4 60 %: 6.75; together 48.375 → 48.38.
      // 效益 33.75 × 96.875 / 100 = 32.6953125 → 32.70.
      // Total 9.20 + 48.375 + 32.6953125 = 90.2703125 → 90.27: 优.
      expect(shown(card)).toEqual({
        execution: ['92.00', '9.20'],
        parts: [
          ['产出指标', 'DEPARTMENT_INDICATORS', '56.25', 5, '48.38'],
          ['效益指标', 'PROJECT_EVALUATIONS', '33.75', 2, '32.70'],
        ],
        rows: [
          [0, 'OUTPUT', '11.25', '9.00'],
          [1, 'OUTPUT', '11.25', '11.25'],
          [2, 'OUTPUT', '11.25', '11.25'],
          [3, 'OUTPUT', '11.25', '10.13'],
          [4, 'OUTPUT', '11.25', '6.75'],
        ],
        total: '90.27',
        grade: 'EXCELLENT',
      });
      expect(card.redistribution).toBe('满意度指标（10 分）没有指标：其分值按现有各组分值比例（50 : 30）分配 —— 产出指标 56.25，效益指标 33.75。');
      expect(shownScore(card.rows[1]!.completionPercent!)).toBe('110.00');
    });

    it('when an indicator sets an upper bound (不超过), then it scores as a negative project indicator does', () => {
      // 产出 56.25 (满意度 redistributed): 33 days against ≤30: 1 − (33 − 30) / 30 = 0.9; 56.25 × 0.9 = 50.625 → 50.63.
      // Total 9.20 + 50.625 + 32.6953125 = 92.5203125 → 92.52.
      const card = scoreDepartmentEvaluation({ ...budget, indicators: [scored('办结时限不超过 30天', measured('33'))], projects });
      expect([card.rows[0]!.direction, shownScore(card.rows[0]!.score), shownScore(card.total)]).toEqual(['NEGATIVE', '50.63', '92.52']);
    });

    it('when a sentence without a figure speaks of 满意, then it is graded in 满意度', () => {
      const card = scoreDepartmentEvaluation({ ...budget, indicators: [scored('群众对就业服务基本满意', graded('ACHIEVED', '85'))], projects });
      // 产出 has no indicator: its 50 go 30 : 10 to 效益 and 满意度 — 30 + 50 × 30 / 40 = 67.50, 10 + 50 × 10 / 40 = 22.50.
      // 效益 67.50 × 96.875 / 100 = 65.390625 → 65.39; 满意度 graded 达成 at 85 %: 22.50 × 0.85 = 19.125 → 19.13.
      expect(shown(card).parts).toEqual([
        ['效益指标', 'PROJECT_EVALUATIONS', '67.50', 2, '65.39'],
        ['满意度指标', 'DEPARTMENT_INDICATORS', '22.50', 1, '19.13'],
      ]);
    });

    it('when the department has no indicator of its own, then 效益 carries all 90 points', () => {
      // 9.20 + 90 × 96.875 / 100 = 9.20 + 87.1875 = 96.3875 → 96.39.
      const card = scoreDepartmentEvaluation({ ...budget, indicators: [], projects });
      expect(shown(card).parts).toEqual([['效益指标', 'PROJECT_EVALUATIONS', '90.00', 2, '87.19']]);
      expect(shownScore(card.total)).toBe('96.39');
    });

    it('when less of the whole budget is paid, then 预算执行 falls with it and the grade is read from the shown total', () => {
      // 500,000 / 1,000,000 = 50 %: 5.00; with only P1 approved, 效益 90 × 89.75 / 100 = 80.775; total 85.775 → 85.78: 良.
      const card = scoreDepartmentEvaluation({ budgetFen: 100000000n, paidFen: 50000000n, indicators: [], projects: [p1, p3] });
      expect([shownScore(card.execution.score), card.execution.explanationNeeded, shownScore(card.total), card.grade]).toEqual(['5.00', true, '85.78', 'GOOD']);
      expect(card.projects.budgetWeightedAverage).toBe('89.75');
    });

    it('when more than the budget is paid, then 预算执行 stays at 10 and the rate shows the excess', () => {
      const card = scoreDepartmentEvaluation({ budgetFen: 100000000n, paidFen: 110000000n, indicators: [], projects });
      expect([shownScore(card.execution.ratePercent), shownScore(card.execution.score)]).toEqual(['110.00', '10.00']);
    });
  });

  describe('refusals, each naming its field', () => {
    const refusal = (input: DepartmentEvaluationInput) => {
      try {
        scoreDepartmentEvaluation(input);
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        return (error as DomainError).problems.map((problem) => problem.field);
      }
      throw new Error('not refused');
    };

    it('given no approved project evaluation, when scored, then 效益 cannot be and every missing result is named too', () => {
      expect(refusal({ ...budget, indicators: [scored('我单位开展就业培训 10次', null), scored('建设高标准档案室', measured('1'))], projects: [p3] })).toEqual([
        'projects',
        'indicators[0].actual',
        'indicators[1].grade',
      ]);
    });

    it('given weights on some indicators of a part only, when scored, then the unweighted ones are named', () => {
      expect(
        refusal({ ...budget, indicators: [scored('我单位开展就业培训 10次', measured('10'), '60'), scored('享受就业补助人数 300人以上', measured('300'))], projects }),
      ).toEqual(['indicators[1].weight']);
    });

    it('given a whole budget of 0, when scored, then the budget is refused', () => {
      expect(refusal({ budgetFen: 0n, paidFen: 0n, indicators: [], projects })).toEqual(['budget']);
    });

    it('given a negative count as a result, when scored, then it is refused as for a project', () => {
      expect(refusal({ ...budget, indicators: [scored('我单位开展就业培训 10次', measured('-1'))], projects })).toEqual(['indicators[0].actual']);
    });
  });
});
