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
import { ExportsModule } from './exports/exports.module.js';
import { EventBusModule } from './event-bus/event-bus.module.js';
import { GraphQLApiModule } from './graphql/graphql-api.module.js';
import { HealthController } from './health/health.controller.js';
import { StorageModule } from './storage/storage.module.js';
import { TargetTableChangesModule } from './target-table-changes/target-table-changes.module.js';
import { ReviewChangesModule } from './review-changes/review-changes.module.js';
import { TargetTablesModule } from './target-tables/target-tables.module.js';
import { TargetTableVersionsModule } from './target-table-versions/target-table-versions.module.js';
import { TargetDocumentsModule } from './target-documents/target-documents.module.js';
import { DemoModule } from './demo/demo.module.js';
import { FinalEvaluationsModule } from './final-evaluation/final-evaluations.module.js';
import { MidtermReviewsModule } from './midterm-review/midterm-reviews.module.js';
import { DepartmentTargetsModule } from './department-targets/department-targets.module.js';
import { DepartmentEvaluationModule } from './department-evaluation/department-evaluation.module.js';
import { InboxModule } from './inbox/inbox.module.js';
import { DeadlinesModule } from './deadlines/deadlines.module.js';
import { RectificationModule } from './rectification/rectification.module.js';
import { DelegationModule } from './delegation/delegation.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { APP_LOGGER, createAppLogger, type AppLogger } from './observability/app-logger.js';
import { ObservabilityModule } from './observability/observability.module.js';
import { PeopleModule } from './people/people.module.js';
import { LedgerChangesModule } from './ledger-changes/ledger-changes.module.js';
import { ReviewFindingsModule } from './review-findings/review-findings.module.js';

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
        ReviewChangesModule,
        ExecutionModule,
        ReviewFindingsModule,
        AuditTrailModule,
        TargetDocumentsModule,
        DemoModule,
        FinalEvaluationsModule,
        MidtermReviewsModule,
        DepartmentTargetsModule,
        DepartmentEvaluationModule,
        PeopleModule,
        LedgerChangesModule,
        InboxModule,
        DeadlinesModule,
        RectificationModule,
        DelegationModule,
        NotificationsModule,
        ObservabilityModule,
        ExportsModule,
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
