import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { anchorAuditTrail, type AnchorOutcome, type EventMetadata, type EventStore } from '@app/event-store';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { EVENT_STORE } from '../storage/storage.tokens.js';
import { ANCHOR_KEY } from './anchor-key.js';

/** Who appends the periodic anchors. */
const anchoringActor = { userId: 'system:audit-anchoring', displayName: '审计锚定 (automatic)', roles: [], unitCode: null, sectionId: null };

/**
 * Anchors the audit trail every ANCHOR_INTERVAL_SECONDS (the first after one interval, not
 * at start), and on demand. An anchor is skipped when nothing was appended since the last.
 */
@Injectable()
export class AuditTrailAnchoring implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('AuditTrailAnchoring');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ANCHOR_KEY) private readonly anchorKey: Buffer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Node fires a longer interval than 2^31-1 ms at once, so a huge setting waits that long instead.
    const intervalMs = Math.min(this.config.anchorIntervalSeconds * 1000, 2 ** 31 - 1);
    this.timer = setInterval(() => this.anchorPeriodically(), intervalMs).unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  anchor(metadata: EventMetadata): Promise<AnchorOutcome> {
    const outcome = anchorAuditTrail(this.store, { anchorKey: this.anchorKey, metadata });
    this.running = outcome.catch(() => undefined);
    return outcome;
  }

  private anchorPeriodically(): void {
    const commandId = randomUUID();
    const metadata = { commandId, correlationId: commandId, causationId: commandId, actor: anchoringActor, occurredAt: new Date().toISOString(), schemaVersion: 1 };
    this.anchor(metadata).then(
      (outcome) => {
        if (outcome.anchored) this.logger.log(`Anchored ${outcome.streamCount} streams up to position ${outcome.headPosition} at position ${outcome.position}.`);
      },
      (error: unknown) => this.logger.warn(`Anchoring failed; it is tried again at the next interval: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
}
