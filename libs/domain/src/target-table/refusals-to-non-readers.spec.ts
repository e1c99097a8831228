import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import {
  approve,
  draft,
  histories,
  importApproved,
  office,
  officeOfOtherUnit,
  preparer,
  preparerOfOtherSection,
  returnTo,
  table3,
  type HistoryName,
} from '../../test/target-table-workflow.js';
import { targetTableDecider } from './decide-target-table.js';
import type { Actor } from '../common/actor.js';

const given = scenario(targetTableDecider);
const preparerOf323003: Actor = { userId: 'zhao.lei', roles: ['PREPARER'], unitCode: '323003', sectionId: 'insurance' };
const table3Of323003 = { ...table3, unitCode: '323003', unitName: '巨鹿县社会保险事业服务中心', sectionId: 'insurance' };
const table3OfLabour = { ...table3, sectionId: 'labour-relations' };
/** Words by which a refusal would tell how a table stands. */
const stateWords = /version|版本|DRAFT|IN_REVIEW|RETURNED|APPROVED|ADJUSTING|草稿|审核|退回|批准|调整|step|步骤/;
const existing: HistoryName[] = ['DRAFT', 'IN_REVIEW at OFFICE', 'RETURNED', 'APPROVED', 'ADJUSTING', 'APPROVED by import'];

describe('a refusal tells nothing of a table to whoever may not read it', () => {
  it.each(existing)('drafting a taken code and year of another unit or section: CONFLICT on projectCode only (%s)', (history) => {
    for (const [content, actor] of [[table3Of323003, preparerOf323003], [table3OfLabour, preparerOfOtherSection]] as const) {
      const error = given(histories[history]()).when(draft(content, actor)).thenThrows('CONFLICT', 'projectCode');
      expect(error.message).toMatch(/已被使用/);
      expect(error.message).not.toMatch(stateWords);
    }
  });

  it('tells whoever may read the table how it stands', () => {
    expect(given(histories.ADJUSTING()).when(draft(table3, preparer)).thenThrows('CONFLICT').message).toMatch(/ADJUSTING|调整/);
  });

  it.each(existing)('importing a taken code and year as approved for another unit: CONFLICT on projectCode only (%s)', (history) => {
    const error = given(histories[history]()).when(importApproved(table3Of323003, officeOfOtherUnit)).thenThrows('CONFLICT', 'projectCode');
    expect(error.message).not.toMatch(stateWords);
  });

  it.each(['DRAFT', 'RETURNED', 'APPROVED', 'ADJUSTING'] as HistoryName[])('deciding a step of a table not under review: FORBIDDEN without its state to another unit (%s)', (history) => {
    for (const command of [approve('OFFICE', officeOfOtherUnit), returnTo('PREPARER', 'OFFICE', officeOfOtherUnit)]) {
      const error = given(histories[history]()).when(command).thenThrows('FORBIDDEN');
      expect(error.message).toMatch(/不在您可查看的范围内/);
      expect(error.message).not.toMatch(stateWords);
    }
    expect(given(histories[history]()).when(approve('OFFICE', office)).thenThrows('CONFLICT').message).toMatch(stateWords);
  });
});
