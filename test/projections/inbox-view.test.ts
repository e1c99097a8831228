import { beforeEach, describe, expect, it } from '@jest/globals';
import { departmentTargetsStreamId, finalEvaluationStreamId, midtermReviewStreamId, targetTableStreamId, type Actor } from '@app/domain';
import { departmentHistory, draftDepartment, submitDepartment } from '../../libs/domain/test/department-targets-workflow.js';
import {
  departmentEvaluationsProjection,
  departmentTargetsProjection,
  findInbox,
  finalEvaluationsProjection,
  midtermReviewsProjection,
  readCheckpoint,
  targetTablesProjection,
} from '@app/projections';
import { evaluationHistory, execution, explain, key, open, record, submitEvaluation } from '../../libs/domain/test/final-evaluation-workflow.js';
import { assess, midtermHistory, openReview, recordExecution, submitReview } from '../../libs/domain/test/midterm-review-workflow.js';
import {
  approve,
  auditor,
  draft,
  headInOffice,
  headOfOtherSection,
  historyOf,
  office,
  officeOfOtherUnit,
  preparer,
  sectionHead,
  submit,
} from '../../libs/domain/test/target-table-workflow.js';
import type { MidtermReviewCommand } from '@app/domain';
import { appendDecided } from './support/decided-history.js';
import { append } from './support/event-log.js';
import { newEvent } from './support/target-table-events.js';
import { readStoreDialects } from './support/read-stores.js';
import { viewUnderTest } from './support/view-under-test.js';

/** Seed table 3's year: its table, mid-term review and final evaluation, each submitted at its own time. */
const tableSubmittedAt = '2023-02-03T02:00:00.000Z';
const midtermSubmittedAt = '2023-02-01T02:00:00.000Z';
const evaluationSubmittedAt = '2023-02-02T02:00:00.000Z';
const midtermCommands: MidtermReviewCommand[] = [openReview(), assess(), recordExecution(), submitReview()];

describe.each(readStoreDialects)('inbox from the views on $dialect', ({ create }) => {
  const view = viewUnderTest(create, [targetTablesProjection, midtermReviewsProjection, finalEvaluationsProjection, departmentTargetsProjection, departmentEvaluationsProjection]);

  beforeEach(async () => {
    // Each document's commands are one day apart; the last one (its submission) at the time above.
    const at = (last: string, count: number) => (n: number) => new Date(Date.parse(last) - (count - n) * 86_400_000).toISOString();
    const table = [draft(), submit()];
    await appendDecided(view.store, targetTableStreamId(key.fiscalYear, key.projectCode), table, historyOf, at(tableSubmittedAt, table.length));
    await appendDecided(view.store, midtermReviewStreamId(key.fiscalYear, key.projectCode), midtermCommands, midtermHistory, at(midtermSubmittedAt, midtermCommands.length));
    const evaluation = [open(), record(), execution(), explain(), submitEvaluation()];
    await appendDecided(view.store, finalEvaluationStreamId(key.fiscalYear, key.projectCode), evaluation, evaluationHistory, at(evaluationSubmittedAt, evaluation.length));
    await view.caughtUp();
  });

  const inbox = async (caller: Actor) =>
    (await findInbox(view.readStore.db, caller)).map((entry) => `${entry.kind} ${entry.step.step} v${entry.version} ${entry.waitingSince}`);

  /** The mid-term review's section step approved by `by`, at a time after every submission. */
  async function midtermSectionApprovedBy(by: Actor): Promise<void> {
    const commands = [...midtermCommands, { type: 'ApproveMidtermReviewStep' as const, ...key, actor: by, step: 'SECTION' }];
    const approval = midtermHistory(commands).slice(midtermHistory(midtermCommands).length);
    const at = { occurredAt: '2023-02-10T02:00:00.000Z' };
    await append(view.store, midtermReviewStreamId(key.fiscalYear, key.projectCode), ...approval.map((event) => newEvent(event.type, event.data, at)));
    await view.caughtUp();
  }

  it('offers the section head of the owning section all three kinds at the section step, oldest submission first', async () => {
    expect(await inbox(sectionHead)).toEqual([
      `MIDTERM_REVIEW SECTION v1 ${midtermSubmittedAt}`,
      `FINAL_EVALUATION SECTION v1 ${evaluationSubmittedAt}`,
      `TARGET_TABLE_REVIEW SECTION v1 ${tableSubmittedAt}`,
    ]);
    const [midterm, evaluation, table] = await findInbox(view.readStore.db, sectionHead);
    expect([
      midterm?.kind === 'MIDTERM_REVIEW' && midterm.midtermReview.monitoring.review?.stage.status,
      evaluation?.kind === 'FINAL_EVALUATION' && evaluation.finalEvaluation.scorecard.total,
      table?.kind === 'TARGET_TABLE_REVIEW' && table.targetTable.name,
    ]).toEqual(['IN_REVIEW', '89.75', '就业工作经费']);
  });

  it('offers nothing to whoever may not decide the section step: the submitter, the office, another section or unit, an auditor', async () => {
    for (const caller of [preparer, office, headOfOtherSection, officeOfOtherUnit, auditor]) expect([caller.userId, await inbox(caller)]).toEqual([caller.userId, []]);
  });

  it('moves a review to the office once its section step is approved, still waiting since its submission', async () => {
    await midtermSectionApprovedBy(sectionHead);
    expect(await inbox(office)).toEqual([`MIDTERM_REVIEW OFFICE v1 ${midtermSubmittedAt}`]);
    expect(await inbox(sectionHead)).toEqual([`FINAL_EVALUATION SECTION v1 ${evaluationSubmittedAt}`, `TARGET_TABLE_REVIEW SECTION v1 ${tableSubmittedAt}`]);
  });

  it('keeps separation of duties: who decided the section step is not offered the office step', async () => {
    await midtermSectionApprovedBy(headInOffice);
    expect(await inbox(headInOffice)).toEqual([`FINAL_EVALUATION SECTION v1 ${evaluationSubmittedAt}`, `TARGET_TABLE_REVIEW SECTION v1 ${tableSubmittedAt}`]);
    expect(await inbox(office)).toEqual([`MIDTERM_REVIEW OFFICE v1 ${midtermSubmittedAt}`]);
  });

  it('does not offer the submitter what they submitted, though they head the section too', async () => {
    expect(await inbox({ ...preparer, roles: ['PREPARER', 'SECTION_HEAD'] })).toEqual([]);
  });

  it('offers the office the department’s overall targets at the office step of their own chain, and nobody the step they submitted', async () => {
    const submittedAt = '2023-01-15T02:00:00.000Z';
    await appendDecided(view.store, departmentTargetsStreamId(2022, '323001'), [draftDepartment(), submitDepartment()], departmentHistory, () => submittedAt);
    await view.caughtUp();
    expect(await inbox(office)).toEqual([`DEPARTMENT_TARGETS OFFICE v1 ${submittedAt}`]);
    for (const caller of [preparer, sectionHead, officeOfOtherUnit, auditor]) expect((await inbox(caller)).filter((entry) => entry.startsWith('DEPARTMENT'))).toEqual([]);
  });

  it('rebuilds review views written before the awaited-step columns existed', async () => {
    const before = await inbox(sectionHead);
    await view.runner.stop();
    // The shape of the views before this change: no awaited-step columns, checkpoints at the head.
    for (const table of ['midterm_reviews', 'final_evaluations']) await view.readStore.db.schema.alterTable(table).dropColumn('submitted_at').execute();
    expect(await readCheckpoint(view.readStore.db, midtermReviewsProjection.name)).toBe(await view.store.headPosition());
    await view.restart();
    await view.caughtUp();
    expect(await inbox(sectionHead)).toEqual(before);
  });
});
