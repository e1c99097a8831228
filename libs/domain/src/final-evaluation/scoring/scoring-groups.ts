import type { IndicatorLevel1Kind } from '../../target-table/target-table.events.js';
import { ScoreDecimal } from './exact-decimal.js';

/**
 * The level-1 groups that share the indicator points (财预〔2020〕10号): 产出 50, 效益 30,
 * 满意度 10; the other 10 points are the budget execution rate.
 *
 * 成本指标 printed as a level-1 indicator (newer guidance) shares the 产出 group's points: in
 * the older layout the same indicators are 成本指标 at level 2 under 产出, so a table scores
 * the same whichever layout it was written in. It is scored as a negative indicator either way.
 */
export type ScoringGroup = 'OUTPUT' | 'EFFECT' | 'SATISFACTION';

export const scoringGroups: ReadonlyArray<ScoringGroup> = ['OUTPUT', 'EFFECT', 'SATISFACTION'];

export const scoringGroupLabels: Readonly<Record<ScoringGroup, string>> = {
  OUTPUT: '产出指标',
  EFFECT: '效益指标',
  SATISFACTION: '满意度指标',
};

export const groupBasePoints: Readonly<Record<ScoringGroup, ScoreDecimal>> = {
  OUTPUT: new ScoreDecimal(50),
  EFFECT: new ScoreDecimal(30),
  SATISFACTION: new ScoreDecimal(10),
};

export const executionFullPoints = new ScoreDecimal(10);

export function scoringGroupOf(level1Kind: IndicatorLevel1Kind): ScoringGroup {
  switch (level1Kind) {
    case 'OUTPUT':
    case 'COST':
      return 'OUTPUT';
    case 'EFFECT':
      return 'EFFECT';
    case 'SATISFACTION':
      return 'SATISFACTION';
    default: {
      const unknownKind: never = level1Kind;
      throw new Error(`Unknown level-1 indicator kind ${String(unknownKind)}`);
    }
  }
}
