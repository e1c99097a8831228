/** What a preparer writes in a performance target table (项目绩效目标表). Amounts are integer fen. */

export type IndicatorLevel1Kind = 'OUTPUT' | 'EFFECT' | 'SATISFACTION' | 'COST';
export type Comparator = '>=' | '<=' | '=' | '>' | '<' | 'qualitative' | 'text';
export type Direction = 'POSITIVE' | 'NEGATIVE';

/** A target value as printed (指标值) and what it says. */
export interface ParsedTarget {
  comparator: Comparator;
  /** Decimal string exactly as printed (e.g. "98", "7.24"), null for qualitative/text. */
  value: string | null;
  /** Unit normalised from the text (`百分号`/`百分比` → `%`), null for qualitative/text. */
  unit: string | null;
  /** More is better (POSITIVE) or less is better (NEGATIVE); null for qualitative/text. */
  direction: Direction | null;
}

export interface Indicator {
  /** 一级指标 as printed, e.g. 产出指标. */
  level1: string;
  level1Kind: IndicatorLevel1Kind | null;
  /** 二级指标 as printed, e.g. 数量指标. */
  level2: string;
  /** 三级指标 as printed. */
  level3: string;
  /** 绩效指标描述. */
  description: string;
  /** 指标值 as printed. */
  valueText: string;
  target: ParsedTarget;
  /** 指标值确定依据. */
  basis: string;
}

/** Cumulative planned spending at the end of March, June, October and December (null: not given). */
export interface SpendingPlan {
  mar: number | null;
  jun: number | null;
  oct: number | null;
  dec: number | null;
}

export interface Budget {
  total: number;
  fiscal: number;
  other: number;
}

/** Everything a preparer writes in a target table. */
export interface TargetTableContent {
  name: string;
  unitCode: string;
  unitName: string;
  sectionId: string | null;
  budget: Budget;
  purpose: string;
  spendingPlan: SpendingPlan;
  goals: string[];
  indicators: Indicator[];
}
