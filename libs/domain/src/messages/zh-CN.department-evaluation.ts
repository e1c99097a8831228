/**
 * The department's monitoring and 部门整体支出绩效自评 (libs/domain/src/department-evaluation,
 * docs/department-evaluation.md).
 */
export const departmentEvaluation = {
  partLabels: { BUDGET_EXECUTION: '预算执行', OUTPUT: '产出', EFFECT: '效益', SATISFACTION: '满意度' },
  noFinalProject: (projectCount: number) =>
    projectCount === 0
      ? '部门没有项目绩效自评：效益部分按项目自评总分（按预算加权）计分，至少需要一份已批准的项目自评'
      : `${projectCount} 个项目的绩效自评都还没有批准：效益部分按已批准的项目自评总分（按预算加权）计分，请至少批准一份后再评`,
  monitoring: '查看部门整体绩效运行监控',
  noun: '部门整体支出绩效自评',
  subject: (p: { departmentCode: string; fiscalYear: number }) => `部门 ${p.departmentCode} ${p.fiscalYear} 年度的部门整体支出绩效自评`,
  notFound: (p: { departmentCode: string; fiscalYear: number; verb: string }) =>
    `部门 ${p.departmentCode} ${p.fiscalYear} 年度没有可${p.verb}的部门整体支出绩效自评：请先在年度结束后开启（openDepartmentEvaluation）。`,
  alreadyOpen: (p: { departmentCode: string; fiscalYear: number; version: number }) =>
    `部门 ${p.departmentCode} ${p.fiscalYear} 年度的部门整体支出绩效自评已开启（第 ${p.version} 版）。`,
  beforeYearEnd: (p: { fiscalYear: number; yearEnd: string; today: string }) =>
    `${p.fiscalYear} 年度的部门整体支出绩效自评在年度结束（${p.yearEnd}）之后才能开始；今天是 ${p.today}。`,
  whenApproved: '它已定稿：如需修改，请发起更正（correctDepartmentEvaluation），生成新版本。',
  correctionReasonExample: '结案率按仲裁院年终台账更正为 92%',
  reading: '查看部门整体支出绩效自评',
  opening: '开启部门整体支出绩效自评',
  recordingResults: '填写部门指标的完成情况',
  explaining: '说明全部预算的执行情况',
  recordingBasicPaid: '填写基本支出的实际支出',
  basicPaidMissing: '尚未填写：部门有基本支出，请填写全年基本支出的实际支出（recordDepartmentBasicExpenditurePaid），预算执行按全部预算计算',
  returnReasonExample: '结案率的完成值与仲裁台账不符，请核实',
  resultsMissing: (p: { count: number }) => `尚有 ${p.count} 项部门指标没有填写完成情况：请全部填写后再提交`,
  audit: {
    subject: (p: { departmentCode: string; fiscalYear: number }) => `部门整体支出绩效自评 ${p.departmentCode}（${p.fiscalYear} 年度）`,
    opened: (p: { version: number; baselineVersion: number; indicators: number }) =>
      `开启部门整体支出绩效自评第 ${p.version} 版：按已批准的部门整体绩效目标第 ${p.baselineVersion} 版评价 ${p.indicators} 项部门指标`,
    resultsRecorded: (p: { version: number; listed: string }) => `第 ${p.version} 版填写部门指标的完成情况：${p.listed}`,
    basicPaid: (amount: string | null) => (amount === null ? '清除基本支出的实际支出' : `填写基本支出全年实际支出 ${amount} 元`),
    explained: (p: { cause: string; measure: string }) => `说明全部预算执行偏差：原因「${p.cause}」，改进措施「${p.measure}」`,
    scored: (p: { total: string; grade: string }) => `总分 ${p.total}（${p.grade}）`,
  },
  notApproved: (p: { departmentCode: string; fiscalYear: number; what: string }) =>
    `部门 ${p.departmentCode} ${p.fiscalYear} 年度的部门整体绩效目标还没有批准：${p.what}以已批准的版本为准，请先完成审批。`,
  atRisk: {
    projectRedLight: (p: { projectCode: string; lightRatio: string }) => `项目 ${p.projectCode} 执行进度为红灯（支出进度为序时进度的 ${p.lightRatio}%）`,
    projectBehindPlan: (p: { projectCode: string; checkpoint: string; shortfall: string }) => `项目 ${p.projectCode} 支出落后于${p.checkpoint}计划 ${p.shortfall} 元`,
    projectIndicators: (p: { projectCode: string; count: number }) => `项目 ${p.projectCode} 有 ${p.count} 项指标存在完成风险`,
    projectNotApproved: (projectCode: string) => `关联的项目 ${projectCode} 本年度没有已批准的绩效目标表`,
    indicator: (p: { name: string; why: string }) => `「${p.name}」：${p.why}`,
  },
};
