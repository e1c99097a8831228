import { Module, type DynamicModule } from '@nestjs/common';
import { pino } from 'pino';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditIntegrityModule } from './audit-integrity/audit-integrity.module.js';
import { AuditTrailModule } from './audit-trail/audit-trail.module.js';
import { AuthModule } from './auth/auth.module.js';
import { ClockModule } from './clock/clock.module.js';
import { CommandsModule } from './commands/commands.module.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { DirectoryModule } from './directory/directory.module.js';
import { ExecutionModule } from './execution/execution.module.js';
import { EventBusModule } from './event-bus/event-bus.module.js';
import { GraphQLApiModule } from './graphql/graphql-api.module.js';
import { HealthController } from './health/health.controller.js';
import { StorageModule } from './storage/storage.module.js';
import { TargetTableChangesModule } from './target-table-changes/target-table-changes.module.js';
import { TargetTablesModule } from './target-tables/target-tables.module.js';
import { TargetTableVersionsModule } from './target-table-versions/target-table-versions.module.js';
import { TargetDocumentsModule } from './target-documents/target-documents.module.js';
import { DemoModule } from './demo/demo.module.js';
import { FinalEvaluationsModule } from './final-evaluation/final-evaluations.module.js';
import { MidtermReviewsModule } from './midterm-review/midterm-reviews.module.js';
import { InboxModule } from './inbox/inbox.module.js';
import { APP_LOGGER, createAppLogger, type AppLogger } from './observability/app-logger.js';
import { ObservabilityModule } from './observability/observability.module.js';
import { PeopleModule } from './people/people.module.js';

@Module({})
export class AppModule {
  /**
   * `logger`: where the API logs. Command-line tools leave it out: they log warnings and errors
   * only, to standard error, keeping standard output for their results.
   */
  static forConfig(config: AppConfig, logger: AppLogger = createAppLogger({ ...config.log, level: 'warn' }, pino.destination(2))): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        CqrsModule.forRoot(),
        ClockModule,
        StorageModule,
        CommandsModule,
        EventBusModule,
        GraphQLApiModule,
        DirectoryModule,
        AuthModule,
        TargetTablesModule,
        TargetTableVersionsModule,
        AuditIntegrityModule,
        TargetTableChangesModule,
        ExecutionModule,
        AuditTrailModule,
        TargetDocumentsModule,
        DemoModule,
        FinalEvaluationsModule,
        MidtermReviewsModule,
        PeopleModule,
        InboxModule,
        ObservabilityModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_LOGGER, useValue: logger },
      ],
      exports: [APP_CONFIG, APP_LOGGER],
    };
  }
}
