import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import type { Subscription } from 'rxjs';
import {
  evolveFinalEvaluation,
  evolveMidtermReview,
  initialFinalEvaluationState,
  initialMidtermState,
  placeOfTargets,
  rectificationDecider,
  rectificationsFromFinalEvaluation,
  rectificationsFromMidterm,
  rectificationStreamId,
  type FinalEvaluationEvent,
  type FinalEvaluationState,
  type MidtermReviewEvent,
  type MidtermState,
  type RectificationCommand,
} from '@app/domain';
import type { Actor, EventStore, RecordedEvent } from '@app/event-store';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import type { StoredEvent } from '../event-bus/stored-event.js';
import { EVENT_STORE } from '../storage/storage.tokens.js';

const proposer: Actor = { userId: 'system:rectification', displayName: '整改事项自动登记', roles: [], unitCode: null, sectionId: null };

/**
 * Proposes the rectifications an approved mid-term review or final evaluation leaves
 * (docs/deadlines-and-rectification.md). It reads the stored events as the EventBus delivers
 * them (at least once, also after a restart) and sends one command per approval whose id derives
 * from the approval event: a second delivery, or a second API instance, replays the stored
 * outcome instead of proposing again.
 */
@Injectable()
export class RectificationProposer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RectificationProposer');
  private subscription: Subscription | undefined;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly eventBus: EventBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly streams: AggregateStreams,
  ) {}

  onApplicationBootstrap(): void {
    this.subscription = this.eventBus.subscribe((stored) => {
      const { event } = stored as StoredEvent;
      if (event.type !== 'MidtermReviewApproved' && event.type !== 'FinalEvaluationApproved') return;
      // One at a time, in log order: proposals of the same project's year go to one stream.
      this.pending = this.pending.then(() => this.propose(event)).catch((error) => this.logger.error(`Proposing rectifications for ${event.eventId} failed`, error instanceof Error ? error.stack : String(error)));
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.subscription?.unsubscribe();
    await this.pending;
  }

  private async propose(approval: RecordedEvent): Promise<void> {
    const history = (await this.store.readStream(approval.streamId)).filter((event) => event.revision <= approval.revision);
    const command = approval.type === 'MidtermReviewApproved' ? this.fromMidterm(history) : this.fromFinalEvaluation(history);
    if (command === null || command.proposals.length === 0) return;
    const commandId = `rectification-proposal-${approval.eventId}`;
    await this.streams.execute(rectificationStreamId(command.fiscalYear, command.projectCode), rectificationDecider, command, {
      commandId,
      correlationId: approval.metadata.correlationId ?? commandId,
      causationId: approval.eventId,
      actor: proposer,
      now: approval.metadata.occurredAt,
    });
  }

  private fromMidterm(history: RecordedEvent[]): Extract<RectificationCommand, { type: 'ProposeRectifications' }> | null {
    const state = history.reduce((s, event) => evolveMidtermReview(s, event as unknown as MidtermReviewEvent), initialMidtermState as MidtermState);
    if (state.status !== 'MONITORED') return null;
    const { projectCode, fiscalYear, baseline } = state;
    return { type: 'ProposeRectifications', projectCode, fiscalYear, actor: proposer, place: placeOfTargets(baseline), proposals: rectificationsFromMidterm(state) };
  }

  private fromFinalEvaluation(history: RecordedEvent[]): Extract<RectificationCommand, { type: 'ProposeRectifications' }> | null {
    const state = history.reduce((s, event) => evolveFinalEvaluation(s, event as unknown as FinalEvaluationEvent), initialFinalEvaluationState as FinalEvaluationState);
    if (state.status !== 'OPEN') return null;
    const { projectCode, fiscalYear, baseline } = state;
    return { type: 'ProposeRectifications', projectCode, fiscalYear, actor: proposer, place: placeOfTargets(baseline), proposals: rectificationsFromFinalEvaluation(state) };
  }
}
