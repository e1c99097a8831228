import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { seedDocumentPath } from '../../apps/api/src/demo/seed-document.js';
import { RunningApi, removeDataDir, setUpDemoDirectory, type Caller, type DemoDirectory } from '../support/running-api.js';

const IMPORT = `mutation Import($input: ImportTargetDocumentInput!) {
  importTargetDocument(input: $input) {
    position
    tables { seq projectCode unitCode outcome reason status anomalies lines { from to } }
  }
}`;

interface ImportPayload {
  importTargetDocument: {
    position: string;
    tables: Array<{ seq: number; projectCode: string; unitCode: string; outcome: string; reason: string | null; status: string | null; anomalies: string[]; lines: { from: number; to: number } }>;
  };
}

const seedText = readFileSync(seedDocumentPath(), 'utf8');

describe('importTargetDocument: who may import what, and what text it reads', () => {
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

  it('refuses a user without an importing role before reading the text: an auditor gets FORBIDDEN, not a syntax error', async () => {
    for (const text of ['会议通知\n请各科室准时参加。', seedText]) {
      const response = await importAs(demo.auditor, { text, fiscalYear: 2030, mode: 'DRAFT' });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(response.errors?.[0]?.message).toBe('导入绩效目标文件为草稿需要科室经办人（PREPARER）、办公室（OFFICE）或管理员（ADMIN）角色：你的角色是 AUDITOR。');
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
    expect(skipped.reason).toMatch(/^无权导入：Importing table 9 \(13052922P005840107159\) as an approved baseline needs the office .* of unit 323003/);
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
