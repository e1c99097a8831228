import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EventStore } from '@app/event-store';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { demoPassword } from '../../apps/api/src/demo/demo-directory.js';
import { EVENT_STORE } from '../../apps/api/src/storage/storage.tokens.js';
import { dispositionName, download, shown, workbookOf } from '../support/downloads.js';
import { RunningApi, registerPerson, removeDataDir, type Caller } from '../support/running-api.js';

/**
 * GET /exports/target-tables/…: 项目支出绩效目标表 as .xlsx, on the demo data (the seed
 * document's 15 approved tables), opened again with exceljs and read cell by cell as a person
 * reads the printed form.
 */
const table3 = '13052922P00584010316P';
const TABLES = `query($min: String) { targetTables(filter: { fiscalYear: 2022 }, first: 100, minPosition: $min) { edges { node { projectCode unitCode name } } } }`;

describe('target table downloads', () => {
  let api: RunningApi;
  let preparer: Caller;
  let office: Caller;
  let auditor: Caller;
  let officeOf323003: Caller;
  let tables: Array<{ projectCode: string; unitCode: string; name: string }>;

  beforeAll(async () => {
    api = await RunningApi.start({ demoData: true });
    preparer = await api.login('preparer', demoPassword);
    office = await api.login('office', demoPassword);
    auditor = await api.login('auditor', demoPassword);
    const admin = await api.login('demo-admin', demoPassword);
    officeOf323003 = await registerPerson(api, admin, 'office323003', { unitCode: '323003', sectionId: null }, ['OFFICE']);
    const head = String(await api.app.get<EventStore>(EVENT_STORE).headPosition());
    tables = (await api.must<{ targetTables: { edges: Array<{ node: { projectCode: string; unitCode: string; name: string } }> } }>(auditor, TABLES, { min: head })).targetTables.edges.map(
      ({ node }) => node,
    );
  }, 180_000);

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  it('seed table 3 as 项目支出绩效目标表: every field in its cell, amounts in 万元 with two decimals, merged headings, signature lines and the view’s position', async () => {
    const got = await download(api, `/exports/target-tables/2022/${table3}.xlsx`, preparer);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(dispositionName(got.headers.get('content-disposition'))).toBe('2022年_就业工作经费_绩效目标表.xlsx');
    expect(got.headers.get('content-disposition')).toContain(`filename="target-table-2022-${table3}.xlsx"`);
    const workbook = await workbookOf(got.body);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['项目支出绩效目标表']);
    const sheet = workbook.worksheets[0]!;
    const at = (address: string) => shown(sheet, address);

    expect([at('A1'), at('A2'), at('A3'), at('E3')]).toEqual(['项目支出绩效目标表', '（2022年度）', '填报单位（盖章）：323001 巨鹿县人力资源和社会保障局本级', '单位：万元']);
    expect([at('A4'), at('B4'), at('A5'), at('B5')]).toEqual(['项目编码', table3, '项目名称', '就业工作经费']);
    expect([at('A6'), at('B6'), at('C6'), at('D6'), at('E6')]).toEqual(['预算规模及资金用途', '预算数', '其中：财政资金', '其他资金', '资金用途']);
    expect([at('B7'), at('C7'), at('D7'), at('E7')]).toEqual([20, 20, '', '就业工作经费']);
    expect([at('A8'), at('B8'), at('C8'), at('D8'), at('E8')]).toEqual(['资金支出计划（累计）', '3月底', '6月底', '10月底', '12月底']);
    expect([at('B9'), at('C9'), at('D9'), at('E9')]).toEqual([5, 10, 15, 20]);
    for (const address of ['B7', 'C7', 'B9', 'C9', 'D9', 'E9']) expect(sheet.getCell(address).numFmt).toBe('0.00');
    expect([at('A10'), at('B10')]).toEqual(['绩效目标', '1.健全就业服务体系']);
    expect([1, 2, 3, 4, 5, 6].map((col) => sheet.getRow(11).getCell(col).value)).toEqual(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']);
    const indicatorRows = seedTable3.indicators.map((_, index) => [1, 2, 3, 4, 5, 6].map((col) => sheet.getRow(12 + index).getCell(col).value));
    expect(indicatorRows).toEqual(seedTable3.indicators.map((i) => [i.level1, i.level2, i.level3, i.description, i.valueText, i.basis]));
    expect(at(`A${12 + seedTable3.indicators.length}`)).toBe('');

    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(
      expect.arrayContaining(['A1:F1', 'A2:F2', 'A3:D3', 'E3:F3', 'B4:F4', 'B5:F5', 'A6:A7', 'E7:F7', 'A8:A9', 'E9:F9', 'B10:F10', 'A12:A15', 'A16:A17']),
    );
    // 产出指标 over four rows, 效益指标 over two; 二级指标 differ on each row, so none of them is merged.
    expect(merges.filter((range) => /^B1[2-9]/.test(range))).toEqual([]);
    expect(sheet.getCell('D14').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } });
    expect(sheet.getCell('A13').border).toMatchObject({ left: { style: 'thin' } });

    const after = 12 + seedTable3.indicators.length;
    const lines = Array.from({ length: 5 }, (_, n) => sheet.getRow(after + n).values as unknown[]).flat().filter((v) => typeof v === 'string').join(' ');
    expect(lines).toContain('填报人：');
    expect(lines).toContain('审核人：');
    expect(lines).toContain('填报日期：');
    expect(lines).toContain('单位（签章）：');
    expect(lines).toMatch(/数据截至事件位置 \d+（\d{4}-\d{2}-\d{2} \d{2}:\d{2}）；已批准，第 1 版；张经办 导出于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）/);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
  });

  it('a year’s tables in one workbook, a sheet each: the office’s unit, or everything for the auditor', async () => {
    const ofUnit = await download(api, '/exports/target-tables/2022.xlsx?unitCode=323001', office);
    expect(ofUnit.status).toBe(200);
    expect(dispositionName(ofUnit.headers.get('content-disposition'))).toBe('2022年_323001巨鹿县人力资源和社会保障局本级_绩效目标表.xlsx');
    const unitBook = await workbookOf(ofUnit.body);
    const own = tables.filter((table) => table.unitCode === '323001').sort((a, b) => a.projectCode.localeCompare(b.projectCode));
    expect(unitBook.worksheets.map((sheet) => shown(sheet, 'B4'))).toEqual(own.map((table) => table.projectCode));
    expect(unitBook.worksheets.map((sheet) => sheet.name)).toEqual(own.map((table, index) => `${index + 1}.${table.name}`.slice(0, 31)));

    const everything = await workbookOf((await download(api, '/exports/target-tables/2022.xlsx', auditor)).body);
    expect(everything.worksheets).toHaveLength(15);
    expect(new Set(everything.worksheets.map((sheet) => shown(sheet, 'B4')))).toEqual(new Set(tables.map((table) => table.projectCode)));
  });

  it('refuses what the caller may not read exactly as what does not exist, and a unit outside the scope as the list would', async () => {
    const notFound = (code: string) => ({ error: { code: 'NOT_FOUND', message: `没有项目 ${code} 2022 年度的目标表：请检查项目编码和年度，或先起草。` } });
    const unreadable = await download(api, `/exports/target-tables/2022/${table3}.xlsx`, officeOf323003);
    const absent = await download(api, '/exports/target-tables/2022/P-NONE.xlsx', officeOf323003);
    expect([unreadable.status, absent.status]).toEqual([404, 404]);
    expect(JSON.parse(unreadable.body.toString('utf8'))).toEqual(notFound(table3));
    expect(JSON.parse(absent.body.toString('utf8'))).toEqual(notFound('P-NONE'));
    const otherSection = tables.find((table) => table.unitCode === '323003')!;
    expect((await download(api, `/exports/target-tables/2022/${otherSection.projectCode}.json`, preparer)).status).toBe(404);

    const otherUnit = await download(api, '/exports/target-tables/2022.xlsx?unitCode=323003', preparer);
    expect(otherUnit.status).toBe(403);
    expect(JSON.parse(otherUnit.body.toString('utf8')).error.code).toBe('FORBIDDEN');
    expect((await download(api, '/exports/target-tables/2021.xlsx', office)).status).toBe(404);
  });

  it('needs a valid token, and names nothing else than .xlsx and .json', async () => {
    const anonymous = await download(api, `/exports/target-tables/2022/${table3}.xlsx`);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body.toString('utf8')).error.code).toBe('UNAUTHENTICATED');
    expect((await download(api, `/exports/target-tables/2022/${table3}.xlsx`, { token: 'not-a-token' })).status).toBe(401);
    expect((await download(api, `/exports/target-tables/2022/${table3}.pdf`, preparer)).status).toBe(404);
    expect((await download(api, `/exports/target-tables/22/${table3}.xlsx`, preparer)).status).toBe(404);
  });

  it('.json gives the same form as a grid for the print view', async () => {
    const got = await download(api, `/exports/target-tables/2022/${table3}.json`, preparer);
    expect(got.status).toBe(200);
    const body = JSON.parse(got.body.toString('utf8')) as { fileName: string; sheets: Array<{ orientation: string; cells: Array<{ row: number; col: number; text: string; colSpan?: number }> }> };
    expect(body.fileName).toBe('2022年_就业工作经费_绩效目标表.xlsx');
    const cell = (row: number, col: number) => body.sheets[0]!.cells.find((c) => c.row === row && c.col === col)?.text;
    expect([cell(1, 1), cell(7, 2), cell(9, 5), cell(12, 1)]).toEqual(['项目支出绩效目标表', '20.00', '20.00', '产出指标']);
  });
});
