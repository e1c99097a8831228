import { messages } from '../../messages/messages.js';
import { DomainError } from '../../common/domain-error.js';
import { ScoreDecimal, shownScore, sum } from './exact-decimal.js';
import { groupBasePoints, type ScoringGroup, scoringGroupLabels, scoringGroups } from './scoring-groups.js';

export interface GroupPoints {
  group: ScoringGroup;
  label: string;
  /** 产出 50, 效益 30, 满意度 10. */
  basePoints: ScoreDecimal;
  /** The base points plus any share of a missing group's points. */
  points: ScoreDecimal;
}

export interface GroupPointsReading {
  groups: GroupPoints[];
  /** In words, how the points of groups without an indicator were redistributed; null when none was missing. */
  redistribution: string | null;
}

/**
 * A level-1 group without any indicator cannot earn its points, and a table should not lose
 * them for a layout choice: they go to the groups present, in proportion to those groups'
 * own points (without 满意度, its 10 go 50 : 30 to 产出 and 效益 — 6.25 and 3.75). The 90
 * indicator points then stay 90, and the groups keep their relative weight.
 */
export function groupPoints(present: ReadonlySet<ScoringGroup>): GroupPointsReading {
  const kept = scoringGroups.filter((group) => present.has(group));
  const missing = scoringGroups.filter((group) => !present.has(group));
  if (kept.length === 0) {
    throw DomainError.validation([
      { field: 'indicators', message: messages.finalEvaluation.scoring.nothingToScore },
    ]);
  }
  const keptBase = sum(kept.map((group) => groupBasePoints[group]));
  const missingBase = sum(missing.map((group) => groupBasePoints[group]));
  const groups = kept.map((group) => {
    const basePoints = groupBasePoints[group];
    return { group, label: scoringGroupLabels[group], basePoints, points: basePoints.plus(missingBase.times(basePoints).div(keptBase)) };
  });
  return { groups, redistribution: missing.length === 0 ? null : redistributionInWords(missing, groups) };
}

function redistributionInWords(missing: ScoringGroup[], groups: GroupPoints[]): string {
  const words = messages.finalEvaluation.scoring;
  const what = missing.map((group) => words.groupPoints({ label: scoringGroupLabels[group], points: groupBasePoints[group].toString() })).join('和');
  const ratio = groups.map((group) => group.basePoints.toString()).join(' : ');
  const result = groups.map((group) => words.groupScore({ label: group.label, points: shownScore(group.points) })).join('，');
  return words.redistribution({ missing: what, toOne: groups.length === 1 ? (groups[0]?.label ?? null) : null, ratio, result });
}
