import { describe, expect, it } from '@jest/globals';
import { scoreDepartmentEvaluation, type DepartmentIndicatorToScore } from '@app/domain';
import { budget, graded, measured, projects, scored } from '../../domain/test/department-evaluation-workflow.js';
import { departmentEvaluationForm } from './department-evaluation-form.js';
import type { FormCell, FormSheet } from './form-sheet.js';

const department = '巨鹿县人力资源和社会保障局';

function at(form: FormSheet, row: number, col: number): FormCell {
  const cell = form.cells.find((candidate) => candidate.row === row && candidate.col === col);
  if (cell === undefined) throw new Error(`no cell at row ${row}, column ${col}`);
  return cell;
}
const texts = (form: FormSheet, row: number, cols: readonly number[]) => cols.map((col) => at(form, row, col).text);

function formOf(indicators: DepartmentIndicatorToScore[]) {
  const scorecard = scoreDepartmentEvaluation({ ...budget, indicators, projects });
  return departmentEvaluationForm({
    fiscalYear: 2022,
    department,
    indicators,
    scorecard,
    explanations: { execution: null, indicators: [{ cause: '疫情推迟一次培训', measure: '次年一季度补足' }] },
    state: { status: '已批准', version: 1 },
    stamp: { position: '77', shownAt: '2023-01-20T01:00:00Z', exportedAt: '2023-01-21T01:00:00Z', exportedBy: '王芳' },
  });
}

/**
 * The worked example of docs/department-evaluation.md: the whole budget 1,000,000.00 (100 万元),
 * 920,000.00 (92 万元) paid; P1 89.75 and P2 99.25 approved, P3 not; five indicators.
 */
describe('部门整体支出绩效自评表 of the worked example', () => {
  const form = formOf([
    scored('我单位开展就业培训 10次', measured('9')),
    scored('享受就业补助人数 300人以上', measured('320')),
    scored('结案率达到 90%以上', measured('81')),
    scored('群众满意度达到 95%以上', measured('96')),
    scored('建设高标准档案室', graded('PARTLY_ACHIEVED', '70')),
  ]);

  it('opens with the title, the year, the department and 单位：万元', () => {
    expect(texts(form, 1, [1])).toEqual(['部门整体支出绩效自评表']);
    expect(texts(form, 2, [1])).toEqual(['（2022年度）']);
    expect(texts(form, 3, [1, 7])).toEqual(['填报单位（盖章）：巨鹿县人力资源和社会保障局', '单位：万元']);
    expect(texts(form, 4, [1, 3])).toEqual(['部门（单位）名称', department]);
  });

  it('prints the whole budget’s execution: 92 of 100 万元, 92.00 %, 10 × 0.92 = 9.20', () => {
    expect(texts(form, 5, [1, 3, 4, 5, 6, 7, 8])).toEqual(['部门预算执行（万元）', '年度预算数', '全年执行数', '分值', '执行率', '得分', '偏差原因及改进措施']);
    expect(texts(form, 6, [3, 4, 5, 6, 7, 8])).toEqual(['100.00', '92.00', '10.00', '92.00%', '9.20', '']);
  });

  it('prints the four parts with their points and scores worked by hand', () => {
    expect(texts(form, 7, [1, 3, 4, 5, 8, 9])).toEqual(['评价内容', '标准分值', '分值', '计分依据', '计分项数', '得分']);
    expect([8, 9, 10, 11].map((row) => texts(form, row, [1, 3, 4, 5, 8, 9]))).toEqual([
      ['预算执行', '10.00', '10.00', '全部预算（各项目支出与基本支出）的执行率', '', '9.20'],
      // 产出: 11.25 + 12.50 + 11.25 + 8.75 = 43.75.
      ['产出', '50.00', '50.00', '部门绩效指标（分项绩效目标）', '4 项', '43.75'],
      // 效益: 30 × 96.875 / 100 = 29.0625.
      ['效益', '30.00', '30.00', '已批准的项目绩效自评总分（按预算加权）', '2 份', '29.06'],
      ['满意度', '10.00', '10.00', '部门绩效指标（分项绩效目标）', '1 项', '10.00'],
    ]);
  });

  it('rolls the project evaluations up both ways: plain (89.75 + 99.25) / 2 = 94.50, by budget 96.88', () => {
    expect(texts(form, 12, [1, 3, 4, 5, 6, 7])).toEqual(['项目绩效自评汇总', '项目数', '已批准', '简单平均分', '按预算加权平均分', '各等级份数']);
    expect(texts(form, 13, [3, 4, 5, 6, 7])).toEqual(['3', '2', '94.50', '96.88', '优 1，良 1，中 0，差 0']);
  });

  it('prints each indicator with target, result, points and score, the part as its 一级指标', () => {
    expect(texts(form, 14, [1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '权重', '分值', '得分', '偏差原因及改进措施']);
    expect([15, 16, 17, 18, 19].map((row) => texts(form, row, [3, 4, 5, 7, 8]))).toEqual([
      ['我单位开展就业培训', '10次', '9', '12.50', '11.25'],
      ['享受就业补助人数', '≥300人', '320', '12.50', '12.50'],
      ['结案率', '≥90%', '81', '12.50', '11.25'],
      ['群众满意度', '≥95%', '96', '10.00', '10.00'],
      ['建设高标准档案室', '建设高标准档案室', '部分达成（70%）', '12.50', '8.75'],
    ]);
    expect(at(form, 15, 9).text).toBe('原因：疫情推迟一次培训；措施：次年一季度补足');
    // 一级 merged over runs of one part: 产出 ×3, 满意度, 产出.
    expect([15, 18, 19].map((row) => [at(form, row, 1).text, at(form, row, 1).rowSpan])).toEqual([
      ['产出指标', 3],
      ['满意度指标', 1],
      ['产出指标', 1],
    ]);
  });

  it('totals 9.20 + 43.75 + 29.0625 + 10.00 = 92.0125 → 92.01, 优, then the signature lines and the stamp; A4 across', () => {
    expect(texts(form, 20, [1, 7, 9])).toEqual(['总分', '92.01', '评价等级：优']);
    expect(texts(form, 22, [1, 4, 7])).toEqual(['填报人：', '审核人：', '填报日期：      年    月    日']);
    expect(form.cells.at(-1)!.text).toBe('数据截至事件位置 77（2023-01-20 09:00）；已批准，第 1 版；王芳 导出于 2023-01-21 09:00（北京时间）');
    expect([form.orientation, form.repeatRows]).toEqual(['landscape', { from: 14, to: 14 }]);
  });
});

describe('部门整体支出绩效自评表 of the seed’s first sub-goal (no 满意度 indicator)', () => {
  const form = formOf([
    scored('我单位开展就业培训 10次', measured('8')),
    scored('享受就业补助人数 300人以上', measured('330')),
    scored('为全县使用公益性岗位人员的单位提供岗位补贴和社保补贴', graded('ACHIEVED', '100')),
    scored('为使用大学生见习岗位人员的单提供岗位补贴', graded('ACHIEVED', '90')),
    scored('为我县灵活就业人员提供社保补贴。', graded('PARTLY_ACHIEVED', '60')),
  ]);

  it('shows 满意度 without points and its 10 given 50 : 30 to 产出 (56.25) and 效益 (33.75), as the total 90.27 says', () => {
    expect([9, 10, 11].map((row) => texts(form, row, [1, 3, 4, 8, 9]))).toEqual([
      ['产出', '50.00', '56.25', '5 项', '48.38'],
      ['效益', '30.00', '33.75', '2 份', '32.70'],
      ['满意度', '10.00', '0.00', '0 项', '—'],
    ]);
    expect(at(form, 11, 5).text).toBe('无可计分的指标，分值按比例调整给其他部分');
    // 9.20 + 48.375 + 32.6953125 = 90.2703125 → 90.27.
    expect(texts(form, 20, [1, 7, 9])).toEqual(['总分', '90.27', '评价等级：优']);
    expect(texts(form, 21, [1, 3])).toEqual(['分值调整', '满意度指标（10 分）没有指标：其分值按现有各组分值比例（50 : 30）分配 —— 产出指标 56.25，效益指标 33.75。']);
  });
});
