import { describe, expect, it } from '@jest/globals';
import { describeAuditedEvent } from './describe-audited-event.js';

const key = { departmentCode: '323001', fiscalYear: 2022 };
const by = { userId: 'chen.hong', unitCode: '323001', sectionId: null };
const content = {
  departmentName: '巨鹿县人力资源和社会保障局',
  unitCodes: ['323001', '323003'],
  overallGoal: '总体目标',
  subGoals: [{ title: '就业', goal: '目标', indicators: [{ sentence: '享受就业补助人数 300人以上', name: '享受就业补助人数', comparator: '≥' as const, value: '300', unit: '人' }] }],
  safeguards: [{ title: '加强组织领导', text: '统一思想认识' }],
  basicExpenditureFen: null,
};

describe('the audit trail’s words for the department’s overall targets', () => {
  it('names the department and year as the subject, scoped to the department’s unit', () => {
    const source = { name: 'seed.txt', documentSha256: 'a'.repeat(64), lines: { from: 1, to: 80 } };
    const description = describeAuditedEvent({ type: 'DepartmentTargetsDrafted', data: { ...key, version: 1, content, draftedBy: by, source } });
    expect(description).toMatchObject({
      kind: 'DRAFT',
      label: '导入草稿',
      summary: '从「seed.txt」导入巨鹿县人力资源和社会保障局的部门整体绩效目标第 1 版：1 项分项目标、1 项指标、1 项保障措施',
      subject: { text: '部门整体绩效目标 323001（2022 年度）', documentKind: 'DEPARTMENT_TARGETS', unitCode: '323001', fiscalYear: 2022, projectCode: null },
    });
  });

  it('tells the chain’s decisions in the shared words, with the reason of a return and of an adjustment', () => {
    const chain = { chainId: '323001/department-targets/default', chainVersion: 1 };
    const returned = describeAuditedEvent({
      type: 'DepartmentTargetsReturned',
      data: { ...key, version: 1, chain, step: 'OFFICE', role: 'OFFICE', returnedBy: by, reason: '结案率缺少依据', to: 'PREPARER', toStepIndex: null },
    });
    expect([returned.kind, returned.reason, returned.step]).toEqual(['RETURN', '结案率缺少依据', 'OFFICE']);
    const adjusted = describeAuditedEvent({ type: 'DepartmentTargetsAdjustmentStarted', data: { ...key, version: 2, baselineVersion: 1, reason: '追加资金', startedBy: by } });
    expect([adjusted.kind, adjusted.summary, adjusted.reason]).toEqual(['ADJUST', '发起调整：第 2 版调整已批准的第 1 版，调整获批前第 1 版继续有效', '追加资金']);
    const basic = describeAuditedEvent({ type: 'DepartmentBasicExpenditureSet', data: { ...key, version: 1, basicExpenditureFen: 125000050, setBy: by } });
    expect(basic.summary).toBe('第 1 版的基本支出填为 1250000.50 元');
  });

  it('files a progress report under 进度填报, naming the sub-goal, the indicator’s sentence, the date and the forecast, with the note as the reason', () => {
    const report = { ...key, baselineVersion: 1, subGoal: 0, index: 1, sentence: '享受就业补助人数 300人以上', value: '180', asOf: '2022-06-30', reportedBy: by };
    const plain = describeAuditedEvent({ type: 'DepartmentIndicatorProgressReported', data: { ...report, expectedFullYear: null, likelihood: null, note: null } });
    expect([plain.kind, plain.label, plain.summary, plain.version, plain.reason]).toEqual([
      'PROGRESS',
      '进度填报',
      '填报第 1 项分项目标第 2 项指标「享受就业补助人数 300人以上」截至 2022-06-30 的进度：180',
      1,
      null,
    ]);
    const forecast = describeAuditedEvent({ type: 'DepartmentIndicatorProgressReported', data: { ...report, expectedFullYear: '320', likelihood: 'POSSIBLE', note: '下半年集中发放' } });
    expect([forecast.summary, forecast.reason]).toEqual(['填报第 1 项分项目标第 2 项指标「享受就业补助人数 300人以上」截至 2022-06-30 的进度：180，全年预计 320，实现可能性「有可能」', '下半年集中发放']);
  });
});
