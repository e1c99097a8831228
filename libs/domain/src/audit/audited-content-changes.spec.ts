import { describe, expect, it } from '@jest/globals';
import { seedTable3 } from '../target-table/fixtures/seed-table-3.js';
import { toContent } from '../target-table/target-table-input.js';
import { auditedContentChanges } from './audited-content-changes.js';

const before = toContent(seedTable3);

describe('auditedContentChanges', () => {
  it('shows changed amounts in yuan and texts as written, before and after', () => {
    const after = { ...before, purpose: '就业工作经费（调整）', budget: { ...before.budget, total: 21_050_050, fiscal: 21_050_050 } };
    expect(auditedContentChanges(before, after)).toEqual([
      { field: 'budget.total', change: 'CHANGED', before: '200000.00', after: '210500.50' },
      { field: 'budget.fiscal', change: 'CHANGED', before: '200000.00', after: '210500.50' },
      { field: 'purpose', change: 'CHANGED', before: '就业工作经费', after: '就业工作经费（调整）' },
    ]);
  });

  it('shows a removed indicator as the cells its preparer wrote', () => {
    const removed = before.indicators[0]!;
    const [change] = auditedContentChanges(before, { ...before, indicators: before.indicators.slice(1) });
    expect(change).toMatchObject({ field: 'indicators[0]', change: 'REMOVED', after: null });
    expect(JSON.parse(change!.before!)).toEqual({
      level1: removed.level1,
      level2: removed.level2,
      level3: removed.level3,
      description: removed.description,
      valueText: removed.valueText,
      basis: removed.basis,
    });
  });

  it('finds nothing between equal contents', () => {
    expect(auditedContentChanges(before, toContent(structuredClone(seedTable3)))).toEqual([]);
  });
});
