import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import {
  approve,
  auditor,
  draft,
  fiscalYear,
  historyOf,
  importApproved,
  office,
  officeOfOtherUnit,
  preparer,
  preparerOfOtherSection,
  projectCode,
  proposeAdjustment,
  sectionHead,
  seedSource,
  stateOf,
  statusOf,
  submit,
  table3,
} from '../../test/target-table-workflow.js';
import { targetTableDecider } from './decide-target-table.js';
import type { Actor } from '../common/actor.js';
import type { DraftTargetTable } from './target-table.commands.js';
import { toContent } from './target-table-input.js';

const given = scenario(targetTableDecider);
const admin: Actor = { userId: 'admin', roles: ['ADMIN'], unitCode: null, sectionId: null };
const imported = historyOf([importApproved()]);

describe('ImportApprovedTargetTable', () => {
  it('records the table as printed as approved version 1, with who imported it and the lines it came from', () => {
    given([]).when(importApproved()).then([
      {
        type: 'TargetTableBaselineImported',
        data: {
          projectCode,
          fiscalYear,
          version: 1,
          content: toContent(table3),
          importedBy: { userId: 'chen.hong', unitCode: '323001', sectionId: 'office' },
          source: { name: '2022-julu-hrss-performance-targets.txt', documentSha256: 'a3'.repeat(32), lines: { from: 260, to: 352 } },
        },
      },
    ]);
  });

  it('leaves an approved table whose baseline is that version', () => {
    const state = stateOf(imported);
    const stage = { status: 'APPROVED', approvals: [] };
    expect(state).toEqual({ lifecycle: 'APPROVED', projectCode, fiscalYear, version: 1, content: toContent(table3), baseline: { version: 1, content: toContent(table3) }, stage });
  });

  it('cannot be folded over a table that exists: such a stream was not written by this decider', () => {
    const [event] = historyOf([importApproved()]);
    expect(() => stateOf([...historyOf([draft()]), event!])).toThrow('TargetTableBaselineImported cannot follow a target table in status DRAFT');
  });

  it('is adjusted like any approved table: the adjustment goes through the chain and replaces imported version 1', () => {
    const history = historyOf([importApproved(), proposeAdjustment(), submit(), approve('SECTION', sectionHead), approve('OFFICE', office)]);
    const last = history.at(-1)!;
    expect(last.type).toBe('TargetTableApproved');
    expect(last.type === 'TargetTableApproved' && [last.data.version, last.data.replacedBaselineVersion]).toEqual([2, 1]);
    expect(statusOf(history)).toBe('APPROVED');
  });

  it('changes nothing when the same table is imported again, from another copy of the document too', () => {
    given(imported).when(importApproved()).then([]);
    given(imported).when(importApproved(table3, admin, { ...seedSource, name: 'copy.txt', documentSha256: 'b4'.repeat(32) })).then([]);
  });

  it('changes nothing while an adjustment of the same baseline is drafted', () => {
    given(historyOf([importApproved(), proposeAdjustment()])).when(importApproved()).then([]);
  });

  it('refuses other content for an approved table with CONFLICT naming its status', () => {
    const error = given(imported).when(importApproved({ ...table3, purpose: '别的用途' })).thenThrows('CONFLICT');
    expect(error.message).toBe(
      `项目 ${projectCode} ${fiscalYear} 年度的目标表已存在，且与文档中的不同：该目标表已批准（第 1 版）。导入从不替换已有目标表；请通过审批流程修改。`,
    );
  });

  it('refuses a table that exists as a draft, even with the same content, naming the draft', () => {
    const error = given(historyOf([draft()])).when(importApproved()).thenThrows('CONFLICT');
    expect(error.message).toContain('该目标表是第 1 版草稿');
  });

  it('refuses a table under review, naming the step it awaits', () => {
    const error = given(historyOf([draft(), submit()])).when(importApproved()).thenThrows('CONFLICT');
    expect(error.message).toContain('正等待「科室负责人审核」步骤');
  });

  it('may be done by an administrator of no unit', () => {
    given([]).when(importApproved(table3, admin)).thenEventTypes(['TargetTableBaselineImported']);
  });

  it('is refused to the office of another unit, saying whose office is needed', () => {
    const error = given([]).when(importApproved(table3, officeOfOtherUnit)).thenThrows('FORBIDDEN');
    expect(error.message).toBe(
      '把该目标表导入为已批准的基线需要单位 323001 的办公室（OFFICE）或管理员（ADMIN）：你是单位 323003 的 office 科室的办公室。',
    );
  });

  it.each([
    ['the section’s preparer', preparer, '你的角色是 科室经办人（PREPARER）'],
    ['the section head', sectionHead, '你的角色是 科室负责人（SECTION_HEAD）'],
    ['an auditor', auditor, '你的角色是 审计（AUDITOR）'],
  ])('is refused to %s (FORBIDDEN)', (_who, actor, held) => {
    const error = given([]).when(importApproved(table3, actor)).thenThrows('FORBIDDEN');
    expect(error.message).toContain(`或管理员（ADMIN）：${held}。`);
  });

  it('needs a signed-in user', () => {
    given([]).when({ ...importApproved(), actor: undefined as unknown as Actor }).thenThrows('UNAUTHENTICATED');
  });

  it('names every problem of the content and of the source in one answer', () => {
    const error = given([])
      .when(importApproved({ ...table3, name: '' }, office, { name: ' ', documentSha256: 'XYZ', lines: { from: 10, to: 9 } }))
      .thenThrows('VALIDATION');
    expect(error.problems.map((problem) => problem.field)).toEqual(['name', 'source.name', 'source.documentSha256', 'source.lines']);
  });
});

describe('DraftTargetTable imported from a document', () => {
  const importDraft = (actor: Actor): DraftTargetTable => ({ ...draft(table3, actor), asImport: true });

  it.each([
    ['the office of the unit', office],
    ['the section’s preparer', preparer],
    ['an administrator', admin],
  ])('may be done by %s', (_who, actor) => {
    given([]).when(importDraft(actor)).thenEventTypes(['TargetTableDrafted']);
  });

  it('is refused to a preparer of another section, naming the section', () => {
    const error = given([]).when(importDraft(preparerOfOtherSection)).thenThrows('FORBIDDEN');
    expect(error.message).toContain('需要单位 323001 的 employment 科室的科室经办人（PREPARER）');
  });

  it('is refused to the office of another unit and to a section head', () => {
    expect(given([]).when(importDraft(officeOfOtherUnit)).thenThrows('FORBIDDEN').message).toBe(
      '把该目标表导入为草稿需要单位 323001 的 employment 科室的科室经办人（PREPARER）、单位 323001 的办公室（OFFICE）或管理员（ADMIN）：你是单位 323003 的 office 科室的办公室。',
    );
    given([]).when(importDraft(sectionHead)).thenThrows('FORBIDDEN');
  });

  it('is, when not an import, still for the section’s preparer only', () => {
    given([]).when(draft(table3, office)).thenThrows('FORBIDDEN');
  });
});
