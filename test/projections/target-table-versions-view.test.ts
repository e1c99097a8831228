import { describe, expect, it } from '@jest/globals';
import { findTargetTableVersions, targetTableVersionsProjection, type ProjectionRunnerOptions } from '@app/projections';
import type { NewEvent } from '@app/event-store/event-store.port.js';
import { append } from './support/event-log.js';
import { readStoreDialects } from './support/read-stores.js';
import { viewUnderTest } from './support/view-under-test.js';
import { until } from './support/until.js';
import {
  adjustmentProposed,
  approved,
  baselineImported,
  content,
  drafted,
  office,
  preparer,
  returnedToPreparer,
  revised,
  sectionHead,
  stepApproved,
  streamOf,
  submitted,
  unrelated,
  withdrawn,
} from './support/target-table-events.js';

const key = { projectCode: '13052922P00584010316P', fiscalYear: 2022 };
const at = (day: number) => `2022-02-${String(day).padStart(2, '0')}T08:00:00.000Z`;

const first = content();
const firstRevised = content({ purpose: '就业工作经费（补充依据）' });
const adjustment = content({ purpose: '就业工作经费（调整）', budget: { total: 21_000_000, fiscal: 20_000_000, other: 1_000_000 } });
const adjustmentRevised = { ...adjustment, goals: ['1.健全就业服务体系', '2.提高培训质量'] };

/** Version 1 returned, revised, resubmitted and approved; version 2 proposed, withdrawn once, revised and approved. */
const history: NewEvent[] = [
  drafted(key, first, { occurredAt: at(1) }),
  submitted(key, 1, first, { occurredAt: at(2) }),
  returnedToPreparer(key, 1, '请补充依据', { occurredAt: at(3) }),
  revised(key, 1, { purpose: '就业工作经费（补充依据）' }, { occurredAt: at(4) }),
  submitted(key, 1, firstRevised, { occurredAt: at(5), resubmission: true }),
  stepApproved(key, 1, 0, { occurredAt: at(6) }),
  stepApproved(key, 1, 1, { occurredAt: at(7) }),
  approved(key, 1, firstRevised, { occurredAt: at(7) }),
  adjustmentProposed(key, 2, adjustment, '预算追加', { occurredAt: at(10) }),
  submitted(key, 2, adjustment, { occurredAt: at(11), baselineVersion: 1 }),
  withdrawn(key, 2, { occurredAt: at(12) }),
  revised(key, 2, { goals: adjustmentRevised.goals }, { occurredAt: at(13) }),
  submitted(key, 2, adjustmentRevised, { occurredAt: at(14), baselineVersion: 1 }),
  stepApproved(key, 2, 0, { occurredAt: at(15) }),
  stepApproved(key, 2, 1, { occurredAt: at(16) }),
  approved(key, 2, adjustmentRevised, { occurredAt: at(16), replacedBaselineVersion: 1 }),
];

describe.each(readStoreDialects)('target table versions view on $dialect', ({ create }) => {
  const view = viewUnderTest(create, targetTableVersionsProjection, { following: false });
  const follow = (options?: ProjectionRunnerOptions) => view.follow(options);
  const caughtUp = () => view.caughtUp();

  const versions = () => findTargetTableVersions(view.readStore.db, key.projectCode, key.fiscalYear);

  it.each([1, 3, 100])('keeps one row per version, revisions folded in, each saying how it ended (batches of %d)', async (batchSize) => {
    await follow({ batchSize });
    const positions: bigint[] = [];
    for (const event of history) {
      positions.push(await append(view.store, streamOf(key), event));
      await append(view.store, 'ledger-1', unrelated());
    }
    await caughtUp();

    expect(await versions()).toEqual([
      {
        streamId: streamOf(key),
        ...key,
        version: 1,
        status: 'SUPERSEDED',
        content: firstRevised,
        baselineVersion: null,
        adjustmentReason: null,
        createdAt: at(1),
        createdBy: preparer.userId,
        submittedAt: at(5),
        submittedBy: preparer.userId,
        warnings: [{ code: 'BASIS_MISSING', field: 'indicators[0].basis', message: '指标值确定依据 is empty' }],
        approvedAt: at(7),
        supersededAt: at(16),
        supersededByVersion: 2,
        updatedAt: at(16),
        position: positions.at(-1),
      },
      {
        streamId: streamOf(key),
        ...key,
        version: 2,
        status: 'APPROVED',
        content: adjustmentRevised,
        baselineVersion: 1,
        adjustmentReason: '预算追加',
        createdAt: at(10),
        createdBy: preparer.userId,
        submittedAt: at(14),
        submittedBy: preparer.userId,
        warnings: [{ code: 'BASIS_MISSING', field: 'indicators[0].basis', message: '指标值确定依据 is empty' }],
        approvedAt: at(16),
        supersededAt: null,
        supersededByVersion: null,
        updatedAt: at(16),
        position: positions.at(-1),
      },
    ]);
  });

  it('holds an imported baseline as approved version 1, created by whoever imported it', async () => {
    await follow();
    const position = await append(view.store, streamOf(key), baselineImported(key, first, { occurredAt: at(20) }));
    await caughtUp();
    expect(await versions()).toEqual([
      expect.objectContaining({ version: 1, status: 'APPROVED', content: first, createdAt: at(20), createdBy: office.userId, approvedAt: at(20), submittedAt: null, position }),
    ]);
  });

  it('says how a version stands at each turn of the workflow', async () => {
    await follow();
    const statuses: string[][] = [];
    for (const event of history) {
      await append(view.store, streamOf(key), event);
      await caughtUp();
      statuses.push((await versions()).map((version) => version.status));
    }
    expect(statuses).toEqual([
      ['DRAFT'],
      ['IN_REVIEW'],
      ['RETURNED'],
      ['RETURNED'],
      ['IN_REVIEW'],
      ['IN_REVIEW'],
      ['IN_REVIEW'],
      ['APPROVED'],
      ['APPROVED', 'DRAFT'],
      ['APPROVED', 'IN_REVIEW'],
      ['APPROVED', 'WITHDRAWN'],
      ['APPROVED', 'WITHDRAWN'],
      ['APPROVED', 'IN_REVIEW'],
      ['APPROVED', 'IN_REVIEW'],
      ['APPROVED', 'IN_REVIEW'],
      ['SUPERSEDED', 'APPROVED'],
    ]);
  });

  it('keeps a version in review when the office sends it back to the section step', async () => {
    await follow();
    const toSection = { ...returnedToPreparer(key, 1, '请科室复核', { actor: office }) };
    toSection.data = { ...toSection.data, step: 'OFFICE', role: 'OFFICE', to: 'SECTION', toStepIndex: 0 };
    for (const event of [drafted(key, first), submitted(key, 1, first), stepApproved(key, 1, 0, { actor: sectionHead }), toSection]) {
      await append(view.store, streamOf(key), event);
    }
    await caughtUp();
    expect((await versions()).map((version) => version.status)).toEqual(['IN_REVIEW']);
  });

  it('rebuilds to the same rows from the first event', async () => {
    await follow();
    for (const event of history) await append(view.store, streamOf(key), event);
    await caughtUp();
    const built = await versions();
    await view.runner.rebuild([targetTableVersionsProjection.name]);
    expect(await versions()).toEqual(built);
  });

  it('lists nothing for a table never drafted, and refuses a revision of a version it does not hold', async () => {
    const errors: unknown[] = [];
    await follow({ initialBackoffMs: 5, maxBackoffMs: 20, onError: (error) => errors.push(error) });
    expect(await versions()).toEqual([]);
    await append(view.store, streamOf(key), revised(key, 1, { purpose: 'x' }));
    await until(() => errors.length > 0);
    expect(String(errors[0])).toMatch(/continues version 1 of target-table-2022-13052922P00584010316P, which the versions view does not hold/);
  });
});
