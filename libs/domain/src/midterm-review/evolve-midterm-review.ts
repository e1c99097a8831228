import {
  stageAfterApproved,
  stageAfterReturned,
  stageAfterStepApproved,
  stageAfterSubmitted,
  stageAfterWithdrawn,
} from '../approval/evolve-review-stage.js';
import type { ReviewStage } from '../approval/review.js';
import type { MidtermReviewEvent } from './midterm-review.events.js';
import type { MidtermReview, MidtermState, Monitoring } from './midterm-review.state.js';

export function evolveMidtermReview(state: MidtermState, event: MidtermReviewEvent): MidtermState {
  switch (event.type) {
    case 'MidtermMonitoringStarted': {
      const { projectCode, fiscalYear, baseline } = event.data;
      return { status: 'MONITORED', projectCode, fiscalYear, baseline, progress: baseline.indicators.map(() => []), review: null };
    }
    case 'IndicatorProgressReported': {
      const monitoring = monitored(state, event);
      const { index, value, asOf, note, reportedBy } = event.data;
      const progress = monitoring.progress.map((reports, i) => (i === index ? [...reports, { value, asOf, note, reportedBy: reportedBy.userId }] : reports));
      return { ...monitoring, progress };
    }
    case 'MidtermReviewOpened': {
      const monitoring = monitored(state, event);
      const review: MidtermReview = {
        version: event.data.version,
        checkpointDate: event.data.checkpointDate,
        assessments: monitoring.baseline.indicators.map(() => null),
        execution: null,
        stage: { status: 'DRAFT' },
      };
      return { ...monitoring, review };
    }
    case 'MidtermIndicatorsAssessed':
      return withReview(state, event, (review) => {
        const assessments = [...review.assessments];
        for (const assessment of event.data.assessments) assessments[assessment.index] = assessment;
        return { ...review, assessments };
      });
    case 'MidtermExecutionRecorded':
      return withReview(state, event, (review) => ({ ...review, execution: event.data.execution }));
    case 'MidtermReviewSubmitted':
      return withStage(state, event, (stage) => stageAfterSubmitted(stage, event.data));
    case 'MidtermReviewStepApproved':
      return withStage(state, event, (stage) => stageAfterStepApproved(stage, event.data));
    case 'MidtermReviewApproved':
      return withStage(state, event, (stage) => stageAfterApproved(stage, event.data));
    case 'MidtermReviewReturned':
      return withStage(state, event, (stage) => stageAfterReturned(stage, event.data));
    case 'MidtermReviewSubmissionWithdrawn':
      return withStage(state, event, stageAfterWithdrawn);
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown mid-term review event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

function monitored(state: MidtermState, event: MidtermReviewEvent): Monitoring {
  if (state.status !== 'MONITORED') {
    throw new Error(`${event.type} cannot come before MidtermMonitoringStarted: the stream was not written by this decider`);
  }
  return state;
}

function withReview(state: MidtermState, event: MidtermReviewEvent, change: (review: MidtermReview) => MidtermReview): MidtermState {
  const monitoring = monitored(state, event);
  if (monitoring.review === null) {
    throw new Error(`${event.type} cannot come before MidtermReviewOpened: the stream was not written by this decider`);
  }
  return { ...monitoring, review: change(monitoring.review) };
}

function withStage(state: MidtermState, event: MidtermReviewEvent, change: (stage: ReviewStage) => ReviewStage): MidtermState {
  return withReview(state, event, (review) => ({ ...review, stage: change(review.stage) }));
}
