import { messages } from '../../messages/messages.js';
import type { ValidationRule } from './finding.js';
import { level1Labels, requiredLevel1Kinds } from './indicator-levels.js';

const examples: Readonly<Record<(typeof requiredLevel1Kinds)[number], string>> = {
  OUTPUT: '数量指标 开展培训次数 10次',
  EFFECT: '社会效益指标 构建和谐劳动关系 效果显著',
  SATISFACTION: '服务对象满意度指标 满意率 ≥90%',
};

/** The final evaluation gives 50, 30 and 10 points to these groups; an empty group cannot score. */
export const level1GroupsPresent: ValidationRule = ({ indicators }) =>
  requiredLevel1Kinds
    .filter((kind) => !indicators.some((indicator) => indicator.level1Kind === kind))
    .map((kind) => ({
      code: 'LEVEL1_GROUP_MISSING' as const,
      field: 'indicators',
      message: messages.validation.level1GroupMissing({ group: level1Labels[kind], example: examples[kind] }),
    }));
