import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  findTargetTable,
  InvalidCursorError,
  listTargetTables,
  readCheckpoint,
  targetTablesProjection,
  type ProjectionRunnerOptions,
} from '@app/projections';
import { append } from './support/event-log.js';
import { readStoreDialects } from './support/read-stores.js';
import { viewUnderTest } from './support/view-under-test.js';
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
  seedSource,
  stepApproved,
  streamOf,
  submitted,
  unrelated,
  withdrawn,
  type TableKey,
} from './support/target-table-events.js';
import type { NewEvent } from '@app/event-store/event-store.port.js';
import { mayReadTargetTable, targetTableReadScope } from '@app/domain/common/read-scope.js';
import { until } from './support/until.js';

describe.each(readStoreDialects)('target table view on $dialect', ({ create }) => {
  const view = viewUnderTest(create, targetTablesProjection);
  const caughtUp = () => view.caughtUp();
  /** Follows the log from here on with other runner options, e.g. small batches. */
  const follow = (options: ProjectionRunnerOptions) => view.follow(options);

  it('serves a drafted and revised table with who did what when', async () => {
    const key = { projectCode: '13052922P00584010316P', fiscalYear: 2022 };
    const reviser = { ...preparer, userId: 'user-preparer-2' };
    const first = content();
    const second = content({
      name: '就业工作经费（调整）',
      sectionId: 'section-office',
      budget: { total: 72_300_000, fiscal: 70_000_000, other: 2_300_000 },
    });
    await append(view.store, streamOf(key), drafted(key, first, { occurredAt: '2022-01-10T08:00:00.000Z' }));
    await append(view.store, 'disbursements-1', unrelated());
    const last = await append(
      view.store,
      streamOf(key),
      revised(
        key,
        2,
        { name: '就业工作经费（调整）', sectionId: 'section-office', budget: { total: 72_300_000, fiscal: 70_000_000, other: 2_300_000 } },
        { actor: reviser, occurredAt: '2022-01-11T09:30:00.000Z' },
      ),
    );
    await caughtUp();

    expect(await findTargetTable(view.readStore.db, key.projectCode, key.fiscalYear)).toEqual({
      streamId: streamOf(key),
      projectCode: key.projectCode,
      fiscalYear: 2022,
      unitCode: '323001',
      unitName: '巨鹿县人力资源和社会保障局本级',
      sectionId: 'section-office',
      name: '就业工作经费（调整）',
      status: 'DRAFT',
      version: 2,
      revision: 1,
      budgetTotalFen: 72_300_000,
      budgetFiscalFen: 70_000_000,
      budgetOtherFen: 2_300_000,
      content: second,
      currentStep: null,
      submittedAt: null,
      submittedBy: null,
      submitters: [],
      decisions: [],
      lastReturn: null,
      warnings: [],
      baseline: null,
      importedFrom: null,
      createdAt: '2022-01-10T08:00:00.000Z',
      createdBy: preparer.userId,
      updatedAt: '2022-01-11T09:30:00.000Z',
      updatedBy: 'user-preparer-2',
      position: last,
    });
    expect(await findTargetTable(view.readStore.db, key.projectCode, 2023)).toBeUndefined();
  });

  it('merges a revision applied in a later batch than its draft over the stored row', async () => {
    const key = { projectCode: '13052922P00584010316P', fiscalYear: 2022 };
    const reviser = { ...preparer, userId: 'user-preparer-2' };
    await append(view.store, streamOf(key), drafted(key, content(), { occurredAt: '2022-01-10T08:00:00.000Z' }));
    await caughtUp();
    await append(view.store, streamOf(key), revised(key, 1, { purpose: '就业培训及补贴' }, { actor: reviser, occurredAt: '2022-01-11T09:30:00.000Z' }));
    await caughtUp();
    expect(await findTargetTable(view.readStore.db, key.projectCode, key.fiscalYear)).toMatchObject({
      name: '就业工作经费',
      revision: 1,
      content: content({ purpose: '就业培训及补贴' }),
      createdAt: '2022-01-10T08:00:00.000Z',
      createdBy: preparer.userId,
      updatedAt: '2022-01-11T09:30:00.000Z',
      updatedBy: 'user-preparer-2',
    });

    const budget = { total: 72_300_000, fiscal: 70_000_000, other: 2_300_000 };
    const last = await append(view.store, streamOf(key), revised(key, 1, { budget, goals: ['1.健全就业服务体系', '2.提高培训质量'] }));
    await caughtUp();
    expect(await findTargetTable(view.readStore.db, key.projectCode, key.fiscalYear)).toMatchObject({
      name: '就业工作经费',
      revision: 2,
      budgetTotalFen: 72_300_000,
      budgetFiscalFen: 70_000_000,
      budgetOtherFen: 2_300_000,
      content: content({ purpose: '就业培训及补贴', budget, goals: ['1.健全就业服务体系', '2.提高培训质量'] }),
      createdAt: '2022-01-10T08:00:00.000Z',
      position: last,
    });
  });

  it.each([1, 2, 3, 100])('folds interleaved drafts and revisions of several tables into the same rows in batches of %d', async (batchSize) => {
    await follow({ batchSize });
    const a = { projectCode: 'P-A', fiscalYear: 2022 };
    const b = { projectCode: 'P-A', fiscalYear: 2023 };
    const c = { projectCode: 'P-C', fiscalYear: 2022 };
    const budget = { total: 1_000_000, fiscal: 600_000, other: 400_000 };
    // Appended one by one, so that each event may land in a batch of its own.
    const appended = [
      [a, drafted(a, content({ name: '甲' }))],
      [b, drafted(b, content({ name: '乙' }))],
      [a, revised(a, 1, { purpose: '甲的用途' })],
      ['ledger-1', unrelated()],
      [b, revised(b, 1, { name: '乙（调整）', sectionId: null })],
      [a, revised(a, 1, { budget, purpose: '甲的用途（二）' })],
      [c, drafted(c, content({ name: '丙' }))],
      [b, revised(b, 2, { sectionId: 'section-office' })],
      [c, revised(c, 1, { goals: [] })],
    ] as const;
    for (const [stream, event] of appended) await append(view.store, typeof stream === 'string' ? stream : streamOf(stream), event);
    await caughtUp();

    const contents = async (key: TableKey) => (await findTargetTable(view.readStore.db, key.projectCode, key.fiscalYear))!;
    expect(await contents(a)).toMatchObject({
      name: '甲',
      version: 1,
      revision: 2,
      budgetTotalFen: 1_000_000,
      content: content({ name: '甲', purpose: '甲的用途（二）', budget }),
    });
    expect(await contents(b)).toMatchObject({
      name: '乙（调整）',
      sectionId: 'section-office',
      version: 2,
      revision: 2,
      content: content({ name: '乙（调整）', sectionId: 'section-office' }),
    });
    expect(await contents(c)).toMatchObject({ name: '丙', revision: 1, content: content({ name: '丙', goals: [] }) });
  });

  /** Table 3 through its whole workflow: returned once, approved, then adjusted. */
  function workflow(key: TableKey): Array<[string, NewEvent]> {
    const first = content();
    const fixed = content({ purpose: '就业培训及补贴' });
    const adjusted = content({ name: '就业工作经费（调整）', purpose: '就业培训及补贴' });
    return [
      ['drafted', drafted(key, first, { occurredAt: '2022-01-10T08:00:00.000Z' })],
      ['submitted', submitted(key, 1, first, { occurredAt: '2022-01-11T08:00:00.000Z' })],
      ['returned', returnedToPreparer(key, 1, '补充指标值确定依据', { occurredAt: '2022-01-12T08:00:00.000Z' })],
      ['revised', revised(key, 1, { purpose: '就业培训及补贴' }, { occurredAt: '2022-01-13T08:00:00.000Z' })],
      ['resubmitted', submitted(key, 1, fixed, { resubmission: true, occurredAt: '2022-01-14T08:00:00.000Z' })],
      ['section approved', stepApproved(key, 1, 0, { comment: '同意', occurredAt: '2022-01-15T08:00:00.000Z' })],
      ['office approved', stepApproved(key, 1, 1, { occurredAt: '2022-01-16T08:00:00.000Z' })],
      ['approved', approved(key, 1, fixed, { occurredAt: '2022-01-16T08:00:00.000Z' })],
      ['adjusting', adjustmentProposed(key, 2, adjusted, '预算调整', { occurredAt: '2022-06-01T08:00:00.000Z' })],
      ['adjustment submitted', submitted(key, 2, adjusted, { baselineVersion: 1, occurredAt: '2022-06-02T08:00:00.000Z' })],
    ];
  }

  it('follows the workflow: status, current step, decisions with times, the return, warnings and the baseline', async () => {
    const key = { projectCode: '13052922P00584010316P', fiscalYear: 2022 };
    const find = async () => (await findTargetTable(view.readStore.db, key.projectCode, key.fiscalYear))!;
    const steps = new Map(workflow(key));
    const step = async (name: string) => {
      await append(view.store, streamOf(key), steps.get(name)!);
      await caughtUp();
      return find();
    };
    await step('drafted');
    expect(await step('submitted')).toMatchObject({
      status: 'IN_REVIEW',
      currentStep: { step: 'SECTION', role: 'SECTION_HEAD' },
      submittedAt: '2022-01-11T08:00:00.000Z',
      submittedBy: preparer.userId,
      submitters: [preparer.userId],
      decisions: [],
      warnings: [{ code: 'BASIS_MISSING', field: 'indicators[0].basis' }],
      baseline: null,
    });
    expect(await step('returned')).toMatchObject({
      status: 'RETURNED',
      currentStep: null,
      submittedAt: null,
      decisions: [{ decision: 'RETURNED', step: 'SECTION', stepLabel: '科室负责人审核', role: 'SECTION_HEAD', by: sectionHead.userId, at: '2022-01-12T08:00:00.000Z', comment: '补充指标值确定依据', to: 'PREPARER' }],
      lastReturn: { step: 'SECTION', by: sectionHead.userId, reason: '补充指标值确定依据', to: 'PREPARER', at: '2022-01-12T08:00:00.000Z' },
    });
    expect(await step('revised')).toMatchObject({ status: 'RETURNED', content: content({ purpose: '就业培训及补贴' }) });
    expect(await step('resubmitted')).toMatchObject({ status: 'IN_REVIEW', decisions: [], currentStep: { step: 'SECTION' }, submittedAt: '2022-01-14T08:00:00.000Z' });
    expect(await step('section approved')).toMatchObject({
      status: 'IN_REVIEW',
      currentStep: { step: 'OFFICE', role: 'OFFICE' },
      decisions: [{ decision: 'APPROVED', step: 'SECTION', stepLabel: '科室负责人审核', by: sectionHead.userId, at: '2022-01-15T08:00:00.000Z', comment: '同意', to: null }],
      lastReturn: { reason: '补充指标值确定依据' },
    });
    await step('office approved');
    const approvedTable = await step('approved');
    expect(approvedTable).toMatchObject({ status: 'APPROVED', version: 1, currentStep: null, baseline: { version: 1, content: content({ purpose: '就业培训及补贴' }) } });
    expect(approvedTable.decisions.map((decision) => [decision.step, decision.by])).toEqual([
      ['SECTION', sectionHead.userId],
      ['OFFICE', office.userId],
    ]);
    expect(await step('adjusting')).toMatchObject({
      status: 'ADJUSTING',
      version: 2,
      name: '就业工作经费（调整）',
      decisions: [],
      warnings: [],
      baseline: { version: 1, content: content({ purpose: '就业培训及补贴' }) },
    });
    expect(await step('adjustment submitted')).toMatchObject({
      status: 'IN_REVIEW',
      version: 2,
      content: { name: '就业工作经费（调整）' },
      baseline: { version: 1, content: { name: '就业工作经费' } },
    });
  });

  it.each([1, 2, 3, 100])('folds the workflow of several tables into the same rows in batches of %d', async (batchSize) => {
    await follow({ batchSize });
    const a = { projectCode: 'P-A', fiscalYear: 2022 };
    const b = { projectCode: 'P-B', fiscalYear: 2022 };
    const ofA = workflow(a);
    const ofB = workflow(b).slice(0, 6);
    for (let i = 0; i < ofA.length; i++) {
      await append(view.store, streamOf(a), ofA[i]![1]);
      if (i < ofB.length) await append(view.store, streamOf(b), ofB[i]![1]);
    }
    const c = { projectCode: 'P-C', fiscalYear: 2022 };
    await append(view.store, streamOf(c), drafted(c, content()));
    await append(view.store, streamOf(c), submitted(c, 1, content()));
    await append(view.store, streamOf(c), withdrawn(c, 1));
    await caughtUp();
    expect(await findTargetTable(view.readStore.db, 'P-A', 2022)).toMatchObject({ status: 'IN_REVIEW', version: 2, revision: 9, baseline: { version: 1 } });
    expect(await findTargetTable(view.readStore.db, 'P-B', 2022)).toMatchObject({
      status: 'IN_REVIEW',
      currentStep: { step: 'OFFICE' },
      decisions: [{ decision: 'APPROVED', step: 'SECTION', comment: '同意' }],
      lastReturn: { reason: '补充指标值确定依据' },
    });
    expect(await findTargetTable(view.readStore.db, 'P-C', 2022)).toMatchObject({ status: 'DRAFT', currentStep: null, submittedAt: null, baseline: null });
    expect(keysOf((await listTargetTables(view.readStore.db, { currentStep: 'OFFICE' })).rows)).toEqual(['2022/P-B']);
    expect(keysOf((await listTargetTables(view.readStore.db, { status: 'IN_REVIEW' })).rows)).toEqual(['2022/P-A', '2022/P-B']);
  });

  it('rebuilds, in batches that split every workflow, to the rows the log gave when followed one event at a time', async () => {
    // Three tables' workflows interleaved, plus events of no table: a rebuild keeps each
    // table's state in memory from one batch to the next where following reads its row back.
    const keys = ['P-1', 'P-2', 'P-3'].map((projectCode) => ({ projectCode, fiscalYear: 2022 }));
    const workflows = keys.map((key) => workflow(key).map(([, event]) => event));
    await follow({ batchSize: 1 });
    for (let round = 0; round < workflows[0]!.length + keys.length - 1; round += 1) {
      for (const [table, key] of keys.entries()) {
        const event = workflows[table]![round - table];
        if (event !== undefined) await append(view.store, streamOf(key), event);
      }
      await append(view.store, 'disbursements-1', unrelated());
    }
    await caughtUp();
    const rows = () => view.readStore.db.selectFrom('target_tables').selectAll().orderBy('project_code').execute();
    const followed = await rows();
    expect(followed.map((row) => [row.project_code, row.status, row.revision])).toEqual(keys.map(({ projectCode }) => [projectCode, 'IN_REVIEW', 9]));

    for (const rebuildBatchSize of [3, 4, 7]) {
      await follow({ rebuildBatchSize });
      await view.runner.rebuild('all');
      expect(await rows()).toEqual(followed);
    }
  });

  const keysOf = (rows: Array<TableKey>) => rows.map((row) => `${row.fiscalYear}/${row.projectCode}`);

  it('drops a view written before the workflow columns existed and rebuilds it from the log', async () => {
    const key = { projectCode: 'P-OLD', fiscalYear: 2022 };
    await append(view.store, streamOf(key), drafted(key, content()));
    await append(view.store, streamOf(key), submitted(key, 1, content()));
    await caughtUp();
    await view.runner.stop();
    // The shape of the view before this change: no workflow columns, checkpoint at the head.
    await view.readStore.db.schema.dropTable('target_tables').execute();
    await view.readStore.db.schema
      .createTable('target_tables')
      .addColumn('fiscal_year', 'integer')
      .addColumn('project_code', 'text')
      .addColumn('status', 'text')
      .execute();
    expect(await readCheckpoint(view.readStore.db, targetTablesProjection.name)).toBe(await view.store.headPosition());

    await follow({});
    await caughtUp();
    expect(await findTargetTable(view.readStore.db, key.projectCode, key.fiscalYear)).toMatchObject({ status: 'IN_REVIEW', currentStep: { step: 'SECTION' } });
  });

  it('serves an imported baseline as approved version 1 marked with its document and lines, through a later adjustment too', async () => {
    const key = { projectCode: 'P-IMPORTED', fiscalYear: 2022 };
    const printed = content();
    await append(view.store, streamOf(key), baselineImported(key, printed, { occurredAt: '2022-03-01T08:00:00.000Z' }));
    await caughtUp();
    expect(await findTargetTable(view.readStore.db, key.projectCode, key.fiscalYear)).toMatchObject({
      status: 'APPROVED',
      version: 1,
      content: printed,
      baseline: { version: 1, content: printed },
      importedFrom: seedSource,
      createdAt: '2022-03-01T08:00:00.000Z',
      createdBy: office.userId,
    });

    await append(view.store, streamOf(key), adjustmentProposed(key, 2, content({ name: '就业工作经费（调整）' }), '年中调整'));
    await caughtUp();
    expect(await findTargetTable(view.readStore.db, key.projectCode, key.fiscalYear)).toMatchObject({
      status: 'ADJUSTING',
      version: 2,
      baseline: { version: 1, content: printed },
      importedFrom: seedSource,
    });
  });

  it('marks a draft imported from a document with the source in its metadata', async () => {
    const key = { projectCode: 'P-IMPORTED-DRAFT', fiscalYear: 2022 };
    await append(view.store, streamOf(key), drafted(key, content(), { metadata: { source: seedSource } }));
    await caughtUp();
    expect(await findTargetTable(view.readStore.db, key.projectCode, key.fiscalYear)).toMatchObject({ status: 'DRAFT', importedFrom: seedSource });
  });

  it('adds the imported_from column to a view written before it, keeping its rows', async () => {
    const key = { projectCode: 'P-BEFORE-IMPORT', fiscalYear: 2022 };
    await append(view.store, streamOf(key), drafted(key, content()));
    await caughtUp();
    await view.runner.stop();
    await view.readStore.db.schema.alterTable('target_tables').dropColumn('imported_from').execute();

    await follow({});
    const imported = { projectCode: 'P-AFTER-IMPORT', fiscalYear: 2022 };
    await append(view.store, streamOf(imported), baselineImported(imported, content()));
    await caughtUp();
    expect(await findTargetTable(view.readStore.db, key.projectCode, key.fiscalYear)).toMatchObject({ status: 'DRAFT', importedFrom: null });
    expect(await findTargetTable(view.readStore.db, imported.projectCode, imported.fiscalYear)).toMatchObject({ importedFrom: seedSource });
  });

  it('refuses a revision of a table it does not hold, and moves on with none of the batch applied', async () => {
    const errors: unknown[] = [];
    await follow({ batchSize: 1, initialBackoffMs: 5, maxBackoffMs: 20, onError: (error) => errors.push(error) });
    const key = { projectCode: 'P-ORPHAN', fiscalYear: 2022 };
    const before = await append(view.store, 'ledger-1', unrelated());
    await caughtUp();
    await append(view.store, streamOf(key), revised(key, 1, { purpose: '没有草稿的修改' }));
    await until(() => errors.length >= 2);
    expect(String(errors[0])).toContain(`TargetTableDraftRevised at position ${before + 1n} revises ${streamOf(key)}, which the target table view does not hold`);
    expect(await readCheckpoint(view.readStore.db, targetTablesProjection.name)).toBe(before);
    expect(await findTargetTable(view.readStore.db, key.projectCode, key.fiscalYear)).toBeUndefined();
  });

  describe('listTargetTables', () => {
    const tables: Array<TableKey & { unitCode: string; sectionId: string | null; name: string }> = [
      { projectCode: 'P-A', fiscalYear: 2022, unitCode: '323001', sectionId: 'employment', name: '就业工作经费' },
      { projectCode: 'P-B', fiscalYear: 2022, unitCode: '323001', sectionId: 'office', name: '办公经费' },
      { projectCode: 'P-C', fiscalYear: 2022, unitCode: '323003', sectionId: null, name: 'Social Insurance 经费' },
      { projectCode: 'P-A', fiscalYear: 2023, unitCode: '323001', sectionId: 'employment', name: '就业工作经费' },
      { projectCode: 'P-D', fiscalYear: 2023, unitCode: '323003', sectionId: 'employment', name: '100%_达标 专项' },
      { projectCode: 'P-E', fiscalYear: 2021, unitCode: '323001', sectionId: 'office', name: '人才引进经费' },
    ];

    beforeEach(async () => {
      for (const { unitCode, sectionId, name, ...key } of tables) {
        await append(view.store, streamOf(key), drafted(key, content({ unitCode, sectionId, name })));
      }
      await caughtUp();
    });

    const keysOf = (rows: Array<TableKey>) => rows.map((row) => `${row.fiscalYear}/${row.projectCode}`);

    it('orders by fiscal year descending, then project code', async () => {
      const page = await listTargetTables(view.readStore.db);
      expect(keysOf(page.rows)).toEqual(['2023/P-A', '2023/P-D', '2022/P-A', '2022/P-B', '2022/P-C', '2021/P-E']);
      expect(page).toMatchObject({ totalCount: 6, hasNextPage: false });
    });

    it('pages with an opaque cursor until the last page', async () => {
      const seen: string[] = [];
      let after: string | undefined;
      const pages: Array<{ size: number; hasNextPage: boolean; totalCount: number }> = [];
      for (;;) {
        const page = await listTargetTables(view.readStore.db, {}, { first: 4, after });
        seen.push(...keysOf(page.rows));
        pages.push({ size: page.rows.length, hasNextPage: page.hasNextPage, totalCount: page.totalCount });
        if (!page.hasNextPage) break;
        after = page.endCursor!;
        expect(after).not.toContain('P-');
      }
      expect(pages).toEqual([
        { size: 4, hasNextPage: true, totalCount: 6 },
        { size: 2, hasNextPage: false, totalCount: 6 },
      ]);
      expect(seen).toEqual(['2023/P-A', '2023/P-D', '2022/P-A', '2022/P-B', '2022/P-C', '2021/P-E']);
    });

    it('keeps a page boundary inside a fiscal year stable', async () => {
      const first = await listTargetTables(view.readStore.db, {}, { first: 3 });
      const second = await listTargetTables(view.readStore.db, {}, { first: 3, after: first.endCursor! });
      expect(keysOf(second.rows)).toEqual(['2022/P-B', '2022/P-C', '2021/P-E']);
      expect(second.hasNextPage).toBe(false);
      const beyond = await listTargetTables(view.readStore.db, {}, { first: 3, after: second.endCursor! });
      expect(beyond).toEqual({ rows: [], totalCount: 6, hasNextPage: false, endCursor: null });
    });

    it.each([
      [{ unitCode: '323003' }, ['2023/P-D', '2022/P-C']],
      [{ sectionId: 'employment' }, ['2023/P-A', '2023/P-D', '2022/P-A']],
      [{ fiscalYear: 2022 }, ['2022/P-A', '2022/P-B', '2022/P-C']],
      [{ status: 'DRAFT', unitCode: '323001', fiscalYear: 2022 }, ['2022/P-A', '2022/P-B']],
      [{ status: 'APPROVED' }, []],
      [{ nameContains: '工作' }, ['2023/P-A', '2022/P-A']],
      [{ nameContains: 'social insurance' }, ['2022/P-C']],
      [{ nameContains: '%_' }, ['2023/P-D']],
      [{ nameContains: '_' }, ['2023/P-D']],
    ])('filters by %j', async (filter, expected) => {
      const page = await listTargetTables(view.readStore.db, filter);
      expect(keysOf(page.rows)).toEqual(expected);
      expect(page.totalCount).toBe(expected.length);
    });

    const reader = (roles: string[], unitCode: string | null, sectionId: string | null = null) => ({ userId: 'reader', roles, unitCode, sectionId });
    it.each([
      ['the office of 323001', reader(['OFFICE'], '323001'), ['2023/P-A', '2022/P-A', '2022/P-B', '2021/P-E']],
      ['a preparer of employment in 323003', reader(['PREPARER'], '323003', 'employment'), ['2023/P-D', '2022/P-C']],
      ['a section head of 323003 in no section', reader(['SECTION_HEAD'], '323003'), ['2022/P-C']],
      ['a leader and preparer of section office in 323003', reader(['LEADER', 'PREPARER'], '323003', 'office'), ['2023/P-D', '2022/P-C']],
      ['an auditor', reader(['AUDITOR'], '323001'), ['2023/P-A', '2023/P-D', '2022/P-A', '2022/P-B', '2022/P-C', '2021/P-E']],
      ['someone without a reading role', reader(['PREPARER'], null, 'employment'), []],
    ])('lists for %s only the tables the domain lets them read', async (_, actor, expected) => {
      const scope = targetTableReadScope(actor);
      const page = await listTargetTables(view.readStore.db, { readableIn: scope });
      expect(keysOf(page.rows)).toEqual(expected);
      expect(page.totalCount).toBe(expected.length);
      const readable = tables.filter((table) => mayReadTargetTable(scope, table));
      expect(keysOf(page.rows).sort()).toEqual(keysOf(readable).sort());
    });

    it('counts the whole filter while paging inside it', async () => {
      const first = await listTargetTables(view.readStore.db, { unitCode: '323001' }, { first: 2 });
      const second = await listTargetTables(view.readStore.db, { unitCode: '323001' }, { first: 2, after: first.endCursor! });
      expect([...keysOf(first.rows), ...keysOf(second.rows)]).toEqual(['2023/P-A', '2022/P-A', '2022/P-B', '2021/P-E']);
      expect([first.totalCount, second.totalCount]).toEqual([4, 4]);
      expect([first.hasNextPage, second.hasNextPage]).toEqual([true, false]);
    });

    it.each([
      ['not base64 at all', '!!!'],
      ['base64 of something else', Buffer.from('hello').toString('base64url')],
      ['a cursor of another shape', Buffer.from(JSON.stringify({ fiscalYear: 2022 })).toString('base64url')],
      ['a year that is not a whole number', Buffer.from(JSON.stringify([2022.5, 'P-A'])).toString('base64url')],
      ['a cursor with extra characters', `${Buffer.from(JSON.stringify([2022, 'P-A'])).toString('base64url')}$`],
    ])('rejects %s as a cursor', async (_, cursor) => {
      const attempt = listTargetTables(view.readStore.db, {}, { after: cursor });
      await expect(attempt).rejects.toBeInstanceOf(InvalidCursorError);
      await expect(attempt).rejects.toThrow(/was not issued by the target table list/);
    });
  });

  it('gives 20 rows unless asked, and never more than 100', async () => {
    const events = Array.from({ length: 101 }, (_, i) => {
      const key = { projectCode: `BULK${String(i).padStart(3, '0')}`, fiscalYear: 2024 };
      return { key, event: drafted(key, content()) };
    });
    for (const { key, event } of events) await append(view.store, streamOf(key), event);
    await caughtUp();

    const byDefault = await listTargetTables(view.readStore.db);
    expect(byDefault.rows).toHaveLength(20);
    expect(byDefault).toMatchObject({ totalCount: 101, hasNextPage: true });
    const capped = await listTargetTables(view.readStore.db, {}, { first: 500 });
    expect(capped.rows).toHaveLength(100);
    expect(capped.hasNextPage).toBe(true);
    await expect(listTargetTables(view.readStore.db, {}, { first: -1 })).rejects.toThrow(RangeError);
  });
});
