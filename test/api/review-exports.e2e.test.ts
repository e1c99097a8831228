import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { messages } from '@app/domain';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { approveSeedTable3, seedTable3Ref } from '../support/approved-seed-table-3.js';
import { dispositionName, download, shown, workbookOf } from '../support/downloads.js';
import { reviewCalls } from '../support/review-calls.js';
import { RunningApi, removeDataDir, setUpDemoDirectory, type DemoDirectory } from '../support/running-api.js';
import { because, workedResults } from '../support/worked-final-evaluation.js';

/**
 * 项目支出绩效运行监控表, 项目支出绩效自评表 and 预算执行情况表 downloaded for seed table 3 after
 * its mid-term review and final evaluation were recorded, read back cell by cell.
 */
const mutation = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { position } }`;
const OPEN_MIDTERM = mutation('openMidtermReview', 'OpenMidtermReviewInput');
const ASSESS = mutation('assessMidtermIndicators', 'AssessMidtermIndicatorsInput');
const MIDTERM_EXECUTION = mutation('recordMidtermExecution', 'MidtermReviewRefInput');
const OPEN_FINAL = mutation('openFinalEvaluation', 'FinalEvaluationRefInput');
const RESULTS = mutation('recordFinalEvaluationResults', 'RecordFinalEvaluationResultsInput');
const FINAL_EXECUTION = mutation('recordFinalEvaluationExecution', 'FinalEvaluationRefInput');
const EXPLAIN = mutation('explainFinalEvaluation', 'ExplainFinalEvaluationInput');
const DISBURSE = `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { position } }`;
const { projectCode, fiscalYear } = seedTable3Ref;
const onTrack = (index: number, reached: string, expectedFullYear: string) => ({ index, reached, expectedFullYear, likelihood: 'CERTAIN' });

describe('review downloads', () => {
  let api: RunningApi;
  let demo: DemoDirectory;
  const { ok } = reviewCalls(() => api, seedTable3Ref);
  // exceljs reads every cell of a merged region as its first cell's value, as Excel shows the region.
  const row = (sheet: import('exceljs').Worksheet, r: number, cols: number) => Array.from({ length: cols }, (_, c) => shown(sheet, `${String.fromCharCode(65 + c)}${r}`));

  beforeAll(async () => {
    api = await RunningApi.start();
    demo = await setUpDemoDirectory(api);
    await approveSeedTable3(api, demo);
    await api.must(demo.office, DISBURSE, { input: { ...seedTable3Ref, amount: '50000.00', date: '2022-06-15', voucherNumber: '记-0615', payee: '巨鹿县就业服务中心' } });
    await ok(demo.preparer, OPEN_MIDTERM, {});
    await ok(demo.preparer, ASSESS, {
      assessments: [
        { index: 0, reached: '6', expectedFullYear: '8', likelihood: 'POSSIBLE', cause: 'STAFFING', measure: '三季度增开两期培训' },
        onTrack(1, '2300', '2400'),
        onTrack(2, '100', '100'),
        onTrack(3, '100', '100'),
        onTrack(4, '成效初显', '效果显著'),
        onTrack(5, '社会稳定', '效果显著'),
        onTrack(6, '98.5', '98.5'),
      ],
    });
    await ok(demo.preparer, MIDTERM_EXECUTION, {});
    await api.must(demo.office, DISBURSE, { input: { ...seedTable3Ref, amount: '140000.00', date: '2022-11-20', voucherNumber: '记-1120', payee: '巨鹿县就业服务中心' } });
    await ok(demo.preparer, OPEN_FINAL, {});
    await ok(demo.preparer, RESULTS, { results: workedResults });
    await ok(demo.preparer, FINAL_EXECUTION, {});
    await ok(demo.preparer, EXPLAIN, { indicators: [0, 1, 4, 5].map((index) => ({ index, ...because })) });
  }, 180_000);

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  it('项目支出绩效运行监控表: execution at the checkpoint, and per indicator reached / expected / likelihood / cause / measure, A4 across', async () => {
    const got = await download(api, `/exports/midterm-reviews/2022/${projectCode}.xlsx`, demo.sectionHead);
    expect(got.status).toBe(200);
    expect(dispositionName(got.headers.get('content-disposition'))).toBe('2022年_就业工作经费_绩效运行监控表.xlsx');
    const sheet = (await workbookOf(got.body)).worksheets[0]!;
    expect([shown(sheet, 'A1'), shown(sheet, 'A2'), shown(sheet, 'A3'), shown(sheet, 'G3')]).toEqual([
      '项目支出绩效运行监控表',
      '（2022年度）  监控时点：2022-07-31',
      '填报单位（盖章）：323001 巨鹿县人力资源和社会保障局本级',
      '单位：万元',
    ]);
    expect(row(sheet, 4, 9)).toEqual(['项目名称', '项目名称', '就业工作经费', '就业工作经费', '就业工作经费', '项目编码', projectCode, projectCode, projectCode]);
    expect(row(sheet, 5, 9).slice(2)).toEqual(['年度预算数', '截至监控时点计划数', '截至监控时点执行数', '计划执行率', '预算执行率', '序时进度', '执行状态']);
    expect([shown(sheet, 'C6'), shown(sheet, 'E6'), shown(sheet, 'G6'), shown(sheet, 'H6')]).toEqual([20, 5, '25.00%', '58.33%']);
    expect(row(sheet, 7, 9)).toEqual(['一级指标', '二级指标', '三级指标', '年度指标值', '截至监控时点完成值', '全年预计完成值', '能否完成', '偏差原因', '完善措施']);
    expect(row(sheet, 8, 9)).toEqual(['产出指标', '数量指标', '开展就业培训数', '10次', '6', '8', '有可能', '人员保障', '三季度增开两期培训']);
    expect(row(sheet, 14, 9)).toEqual(['满意度指标', '服务对象满意度指标', '满意率', '≥98百分号', '98.5', '98.5', '确定能', '', '']);
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:I1', 'A5:B6', 'A8:A11', 'A12:A13']));
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
  });

  it('项目支出绩效自评表: budget and execution with points, per indicator target / result / weight / points / score / explanation, total and grade', async () => {
    const got = await download(api, `/exports/final-evaluations/2022/${projectCode}.xlsx`, demo.auditor);
    expect(got.status).toBe(200);
    expect(dispositionName(got.headers.get('content-disposition'))).toBe('2022年_就业工作经费_绩效自评表.xlsx');
    const sheet = (await workbookOf(got.body)).worksheets[0]!;
    expect(shown(sheet, 'A1')).toBe('项目支出绩效自评表');
    expect(row(sheet, 6, 8).slice(2)).toEqual([20, 19, '10.00', '95.00%', '9.50', '']);
    expect(row(sheet, 7, 9)).toEqual(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '权重', '分值', '得分', '偏差原因及改进措施']);
    const explanation = `原因：${because.cause}；措施：${because.measure}`;
    expect(row(sheet, 8, 9)).toEqual(['产出指标', '数量指标', '开展就业培训数', '10次', '8', expect.anything(), '12.50', '10.00', explanation]);
    expect(row(sheet, 12, 9).slice(2, 5)).toEqual(['构建和谐劳动关系', '效果显著', '达成（90%）']);
    expect(seedTable3.indicators.map((_, index) => shown(sheet, `C${8 + index}`))).toEqual(seedTable3.indicators.map((indicator) => indicator.level3));
    expect([shown(sheet, 'A15'), shown(sheet, 'G15'), shown(sheet, 'I15')]).toEqual(['总分', '89.75', '评价等级：良']);
    expect((sheet.model as unknown as { merges: string[] }).merges).toEqual(expect.arrayContaining(['A15:F15', 'G15:H15']));
  });

  it('预算执行情况表: a row per unit and the total, in 万元, with the date the payments count to', async () => {
    const got = await download(api, '/exports/execution-overview/2022.xlsx?through=2022-12-31', demo.office);
    expect(got.status).toBe(200);
    expect(dispositionName(got.headers.get('content-disposition'))).toBe('2022年_预算执行情况表_截至2022-12-31.xlsx');
    const sheet = (await workbookOf(got.body)).worksheets[0]!;
    expect([shown(sheet, 'A1'), shown(sheet, 'A2')]).toEqual(['预算执行情况表', '（2022年度）  支出截至 2022-12-31']);
    expect(row(sheet, 5, 9)).toEqual(['323001', '巨鹿县人力资源和社会保障局本级', 1, 20, 20, 19, '95.00%', '100.00%', expect.any(String)]);
    expect(row(sheet, 6, 6)).toEqual(['合计', '合计', 1, 20, 20, 19]);
    expect((await download(api, '/exports/execution-overview/2022.xlsx?unitCode=323003', demo.office)).status).toBe(403);
    expect((await download(api, '/exports/execution-overview/2022.xlsx?through=2022-13-01', demo.office)).status).toBe(400);
  });

  it('绩效运行监控汇总表: a row per monitored project with its light and its indicators at risk, cause and measure; a unit outside one’s own refused', async () => {
    const got = await download(api, '/exports/midterm-dashboard/2022.xlsx?unitCode=323001', demo.office);
    expect(got.status).toBe(200);
    expect(dispositionName(got.headers.get('content-disposition'))).toBe('2022年_323001_绩效运行监控汇总表.xlsx');
    const sheet = (await workbookOf(got.body)).worksheets[0]!;
    expect([shown(sheet, 'A1'), shown(sheet, 'A2')]).toEqual(['项目支出绩效运行监控汇总表', '（2022年度）  范围：单位 323001']);
    expect(shown(sheet, 'A3')).toMatch(/^共 1 个项目；亮红灯 \d 个，亮黄灯 \d 个；有偏差风险的指标 1 项$/);
    expect(row(sheet, 4, 9)).toEqual(['序号', '项目编码', '项目名称', '单位编码', '监控状态', '监控时点', '执行亮灯', '偏差风险指标', '原因及纠偏措施']);
    expect(row(sheet, 5, 9)).toEqual([1, projectCode, '就业工作经费', '323001', '草稿', '2022-07-31', expect.stringMatching(/^[红黄绿]$/), '开展就业培训数（已完成 6，全年预计 8，有可能）', '人员保障：三季度增开两期培训']);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape' });
    expect((await download(api, '/exports/midterm-dashboard/2022.xlsx?unitCode=323003', demo.office)).status).toBe(403);
  });

  it('绩效自评汇总表: averages of the final evaluations only (plain and by budget), a row per project with its total and grade', async () => {
    const got = await download(api, '/exports/evaluation-roll-up/2022.xlsx', demo.auditor);
    expect(got.status).toBe(200);
    expect(dispositionName(got.headers.get('content-disposition'))).toBe('2022年_绩效自评汇总表.xlsx');
    const sheet = (await workbookOf(got.body)).worksheets[0]!;
    expect([shown(sheet, 'A1'), shown(sheet, 'A2')]).toEqual(['项目支出绩效自评汇总表', '（2022年度）  范围：全部门']);
    expect(row(sheet, 3, 5)).toEqual(['项目数', '已定稿', '平均分', '按预算加权平均分', '等级分布']);
    // The evaluation is still a draft: counted, not averaged.
    expect(row(sheet, 4, 4)).toEqual([1, 0, '—', '—']);
    expect(row(sheet, 6, 7)).toEqual(['序号', '项目编码', '项目名称', '单位编码', '自评状态', '总分', '等级']);
    expect(row(sheet, 7, 7)).toEqual([1, projectCode, '就业工作经费', '323001', '草稿', '89.75', '良']);
    expect((await download(api, '/exports/evaluation-roll-up/2022.xlsx?unitCode=323003', demo.preparer)).status).toBe(403);
  });

  it('审计记录 of a filter: the filter and the time of export printed above the entries, oldest first', async () => {
    const got = await download(api, `/exports/audit-trail.xlsx?projectCode=${projectCode}&fiscalYear=2022&documentKind=LEDGER`, demo.auditor);
    expect(got.status).toBe(200);
    expect(dispositionName(got.headers.get('content-disposition'))).toMatch(/^审计记录_\d{12}\.xlsx$/);
    const sheet = (await workbookOf(got.body)).worksheets[0]!;
    expect(shown(sheet, 'A1')).toBe('审计记录');
    expect(shown(sheet, 'A2')).toBe(`筛选条件：项目编码：${projectCode}；年度：2022；文档类型：LEDGER`);
    expect(shown(sheet, 'A3')).toMatch(/^共 2 条，按时间先后；导出时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）；孙审计$/);
    expect(row(sheet, 4, 10)).toEqual(['序号', '时间（北京时间）', '操作人', '角色', '单位', '操作', '对象', '摘要', '原因或意见', '事件位置']);
    expect([shown(sheet, 'A5'), shown(sheet, 'C5'), shown(sheet, 'D5'), shown(sheet, 'E5')]).toEqual([1, '陈主任', '办公室', '323001']);
    expect(String(shown(sheet, 'H5'))).toContain('记-0615');
    expect(String(shown(sheet, 'H6'))).toContain('记-1120');
    expect(shown(sheet, 'A7')).toBe('');
    const unknown = await download(api, '/exports/audit-trail.xlsx?password=x', demo.auditor);
    expect([unknown.status, JSON.parse(unknown.body.toString('utf8')).error.code]).toEqual([400, 'VALIDATION']);
    expect((await download(api, '/exports/audit-trail.xlsx?from=last-spring', demo.auditor)).status).toBe(400);
    expect((await download(api, '/exports/everything.xlsx', demo.auditor)).status).toBe(404);
  });

  it('a review the caller may not read is answered as one that does not exist', async () => {
    const absent = (code: string) => ({ error: { code: 'NOT_FOUND', message: messages.api.noProgress({ projectCode: code, fiscalYear }) } });
    const hidden = await download(api, `/exports/midterm-reviews/2022/${projectCode}.xlsx`, demo.preparer323003);
    const none = await download(api, '/exports/midterm-reviews/2022/P-NONE.xlsx', demo.preparer323003);
    expect([hidden.status, none.status]).toEqual([404, 404]);
    expect(JSON.parse(hidden.body.toString('utf8'))).toEqual(absent(projectCode));
    expect(JSON.parse(none.body.toString('utf8'))).toEqual(absent('P-NONE'));
    const hiddenEvaluation = await download(api, `/exports/final-evaluations/2022/${projectCode}.xlsx`, demo.preparer323003);
    expect(JSON.parse(hiddenEvaluation.body.toString('utf8'))).toEqual({ error: { code: 'NOT_FOUND', message: messages.api.noEvaluation({ projectCode, fiscalYear }) } });
  });
});
