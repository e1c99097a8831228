import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { seedDocumentPath } from '../../apps/api/src/demo/seed-document.js';
import { RunningApi, removeDataDir, setUpDemoDirectory, type Caller, type DemoDirectory } from '../support/running-api.js';

const IMPORT = `mutation Import($input: ImportTargetDocumentInput!) {
  importTargetDocument(input: $input) {
    documentSha256 fiscalYear mode position
    tables { seq projectCode name unitCode sectionId outcome reason status anomalies lines { from to } position }
    failures { seq title line message }
  }
}`;
const TABLES = `query Tables($filter: TargetTableFilter, $min: String) {
  targetTables(filter: $filter, first: 100, minPosition: $min) { totalCount edges { node { projectCode status sectionId } } }
}`;
const TABLE = `query Table($code: String!, $year: Int!, $min: String) {
  targetTable(projectCode: $code, fiscalYear: $year, minPosition: $min) {
    status statusLabel version sectionId name baseline { version name } importedFrom { name documentSha256 lines { from to } }
  }
}`;

interface TableResult {
  seq: number;
  projectCode: string;
  name: string;
  unitCode: string;
  sectionId: string | null;
  outcome: string;
  reason: string | null;
  status: string | null;
  anomalies: string[];
  lines: { from: number; to: number };
  position: string | null;
}
interface ImportPayload {
  importTargetDocument: { documentSha256: string; fiscalYear: number; mode: string; position: string; tables: TableResult[]; failures: Array<{ seq: number | null; line: number; message: string }> };
}

const seedText = readFileSync(seedDocumentPath(), 'utf8');
const seedLines = seedText.split('\n');
/** The seed without the indicator header of table 1. */
const headerless = seedText.replace('一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据', '');
/** Only table 3 (就业工作经费) of unit 323001, lines 260–352 of the seed. */
const table3Only = seedLines.slice(259, 352).join('\n');

const TRAIL = `query($filter: AuditTrailFilter, $min: String) {
  auditTrail(filter: $filter, order: OLDEST_FIRST, minPosition: $min) { edges { node { kind label summary eventType } } }
}`;

describe('importTargetDocument over GraphQL', () => {
  let api: RunningApi;
  let demo: DemoDirectory;

  beforeAll(async () => {
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
  });

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  const importAs = (caller: Caller, input: Record<string, unknown>) => api.graphql<ImportPayload>(IMPORT, { input }, caller);
  const countOf = async (caller: Caller, filter: Record<string, unknown>, min?: string) =>
    (await api.must<{ targetTables: { totalCount: number } }>(caller, TABLES, { filter, min })).targetTables.totalCount;

  it('imports the seed as approved 2022 baselines: 15 tables created, approved, marked with their document and lines', async () => {
    const response = await importAs(demo.admin, { text: seedText, fiscalYear: 2022, mode: 'APPROVED', sourceName: 'seed.txt' });
    expect(response.errors).toBeUndefined();
    const payload = response.data!.importTargetDocument;
    expect(payload.documentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(payload.tables).toHaveLength(15);
    expect(payload.tables.map((table) => [table.outcome, table.status])).toEqual(Array(15).fill(['CREATED', 'APPROVED']));
    expect(payload.tables.filter((table) => table.unitCode === '323003').map((table) => table.seq)).toEqual([9, 10, 11, 12, 13, 14, 15]);
    expect(payload.tables[2]).toMatchObject({ seq: 3, projectCode: '13052922P00584010316P', name: '就业工作经费', lines: { from: 260, to: 352 } });
    // The importer's own checks pass table 3; the review assistant names its 就业人数登记率 described as 失业人数 (docs/review-assistant.md).
    expect(payload.tables[2]!.anomalies).toEqual([expect.stringMatching(/^审核提示（第 3 项指标（第 \d+ 行）的绩效指标描述）：.*失业/u)]);
    expect(payload.tables[9]!.anomalies.length).toBeGreaterThan(0);
    expect(payload.position).toBe(payload.tables.map((table) => BigInt(table.position!)).reduce((a, b) => (a > b ? a : b)).toString());

    expect(await countOf(demo.auditor, { fiscalYear: 2022, status: 'APPROVED' }, payload.position)).toBe(15);
    const table3 = await api.must<{ targetTable: any }>(demo.auditor, TABLE, { code: '13052922P00584010316P', year: 2022, min: payload.position });
    expect(table3.targetTable).toEqual({
      status: 'APPROVED',
      statusLabel: '已批准',
      version: 1,
      sectionId: null,
      name: '就业工作经费',
      baseline: { version: 1, name: '就业工作经费' },
      importedFrom: { name: 'seed.txt', documentSha256: payload.documentSha256, lines: { from: 260, to: 352 } },
    });
    const trail = await api.must<{ auditTrail: any }>(demo.auditor, TRAIL, { filter: { projectCode: '13052922P00584010316P', fiscalYear: 2022 }, min: payload.position });
    expect(trail.auditTrail.edges.map((edge: any) => edge.node)).toEqual([
      {
        kind: 'IMPORT',
        label: '导入基线',
        eventType: 'TargetTableBaselineImported',
        summary: '把「就业工作经费」第 1 版记为已批准的基线，导入自 seed.txt（第 260–352 行）',
      },
    ]);
  });

  it('changes nothing when the same document is imported again: every table UNCHANGED at the same position', async () => {
    const first = await importAs(demo.admin, { text: seedText, fiscalYear: 2022, mode: 'APPROVED', sourceName: 'seed.txt' });
    const second = await importAs(demo.admin, { text: seedText, fiscalYear: 2022, mode: 'APPROVED', sourceName: 'seed.txt' });
    expect(second.errors).toBeUndefined();
    const tables = second.data!.importTargetDocument.tables;
    expect(tables.map((table) => table.outcome)).toEqual(Array(15).fill('UNCHANGED'));
    expect(tables.map((table) => table.position)).toEqual(first.data!.importTargetDocument.tables.map((table) => table.position));
    expect(second.data!.importTargetDocument.position).toBe(first.data!.importTargetDocument.position);
  });

  it('imports drafts for the owning section: a preparer’s own section by default', async () => {
    const response = await importAs(demo.preparer, { text: table3Only, fiscalYear: 2023, mode: 'DRAFT', sourceName: 'table3.txt' });
    expect(response.errors).toBeUndefined();
    const [table] = response.data!.importTargetDocument.tables;
    expect(table).toMatchObject({ seq: 3, outcome: 'CREATED', status: 'DRAFT', sectionId: 'employment', lines: { from: 1, to: 93 } });
    const stored = await api.must<{ targetTable: any }>(demo.preparer, TABLE, { code: table!.projectCode, year: 2023, min: table!.position });
    expect(stored.targetTable).toMatchObject({ status: 'DRAFT', sectionId: 'employment', baseline: null, importedFrom: { name: 'table3.txt', lines: { from: 1, to: 93 } } });
    const trail = await api.must<{ auditTrail: any }>(demo.auditor, TRAIL, { filter: { projectCode: table!.projectCode, fiscalYear: 2023 }, min: table!.position });
    expect(trail.auditTrail.edges.map((edge: any) => edge.node.summary)).toEqual([
      '为单位 323001 编制「就业工作经费」第 1 版，导入自 table3.txt（第 1–93 行）',
    ]);

    const again = await importAs(demo.preparer, { text: table3Only, fiscalYear: 2023, mode: 'DRAFT', sourceName: 'table3.txt' });
    expect(again.data!.importTargetDocument.tables.map((t) => [t.outcome, t.position])).toEqual([['UNCHANGED', table!.position]]);
  });

  it('skips, with the reason, a table that exists otherwise, and imports the rest', async () => {
    const response = await importAs(demo.admin, { text: seedText, fiscalYear: 2023, mode: 'APPROVED', sourceName: 'seed.txt' });
    expect(response.errors).toBeUndefined();
    const tables = response.data!.importTargetDocument.tables;
    expect(tables.filter((table) => table.outcome === 'CREATED')).toHaveLength(14);
    expect(tables[2]).toMatchObject({ outcome: 'SKIPPED', status: 'DRAFT' });
    expect(tables[2]!.reason).toContain('已存在，且与文档中的不同：该目标表是第 1 版草稿');
  });

  it('refuses a document that cannot be read whole, naming the table and line, and stores nothing', async () => {
    const before = await countOf(demo.auditor, { fiscalYear: 2024 });
    const response = await importAs(demo.admin, { text: headerless, fiscalYear: 2024, mode: 'APPROVED' });
    expect(response.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(response.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'tables[1]', message: expect.stringMatching(/^第 1 张表（冀财社2021年 153号.*）第 142 行：.*没有指标表头/) },
    ]);
    expect(await countOf(demo.auditor, { fiscalYear: 2024 })).toBe(before);
  });

  it('refuses unrelated text with VALIDATION', async () => {
    const response = await importAs(demo.admin, { text: '会议通知\n请各科室准时参加。', fiscalYear: 2024, mode: 'APPROVED' });
    expect(response.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(response.errors?.[0]?.message).toContain('没有找到项目绩效目标表');
  });

  it('imports the tables that could be read when asked to, listing what could not', async () => {
    const response = await importAs(demo.admin, { text: headerless, fiscalYear: 2024, mode: 'APPROVED', importValidOnly: true });
    expect(response.errors).toBeUndefined();
    const payload = response.data!.importTargetDocument;
    expect(payload.tables.map((table) => table.seq)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(payload.failures).toEqual([expect.objectContaining({ seq: 1, line: 142 })]);
    expect(await countOf(demo.auditor, { fiscalYear: 2024 }, payload.position)).toBe(14);
  });

  it('checks a document without storing anything when asked for a dry run: each table READY with its lines and anomalies, what could not be read by line', async () => {
    const response = await importAs(demo.admin, { text: headerless, fiscalYear: 2026, mode: 'DRAFT', dryRun: true });
    expect(response.errors).toBeUndefined();
    const payload = response.data!.importTargetDocument;
    expect(payload.tables.map((table) => [table.seq, table.outcome, table.position])).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((seq) => [seq, 'READY', null]));
    expect(payload.tables[1]).toMatchObject({ seq: 3, projectCode: '13052922P00584010316P', lines: { from: 260, to: 352 }, status: null });
    expect(payload.tables[8]!.anomalies.length).toBeGreaterThan(0);
    expect(payload.failures).toEqual([expect.objectContaining({ seq: 1, line: 142 })]);
    expect(await countOf(demo.auditor, { fiscalYear: 2026 })).toBe(0);
  });

  it('is FORBIDDEN to a user without an importing role, and to an office for another unit’s tables, storing nothing', async () => {
    const auditor = await importAs(demo.auditor, { text: seedText, fiscalYear: 2025, mode: 'APPROVED' });
    expect(auditor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(auditor.errors?.[0]?.message).toBe('导入绩效目标文件为已批准的历史基线需要办公室（OFFICE）或管理员（ADMIN）角色：你的角色是 审计（AUDITOR）。');
    const preparer = await importAs(demo.preparer, { text: seedText, fiscalYear: 2025, mode: 'APPROVED' });
    expect(preparer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const office = await importAs(demo.office, { text: seedText, fiscalYear: 2025, mode: 'APPROVED' });
    expect(office.errors?.[0]?.message).toContain('把第 9 张表（13052922P005840107159）导入为已批准的基线需要单位 323003 的办公室（OFFICE）');
    expect(await countOf(demo.auditor, { fiscalYear: 2025 })).toBe(0);
  });

  it('refuses a user without an importing role before reading the text: an auditor gets FORBIDDEN, not a syntax error', async () => {
    for (const text of ['会议通知\n请各科室准时参加。', seedText]) {
      const response = await importAs(demo.auditor, { text, fiscalYear: 2030, mode: 'DRAFT' });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(response.errors?.[0]?.message).toBe('导入绩效目标文件为草稿需要科室经办人（PREPARER）、办公室（OFFICE）或管理员（ADMIN）角色：你的角色是 审计（AUDITOR）。');
    }
  });

  it('lets an office import its own unit’s tables of the published document with importValidOnly, the other unit’s SKIPPED with the reason', async () => {
    const whole = await importAs(demo.office, { text: seedText, fiscalYear: 2031, mode: 'APPROVED' });
    expect(whole.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const response = await importAs(demo.office, { text: seedText, fiscalYear: 2031, mode: 'APPROVED', importValidOnly: true });
    expect(response.errors).toBeUndefined();
    const { tables } = response.data!.importTargetDocument;
    expect(tables.map((table) => [table.seq, table.unitCode, table.outcome])).toEqual(
      tables.map((table) => [table.seq, table.unitCode, table.unitCode === '323001' ? 'CREATED' : 'SKIPPED']),
    );
    expect(tables.filter((table) => table.outcome === 'CREATED')).toHaveLength(8);
    const skipped = tables.find((table) => table.seq === 9)!;
    expect(skipped).toMatchObject({ status: null });
    expect(skipped.reason).toMatch(/^无权导入：把第 9 张表（13052922P005840107159）导入为已批准的基线需要单位 323003 的办公室（OFFICE）/);
  });

  it('reports every repeated table of a document that holds its tables twice', async () => {
    const lines = seedText.split('\n');
    const twice = [...lines, ...lines.slice(103)].join('\n');
    const response = await importAs(demo.admin, { text: twice, fiscalYear: 2032, mode: 'APPROVED' });
    expect(response.errors).toBeUndefined();
    const { tables } = response.data!.importTargetDocument;
    expect(tables).toHaveLength(30);
    const repeats = tables.filter((table) => table.anomalies.some((anomaly) => anomaly.startsWith('重复的表')));
    expect(repeats.map((table) => [table.outcome, table.lines.from > lines.length])).toEqual(Array(15).fill(['UNCHANGED', true]));
  });

  it.each([
    ['GBK read as UTF-8 (replacement characters)', seedText.replace(/绩效目标/gu, '\uFFFD\uFFFD\uFFFD')],
    ['UTF-16 read as UTF-8 (NUL between the letters)', [...seedText.slice(0, 2000)].join('\u0000')],
  ])('says that a text that was %s is not UTF-8 (NOT_UTF8), storing nothing', async (_, text) => {
    const response = await importAs(demo.admin, { text, fiscalYear: 2033, mode: 'APPROVED' });
    expect(response.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(response.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'text', code: 'NOT_UTF8', message: expect.stringMatching(/^不是 UTF-8 编码的文本（.*）：文件可能是 GBK、GB18030 或 UTF-16 编码。/) },
    ]);
  });
});
