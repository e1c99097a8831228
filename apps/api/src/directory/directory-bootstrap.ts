import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '@app/auth';
import { DomainError, directoryDecider, directoryStreamId } from '@app/domain';
import { WrongExpectedRevisionError, type EventStore } from '@app/event-store';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { loadsDemoData } from '../demo/first-start.js';
import { EVENT_STORE } from '../storage/storage.tokens.js';
import { DirectoryReader } from './directory.reader.js';

/** One command id for every instance and every start, so that the first ADMIN is registered once. */
const bootstrapCommandId = 'bootstrap-admin';

/**
 * On start, while the directory has no user at all, registers the ADMIN named by
 * BOOTSTRAP_ADMIN_USER / BOOTSTRAP_ADMIN_PASSWORD, so that a fresh install can be
 * administered. Once anyone exists it does nothing: a restart never mints a second way in.
 */
@Injectable()
export class DirectoryBootstrap implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Directory');
  /** The demo data brings its own administrator: no need to ask for one. */
  private demoDataComing = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directory: DirectoryReader,
    private readonly streams: AggregateStreams,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async onModuleInit(): Promise<void> {
    this.demoDataComing = await loadsDemoData(this.config, this.store);
  }

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.bootstrapAdmin;
    const { state } = await this.directory.current();
    if (state.users.size > 0) return;
    if (admin === undefined) {
      if (this.demoDataComing) return;
      this.logger.warn('The directory has no user: set BOOTSTRAP_ADMIN_USER and BOOTSTRAP_ADMIN_PASSWORD to register the first administrator.');
      return;
    }
    const passwordHash = await hashPassword(admin.password, this.config.passwordHashCost);
    const system = { userId: 'system', displayName: 'system', roles: [], unitCode: null, sectionId: null };
    try {
      await this.streams.execute(
        directoryStreamId,
        directoryDecider,
        { type: 'BootstrapAdmin', userId: randomUUID(), userName: admin.userName, displayName: '系统管理员', passwordHash },
        { commandId: bootstrapCommandId, correlationId: bootstrapCommandId, causationId: bootstrapCommandId, actor: system, now: new Date().toISOString() },
      );
      this.logger.log(`Registered the first administrator, ${admin.userName}.`);
    } catch (error) {
      // Another instance starting at the same moment got there first.
      if (error instanceof WrongExpectedRevisionError || (error instanceof DomainError && error.code === 'CONFLICT')) return;
      throw error;
    }
  }
}
