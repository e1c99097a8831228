import type { TargetTableContent } from '@app/domain/target-table/target-table.events.js';
import type { Transaction } from 'kysely';
import { tableKey } from '../target-tables/target-table-rows.js';
import type { AuditTrailDatabase } from './audit-trail-schema.js';

/**
 * What the trail remembers between events, read from its own tables as a batch first needs
 * it and written back once at the end of the batch: each target table's working content and
 * each user's unit.
 */
export class AuditTrailMemory {
  private readonly contents = new Map<string, { fiscalYear: number; projectCode: string; content: TargetTableContent | undefined }>();
  private readonly changedContents = new Set<string>();
  private readonly userUnits = new Map<string, string | null | undefined>();
  private readonly changedUsers = new Set<string>();

  constructor(private readonly trx: Transaction<AuditTrailDatabase>) {}

  /** The table's working content before the event at hand; undefined for a table not drafted yet. */
  async content(fiscalYear: number, projectCode: string): Promise<TargetTableContent | undefined> {
    const key = tableKey(fiscalYear, projectCode);
    const known = this.contents.get(key);
    if (known !== undefined) return known.content;
    const row = await this.trx
      .selectFrom('audit_trail_table_contents')
      .select('content_json')
      .where('fiscal_year', '=', fiscalYear)
      .where('project_code', '=', projectCode)
      .executeTakeFirst();
    const content = row === undefined ? undefined : (JSON.parse(row.content_json) as TargetTableContent);
    this.contents.set(key, { fiscalYear, projectCode, content });
    return content;
  }

  setContent(fiscalYear: number, projectCode: string, content: TargetTableContent): void {
    const key = tableKey(fiscalYear, projectCode);
    this.contents.set(key, { fiscalYear, projectCode, content });
    this.changedContents.add(key);
  }

  /** The unit of a user; null for a user without one (the bootstrap administrator) or one the trail never saw registered. */
  async userUnit(userId: string): Promise<string | null> {
    if (this.userUnits.has(userId)) return this.userUnits.get(userId) ?? null;
    const row = await this.trx.selectFrom('audit_trail_user_units').select('unit_code').where('user_id', '=', userId).executeTakeFirst();
    this.userUnits.set(userId, row?.unit_code ?? null);
    return row?.unit_code ?? null;
  }

  setUserUnit(userId: string, unitCode: string | null): void {
    this.userUnits.set(userId, unitCode);
    this.changedUsers.add(userId);
  }

  /** Writes back what the batch changed, one row per table or user however often it changed. */
  async save(): Promise<void> {
    for (const key of this.changedContents) {
      const { fiscalYear, projectCode, content } = this.contents.get(key)!;
      const row = { fiscal_year: fiscalYear, project_code: projectCode, content_json: JSON.stringify(content) };
      await this.trx
        .insertInto('audit_trail_table_contents')
        .values(row)
        .onConflict((conflict) => conflict.columns(['fiscal_year', 'project_code']).doUpdateSet({ content_json: row.content_json }))
        .execute();
    }
    for (const userId of this.changedUsers) {
      const unitCode = this.userUnits.get(userId) ?? null;
      await this.trx
        .insertInto('audit_trail_user_units')
        .values({ user_id: userId, unit_code: unitCode })
        .onConflict((conflict) => conflict.column('user_id').doUpdateSet({ unit_code: unitCode }))
        .execute();
    }
  }
}
