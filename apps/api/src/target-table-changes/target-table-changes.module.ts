import { Module } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { AuthModule } from '../auth/auth.module.js';
import { TargetTableChangePublisher } from './target-table-change.publisher.js';
import { TargetTableChangesResolver } from './target-table-changes.resolver.js';
import { TargetTableStates } from './target-table-states.js';
import { TARGET_TABLE_CHANGES } from './target-table-changes.topic.js';

/** The targetTableChanged subscription, fed by the stored target-table events on the EventBus. */
@Module({
  imports: [AuthModule],
  // A factory, not a value: every application (a test may start several in one process) has its own.
  providers: [{ provide: TARGET_TABLE_CHANGES, useFactory: () => new PubSub() }, TargetTableStates, TargetTableChangePublisher, TargetTableChangesResolver],
})
export class TargetTableChangesModule {}
