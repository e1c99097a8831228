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
  submit,
  table3,
} from '../../test/target-table-workflow.js';
import { targetTableDecider } from './decide-target-table.js';
import type { TargetTableActor } from './target-table-actor.js';
import type { DraftTargetTable } from './target-table.commands.js';
import { toContent } from './target-table-input.js';

const given = scenario(targetTableDecider);
const admin: TargetTableActor = { userId: 'admin', roles: ['ADMIN'], unitCode: null, sectionId: null };
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
    expect(state).toEqual({ status: 'APPROVED', projectCode, fiscalYear, version: 1, content: toContent(table3), baseline: { version: 1, content: toContent(table3) } });
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
    expect(stateOf(history).status).toBe('APPROVED');
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
      `The target table of project ${projectCode} for ${fiscalYear} already exists and is not the one in the document: ` +
        'the table is approved (已批准) as version 1. An import never replaces a table; change it through the workflow instead.',
    );
  });

  it('refuses a table that exists as a draft, even with the same content, naming the draft', () => {
    const error = given(historyOf([draft()])).when(importApproved()).thenThrows('CONFLICT');
    expect(error.message).toContain('the table is a draft (草稿) of version 1');
  });

  it('refuses a table under review, naming the step it awaits', () => {
    const error = given(historyOf([draft(), submit()])).when(importApproved()).thenThrows('CONFLICT');
    expect(error.message).toContain('is awaiting the section head step (科室负责人审核)');
  });

  it('may be done by an administrator of no unit', () => {
    given([]).when(importApproved(table3, admin)).thenEventTypes(['TargetTableBaselineImported']);
  });

  it('is refused to the office of another unit, saying whose office is needed', () => {
    const error = given([]).when(importApproved(table3, officeOfOtherUnit)).thenThrows('FORBIDDEN');
    expect(error.message).toBe(
      'Importing this table as an approved baseline needs the office (办公室, role OFFICE) of unit 323001 or an administrator (ADMIN): ' +
        'you are the office of section office in unit 323003.',
    );
  });

  it.each([
    ['the section’s preparer', preparer, 'you have PREPARER'],
    ['the section head', sectionHead, 'you have SECTION_HEAD'],
    ['an auditor', auditor, 'you have AUDITOR'],
  ])('is refused to %s (FORBIDDEN)', (_who, actor, held) => {
    const error = given([]).when(importApproved(table3, actor)).thenThrows('FORBIDDEN');
    expect(error.message).toContain(`or an administrator (ADMIN): ${held}.`);
  });

  it('needs a signed-in user', () => {
    given([]).when({ ...importApproved(), actor: undefined as unknown as TargetTableActor }).thenThrows('UNAUTHENTICATED');
  });

  it('names every problem of the content and of the source in one answer', () => {
    const error = given([])
      .when(importApproved({ ...table3, name: '' }, office, { name: ' ', documentSha256: 'XYZ', lines: { from: 10, to: 9 } }))
      .thenThrows('VALIDATION');
    expect(error.problems.map((problem) => problem.field)).toEqual(['name', 'source.name', 'source.documentSha256', 'source.lines']);
  });
});

describe('DraftTargetTable imported from a document', () => {
  const importDraft = (actor: TargetTableActor): DraftTargetTable => ({ ...draft(table3, actor), asImport: true });

  it.each([
    ['the office of the unit', office],
    ['the section’s preparer', preparer],
    ['an administrator', admin],
  ])('may be done by %s', (_who, actor) => {
    given([]).when(importDraft(actor)).thenEventTypes(['TargetTableDrafted']);
  });

  it('is refused to a preparer of another section, naming the section', () => {
    const error = given([]).when(importDraft(preparerOfOtherSection)).thenThrows('FORBIDDEN');
    expect(error.message).toContain('needs a preparer (科室经办人, role PREPARER) of section employment in unit 323001');
  });

  it('is refused to the office of another unit and to a section head', () => {
    expect(given([]).when(importDraft(officeOfOtherUnit)).thenThrows('FORBIDDEN').message).toBe(
      'Importing this table as a draft needs a preparer (科室经办人, role PREPARER) of section employment in unit 323001, ' +
        'the office (办公室, role OFFICE) of unit 323001 or an administrator (ADMIN): you are the office of section office in unit 323003.',
    );
    given([]).when(importDraft(sectionHead)).thenThrows('FORBIDDEN');
  });

  it('is, when not an import, still for the section’s preparer only', () => {
    given([]).when(draft(table3, office)).thenThrows('FORBIDDEN');
  });
});
