import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { parseTargetDocument, scoreDepartmentEvaluation } from '@app/domain';
import { departmentEvaluationForm, departmentTargetsForm, departmentTargetsFormInputOfPartOne, type FormSheet } from '@app/forms';
import { budget, graded, measured, projects, scored } from '../../../../libs/domain/test/department-evaluation-workflow.js';
import { seedDocumentPath } from '../demo/seed-document.js';
import { writeWorkbook } from './xlsx-workbook.js';

/** The forms as the download writes them, opened again as a person's spreadsheet program does. */
async function reopened(form: FormSheet): Promise<ExcelJS.Worksheet> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeWorkbook([form], out, { creator: 'test', title: form.title });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

const value = (sheet: ExcelJS.Worksheet, address: string) => sheet.getCell(address).value ?? '';
const values = (sheet: ExcelJS.Worksheet, addresses: readonly string[]) => addresses.map((address) => value(sheet, address));
const merges = (sheet: ExcelJS.Worksheet) => (sheet.model as unknown as { merges: string[] }).merges;
const department = '巨鹿县人力资源和社会保障局';

describe('部门（单位）整体绩效目标表 written to .xlsx', () => {
  it('of the seed’s part one reads back: title, the overall goal, each sub-goal’s indicator sentences, the safeguards, merged as printed', async () => {
    const { overall } = parseTargetDocument(readFileSync(seedDocumentPath(), 'utf8')).document;
    const sheet = await reopened(departmentTargetsForm(departmentTargetsFormInputOfPartOne(overall, 2022, department)));
    expect(sheet.name).toBe('部门（单位）整体绩效目标表');
    expect(values(sheet, ['A1', 'A2', 'A3', 'E3', 'A4', 'B4'])).toEqual([
      '部门（单位）整体绩效目标表',
      '（2022年度）',
      '填报单位（盖章）：巨鹿县人力资源和社会保障局',
      '单位：万元',
      '部门（单位）名称',
      department,
    ]);
    expect(values(sheet, ['A7', 'B7'])).toEqual(['总体绩效目标', overall.goal]);
    // Sub-goals from rows 8, 17 and 23: name, goal, heading, then a sentence a row in column E.
    [8, 17, 23].forEach((first, index) => {
      const subGoal = overall.subGoals[index]!;
      expect(values(sheet, [`A${first}`, `C${first}`, `C${first + 1}`])).toEqual([`分项绩效目标${index + 1}`, subGoal.title, subGoal.goal]);
      expect(subGoal.indicators.map((_, i) => value(sheet, `E${first + 3 + i}`))).toEqual(subGoal.indicators);
    });
    expect(overall.subGoals.flatMap((subGoal) => subGoal.indicators)).toHaveLength(11);
    expect(values(sheet, ['D12', 'F12'])).toEqual(['享受就业补助人数', '≥300人']);
    expect([31, 32, 33, 34, 35].map((row) => values(sheet, [`B${row}`, `C${row}`, `D${row}`]))).toEqual(
      overall.safeguards.map((safeguard, index) => [index + 1, safeguard.title, safeguard.text]),
    );
    expect(merges(sheet)).toEqual(
      expect.arrayContaining(['A1:F1', 'A3:D3', 'E3:F3', 'B4:F4', 'A5:A6', 'B7:F7', 'A8:A16', 'C8:F8', 'B11:B15', 'C11:C15', 'A17:A22', 'A23:A30', 'A31:A35', 'D31:F31']),
    );
    expect(sheet.getCell('E12').border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
    expect(sheet.pageSetup.orientation).toBe('portrait');
  });

  it('prints the budget in 万元 with two decimals, holding every fen', async () => {
    const sheet = await reopened(
      departmentTargetsForm({
        ...departmentTargetsFormInputOfPartOne({ goal: '做好就业创业工作。', subGoals: [{ title: '就业', goal: '保障就业。', indicators: ['享受就业补助人数 300人以上'] }], safeguards: [] }, 2022, department),
        budget: { totalFen: 866_456_789n, projectsFen: 743_000_000n, basicFen: 123_456_789n },
      }),
    );
    expect(values(sheet, ['B5', 'D5', 'F5'])).toEqual(['资金总额', '其中：项目支出', '其中：基本支出']);
    expect(values(sheet, ['B6', 'D6', 'F6'])).toEqual([866.456789, 743, 123.456789]);
    expect(['B6', 'D6', 'F6'].map((address) => sheet.getCell(address).numFmt)).toEqual(['0.00', '0.00', '0.00']);
    expect(values(sheet, ['D11', 'E11', 'F11'])).toEqual(['享受就业补助人数', '享受就业补助人数 300人以上', '≥300人']);
  });
});

describe('部门整体支出绩效自评表 written to .xlsx', () => {
  it('reads back the worked example’s figures: 9.20 + 43.75 + 29.0625 + 10.00 = 92.01, 优, both roll-ups, merged as printed', async () => {
    const indicators = [
      scored('我单位开展就业培训 10次', measured('9')),
      scored('享受就业补助人数 300人以上', measured('320')),
      scored('结案率达到 90%以上', measured('81')),
      scored('群众满意度达到 95%以上', measured('96')),
      scored('建设高标准档案室', graded('PARTLY_ACHIEVED', '70')),
    ];
    const scorecard = scoreDepartmentEvaluation({ ...budget, indicators, projects });
    const sheet = await reopened(departmentEvaluationForm({ fiscalYear: 2022, department, indicators, scorecard, state: null, stamp: null }));
    expect(values(sheet, ['A1', 'A3', 'G3', 'C4'])).toEqual(['部门整体支出绩效自评表', '填报单位（盖章）：巨鹿县人力资源和社会保障局', '单位：万元', department]);
    // 100 万元 budget, 92 万元 paid, as numbers shown with two decimals.
    expect(values(sheet, ['C6', 'D6', 'E6', 'F6', 'G6'])).toEqual([100, 92, '10.00', '92.00%', '9.20']);
    expect([8, 9, 10, 11].map((row) => values(sheet, [`A${row}`, `D${row}`, `I${row}`]))).toEqual([
      ['预算执行', '10.00', '9.20'],
      ['产出', '50.00', '43.75'],
      ['效益', '30.00', '29.06'],
      ['满意度', '10.00', '10.00'],
    ]);
    expect(values(sheet, ['C13', 'D13', 'E13', 'F13', 'G13'])).toEqual([3, 2, '94.50', '96.88', '优 1，良 1，中 0，差 0']);
    expect(values(sheet, ['C19', 'D19', 'E19', 'G19', 'H19'])).toEqual(['建设高标准档案室', '建设高标准档案室', '部分达成（70%）', '12.50', '8.75']);
    expect(values(sheet, ['A20', 'G20', 'I20'])).toEqual(['总分', '92.01', '评价等级：优']);
    expect(merges(sheet)).toEqual(expect.arrayContaining(['A1:I1', 'A3:F3', 'G3:I3', 'C4:I4', 'A5:B6', 'H6:I6', 'A7:B7', 'E8:G8', 'A12:B13', 'G13:I13', 'A15:A17', 'A20:F20', 'G20:H20']));
    expect(sheet.pageSetup.orientation).toBe('landscape');
  });
});
