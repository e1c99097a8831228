import { Inject, Injectable } from '@nestjs/common';
import {
  approvalStepLabel,
  atRiskIndicators,
  awaitedStep,
  deviationCauseLabels,
  formatFen,
  likelihoodLabels,
  targetTableStatusLabels,
  trafficLightLabels,
  type IndicatorAssessment as AssessmentData,
  type Monitoring,
  type TrafficLight as TrafficLightData,
  requireTargetTableReadable,
  messages,
} from '@app/domain';
import { findMidtermReview, findMidtermReviews, type MidtermReviewView, type ReadStore } from '@app/projections';
import type { Actor } from '@app/event-store';
import { unitListScope } from '../read-scope/unit-list-scope.js';
import { TrafficLight } from '../execution/execution.models.js';
import { ApiError } from '../graphql/api-error.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import { DecidingRole } from '../target-tables/target-table.model.js';
import { toIndicator } from '../target-tables/target-table.reader.js';
import { DeviationCause, Likelihood } from './midterm-review.inputs.js';
import type { IndicatorAssessment, MidtermDashboard, MidtermReview } from './midterm-review.model.js';

/** Serves mid-term monitoring and its dashboard from the read store, shaped for GraphQL. */
@Injectable()
export class MidtermReviewReader {
  constructor(@Inject(READ_STORE) private readonly readStore: ReadStore) {}

  /** Read as target tables are: AUDITOR everything, OFFICE and LEADER their unit, PREPARER and SECTION_HEAD their section. */
  async get(projectCode: string, fiscalYear: number, actor: Actor): Promise<MidtermReview> {
    const view = await findMidtermReview(this.readStore.db, fiscalYear, projectCode);
    if (view === null) {
      throw new ApiError('NOT_FOUND', messages.api.noProgress({ projectCode, fiscalYear }));
    }
    requireTargetTableReadable(actor, view.monitoring.baseline, messages.api.midtermOf(projectCode));
    return toMidtermReview(view);
  }

  /** The projects the caller may read, within one unit when unitCode is given. */
  async dashboard(fiscalYear: number, unitCode: string | null, actor: Actor): Promise<MidtermDashboard> {
    const scope = unitListScope(actor, unitCode, messages.api.readingMidterms);
    const views = await findMidtermReviews(this.readStore.db, fiscalYear, scope);
    return {
      unitCode,
      projects: views.map(({ monitoring }) => {
        const { review } = monitoring;
        const light = review?.execution?.light ?? null;
        return {
          projectCode: monitoring.projectCode,
          name: monitoring.baseline.name,
          unitCode: monitoring.baseline.unitCode,
          status: review === null ? 'NOT_OPENED' : review.stage.status,
          checkpointDate: review?.checkpointDate ?? null,
          light: light === null ? null : TrafficLight[light],
          lightLabel: labelOf(light),
          atRisk: review === null ? [] : atRiskIndicators(review).map((assessment) => toAssessment(monitoring, assessment)),
        };
      }),
    };
  }
}

export function toMidtermReview({ monitoring, updatedAt, position }: MidtermReviewView): MidtermReview {
  const { review, baseline } = monitoring;
  const stage = review?.stage;
  const step = stage?.status === 'IN_REVIEW' ? awaitedStep(stage.review) : null;
  const execution = review?.execution ?? null;
  return {
    projectCode: monitoring.projectCode,
    fiscalYear: monitoring.fiscalYear,
    name: baseline.name,
    unitCode: baseline.unitCode,
    sectionId: baseline.sectionId,
    baselineVersion: baseline.version,
    status: stage?.status ?? 'NOT_OPENED',
    statusLabel: stage === undefined ? '未开始' : targetTableStatusLabels[stage.status],
    checkpointDate: review?.checkpointDate ?? null,
    currentStep: step === null ? null : { step: step.step, label: approvalStepLabel(step), role: DecidingRole[step.role] },
    progress: monitoring.progress.map((reports, index) => ({ index, indicator: toIndicator(baseline.indicators[index]!), reports })),
    assessments: (review?.assessments ?? []).flatMap((assessment) => (assessment === null ? [] : [toAssessment(monitoring, assessment)])),
    execution:
      execution === null
        ? null
        : {
            through: execution.through,
            budget: formatFen(execution.budgetFen),
            spent: formatFen(execution.spentFen),
            planned: formatFen(execution.plannedFen),
            planRate: execution.planRate,
            executionRate: execution.executionRate,
            timeProgress: execution.timeProgress,
            lightRatio: execution.lightRatio,
            light: execution.light === null ? null : TrafficLight[execution.light],
            lightLabel: labelOf(execution.light),
          },
    updatedAt,
    position,
  };
}

function toAssessment(monitoring: Monitoring, assessment: AssessmentData): IndicatorAssessment {
  return {
    index: assessment.index,
    indicator: toIndicator(monitoring.baseline.indicators[assessment.index]!),
    reached: assessment.reached,
    expectedFullYear: assessment.expectedFullYear,
    likelihood: Likelihood[assessment.likelihood],
    likelihoodLabel: likelihoodLabels[assessment.likelihood],
    cause: assessment.cause === null ? null : DeviationCause[assessment.cause],
    causeLabel: assessment.cause === null ? null : deviationCauseLabels[assessment.cause],
    measure: assessment.measure,
    behind: assessment.behind,
    atRisk: assessment.likelihood !== 'CERTAIN' || assessment.behind,
  };
}

function labelOf(light: TrafficLightData | null): string | null {
  return light === null ? null : trafficLightLabels[light];
}
