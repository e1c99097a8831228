import type { IndicatorLevel1Kind } from '../target-table.events.js';

/** The level-1 groups a table is scored by (成本 as a level 1 is accepted, not required). */
export const requiredLevel1Kinds = ['OUTPUT', 'EFFECT', 'SATISFACTION'] as const satisfies ReadonlyArray<IndicatorLevel1Kind>;

export const level1Labels: Readonly<Record<IndicatorLevel1Kind, string>> = {
  OUTPUT: '产出指标',
  EFFECT: '效益指标',
  SATISFACTION: '满意度指标',
  COST: '成本指标',
};

/**
 * The level-2 indicators of each level 1, without the 指标 suffix. Under 效益 the short forms
 * (经济, 社会, 生态) appear in guidance as often as the long ones; under a 成本 level 1 the
 * newer guidance splits cost into economic, social and ecological cost.
 */
const level2ByLevel1: Readonly<Record<IndicatorLevel1Kind, ReadonlyArray<string>>> = {
  OUTPUT: ['数量', '质量', '时效', '成本'],
  EFFECT: ['经济效益', '社会效益', '生态效益', '可持续影响', '经济', '社会', '生态'],
  SATISFACTION: ['服务对象满意度'],
  COST: ['经济成本', '社会成本', '生态环境成本'],
};

/** The level 2s of each level 1 as printed in tables, in form order: what a form offers to choose from. */
export const level2Choices: Readonly<Record<IndicatorLevel1Kind, ReadonlyArray<string>>> = {
  OUTPUT: ['数量指标', '质量指标', '时效指标', '成本指标'],
  EFFECT: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  SATISFACTION: ['服务对象满意度指标'],
  COST: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
};

/** What a message suggests: the usual spelling of each level 2, as printed in tables. */
export const level2Suggestions = Object.fromEntries(
  Object.entries(level2Choices).map(([kind, choices]) => [kind, choices.length === 1 ? choices[0] : `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`]),
) as Readonly<Record<IndicatorLevel1Kind, string>>;

/** PDF text wraps cells anywhere, and the 指标 suffix is as often dropped as printed. */
export function level2Key(level2: string): string {
  return level2.replace(/\s+/gu, '').replace(/指标$/u, '');
}

export function level2Belongs(level1Kind: IndicatorLevel1Kind, level2: string): boolean {
  return level2ByLevel1[level1Kind].includes(level2Key(level2));
}

/** The level 1 a misfiled level 2 belongs to, when it belongs to exactly one other. */
export function homeOfLevel2(level2: string): IndicatorLevel1Kind | null {
  const key = level2Key(level2);
  const homes = (Object.keys(level2ByLevel1) as IndicatorLevel1Kind[]).filter((kind) => level2ByLevel1[kind].includes(key));
  return homes.length === 1 ? (homes[0] ?? null) : null;
}
