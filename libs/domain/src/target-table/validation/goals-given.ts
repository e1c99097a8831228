import { messages } from '../../messages/messages.js';
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
          message: messages.validation.goalsMissing,
        },
      ];
