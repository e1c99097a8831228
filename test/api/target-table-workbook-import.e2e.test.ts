import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { EventStore } from '@app/event-store';
import { runImportCommand } from '../../apps/cli/src/import/import-command.js';
import { demoPassword } from '../../apps/api/src/demo/demo-directory.js';
import { EVENT_STORE } from '../../apps/api/src/storage/storage.tokens.js';
import { download, workbookOf } from '../support/downloads.js';
import { RunningApi, removeDataDir, type Caller } from '../support/running-api.js';

/**
 * The 目标表 as Excel comes back in: the demo's 15 approved tables downloaded in one workbook
 * and imported as next year's drafts come out unchanged; a filled template is read into a
 * draft with the text importer's checks, dry run and all-or-nothing, problems named by cell.
 */
const IMPORT = `mutation($input: ImportTargetTableWorkbookInput!) { importTargetTableWorkbook(input: $input) {
  fiscalYear documentSha256 position tables { seq projectCode name unitCode sectionId outcome reason anomalies } failures { cell line message }
} }`;
const CONTENT = 'name unitCode unitName budget { total fiscal other } purpose spendingPlan { mar jun oct dec } goals indicators { level1 level2 level3 description valueText basis }';
const TABLES = (year: number) => `query($min: String) { targetTables(filter: { fiscalYear: ${year} }, first: 100, minPosition: $min) { edges { node { projectCode ${CONTENT} } } } }`;

describe('目标表 workbooks imported', () => {
  let api: RunningApi;
  let admin: Caller;
  let auditor: Caller;
  let preparer: Caller;
  let yearBook: Buffer;

  beforeAll(async () => {
    api = await RunningApi.start({ demoData: true });
    admin = await api.login('demo-admin', demoPassword);
    auditor = await api.login('auditor', demoPassword);
    preparer = await api.login('preparer', demoPassword);
    yearBook = (await download(api, '/exports/target-tables/2022.xlsx', auditor)).body;
  }, 180_000);

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  const head = async () => String(await api.app.get<EventStore>(EVENT_STORE).headPosition());
  const tablesOf = async (year: number) =>
    (await api.must<{ targetTables: { edges: Array<{ node: Record<string, unknown> & { projectCode: string } }> } }>(auditor, TABLES(year), { min: await head() })).targetTables.edges
      .map(({ node }) => node)
      .sort((a, b) => a.projectCode.localeCompare(b.projectCode));
  const importing = (caller: Caller, contentBase64: string, more: Record<string, unknown>) =>
    api.graphql<{ importTargetTableWorkbook: any }>(IMPORT, { input: { contentBase64, mode: 'DRAFT', sourceName: 'book.xlsx', ...more } }, caller);

  it('round trip: the 15 seed tables downloaded and imported again (as 2023 drafts) are unchanged, and a second import changes nothing', async () => {
    const content = yearBook.toString('base64');
    const dry = await importing(admin, content, { fiscalYear: 2023, dryRun: true });
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importTargetTableWorkbook.failures).toEqual([]);
    expect(dry.data!.importTargetTableWorkbook.tables.map((table: { outcome: string }) => table.outcome)).toEqual(Array(15).fill('READY'));
    expect(await tablesOf(2023)).toEqual([]);

    const imported = await importing(admin, content, { fiscalYear: 2023 });
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importTargetTableWorkbook.tables.map((table: { outcome: string }) => table.outcome)).toEqual(Array(15).fill('CREATED'));
    const before = await tablesOf(2022);
    const after = await tablesOf(2023);
    expect(after).toHaveLength(15);
    expect(after).toEqual(before);

    const again = await importing(admin, content, { fiscalYear: 2023 });
    expect(again.data!.importTargetTableWorkbook.tables.map((table: { outcome: string }) => table.outcome)).toEqual(Array(15).fill('UNCHANGED'));
  });

  it('a filled template becomes a draft of the preparer’s section; a wrong cell refuses the whole file, naming the cell', async () => {
    const template = await download(api, '/exports/target-tables/template.xlsx?fiscalYear=2024', preparer);
    expect(template.status).toBe(200);
    const book = await workbookOf(template.body);
    const sheet = book.worksheets[0]!;
    expect([sheet.getCell('A2').value, sheet.getCell('A3').value, sheet.getCell('B4').value]).toEqual(['（2024年度）', '填报单位（盖章）：323001 巨鹿县人力资源和社会保障局本级', null]);
    const fill: Record<string, string | number> = {
      B4: 'P2024001', B5: '职业技能培训补贴', B7: 12.5, C7: 12.5, E7: '职业技能培训补贴', B9: 3, C9: 6, D9: 9, E9: 12.5, B10: '1.开展职业技能培训\n2.提高就业技能',
      A12: '产出指标', B12: '数量指标', C12: '培训人数', D12: '培训人数', E12: '≥300人', F12: '县委县政府工作安排',
      B13: '成本指标', C13: '人均培训补贴', D13: '人均培训补贴', E13: '≤1500元', F13: '行业标准',
      A14: '效益指标', B14: '社会效益指标', C14: '就业率', D14: '培训后就业率', E14: '≥80%', F14: '县委县政府工作安排',
      A15: '满意度指标', B15: '服务对象满意度指标', C15: '满意率', D15: '满意率', E15: '≥95%', F15: '调查问卷',
    };
    for (const [address, value] of Object.entries(fill)) sheet.getCell(address).value = value;
    const filled = Buffer.from(await book.xlsx.writeBuffer());

    const wrong = await workbookOf(filled);
    wrong.worksheets[0]!.getCell('B7').value = '十二万';
    const refused = await importing(preparer, Buffer.from(await wrong.xlsx.writeBuffer()).toString('base64'), {});
    expect(refused.data).toBeNull();
    expect(refused.errors![0]!.extensions!.code).toBe('VALIDATION');
    const problems = refused.errors![0]!.extensions!.problems as Array<{ field: string; message: string }>;
    expect(problems.map((problem) => problem.field)).toContain('tables[1].budget.total');
    expect(problems.find((problem) => problem.field === 'tables[1].budget.total')!.message).toContain('项目支出绩效目标表!B7');
    expect(await tablesOf(2024)).toEqual([]);

    const imported = await importing(preparer, filled.toString('base64'), {});
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importTargetTableWorkbook).toMatchObject({ fiscalYear: 2024, tables: [{ projectCode: 'P2024001', outcome: 'CREATED', unitCode: '323001', sectionId: 'employment' }] });
    const [draft] = await tablesOf(2024);
    expect(draft).toMatchObject({
      name: '职业技能培训补贴',
      budget: { total: '125000.00', fiscal: '125000.00', other: '0.00' },
      spendingPlan: { mar: '30000.00', jun: '60000.00', oct: '90000.00', dec: '125000.00' },
      goals: ['1.开展职业技能培训', '2.提高就业技能'],
    });
    expect((draft!.indicators as Array<{ level1: string; level3: string }>).map((i) => `${i.level1}/${i.level3}`)).toEqual(['产出指标/培训人数', '产出指标/人均培训补贴', '效益指标/就业率', '满意度指标/满意率']);
  });

  it('a sheet that is not the form is named by its cell; a file that is no workbook is refused in words', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1').getCell('A1').value = '随便写的';
    const notAForm = await importing(admin, Buffer.from(await book.xlsx.writeBuffer()).toString('base64'), { fiscalYear: 2025 });
    expect(notAForm.errors![0]!.extensions!.problems).toEqual([expect.objectContaining({ field: 'Sheet1!A1' })]);
    const garbage = await importing(admin, Buffer.from('不是工作簿').toString('base64'), { fiscalYear: 2025 });
    expect(garbage.errors![0]!.extensions!.code).toBe('VALIDATION');
    expect(garbage.errors![0]!.message).toContain('.xlsx');
  });

  it('npm run import -- book.xlsx --dry-run --json reads the workbook as the API does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pt-xlsx-'));
    try {
      const file = join(dir, '2022年_全部单位_绩效目标表.xlsx');
      writeFileSync(file, yearBook);
      const out: string[] = [];
      const err: string[] = [];
      const code = await runImportCommand([file, '--dry-run', '--json'], { out: (line) => out.push(line), err: (line) => err.push(line) }, { DATA_DIR: dir });
      expect([code, err]).toEqual([0, []]);
      const document = JSON.parse(out.join('\n')) as { fiscalYear: number; projects: Array<{ code: string }> };
      expect(document.fiscalYear).toBe(2022);
      expect(document.projects).toHaveLength(15);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
