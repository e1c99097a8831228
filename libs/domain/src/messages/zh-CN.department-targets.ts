/**
 * 部门整体绩效目标 (the department's overall targets, docs/department-targets.md): what the
 * document's commands, refusals and audit trail say. Sub-goals and indicators are numbered as
 * the document prints them (第 1 项); the API counts `subGoal` from 0.
 */
export const departmentTargets = {
  noun: '部门整体绩效目标',
  subject: (p: { departmentCode: string; fiscalYear: number }) => `部门 ${p.departmentCode} ${p.fiscalYear} 年度的部门整体绩效目标`,
  notFound: (p: { departmentCode: string; fiscalYear: number; verb: string }) =>
    `部门 ${p.departmentCode} ${p.fiscalYear} 年度没有可${p.verb}的部门整体绩效目标：请先编制（draftDepartmentTargets）或导入。`,
  exists: (p: { departmentCode: string; fiscalYear: number; state: string }) =>
    `部门 ${p.departmentCode} ${p.fiscalYear} 年度已有部门整体绩效目标：${p.state}。请修改它，或在批准后发起调整。`,
  importConflict: (p: { departmentCode: string; fiscalYear: number; state: string }) =>
    `部门 ${p.departmentCode} ${p.fiscalYear} 年度的部门整体绩效目标已在本系统中办理（${p.state}）：导入不会覆盖它。`,
  whenApproved: '如需变更，请发起调整（startDepartmentTargetsAdjustment）：调整获批前，已批准的版本继续有效。',
  drafting: '编制部门整体绩效目标',
  reading: '查看部门整体绩效目标',
  noneToRead: (p: { departmentCode: string; fiscalYear: number }) => `部门 ${p.departmentCode} ${p.fiscalYear} 年度没有部门整体绩效目标：请先编制或导入。`,
  importing: (draft: boolean) => (draft ? '把部门整体绩效目标导入为草稿' : '把部门整体绩效目标导入为已批准的基线'),
  revising: '修改部门整体绩效目标',
  settingBasic: '填写基本支出',
  adjusting: '调整部门整体绩效目标',
  linking: '关联分项目标与项目',
  reportVerb: '填报进度',
  reportingProgress: '填报部门整体绩效指标的进度',
  progressNeedsBaseline: (state: string) => `不能填报进度：${state}。进度按已批准的部门整体绩效目标（基线）填报，请先完成审批。`,
  adjustmentReasonExample: '年中追加就业补助资金，就业指标相应调整',
  returnReasonExample: '第 2 项分项目标的结案率缺少依据，请补充',
  state: {
    none: '尚未编制',
    draft: (version: number) => `第 ${version} 版是草稿，尚未提交审核`,
    adjusting: (p: { version: number; baseline: number }) => `第 ${p.version} 版是对已批准第 ${p.baseline} 版的调整，尚未提交审核`,
    awaiting: (p: { version: number; step: string }) => `第 ${p.version} 版正等待${p.step}`,
    passedChain: (version: number) => `第 ${version} 版已通过审批链的全部步骤`,
    returned: (p: { version: number; step: string; reason: string }) => `第 ${p.version} 版已在${p.step}退回经办人：「${p.reason}」`,
    approved: (version: number) => `第 ${version} 版已批准`,
  },
  cannotAdjust: (state: string) => `不能发起调整：${state}。只有已批准、且没有调整在办的部门整体绩效目标才能调整。`,
  input: {
    required: '必填：请给出部门整体绩效目标的内容',
    departmentName: '必填：请填写部门名称，例如「巨鹿县人力资源和社会保障局」',
    unitCodes: '至少列出一个所属单位编码，例如 ["323001", "323003"]',
    unitCode: '必填：单位编码不能为空，例如 323001',
    overallGoal: '必填：请填写总体绩效目标',
    subGoals: '至少列出一项分项绩效目标，每项有标题、绩效目标和绩效指标',
    subGoalTitle: '必填：请填写分项目标的标题',
    indicator: '必填：指标句不能为空，例如「享受就业补助人数 300人以上」',
    safeguardTitle: '必填：请填写保障措施的标题',
    safeguardText: '必填：请填写保障措施的内容',
  },
  basicExpenditure: (given: string) => `「${given}」不是金额：请以元填写，例如 1250000.00；不填表示没有基本支出`,
  basicUnchanged: '基本支出与当前相同，无需保存',
  notASubGoal: (p: { given: string; count: number }) =>
    `${p.given} 不是分项目标：subGoal 从 0 开始计数，应为 0 至 ${p.count - 1}（即第 1 至第 ${p.count} 项）`,
  notATable: (p: { projectCode: string; fiscalYear: number }) =>
    `项目 ${p.projectCode} 不是本部门所属单位 ${p.fiscalYear} 年度的项目：只能关联所属单位的目标表`,
  noSuchLink: (p: { subGoal: number; projectCode: string }) => `第 ${p.subGoal + 1} 项分项目标没有关联项目 ${p.projectCode}`,
  linkReason: (terms: readonly string[]) => `名称与目标共有「${terms.join('」「')}」`,
  /** The audit trail's words (audit/describe-department-targets-event.ts). */
  audit: {
    subject: (p: { departmentCode: string; fiscalYear: number }) => `部门整体绩效目标 ${p.departmentCode}（${p.fiscalYear} 年度）`,
    drafted: (p: { version: number; departmentName: string; subGoals: number; indicators: number; safeguards: number; source: string | null }) =>
      `${p.source === null ? '编制' : `从「${p.source}」导入`}${p.departmentName}的部门整体绩效目标第 ${p.version} 版：${p.subGoals} 项分项目标、${p.indicators} 项指标、${p.safeguards} 项保障措施`,
    imported: (p: { version: number; departmentName: string; source: string }) => `从「${p.source}」导入${p.departmentName}已批准的部门整体绩效目标，作为第 ${p.version} 版基线`,
    revised: (p: { version: number; subGoals: number; indicators: number }) => `修改第 ${p.version} 版：${p.subGoals} 项分项目标、${p.indicators} 项指标`,
    basicSet: (p: { version: number; amount: string | null }) => (p.amount === null ? `清除第 ${p.version} 版的基本支出` : `第 ${p.version} 版的基本支出填为 ${p.amount} 元`),
    outcome: '成为本年度部门整体绩效目标的基线',
    adjustmentStarted: (p: { version: number; baseline: number }) => `发起调整：第 ${p.version} 版调整已批准的第 ${p.baseline} 版，调整获批前第 ${p.baseline} 版继续有效`,
    linksSuggested: (count: number) => (count === 0 ? '按关联规则没有可建议的项目' : `按关联规则建议 ${count} 项分项目标与项目的关联`),
    linkConfirmed: (p: { subGoal: number; projectCode: string }) => `确认第 ${p.subGoal + 1} 项分项目标关联项目 ${p.projectCode}`,
    linkRemoved: (p: { subGoal: number; projectCode: string }) => `取消第 ${p.subGoal + 1} 项分项目标与项目 ${p.projectCode} 的关联`,
    progressReported: (p: { subGoal: number; index: number; sentence: string; value: string; asOf: string; expectedFullYear: string | null; likelihood: string | null }) =>
      `填报第 ${p.subGoal + 1} 项分项目标第 ${p.index + 1} 项指标「${p.sentence}」截至 ${p.asOf} 的进度：${p.value}` +
      (p.expectedFullYear === null ? '' : `，全年预计 ${p.expectedFullYear}`) +
      (p.likelihood === null ? '' : `，实现可能性「${p.likelihood}」`),
  },
};
