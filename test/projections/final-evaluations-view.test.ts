import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { finalEvaluationStreamId, type FinalEvaluationCommand } from '@app/domain';
import type { SqliteEventStore } from '@app/event-store';
import { findFinalEvaluation, findFinalEvaluations, finalEvaluationsProjection, ProjectionRunner, type ReadStore } from '@app/projections';
import { approveEvaluation, evaluationHistory, execution, explain, key, open, record, submitEvaluation } from '../../libs/domain/test/final-evaluation-workflow.js';
import { office, sectionHead } from '../../libs/domain/test/target-table-workflow.js';
import { append, openEventStore } from './support/event-log.js';
import { readStoreDialects, type ReadStoreLocation } from './support/read-stores.js';
import { newEvent } from './support/target-table-events.js';

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

  /** Appends the events the domain decides for the commands, one append per command, as the API would. */
  async function history(commands: FinalEvaluationCommand[]): Promise<void> {
    const streamId = finalEvaluationStreamId(key.fiscalYear, key.projectCode);
    let done = 0;
    for (let i = 1; i <= commands.length; i += 1) {
      const events = evaluationHistory(commands.slice(0, i)).slice(done);
      done += events.length;
      await append(store, streamId, ...events.map((event, n) => newEvent(event.type, event.data, { occurredAt: `2023-01-${String(10 + i).padStart(2, '0')}T0${n}:00:00.000Z` })));
    }
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
