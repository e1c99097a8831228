import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { finalEvaluationStreamId, type FinalEvaluationCommand } from '@app/domain';
import type { SqliteEventStore } from '@app/event-store';
import { findFinalEvaluation, findFinalEvaluations, finalEvaluationsProjection, ProjectionRunner, type ReadStore } from '@app/projections';
import { approveEvaluation, evaluationHistory, execution, explain, key, open, record, submitEvaluation } from '../../libs/domain/test/final-evaluation-workflow.js';
import { office, sectionHead } from '../../libs/domain/test/target-table-workflow.js';
import { appendDecided } from './support/decided-history.js';
import { openEventStore } from './support/event-log.js';
import { readStoreDialects, type ReadStoreLocation } from './support/read-stores.js';

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
  let location: ReadStoreLocation;
  let store: SqliteEventStore;
  let readStore: ReadStore;
  let runner: ProjectionRunner;

  beforeEach(async () => {
    location = await create();
    store = openEventStore(location.dataDir);
    readStore = location.open();
    runner = new ProjectionRunner(store, readStore, [finalEvaluationsProjection]);
    await runner.start();
  });

  afterEach(async () => {
    await runner.stop();
    await store.close();
    await location.dispose();
  });

  async function history(commands: FinalEvaluationCommand[]): Promise<void> {
    const streamId = finalEvaluationStreamId(key.fiscalYear, key.projectCode);
    await appendDecided(store, streamId, commands, evaluationHistory, (n) => `2023-01-${String(10 + n).padStart(2, '0')}T02:00:00.000Z`);
    expect(await runner.waitFor((await store.headPosition())!, 5000)).toBe(true);
  }

  it('keeps the scorecard the domain computes and the approved score', async () => {
    await history(approvedCommands);
    const view = await findFinalEvaluation(readStore.db, key.fiscalYear, key.projectCode);
    expect(view?.evaluation.stage.status).toBe('APPROVED');
    expect([view?.scorecard.total, view?.scorecard.grade, view?.evaluation.approved]).toEqual(['89.75', 'GOOD', { version: 1, score: { total: '89.75', grade: 'GOOD' } }]);
    expect(view?.scorecard.rows.map((row) => row.score)).toEqual(['10.00', '11.25', '12.50', '12.50', '13.50', '10.50', '10.00']);
  });

  it('shows an evaluation in progress with what is still missing', async () => {
    await history([open(), record()]);
    const view = await findFinalEvaluation(readStore.db, key.fiscalYear, key.projectCode);
    expect([view?.evaluation.stage.status, view?.scorecard.total, view?.scorecard.missing.map((problem) => problem.field)]).toEqual(['DRAFT', null, ['executed']]);
  });

  it('lists a unit’s evaluations and none of another unit', async () => {
    await history(approvedCommands);
    expect((await findFinalEvaluations(readStore.db, 2022, { unitCode: '323001' })).map((view) => view.evaluation.projectCode)).toEqual([key.projectCode]);
    expect(await findFinalEvaluations(readStore.db, 2022, { unitCode: '323003' })).toEqual([]);
  });

  it('is rebuilt from the log to the same rows', async () => {
    await history(approvedCommands);
    const before = await findFinalEvaluations(readStore.db, 2022);
    await runner.rebuild('all');
    expect(await findFinalEvaluations(readStore.db, 2022)).toEqual(before);
  });
});
