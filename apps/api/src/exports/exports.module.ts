import { Module } from '@nestjs/common';
import { AuditTrailModule } from '../audit-trail/audit-trail.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { DirectoryModule } from '../directory/directory.module.js';
import { ExecutionModule } from '../execution/execution.module.js';
import { DepartmentTargetsModule } from '../department-targets/department-targets.module.js';
import { DepartmentEvaluationModule } from '../department-evaluation/department-evaluation.module.js';
import { DepartmentExports } from './department-exports.js';
import { FinalEvaluationsModule } from '../final-evaluation/final-evaluations.module.js';
import { MidtermReviewsModule } from '../midterm-review/midterm-reviews.module.js';
import { AuditTrailExport } from './audit-trail-export.js';
import { ExportsController } from './exports.controller.js';
import { ReviewExports } from './review-exports.js';
import { TargetTableExports } from './target-table-exports.js';

/** GET /exports/…: the official forms as .xlsx, and as cell grids for the console's print view. */
@Module({
  imports: [AuthModule, DirectoryModule, AuditTrailModule, MidtermReviewsModule, FinalEvaluationsModule, ExecutionModule, DepartmentTargetsModule, DepartmentEvaluationModule],
  controllers: [ExportsController],
  providers: [TargetTableExports, ReviewExports, DepartmentExports, AuditTrailExport],
})
export class ExportsModule {}
