import { listTargetTables, type ReadStore, type TargetTableView } from '@app/projections';

/**
 * The target tables of the year of the department's units, from the target-tables view (the
 * only place that lists tables by unit), page by page.
 */
export async function departmentTables(readStore: ReadStore, fiscalYear: number, unitCodes: readonly string[]): Promise<TargetTableView[]> {
  const tables: TargetTableView[] = [];
  for (const unitCode of unitCodes) {
    let after: string | undefined;
    do {
      const page = await listTargetTables(readStore.db, { fiscalYear, unitCode }, { first: 100, ...(after === undefined ? {} : { after }) });
      tables.push(...page.rows);
      after = page.hasNextPage && page.endCursor !== null ? page.endCursor : undefined;
    } while (after !== undefined);
  }
  return tables;
}
