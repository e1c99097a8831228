import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';

/** Tables per lookup of stored rows: at most two parameters each, far below both dialects' limits. */
export const TABLES_PER_LOOKUP = 1000;

export interface TableKey {
  fiscalYear: number;
  projectCode: string;
}

/**
 * Matches the rows of the given tables by (fiscal_year, project_code), the leading columns of
 * every target-table view's unique key, so that both dialects look the rows up through it.
 */
export function whereTableKeys(eb: ExpressionBuilder<any, any>, tables: readonly TableKey[]): Expression<SqlBool> {
  const codesByYear = new Map<number, string[]>();
  for (const { fiscalYear, projectCode } of tables) {
    const codes = codesByYear.get(fiscalYear);
    if (codes === undefined) codesByYear.set(fiscalYear, [projectCode]);
    else codes.push(projectCode);
  }
  return eb.or([...codesByYear].map(([fiscalYear, codes]) => eb.and([eb('fiscal_year', '=', fiscalYear), eb('project_code', 'in', codes)])));
}
