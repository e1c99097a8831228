import type { ValidationRule } from './finding.js';

/**
 * The 年度绩效目标 are what the indicators measure and what the final evaluation reports on: a
 * table without any cannot be reviewed, so it cannot be submitted (a draft may still have none).
 */
export const goalsGiven: ValidationRule = ({ goals }) =>
  goals.some((goal) => goal.trim() !== '')
    ? []
    : [
        {
          code: 'GOALS_MISSING',
          field: 'goals',
          message: '未填写年度绩效目标：请至少写一条本年度要达到的目标，例如「1.健全就业服务体系，开展职业技能培训10次」。',
        },
      ];
