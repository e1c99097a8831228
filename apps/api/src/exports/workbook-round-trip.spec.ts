import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { parseTargetDocument, readTargetTableInput, targetTableInputOf, type TargetTableContent } from '@app/domain';
import { readTargetTableWorkbook, sheetName, targetTableForm, targetTableTemplate, type FormSheet } from '@app/forms';
import { seedDocumentPath } from '../demo/seed-document.js';
import { writeWorkbook } from './xlsx-workbook.js';
import { workbookSheets } from './xlsx-sheets.js';

async function xlsxOf(sheets: FormSheet[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeWorkbook(sheets, out, { creator: 'test', title: 'test' });
  return Buffer.concat(chunks);
}

function contentOf(input: ReturnType<typeof targetTableInputOf>): TargetTableContent {
  const { content, problems } = readTargetTableInput(input);
  expect(problems).toEqual([]);
  return content!;
}

const seed = parseTargetDocument(readFileSync(seedDocumentPath(), 'utf8')).document.projects;

describe('a 目标表 written to .xlsx and read back', () => {
  it('is unchanged for every one of the seed document’s 15 tables, in one workbook', async () => {
    expect(seed).toHaveLength(15);
    const taken = new Set<string>();
    const forms = seed.map((table) => {
      const name = sheetName(`${table.seq}.${table.name}`, taken);
      taken.add(name);
      return targetTableForm({ projectCode: table.code, fiscalYear: 2022, content: contentOf(targetTableInputOf(table)), state: null, stamp: null, sheet: name });
    });
    const read = readTargetTableWorkbook(await workbookSheets(await xlsxOf(forms)));
    expect(read.failures).toEqual([]);
    expect(read.document.fiscalYear).toBe(2022);
    expect(read.document.projects.map((table) => table.code)).toEqual(seed.map((table) => table.code));
    read.document.projects.forEach((table, index) => {
      expect(contentOf(targetTableInputOf(table))).toEqual(contentOf(targetTableInputOf(seed[index]!)));
      // What the checks find in the table is found again, now named by cell instead of by line.
      for (const anomaly of table.anomalies) expect(anomaly).toContain(`${table.title}!`);
    });
  });

  it('keeps every fen of amounts the form prints to two decimals of 万元', async () => {
    const [first] = seed;
    const content = { ...contentOf(targetTableInputOf(first!)), budget: { total: 1_234_567, fiscal: 1_234_500, other: 67 } };
    const read = readTargetTableWorkbook(await workbookSheets(await xlsxOf([targetTableForm({ projectCode: 'P1', fiscalYear: 2023, content, state: null, stamp: null })])));
    expect(contentOf(targetTableInputOf(read.document.projects[0]!)).budget).toEqual({ total: 1_234_567, fiscal: 1_234_500, other: 67 });
  });

  it('names by cell what cannot be read, and reads an empty template as a table with nothing filled in', async () => {
    const template = targetTableTemplate({ fiscalYear: 2023, unitCode: '323001', unitName: '巨鹿县人力资源和社会保障局本级' });
    const empty = readTargetTableWorkbook(await workbookSheets(await xlsxOf([template])));
    expect(empty.failures).toEqual([{ seq: 1, title: '项目支出绩效目标表', line: 4, cell: '项目支出绩效目标表!B4', message: '项目编码不能为空' }]);

    const notAForm = readTargetTableWorkbook([{ name: 'Sheet1', rowCount: 1, value: () => '随便写的' }]);
    expect(notAForm.failures).toEqual([expect.objectContaining({ cell: 'Sheet1!A1', line: 1 })]);
  });

  it('reports a content problem with the cell it is in', async () => {
    const [first] = seed;
    const form = targetTableForm({ projectCode: 'P1', fiscalYear: 2023, content: contentOf(targetTableInputOf(first!)), state: null, stamp: null, sheet: 'Sheet1' });
    const cells = form.cells.map((cell) => (cell.row === 12 && cell.col === 5 ? { ...cell, text: '' } : cell));
    const read = readTargetTableWorkbook(await workbookSheets(await xlsxOf([{ ...form, cells }])));
    expect(read.document.projects[0]!.anomalies.some((anomaly) => anomaly.includes('Sheet1!E12'))).toBe(true);
  });
});
