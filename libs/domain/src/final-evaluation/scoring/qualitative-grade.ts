import { messages } from '../../messages/messages.js';
import { ScoreDecimal } from './exact-decimal.js';

/** How an evaluator grades a qualitative indicator (效果显著, 达到预期 …). */
export type QualitativeGrade = 'ACHIEVED' | 'PARTLY_ACHIEVED' | 'NOT_ACHIEVED';

export const qualitativeGrades: ReadonlyArray<QualitativeGrade> = ['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED'];

export const qualitativeGradeLabels: Readonly<Record<QualitativeGrade, string>> = {
  ACHIEVED: '达成',
  PARTLY_ACHIEVED: '部分达成',
  NOT_ACHIEVED: '未达成',
};

/**
 * The band of each grade in percent of the indicator's points. The national rules print them as
 * 80–100, 60–80 and 0–60; a shared bound belongs to the higher grade, as the grades of the
 * total do (90 is 优), so 80 % is 达成 and 60 % is 部分达成.
 */
export interface GradeBand {
  from: ScoreDecimal;
  to: ScoreDecimal;
  /** Whether `to` itself is inside the band (only for 达成, whose top is 100). */
  toIncluded: boolean;
}

export const gradeBands: Readonly<Record<QualitativeGrade, GradeBand>> = {
  ACHIEVED: { from: new ScoreDecimal(80), to: new ScoreDecimal(100), toIncluded: true },
  PARTLY_ACHIEVED: { from: new ScoreDecimal(60), to: new ScoreDecimal(80), toIncluded: false },
  NOT_ACHIEVED: { from: new ScoreDecimal(0), to: new ScoreDecimal(60), toIncluded: false },
};

export function isInBand(percent: ScoreDecimal, band: GradeBand): boolean {
  return percent.greaterThanOrEqualTo(band.from) && (band.toIncluded ? percent.lessThanOrEqualTo(band.to) : percent.lessThan(band.to));
}

export function bandInWords(grade: QualitativeGrade): string {
  const band = gradeBands[grade];
  return messages.finalEvaluation.scoring.band({ grade: qualitativeGradeLabels[grade], from: band.from.toString(), to: band.to.toString(), toIncluded: band.toIncluded });
}
