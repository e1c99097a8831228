import { messages } from '../../messages/messages.js';
import type { Finding, ValidationRule } from './finding.js';
import { homeOfLevel2, level1Labels, level2Belongs, level2Suggestions } from './indicator-levels.js';
import { indicatorName, indicatorPath } from './message-parts.js';

/** Indicators with an unknown level 1 are left to level1Known: there is nothing to belong to. */
export const level2BelongsToLevel1: ValidationRule = ({ indicators }) =>
  indicators.flatMap((indicator, i): Finding[] => {
    const kind = indicator.level1Kind;
    if (kind === null) return [];
    const name = indicatorName(indicator, i);
    const parent = level1Labels[kind];
    if (indicator.level2.trim() === '') {
      return [
        {
          code: 'LEVEL2_MISSING',
          field: indicatorPath(i, 'level2'),
          message: messages.validation.level2Missing({ indicator: name, parent, suggestions: level2Suggestions[kind] }),
        },
      ];
    }
    if (level2Belongs(kind, indicator.level2)) return [];
    const home = homeOfLevel2(indicator.level2);
    const where = home === null ? '' : messages.validation.level2Home(level1Labels[home]);
    return [
      {
        code: 'LEVEL2_MISMATCH',
        field: indicatorPath(i, 'level2'),
        message: messages.validation.level2Mismatch({ indicator: name, parent, level2: indicator.level2, where, suggestions: level2Suggestions[kind] }),
      },
    ];
  });
