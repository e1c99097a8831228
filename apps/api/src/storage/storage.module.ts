import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { openEventStore, type EventStore } from '@app/event-store';
import { openReadStore, type ReadStore } from '@app/projections';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { EVENT_STORE, READ_STORE } from './storage.tokens.js';
import { ProjectionsService } from './projections.service.js';

/** The event store (write side) and the read store with its projections (read side). */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => openEventStore(config),
    },
    {
      provide: READ_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => openReadStore(config),
    },
    ProjectionsService,
  ],
  exports: [EVENT_STORE, READ_STORE, ProjectionsService],
})
export class StorageModule implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly projections: ProjectionsService,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.projections.stop();
    await this.eventStore.close();
    await this.readStore.close();
  }
}
