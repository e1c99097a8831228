import { messages } from '../messages/messages.js';
import { indicatorName, indicatorPath } from '../target-table/validation/message-parts.js';
import { findingOf } from './finding-of.js';
import { revenueWords, targetKind, timelinessWords } from './indicator-kind.js';
import type { ReviewFinding, TableReviewRule } from './review-finding.js';
import { normalised } from './review-text.js';

const words = messages.review;

/**
 * An indicator under a level 2 whose kind it is not (seed table 13: a revenue under 时效, a
 * timeliness rate under 成本). Only these two directions are checked: their words are
 * unambiguous, while e.g. 按时 under 质量 (按时足额发放) is a fair quality measure.
 */
export const level2Misfiled: TableReviewRule = ({ indicators }) =>
  indicators.flatMap((indicator, i): ReviewFinding[] => {
    const text = `${indicator.level3}${indicator.description}`;
    const level2 = indicator.level2.replace(/\s+/gu, '');
    const field = indicatorPath(i, 'level2');
    const name = indicatorName(indicator, i);
    if (level2.includes('时效') && (targetKind(indicator.target.unit) === 'money' || revenueWords.test(text))) {
      const suggested = revenueWords.test(text) ? '经济效益指标' : '成本指标';
      return [findingOf('LEVEL2_MISFILED', field, words.level2Misfiled({ indicator: name, level2, what: words.misfiledMoney, suggested }))];
    }
    if (level2.includes('成本') && targetKind(indicator.target.unit) === 'rate' && timelinessWords.test(text)) {
      return [findingOf('LEVEL2_MISFILED', field, words.level2Misfiled({ indicator: name, level2, what: words.misfiledTimeliness, suggested: '时效指标' }))];
    }
    return [];
  });

/** A 三级指标 that only repeats its 二级 (or 一级) label names nothing to measure (seed table 4: 服务对象满意度指标). */
export const level3RepeatsLevel2: TableReviewRule = ({ indicators }) =>
  indicators.flatMap((indicator, i): ReviewFinding[] => {
    const level3 = normalised(indicator.level3);
    if (level3 === '') return [];
    const repeated = [indicator.level2, indicator.level1].find((label) => normalised(label) === level3);
    if (repeated === undefined) return [];
    return [findingOf('LEVEL3_REPEATS_LEVEL2', indicatorPath(i, 'level3'), words.level3RepeatsLevel2({ indicator: indicatorName(indicator, i), level2: repeated.replace(/\s+/gu, '') }))];
  });
