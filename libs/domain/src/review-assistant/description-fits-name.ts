import { messages } from '../messages/messages.js';
import { indicatorName, indicatorPath } from '../target-table/validation/message-parts.js';
import { findingOf } from './finding-of.js';
import type { ReviewFinding, TableReviewRule } from './review-finding.js';

/**
 * Opposite words (docs/review-assistant.md): a name speaking of one and a description of only
 * the other contradict each other (seed table 3: 就业人数登记率 described as 失业人数).
 * A word inside its opposite (合格 in 不合格) counts only outside it. Both must speak of the same
 * thing — the two characters after the word agree (就业人数 / 失业人数) — so a name measured
 * through its opposite (就业局势稳定 described as 城镇登记失业率) is left alone.
 */
const opposites: ReadonlyArray<readonly [string, string]> = [
  ['就业', '失业'],
  ['收入', '支出'],
  ['增加', '减少'],
  ['提高', '降低'],
  ['上升', '下降'],
  ['合格', '不合格'],
  ['满意', '不满意'],
  ['按时', '逾期'],
  ['参保', '退保'],
];

function says(text: string, word: string, opposite: string): boolean {
  const rest = opposite.includes(word) ? text.split(opposite).join('') : text;
  return rest.includes(word);
}

/** What follows each mention of the word: 就业人数登记率 → 人数. */
function after(text: string, word: string): string[] {
  return [...text.matchAll(new RegExp(`${word}(.{0,2})`, 'gu'))].map(([, next = '']) => next);
}

export const descriptionFitsName: TableReviewRule = ({ indicators }) =>
  indicators.flatMap((indicator, i): ReviewFinding[] => {
    const name = indicator.level3.replace(/\s+/gu, '');
    const description = indicator.description.replace(/\s+/gu, '');
    for (const [a, b] of opposites) {
      for (const [word, opposite] of [[a, b], [b, a]] as const) {
        const contradicts = says(name, word, opposite) && !says(name, opposite, word) && says(description, opposite, word) && !says(description, word, opposite);
        if (contradicts && after(name, word).some((next) => after(description, opposite).includes(next))) {
          return [
            findingOf(
              'DESCRIPTION_CONTRADICTS_NAME',
              indicatorPath(i, 'description'),
              messages.review.descriptionContradictsName({ indicator: indicatorName(indicator, i), nameWord: word, description, descriptionWord: opposite }),
            ),
          ];
        }
      }
    }
    return [];
  });
