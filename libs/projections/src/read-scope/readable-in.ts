import type { TargetTableReadScope } from '@app/domain/common/read-scope.js';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';

/** The columns that place a row of a view where a target table stands: its unit and section. */
export interface ScopedRow {
  unit_code: string;
  section_id: string | null;
}

/**
 * The rows the domain's read scope lets a person read, as mayReadTargetTable has it, for any
 * view whose rows carry a table's unit and section; none for an empty scope. Every view that
 * serves target-table data filters with this one expression, so they all show the same tables.
 */
export function readableIn<TB extends string, DB extends Record<TB, ScopedRow>>(builder: ExpressionBuilder<DB, TB>, scope: TargetTableReadScope): Expression<SqlBool> {
  // Kysely cannot resolve column names through the generic; the constraint on DB is what
  // guarantees the columns, so the builder is viewed as one over a plain scoped table.
  const eb = builder as unknown as ExpressionBuilder<{ scoped: ScopedRow }, 'scoped'>;
  if (scope.everything) return eb.lit(true);
  const sections = scope.sections.map(({ unitCode, sectionId }) =>
    eb.and([
      eb('unit_code', '=', unitCode),
      sectionId === null ? eb('section_id', 'is', null) : eb.or([eb('section_id', 'is', null), eb('section_id', '=', sectionId)]),
    ]),
  );
  return eb.or([...(scope.units.length > 0 ? [eb('unit_code', 'in', scope.units)] : []), ...sections]);
}
