import { messages } from '@app/domain';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { EventStore } from '@app/event-store';
import { allProjections, ProjectionRunner, type ReadStore } from '@app/projections';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ApiError } from '../graphql/api-error.js';
import { EVENT_STORE, READ_STORE } from './storage.tokens.js';

/** Runs every view's projection for the life of the application. */
@Injectable()
export class ProjectionsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Projections');
  readonly runner: ProjectionRunner;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(READ_STORE) readStore: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.runner = new ProjectionRunner(store, readStore, allProjections(), {
      onError: (error, projection) => this.logger.error(`Projection ${projection} failed; it will retry`, error instanceof Error ? error.stack : String(error)),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
  }

  stop(): Promise<void> {
    return this.runner.stop();
  }

  /** Read-your-writes: wait until every view has applied the event at `position`. */
  async reach(position: bigint): Promise<void> {
    const reached = await this.runner.waitFor(position, this.config.readWaitTimeoutMs);
    if (!reached) {
      throw new ApiError(
        'TIMEOUT',
        messages.api.viewsBehind({ position: String(position), ms: this.config.readWaitTimeoutMs }),
      );
    }
  }
}
