import type { ApprovedTargets } from '../approved-targets/approved-targets.js';
import type { ReviewStage } from '../approval/review.js';
import type { CheckpointExecutionFigures, IndicatorAssessment } from './midterm-review.events.js';

export type MidtermState = NoMonitoring | Monitoring;

export interface NoMonitoring {
  status: 'NONE';
}

export interface ProgressReport {
  value: string;
  asOf: string;
  note: string | null;
  reportedBy: string;
}

export interface Monitoring {
  status: 'MONITORED';
  projectCode: string;
  fiscalYear: number;
  baseline: ApprovedTargets;
  /** Every report per indicator, in the order made. */
  progress: ProgressReport[][];
  review: MidtermReview | null;
}

export interface MidtermReview {
  version: number;
  checkpointDate: string;
  /** One per baseline indicator, null until assessed. */
  assessments: Array<IndicatorAssessment | null>;
  execution: CheckpointExecutionFigures | null;
  stage: ReviewStage;
}

export const initialMidtermState: MidtermState = { status: 'NONE' };
