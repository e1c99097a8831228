import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import {
  departmentEvaluationEventTypes,
  departmentTargetsEventTypes,
  describeAuditedEvent,
  finalEvaluationDecider,
  finalEvaluationEventTypes,
  midtermReviewDecider,
  midtermReviewEventTypes,
  type DepartmentEvaluationEvent,
  type DepartmentTargetsEvent,
  type FinalEvaluationEvent,
  type MidtermReviewEvent,
} from '@app/domain';
import type { EventStore, RecordedEvent } from '@app/event-store';
import type { PubSub } from 'graphql-subscriptions';
import type { Subscription } from 'rxjs';
import { followStoredEvents } from '../event-bus/follow-stored-events.js';
import { EVENT_STORE } from '../storage/storage.tokens.js';
import { ReviewKind, type ReviewChange } from './review-change.model.js';
import { REVIEW_CHANGED, REVIEW_CHANGES } from './review-changes.topic.js';

const kindOfType = new Map<string, ReviewKind>([
  ...midtermReviewEventTypes.map((type) => [type, ReviewKind.MIDTERM_REVIEW] as const),
  ...finalEvaluationEventTypes.map((type) => [type, ReviewKind.FINAL_EVALUATION] as const),
  ...departmentTargetsEventTypes.map((type) => [type, ReviewKind.DEPARTMENT_TARGETS] as const),
  ...departmentEvaluationEventTypes.map((type) => [type, ReviewKind.DEPARTMENT_EVALUATION] as const),
]);
const kindTypes: ReadonlySet<string> = new Set(kindOfType.keys());

/** Where a change belongs: the document's code and year, and the unit and section it is read in. */
type ChangePlace = Pick<ReviewChange, 'projectCode' | 'fiscalYear' | 'unitCode' | 'sectionId'>;

/**
 * Publishes each stored mid-term, final-evaluation or department event to the subscribers, in the
 * store's order, as the target tables' changes are (target-table-changes): fed by the EventBus,
 * which carries only events the store has kept. A review's unit and section come from the approved
 * targets its stream copied when it started, read from the stream up to the event; a department's
 * documents belong to the department's unit, no section (docs/department-targets.md).
 */
@Injectable()
export class ReviewChangePublisher implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ReviewChanges');
  private subscription: Subscription | undefined;

  constructor(
    private readonly eventBus: EventBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REVIEW_CHANGES) private readonly changes: PubSub,
  ) {}

  onModuleInit(): void {
    this.subscription = followStoredEvents(this.eventBus, kindTypes, (event) => this.publish(event), this.logger);
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  private async publish(event: RecordedEvent): Promise<void> {
    const kind = kindOfType.get(event.type)!;
    const change: ReviewChange = {
      kind,
      ...(await this.placeOf(kind, event)),
      eventType: event.type,
      eventLabel: describeAuditedEvent(event).label,
      position: event.position.toString(),
      by: event.metadata.actor.displayName,
      at: event.metadata.occurredAt,
    };
    await this.changes.publish(REVIEW_CHANGED, { reviewChanged: change });
  }

  private async placeOf(kind: ReviewKind, event: RecordedEvent): Promise<ChangePlace> {
    if (kind === ReviewKind.DEPARTMENT_TARGETS || kind === ReviewKind.DEPARTMENT_EVALUATION) {
      const { departmentCode, fiscalYear } = (event as unknown as DepartmentTargetsEvent | DepartmentEvaluationEvent).data;
      return { projectCode: departmentCode, fiscalYear, unitCode: departmentCode, sectionId: null };
    }
    const history = await this.store.readStream(event.streamId, { maxCount: event.revision + 1 });
    const state =
      kind === ReviewKind.MIDTERM_REVIEW
        ? history.reduce((s, e) => midtermReviewDecider.evolve(s, e as unknown as MidtermReviewEvent), midtermReviewDecider.initialState)
        : history.reduce((s, e) => finalEvaluationDecider.evolve(s, e as unknown as FinalEvaluationEvent), finalEvaluationDecider.initialState);
    if (state.status === 'NONE') throw new Error(`${event.type} at position ${event.position} leaves no review`);
    return { projectCode: state.projectCode, fiscalYear: state.fiscalYear, unitCode: state.baseline.unitCode, sectionId: state.baseline.sectionId };
  }
}
