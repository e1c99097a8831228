import { describe, expect, it } from '@jest/globals';
import { finalEvaluationStreamId, type FinalEvaluationCommand } from '@app/domain';
import { findFinalEvaluation, findFinalEvaluations, finalEvaluationsProjection } from '@app/projections';
import { approveEvaluation, evaluationHistory, execution, explain, key, open, record, submitEvaluation } from '../../libs/domain/test/final-evaluation-workflow.js';
import { office, sectionHead } from '../../libs/domain/test/target-table-workflow.js';
import { appendDecided } from './support/decided-history.js';
import { readStoreDialects } from './support/read-stores.js';
import { viewUnderTest } from './support/view-under-test.js';

const approvedCommands: FinalEvaluationCommand[] = [
  open(),
  record(),
  execution(),
  explain(),
  submitEvaluation(),
  approveEvaluation('SECTION', sectionHead),
  approveEvaluation('OFFICE', office),
];

describe.each(readStoreDialects)('final evaluations view on $dialect', ({ create }) => {
  const evaluations = viewUnderTest(create, finalEvaluationsProjection);

  async function history(commands: FinalEvaluationCommand[]): Promise<void> {
    const streamId = finalEvaluationStreamId(key.fiscalYear, key.projectCode);
    await appendDecided(evaluations.store, streamId, commands, evaluationHistory, (n) => `2023-01-${String(10 + n).padStart(2, '0')}T02:00:00.000Z`);
    await evaluations.caughtUp();
  }

  it('keeps the scorecard the domain computes and the approved score', async () => {
    await history(approvedCommands);
    const view = await findFinalEvaluation(evaluations.readStore.db, key.fiscalYear, key.projectCode);
    expect(view?.evaluation.stage.status).toBe('APPROVED');
    expect([view?.scorecard.total, view?.scorecard.grade, view?.evaluation.approved]).toEqual(['89.75', 'GOOD', { version: 1, score: { total: '89.75', grade: 'GOOD' } }]);
    expect(view?.scorecard.rows.map((row) => row.score)).toEqual(['10.00', '11.25', '12.50', '12.50', '13.50', '10.50', '10.00']);
  });

  it('shows an evaluation in progress with what is still missing', async () => {
    await history([open(), record()]);
    const view = await findFinalEvaluation(evaluations.readStore.db, key.fiscalYear, key.projectCode);
    expect([view?.evaluation.stage.status, view?.scorecard.total, view?.scorecard.missing.map((problem) => problem.field)]).toEqual(['DRAFT', null, ['executed']]);
  });

  it('lists a unit’s evaluations and none of another unit', async () => {
    await history(approvedCommands);
    expect((await findFinalEvaluations(evaluations.readStore.db, 2022, { unitCode: '323001' })).map((view) => view.evaluation.projectCode)).toEqual([key.projectCode]);
    expect(await findFinalEvaluations(evaluations.readStore.db, 2022, { unitCode: '323003' })).toEqual([]);
  });

  it('is rebuilt from the log to the same rows', async () => {
    await history(approvedCommands);
    const before = await findFinalEvaluations(evaluations.readStore.db, 2022);
    await evaluations.runner.rebuild('all');
    expect(await findFinalEvaluations(evaluations.readStore.db, 2022)).toEqual(before);
  });
});
