import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { SqliteEventStore } from '@app/event-store';
import {
  findTargetTable,
  InvalidCursorError,
  listTargetTables,
  ProjectionRunner,
  readCheckpoint,
  targetTablesProjection,
  type ProjectionRunnerOptions,
  type ReadStore,
} from '@app/projections';
import { append, openEventStore } from './support/event-log.js';
import { readStoreDialects, type ReadStoreLocation } from './support/read-stores.js';
import { content, drafted, preparer, revised, streamOf, unrelated, type TableKey } from './support/target-table-events.js';
import { until } from './support/until.js';

describe.each(readStoreDialects)('target table view on $dialect', ({ create }) => {
  let location: ReadStoreLocation;
  let store: SqliteEventStore;
  let readStore: ReadStore;
  let runner: ProjectionRunner;

  beforeEach(async () => {
    location = await create();
    store = openEventStore(location.dataDir);
    readStore = location.open();
    runner = new ProjectionRunner(store, readStore, [targetTablesProjection]);
    await runner.start();
  });

  afterEach(async () => {
    await runner.stop();
    await store.close();
    await location.dispose();
  });

  async function caughtUp(): Promise<void> {
    expect(await runner.waitFor((await store.headPosition())!, 5000)).toBe(true);
  }

  /** Follows the log from here on with other runner options, e.g. small batches. */
  async function follow(options: ProjectionRunnerOptions): Promise<void> {
    await runner.stop();
    runner = new ProjectionRunner(store, readStore, [targetTablesProjection], options);
    await runner.start();
  }

  it('serves a drafted and revised table with who did what when', async () => {
    const key = { projectCode: '13052922P00584010316P', fiscalYear: 2022 };
    const reviser = { ...preparer, userId: 'user-preparer-2' };
    const first = content();
    const second = content({
      name: '就业工作经费（调整）',
      sectionId: 'section-office',
      budget: { total: 72_300_000, fiscal: 70_000_000, other: 2_300_000 },
    });
    await append(store, streamOf(key), drafted(key, first, { occurredAt: '2022-01-10T08:00:00.000Z' }));
    await append(store, 'disbursements-1', unrelated());
    const last = await append(
      store,
      streamOf(key),
      revised(
        key,
        2,
        { name: '就业工作经费（调整）', sectionId: 'section-office', budget: { total: 72_300_000, fiscal: 70_000_000, other: 2_300_000 } },
        { actor: reviser, occurredAt: '2022-01-11T09:30:00.000Z' },
      ),
    );
    await caughtUp();

    expect(await findTargetTable(readStore.db, key.projectCode, key.fiscalYear)).toEqual({
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
      createdAt: '2022-01-10T08:00:00.000Z',
      createdBy: preparer.userId,
      updatedAt: '2022-01-11T09:30:00.000Z',
      updatedBy: 'user-preparer-2',
      position: last,
    });
    expect(await findTargetTable(readStore.db, key.projectCode, 2023)).toBeUndefined();
  });

  it('merges a revision applied in a later batch than its draft over the stored row', async () => {
    const key = { projectCode: '13052922P00584010316P', fiscalYear: 2022 };
    const reviser = { ...preparer, userId: 'user-preparer-2' };
    await append(store, streamOf(key), drafted(key, content(), { occurredAt: '2022-01-10T08:00:00.000Z' }));
    await caughtUp();
    await append(store, streamOf(key), revised(key, 1, { purpose: '就业培训及补贴' }, { actor: reviser, occurredAt: '2022-01-11T09:30:00.000Z' }));
    await caughtUp();
    expect(await findTargetTable(readStore.db, key.projectCode, key.fiscalYear)).toMatchObject({
      name: '就业工作经费',
      revision: 1,
      content: content({ purpose: '就业培训及补贴' }),
      createdAt: '2022-01-10T08:00:00.000Z',
      createdBy: preparer.userId,
      updatedAt: '2022-01-11T09:30:00.000Z',
      updatedBy: 'user-preparer-2',
    });

    const budget = { total: 72_300_000, fiscal: 70_000_000, other: 2_300_000 };
    const last = await append(store, streamOf(key), revised(key, 1, { budget, goals: ['1.健全就业服务体系', '2.提高培训质量'] }));
    await caughtUp();
    expect(await findTargetTable(readStore.db, key.projectCode, key.fiscalYear)).toMatchObject({
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
    for (const [stream, event] of appended) await append(store, typeof stream === 'string' ? stream : streamOf(stream), event);
    await caughtUp();

    const contents = async (key: TableKey) => (await findTargetTable(readStore.db, key.projectCode, key.fiscalYear))!;
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

  it('refuses a revision of a table it does not hold, and moves on with none of the batch applied', async () => {
    const errors: unknown[] = [];
    await follow({ batchSize: 1, initialBackoffMs: 5, maxBackoffMs: 20, onError: (error) => errors.push(error) });
    const key = { projectCode: 'P-ORPHAN', fiscalYear: 2022 };
    const before = await append(store, 'ledger-1', unrelated());
    await caughtUp();
    await append(store, streamOf(key), revised(key, 1, { purpose: '没有草稿的修改' }));
    await until(() => errors.length >= 2);
    expect(String(errors[0])).toContain(`TargetTableDraftRevised at position ${before + 1n} revises ${streamOf(key)}, which the target table view does not hold`);
    expect(await readCheckpoint(readStore.db, targetTablesProjection.name)).toBe(before);
    expect(await findTargetTable(readStore.db, key.projectCode, key.fiscalYear)).toBeUndefined();
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
        await append(store, streamOf(key), drafted(key, content({ unitCode, sectionId, name })));
      }
      await caughtUp();
    });

    const keysOf = (rows: Array<TableKey>) => rows.map((row) => `${row.fiscalYear}/${row.projectCode}`);

    it('orders by fiscal year descending, then project code', async () => {
      const page = await listTargetTables(readStore.db);
      expect(keysOf(page.rows)).toEqual(['2023/P-A', '2023/P-D', '2022/P-A', '2022/P-B', '2022/P-C', '2021/P-E']);
      expect(page).toMatchObject({ totalCount: 6, hasNextPage: false });
    });

    it('pages with an opaque cursor until the last page', async () => {
      const seen: string[] = [];
      let after: string | undefined;
      const pages: Array<{ size: number; hasNextPage: boolean; totalCount: number }> = [];
      for (;;) {
        const page = await listTargetTables(readStore.db, {}, { first: 4, after });
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
      const first = await listTargetTables(readStore.db, {}, { first: 3 });
      const second = await listTargetTables(readStore.db, {}, { first: 3, after: first.endCursor! });
      expect(keysOf(second.rows)).toEqual(['2022/P-B', '2022/P-C', '2021/P-E']);
      expect(second.hasNextPage).toBe(false);
      const beyond = await listTargetTables(readStore.db, {}, { first: 3, after: second.endCursor! });
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
      const page = await listTargetTables(readStore.db, filter);
      expect(keysOf(page.rows)).toEqual(expected);
      expect(page.totalCount).toBe(expected.length);
    });

    it('counts the whole filter while paging inside it', async () => {
      const first = await listTargetTables(readStore.db, { unitCode: '323001' }, { first: 2 });
      const second = await listTargetTables(readStore.db, { unitCode: '323001' }, { first: 2, after: first.endCursor! });
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
      const attempt = listTargetTables(readStore.db, {}, { after: cursor });
      await expect(attempt).rejects.toBeInstanceOf(InvalidCursorError);
      await expect(attempt).rejects.toThrow(/was not issued by the target table list/);
    });
  });

  it('gives 20 rows unless asked, and never more than 100', async () => {
    const events = Array.from({ length: 101 }, (_, i) => {
      const key = { projectCode: `BULK${String(i).padStart(3, '0')}`, fiscalYear: 2024 };
      return { key, event: drafted(key, content()) };
    });
    for (const { key, event } of events) await append(store, streamOf(key), event);
    await caughtUp();

    const byDefault = await listTargetTables(readStore.db);
    expect(byDefault.rows).toHaveLength(20);
    expect(byDefault).toMatchObject({ totalCount: 101, hasNextPage: true });
    const capped = await listTargetTables(readStore.db, {}, { first: 500 });
    expect(capped.rows).toHaveLength(100);
    expect(capped.hasNextPage).toBe(true);
    await expect(listTargetTables(readStore.db, {}, { first: -1 })).rejects.toThrow(RangeError);
  });
});
