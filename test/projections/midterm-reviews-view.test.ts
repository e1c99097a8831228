import { describe, expect, it } from '@jest/globals';
import { midtermReviewStreamId, type MidtermReviewCommand } from '@app/domain';
import { findMidtermReview, findMidtermReviews, midtermReviewsProjection } from '@app/projections';
import { assess, baseline, key, midtermHistory, openReview, recordExecution } from '../../libs/domain/test/midterm-review-workflow.js';
import { preparer } from '../../libs/domain/test/target-table-workflow.js';
import { appendDecided } from './support/decided-history.js';
import { readStoreDialects } from './support/read-stores.js';
import { viewUnderTest } from './support/view-under-test.js';

const progress: MidtermReviewCommand = { type: 'ReportIndicatorProgress', ...key, actor: preparer, baseline, index: 0, value: '4', asOf: '2022-05-31', note: null };

describe.each(readStoreDialects)('mid-term reviews view on $dialect', ({ create }) => {
  const reviews = viewUnderTest(create, midtermReviewsProjection);

  async function history(commands: MidtermReviewCommand[]): Promise<void> {
    const streamId = midtermReviewStreamId(key.fiscalYear, key.projectCode);
    await appendDecided(reviews.store, streamId, commands, midtermHistory, (n) => `2022-08-0${n}T02:00:00.000Z`);
    await reviews.caughtUp();
  }

  it('shows progress before the review is opened', async () => {
    await history([progress]);
    const view = await findMidtermReview(reviews.readStore.db, key.fiscalYear, key.projectCode);
    expect([view?.monitoring.review, view?.monitoring.progress[0]]).toEqual([null, [{ value: '4', asOf: '2022-05-31', note: null, reportedBy: 'wang.jing' }]]);
  });

  it('keeps the review with its light and at-risk indicators for the dashboard', async () => {
    await history([progress, openReview(), assess(), recordExecution()]);
    const [view] = await findMidtermReviews(reviews.readStore.db, 2022, { unitCode: '323001' });
    expect([view?.monitoring.review?.checkpointDate, view?.monitoring.review?.execution?.light, view?.monitoring.review?.assessments[0]?.behind]).toEqual(['2022-07-31', 'GREEN', true]);
    expect(await findMidtermReviews(reviews.readStore.db, 2022, { unitCode: '323003' })).toEqual([]);
  });

  it('is rebuilt from the log to the same rows', async () => {
    await history([progress, openReview(), assess()]);
    const before = await findMidtermReviews(reviews.readStore.db, 2022);
    await reviews.runner.rebuild('all');
    expect(await findMidtermReviews(reviews.readStore.db, 2022)).toEqual(before);
  });
});
