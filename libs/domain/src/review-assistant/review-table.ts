import type { TargetTableContent } from '../target-table/target-table.events.js';
import { basisDocumentSpeltOnce, basisIsASource, basisNotPastedEverywhere } from './basis-checks.js';
import { costReconciles } from './cost-reconciles.js';
import { descriptionFitsName } from './description-fits-name.js';
import { goalsRepeated } from './goals-repeated.js';
import { level2Misfiled, level3RepeatsLevel2 } from './level-placement.js';
import { inFormOrder } from '../target-table/validation/form-order.js';
import type { ReviewFinding, TableReviewRule } from './review-finding.js';
import { costTargetFits, targetKindFits } from './target-kind-fits.js';

const tableRules: readonly TableReviewRule[] = [
  goalsRepeated,
  level2Misfiled,
  level3RepeatsLevel2,
  descriptionFitsName,
  targetKindFits,
  costTargetFits,
  costReconciles,
  basisIsASource,
  basisNotPastedEverywhere,
  basisDocumentSpeltOnce,
];

/**
 * What the review assistant says about one table on its own, in form order. Pure: the
 * submission keeps these with the version, the importer adds them to a table's anomalies.
 */
export function reviewTable(content: TargetTableContent): ReviewFinding[] {
  return inFormOrder(tableRules.flatMap((rule) => rule(content)));
}
