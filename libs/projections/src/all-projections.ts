import { auditTrailProjection } from './audit-trail/audit-trail-projection.js';
import type { Projection } from './projection.js';
import { executionProjection } from './execution/execution-projection.js';
import { finalEvaluationsProjection } from './final-evaluations/final-evaluation-projection.js';
import { midtermReviewsProjection } from './midterm-reviews/midterm-review-projection.js';
import { departmentTargetsProjection } from './department-targets/department-targets-projection.js';
import { departmentEvaluationsProjection } from './department-evaluations/department-evaluation-projection.js';
import { targetTablesProjection } from './target-tables/target-table-projection.js';
import { targetTableVersionsProjection } from './target-table-versions/target-table-versions-projection.js';
import { loginAddressesProjection } from './login-addresses/login-address-projection.js';
import { rectificationsProjection } from './rectifications/rectification-projection.js';
import { notificationsProjection } from './notifications/notification-projection.js';

/** Every view the API serves; the runner keeps each of them up to date. */
export function allProjections(): Projection[] {
  return [
    targetTablesProjection,
    targetTableVersionsProjection,
    loginAddressesProjection,
    executionProjection,
    auditTrailProjection,
    finalEvaluationsProjection,
    midtermReviewsProjection,
    departmentTargetsProjection,
    departmentEvaluationsProjection,
    rectificationsProjection,
    notificationsProjection,
  ];
}
