import { level1Labels, level2Belongs } from '../target-table/validation/indicator-levels.js';
import type { IndicatorLevel1Kind } from '../target-table/target-table-content.js';

const level1Kinds = Object.keys(level1Labels) as IndicatorLevel1Kind[];
const level1Texts = new Set(Object.values(level1Labels));

function compact(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** 产出指标, 效益指标, 满意度指标, 成本指标 exactly: a cell that is only that starts a level-1 group. */
export function isLevel1Label(text: string): boolean {
  return level1Texts.has(compact(text));
}

/** A level 2 the domain knows (数量指标, 社会效益, 服务对象满意度指标 …), with or without 指标. */
export function isKnownLevel2(text: string): boolean {
  return level1Kinds.some((kind) => level2Belongs(kind, text));
}

/** What may stand in the level-2 column: a known level 2, or a short name ending in 指标. */
export function isLevel2Like(text: string): boolean {
  const label = compact(text);
  return isKnownLevel2(label) || (label.endsWith('指标') && [...label].length <= 10 && !isLevel1Label(label));
}
