import type { Indicator } from '../target-table/target-table.events.js';

/**
 * The small vocabulary that says what kind of figure an indicator measures, from its words,
 * and what kind of figure its target is, from its unit (docs/review-assistant.md, "Vocabulary").
 * Checked in the order listed: 就业人数登记率 is a rate (率 before 人数), 享受就业补助人员数量 a
 * count (数量 before 补助).
 */
export type FigureKind = 'rate' | 'count' | 'duration' | 'money';

const indicatorWords: ReadonlyArray<[FigureKind, RegExp]> = [
  ['rate', /率|比例|比率|百分比|占比|覆盖面|[%％]/u],
  ['count', /人数|次数|人次|数量|件数|户数|场次|个数/u],
  ['duration', /时间|时限|天数|期限|周期|用时/u],
  ['money', /成本|费用|补助|补贴|金额|经费|工资|收入|单价/u],
];

/** What the 三级指标 says is measured; the description decides only when the name says nothing. */
export function indicatorKind(indicator: Pick<Indicator, 'level3' | 'description'>): FigureKind | null {
  return kindOfWords(indicator.level3) ?? kindOfWords(indicator.description);
}

export function kindOfWords(text: string): FigureKind | null {
  const compact = text.replace(/\s+/gu, '');
  for (const [kind, words] of indicatorWords) if (words.test(compact)) return kind;
  return null;
}

const unitKinds: ReadonlyArray<[FigureKind, RegExp]> = [
  ['rate', /^[%％]$/u],
  ['money', /^(?:元|万元|亿元)$/u],
  ['duration', /^(?:天|日|个月|月|小时|工作日|周|年)$/u],
  ['count', /^万?(?:人|人次|次|件|户|个|场|家|步|起|项|名|所|处|期|批|宗)$/u],
];

/** What a target's unit (as parseTarget normalised it) measures; null for no unit or another one (万 alone). */
export function targetKind(unit: string | null): FigureKind | null {
  if (unit === null) return null;
  for (const [kind, units] of unitKinds) if (units.test(unit)) return kind;
  return null;
}

/** How many of a count unit one of the target's units is: 万人 → 10000. */
export function countMultiplier(unit: string): { base: string; times: bigint } {
  return unit.startsWith('万') ? { base: unit.slice(1), times: 10_000n } : { base: unit, times: 1n };
}

/** Words that make a cost a cost per something, and the count unit they name. */
const perWords: ReadonlyArray<[RegExp, string | null]> = [
  [/人次均|每人次/u, '人次'],
  [/人均|每人|每位|每名|每有效认证一人/u, '人'],
  [/次均|每次|每场/u, '次'],
  [/户均|每户/u, '户'],
  [/件均|每件|每案|每起/u, '件'],
  [/单位成本|单价|单位费用|每/u, null],
];

/** The count a cost is per ('人' for 人均, null for an unnamed 每 or 单价), or undefined when it is per nothing. */
export function costPer(indicator: Pick<Indicator, 'level3' | 'description'>): string | null | undefined {
  const text = `${indicator.level3}${indicator.description}`.replace(/\s+/gu, '');
  for (const [words, unit] of perWords) if (words.test(text)) return unit;
  return undefined;
}

/** Words of a revenue, which no cost limit or budget comparison applies to. */
export const revenueWords = /收入|征缴/u;

/** Words of timeliness: what a 时效指标 measures. */
export const timelinessWords = /及时|按时|到位|时效|时限|当年完成|当月|规定时间/u;
