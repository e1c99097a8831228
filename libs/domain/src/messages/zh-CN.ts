import { roleLabels, type Role } from '../directory/roles.js';
import { personMarker } from './person-marker.js';

/**
 * 简体中文: every message of the product, by area. A message is a string or a function of its
 * parameters; the keys are English and typed (messages.ts), the words Chinese. To add one, put
 * it under its area (or a new area object listed in `zhCN` at the end) and call it as
 * `messages.area.key({ … })`. Codes, field paths, enum values and GraphQL names stay English
 * inside the sentences where a person has to type them.
 */

/** 科室经办人（PREPARER）: a role as a person reads it, with the code they may have to type. */
function role(code: string): string {
  return Object.hasOwn(roleLabels, code) ? `${roleLabels[code as Role]}（${code}）` : code;
}

function roles(codes: readonly string[], joiner = '、'): string {
  return codes.map(role).join(joiner);
}

/** 「办公室审核」步骤. */
function step(label: string): string {
  return `「${label}」步骤`;
}

/** Where someone stands in the directory. */
const actor = {
  role,
  roles,
  /** "你的角色是 办公室（OFFICE）", or that there is none. */
  rolesHeld: (held: readonly string[]): string => (held.length > 0 ? `你的角色是 ${roles(held)}` : '你没有任何角色'),
  unit: (unitCode: string | null): string => (unitCode === null ? '无所属单位' : `单位 ${unitCode}`),
  /** 单位 323001 的 employment 科室 / 单位 323001（不属于任何科室）. */
  place: (unitCode: string | null, sectionId: string | null): string => {
    if (unitCode === null) return '无所属单位';
    return sectionId === null ? `单位 ${unitCode}（不属于任何科室）` : `单位 ${unitCode} 的 ${sectionId} 科室`;
  },
  /** A person the application names by name (person-marker.ts). */
  person: personMarker,
  signedInRequired: '命令没有附带登录用户：请登录后重试。',
};

const common = {
  invalidInput: (summary: string) => `输入有误：${summary}`,
  problemLine: (field: string, message: string) => `${field}：${message}`,
  problemSeparator: '；',
  tooLong: (p: { length: number; max: number }) => `长 ${p.length} 个字符：最多 ${p.max} 个`,
  textOrNothing: '须为文字，或不填',
  reasonRequired: (example: string) => `必填：请说明原因，例如「${example}」`,
  internal: (reference: string) => `内部错误（编号 ${reference}），你提交的内容没有丢失。请重试，或把编号报告给管理员。`,
};

/** Submission and decisions of whatever passes the approval chain (target tables, reviews). */
const approval = {
  step,
  /** `${doing}需要…的科室经办人（PREPARER）`. */
  preparerNeeded: (p: { doing: string; scope: string }) => `${p.doing}需要${p.scope}的${role('PREPARER')}`,
  noPreparerRole: (p: { needed: string; rolesHeld: string }) => `${p.needed}：你没有 PREPARER 角色（${p.rolesHeld}）。`,
  preparerElsewhere: (p: { needed: string; place: string }) => `${p.needed}：你是${p.place}的科室经办人。`,
  deciderNeeded: (p: { doing: string; where: string; role: string }) => `${p.doing}需要${p.where}的${role(p.role)}`,
  noDeciderRole: (p: { needed: string; role: string; rolesHeld: string }) => `${p.needed}：你没有 ${p.role} 角色（${p.rolesHeld}）。`,
  deciderElsewhere: (p: { needed: string; role: string; place: string }) => `${p.needed}：你是${p.place}的${role(p.role)}。`,
  submittedItself: (p: { submitted: string; role: string; step: string }) =>
    `你提交了${p.submitted}，因此不能审核其中任何步骤（职责分离）：须由另一位${role(p.role)}审核${p.step}。`,
  decidedAnotherStep: (p: { earlier: string; step: string; role: string }) =>
    `你已审核本次提交的${p.earlier}，因此不能再审核${p.step}（职责分离）：须由另一位${role(p.role)}审核。`,
  /** "第 2 版目标表". */
  versionOf: (p: { noun: string; version: number }) => `该${p.noun}的第 ${p.version} 版`,
  approving: (p: { step: string }) => `批准${p.step}`,
  returning: (p: { step: string; noun: string }) => `在${p.step}退回该${p.noun}`,
  submitting: (noun: string) => `提交该${noun}`,
  resubmitting: (noun: string) => `重新提交该${noun}`,
  withdrawing: (noun: string) => `撤回该${noun}的提交`,
  unnamedStep: (stepId: string) => `步骤「${stepId}」`,
  cannotApprove: (p: { step: string }) => `不能批准${p.step}`,
  cannotReturn: (p: { step: string; noun: string }) => `不能在${p.step}退回该${p.noun}`,
  /** The loser of two decisions learns who decided, by name. */
  alreadyApprovedBy: (userId: string) => `${personMarker(userId)}已批准该步骤`,
  notAwaited: (p: { refusal: string; stage: string; already: string | null }) =>
    `${p.refusal}：${p.stage}${p.already === null ? '' : `；${p.already}`}。`,
  notInReview: (p: { refusal: string; stage: string }) => `${p.refusal}：${p.stage}。`,
  stepNotInChain: (p: { step: string; chainId: string; chainVersion: number; steps: string }) =>
    `「${p.step}」不是审批链 ${p.chainId} 第 ${p.chainVersion} 版的步骤：其步骤为 ${p.steps}`,
  stepChoice: (p: { stepId: string; label: string }) => `${p.stepId}（${p.label}）`,
  stepListSeparator: '、',
  stage: {
    of: (p: { noun: string; version: number }) => `该${p.noun}（第 ${p.version} 版）`,
    draft: (what: string) => `${what}是草稿，尚未提交审核`,
    awaiting: (p: { what: string; step: string }) => `${p.what}正等待${p.step}`,
    returned: (p: { what: string; step: string; reason: string }) => `${p.what}已在${p.step}退回经办人：「${p.reason}」`,
    approved: (what: string) => `${what}已批准，不再变更`,
  },
  cannotSubmit: (p: { stage: string; returned: boolean }) =>
    `不能提交：${p.stage}。${p.returned ? '请重新提交：它沿用最初的审批链。' : ''}`,
  cannotResubmit: (stage: string) => `不能重新提交：${stage}，且没有退回经办人的内容。`,
  cannotChangeInReview: (p: { doing: string; stage: string }) => `不能${p.doing}：${p.stage}。请先撤回提交，或请审核人退回。`,
  cannotChangeApproved: (p: { doing: string; stage: string; whenApproved: string }) => `不能${p.doing}：${p.stage}。${p.whenApproved}`,
  nothingToWithdraw: (stage: string) => `没有可撤回的提交：${stage}。`,
  cannotWithdrawDecided: (p: { by: string; approved: boolean; step: string; stage: string; awaited: string }) =>
    `不能撤回提交：${personMarker(p.by)}已在${p.step}${p.approved ? '批准' : '退回'}了它，且${p.stage}。` +
    `如需修改，请${p.awaited}的审核人退回经办人。`,
  returnDestination: (p: { to: string; notBefore: string | null; choices: string }) =>
    `「${p.to}」${p.notBefore === null ? '不是该审批链的步骤' : `不在${p.notBefore}之前`}：可退回至 ${p.choices}`,
  returnToPreparerOnly: 'PREPARER（经办人）：没有更早的步骤',
  returnChoices: (earlier: string) => `PREPARER（经办人）或 ${earlier}`,
  chain: {
    required: '必填：请给出单位的审批链（chainId、chainVersion 和 steps）',
    idRequired: '必填：请给出单位审批链的 id',
    version: (given: string) => `${given} 不是审批链版本：请填写从 1 开始的整数`,
    stepsRequired: '至少要列出一个步骤，例如 [{ step: "SECTION", role: "SECTION_HEAD" }]',
    stepRepeated: (stepId: string) => `「${stepId}」已是审批链中更早的步骤：步骤 id 不能重复`,
    stepIdRequired: '必填：请给出步骤 id，例如 SECTION',
    stepIsPreparer: '「PREPARER」表示退回经办人：请为该步骤另取 id',
    roleCannotDecide: (p: { given: string; roles: readonly string[] }) => `${p.given} 不能审核步骤：请使用 ${p.roles.join('、')}`,
  },
};


/** What a command does, as refusals name it ("没有可提交的目标表"). */
const verbs = {
  submit: '提交',
  resubmit: '重新提交',
  approve: '批准',
  return: '退回',
  withdraw: '撤回',
  revise: '修改',
  adjust: '调整',
  correct: '更正',
};

/** The indicators of the approved targets, which progress, reviews and evaluations refer to by `index` (0-based, as the API counts). */
const approvedTargets = {
  notApproved: (p: { projectCode: string; fiscalYear: number; why: string }) =>
    `项目 ${p.projectCode} ${p.fiscalYear} 年度没有已批准的目标表：${p.why}，须先批准目标表。`,
  /** Indicators are numbered from 1 on the form; `index` counts from 0. */
  notAnIndicator: (p: { given: string; count: number }) =>
    `${p.given} 不是已批准目标中的指标：index 从 0 开始计数，应为 0 至 ${p.count - 1}（即表上第 1 至第 ${p.count} 项）`,
  givenTwice: (p: { index: number; level3: string | undefined }) => `第 ${p.index + 1} 项指标「${p.level3 ?? ''}」填了两次：每项指标只填一次`,
  indicator: (p: { index: number; level3: string | undefined }) => `第 ${p.index + 1} 项指标「${p.level3 ?? ''}」`,
};

/** 绩效运行监控 (mid-term monitoring and its review). */
const midterm = {
  noun: '绩效运行监控表',
  notFound: (p: { projectCode: string; fiscalYear: number; verb: string }) =>
    `项目 ${p.projectCode} ${p.fiscalYear} 年度没有可${p.verb}的绩效运行监控：请先开启（openMidtermReview）。`,
  whenApproved: '它已批准：本年度的绩效运行监控已定。',
  measuredAgainstApproved: '进度和监控以已批准的目标为准',
  opening: '开启该项目的绩效运行监控',
  reportingProgress: '填报该项目的进度',
  assessing: '评估指标',
  recordingExecution: '记录预算执行',
  alreadyOpen: (p: { projectCode: string; fiscalYear: number; checkpointDate: string }) =>
    `项目 ${p.projectCode} ${p.fiscalYear} 年度的绩效运行监控已于监控时点 ${p.checkpointDate} 开启。`,
  notACheckpoint: (p: { given: string; fiscalYear: number; example: string }) =>
    `${p.given} 不是 ${p.fiscalYear} 年度的监控时点：请填写该年 12 月之前的日期（YYYY-MM-DD），例如 ${p.example}`,
  assessmentMissing: (indicator: string) => `缺少：请评估${indicator}（已完成值、全年预计值、实现可能性）`,
  executionMissing: (checkpointDate: string) => `尚未记录：请根据支出台账记录截至 ${checkpointDate} 的预算执行`,
  assessmentsEmpty: '为空：至少评估一项指标',
  notALikelihood: (p: { given: string; choices: string }) => `${p.given} 不是实现可能性：请使用 ${p.choices}`,
  likelihoodIs: (label: string) => `实现可能性为「${label}」`,
  expectedMisses: (p: { expected: string; target: string }) => `全年预计值 ${p.expected} 达不到目标值 ${p.target}`,
  causeRequired: (p: { why: string; choices: string }) => `必填，因为${p.why}：请使用 ${p.choices}`,
  notACause: (p: { given: string; choices: string }) => `${p.given} 不是偏差原因：请使用 ${p.choices}`,
  measureExample: '加快培训进度，三季度增开两期',
  measureRequired: (why: string) => `必填，因为${why}：请说明纠偏措施，例如「加快培训进度，三季度增开两期」`,
  reachedRequired: (p: { level3: string; target: string }) => `必填：请填写「${p.level3}」已达到的值（目标值 ${p.target}）`,
  reachedNotANumber: (p: { given: string; level3: string; target: string }) =>
    `「${p.given}」不是数字：「${p.level3}」的目标值是数值（${p.target}），请填写例如 6 或 97.5`,
  reachedTooLong: '超过 200 个字符：请概括进展',
  notADateOfYear: (p: { given: string; fiscalYear: number }) => `${p.given} 不是 ${p.fiscalYear} 年度的日期：请在预算年度内按 YYYY-MM-DD 填写`,
  entriesInvalid: '须为台账记录，每条有日期（YYYY-MM-DD）和以分计的整数金额',
  returnReasonExample: '满意率的全年预计值缺少依据，请补充',
  choice: (p: { code: string; label: string }) => `${p.code}（${p.label}）`,
  choiceSeparator: '、',
};

/** 绩效自评 (the final evaluation and its scorecard). */
const finalEvaluation = {
  noun: '绩效自评表',
  notFound: (p: { projectCode: string; fiscalYear: number; verb: string }) =>
    `项目 ${p.projectCode} ${p.fiscalYear} 年度没有可${p.verb}的绩效自评：请先开启（openFinalEvaluation）。`,
  whenApproved: '它已定稿：如需修改，请发起更正（correctFinalEvaluation），生成新版本。',
  scoresApproved: '绩效自评以已批准的目标打分',
  opening: '开启该项目的绩效自评',
  correcting: '更正绩效自评',
  settingWeights: '设置权重',
  explaining: '填写说明',
  recordingResults: '记录完成值',
  recordingExecution: '记录预算执行',
  correctionReasonExample: '培训次数按人社厅最终统计口径更正为9次',
  explanationCauseExample: '受疫情影响培训推迟至次年',
  explanationMeasureExample: '提前制定培训计划，按季度跟踪进度',
  returnReasonExample: '培训次数的实际完成值与台账不符，请核实',
  notADate: (given: string) => `${given} 不是日期：请按 YYYY-MM-DD 填写`,
  alreadyOpen: (p: { projectCode: string; fiscalYear: number; version: number }) =>
    `项目 ${p.projectCode} ${p.fiscalYear} 年度的绩效自评已开启（第 ${p.version} 版）。`,
  beforeYearEnd: (p: { fiscalYear: number; yearEnd: string; today: string }) =>
    `${p.fiscalYear} 年度的绩效自评在年度结束（${p.yearEnd}）之后才能开始；今天是 ${p.today}。`,
  nothingToCorrect: (stage: string) => `没有已批准的内容可更正：${stage}。在经办人手中时可直接修改。`,
  executedMissing: '尚未记录：请根据支出台账记录全年支出（recordFinalEvaluationExecution）',
  executionExplanationRequired: (ratePercent: string) => `必填：预算执行率为 ${ratePercent}%，低于 90%；请说明原因和改进措施`,
  shortOfFullPoints: (p: { score: string; points: string }) => `得分 ${p.score}，满分 ${p.points}`,
  farAboveTarget: '完成值达到目标值的 130% 或以上',
  reasonSeparator: '，且',
  indicatorExplanationRequired: (p: { level3: string | undefined; why: string }) => `「${p.level3 ?? ''}」必须说明：${p.why}；请说明原因和改进措施`,
  weightsCount: (p: { given: number; indicators: number }) =>
    `有 ${p.given} 项：每项指标一个权重（共 ${p.indicators} 项），组内平均分配的填 null`,
  explanationsEmpty: '为空，且没有填写预算执行的说明：至少说明一项',
  resultsEmpty: '为空：至少填写一项指标及其完成值',
  executedInvalid: '须为 0 或以上的金额，与支出台账一致',
  scoring: {
    notAScoringGroup: (level1: string) => `「${level1}」不是可得分的一级指标：请使用 产出指标、效益指标、满意度指标 或 成本指标`,
    needsGrade: (p: { valueText: string; level3: string }) =>
      `「${p.level3}」的指标值「${p.valueText}」没有可衡量的数字：请评定为 达成、部分达成 或 未达成，并给出得分百分比`,
    notAGrade: (given: string) => `${given} 不是评定等级：请使用 ACHIEVED（达成）、PARTLY_ACHIEVED（部分达成）或 NOT_ACHIEVED（未达成）`,
    outsideBand: (p: { given: string; grade: string; band: string }) => `「${p.given}」超出「${p.grade}」的范围：${p.band}`,
    band: (p: { grade: string; from: string; to: string; toIncluded: boolean }) =>
      `「${p.grade}」为该指标分值的 ${p.from}% 至 ${p.to}%${p.toIncluded ? '' : '（不含）'}`,
    actualRequired: (p: { level3: string; target: string }) => `必填：请填写「${p.level3}」的完成值（目标值 ${p.target}）`,
    actualNotANumber: (given: string) => `「${given}」不是数字：请以小数填写完成值，例如 98.5`,
    weightMissing: (group: string) => `缺少：${group}中其他指标有权重，因此每项${group}都需要权重（或都不填）`,
    notAWeight: (p: { given: string; group: string }) => `「${p.given}」不是权重：请填写占${p.group}分值的百分比，0 或以上，例如 25`,
    weightsSum: (p: { group: string; total: string; points: string }) =>
      `${p.group}的权重合计为 ${p.total}：合计须为 100（占该组 ${p.points} 分的百分比）`,
    nothingToScore: '没有产出、效益或满意度指标：90 分指标分无从评分',
    budgetNotFen: '须为以分计的整数，0 或以上',
    budgetZero: (yuan: string) => `为 ${yuan} 元：预算执行率（执行数 / 预算数）要求预算大于 0`,
    executedNotFen: '须为以分计的整数，0 或以上',
    /** How the points of a missing group were shared, e.g. "满意度指标（10 分）没有指标：其分值按各组分值比例（50 : 30）分配 —— 产出指标 56.25，效益指标 33.75。" */
    redistribution: (p: { missing: string; toOne: string | null; ratio: string; result: string }) =>
      `${p.missing}没有指标：其分值${p.toOne === null ? `按现有各组分值比例（${p.ratio}）分配` : `全部计入${p.toOne}`} —— ${p.result}。`,
    groupPoints: (p: { label: string; points: string }) => `${p.label}（${p.points} 分）`,
    groupScore: (p: { label: string; points: string }) => `${p.label} ${p.points}`,
  },
};

const targetTable = {
  noun: '目标表',
  notFound: (p: { projectCode: string; fiscalYear: number; verb: string }) =>
    `项目 ${p.projectCode} ${p.fiscalYear} 年度没有可${p.verb}的目标表：请先起草（draftTargetTable）。`,
  state: {
    none: '该目标表尚未起草',
    draft: (version: number) => `该目标表是第 ${version} 版草稿，尚未提交审核`,
    adjusting: (p: { version: number; baseline: number }) => `（第 ${p.version} 版，调整已批准的第 ${p.baseline} 版）`,
    passedChain: (adjustment: string) => `该目标表${adjustment}已通过审批链的全部步骤`,
    awaiting: (p: { adjustment: string; step: string }) => `该目标表${p.adjustment}正等待${p.step}`,
    returned: (p: { step: string; reason: string }) => `该目标表已在${p.step}退回经办人：「${p.reason}」`,
    approved: (version: number) => `该目标表已批准（第 ${version} 版）`,
    beingAdjusted: (p: { version: number; baseline: number }) => `该目标表正在调整：第 ${p.version} 版是草稿，已批准的第 ${p.baseline} 版继续有效`,
  },
  drafting: '起草该目标表',
  revisingDoing: '修改该目标表',
  proposingAdjustment: '对该目标表提出调整',
  importingDraft: '把该目标表导入为草稿',
  importingApproved: '把该目标表导入为已批准的基线',
  toChangeApproved: '如需修改已批准的目标，请提出调整（proposeTargetTableAdjustment）。',
  cannotSubmitReturned: (state: string) => `不能提交：${state}。请重新提交（resubmitTargetTable）：它沿用最初的审批链。`,
  alreadySubmitted: (p: { doing: string; state: string }) => `不能${p.doing}：${p.state}；它已提交。`,
  cannotSubmitApproved: (p: { doing: string; state: string }) => `不能${p.doing}：${p.state}。如需修改已批准的目标，请提出调整（proposeTargetTableAdjustment）。`,
  cannotResubmitUnreturned: (state: string) => `不能重新提交：${state}，且没有被退回。请用单位的审批链提交（submitTargetTable）。`,
  draftExists: (p: { projectCode: string; fiscalYear: number }) =>
    `项目 ${p.projectCode} ${p.fiscalYear} 年度的目标表已有草稿：请修改该草稿（reviseTargetTableDraft），不要重复起草。`,
  exists: (p: { projectCode: string; fiscalYear: number; state: string }) => `项目 ${p.projectCode} ${p.fiscalYear} 年度的目标表已存在：${p.state}。`,
  importConflict: (p: { projectCode: string; fiscalYear: number; state: string }) =>
    `项目 ${p.projectCode} ${p.fiscalYear} 年度的目标表已存在，且与文档中的不同：${p.state}。导入从不替换已有目标表；请通过审批流程修改。`,
  source: {
    required: '必填：请注明读取该表的文档及行号',
    name: '必填：文档名称，例如 2022-julu-hrss-performance-targets.txt',
    sha256: '须为文档的 SHA-256，64 位小写十六进制数字',
    lines: '须为该表所占的行，从 1 开始，且起始行 ≤ 结束行',
  },
  cannotSubmitWithProblems: (p: { version: number; count: number; summary: string }) =>
    `目标表第 ${p.version} 版有 ${p.count} 个问题，改正后才能提交：${p.summary}`,
  cannotReviseSubmitted: (p: { state: string; undecided: boolean; step: string }) =>
    `不能修改已提交的版本：${p.state}。` +
    (p.undecided ? '请先撤回提交（withdrawTargetTableSubmission），再修改。' : `请${p.step}的审核人退回经办人。`),
  cannotReviseApproved: (state: string) => `不能修改：${state}。如需修改已批准的目标，请提出调整（proposeTargetTableAdjustment）。`,
  adjustmentUnchanged: (baseline: number) => `与已批准的第 ${baseline} 版相同：调整须有所改变`,
  adjustmentReasonExample: '县委县政府要求将培训次数提高到12次',
  cannotAdjust: (p: { state: string; advice: 'ONLY_APPROVED' | 'WAIT' | 'REVISE' }) =>
    `不能提出调整：${p.state}。` +
    { ONLY_APPROVED: '只有已批准的目标表才能调整。', WAIT: '请等待本次调整审批完成。', REVISE: '请修改手头的版本（reviseTargetTableDraft），不要再提出调整。' }[p.advice],
  cannotAdjustDraft: (state: string) => `不能提出调整：${state}，且没有已批准的版本可调整。请修改草稿（reviseTargetTableDraft）。`,
  importerNeeded: (p: { doing: string; preparerScope: string | null; unitCode: string }) =>
    `${p.doing}需要${p.preparerScope === null ? '' : `${p.preparerScope}的${role('PREPARER')}、`}单位 ${p.unitCode} 的${role('OFFICE')}或${role('ADMIN')}`,
  officeElsewhere: (place: string) => `你是${place}的办公室`,
  refused: (p: { needed: string; yours: string }) => `${p.needed}：${p.yours}。`,
  key: {
    projectCodeRequired: '必填：请填写项目编码，例如 13052922P00584010316P',
    projectCodeTooLong: (p: { projectCode: string; length: number; max: number }) => `「${p.projectCode}」长 ${p.length} 个字符：项目编码最多 ${p.max} 个`,
    notAProjectCode: (projectCode: string) => `「${projectCode}」不是项目编码：只能用字母和数字，不含空格或换行，例如 13052922P00584010316P`,
    notAFiscalYear: (p: { given: string; first: number; last: number }) => `${p.given} 不是预算年度：请填写 ${p.first} 至 ${p.last} 之间的整年份，例如 2022`,
  },
  readScope: {
    sectionReaders: (p: { unitCode: string; sectionId: string | null }) =>
      p.sectionId === null ? `单位 ${p.unitCode} 的 PREPARER 或 SECTION_HEAD` : `单位 ${p.unitCode} ${p.sectionId} 科室的 PREPARER 或 SECTION_HEAD`,
    refused: (p: { what: string; unitCode: string; sectionReaders: string; yours: string }) =>
      `查看${p.what}需要 AUDITOR 或 ADMIN 角色、单位 ${p.unitCode} 的 OFFICE 或 LEADER，或${p.sectionReaders}：${p.yours}。`,
    unitAsked: (unitCode: string) => `单位 ${unitCode}`,
    sectionAsked: (sectionId: string) => `科室 ${sectionId}`,
    listRefused: (p: { listing: string; asked: string; yours: string; instead: string }) =>
      `${p.listing}（${p.asked}）需要 AUDITOR 或 ADMIN 角色、该单位的 OFFICE 或 LEADER，或该科室的 PREPARER 或 SECTION_HEAD：${p.yours}。${p.instead}`,
    listing: '列出目标表',
    instead: '去掉筛选条件即可列出你可查看的目标表。',
    noReadingRole: (rolesHeld: string) => `${rolesHeld}，其中没有可查看目标表的角色`,
    yourRoles: (p: { roles: readonly string[]; place: string }) => `你是${p.place}的 ${p.roles.join(' 和 ')}`,
  },
};

export const zhCN = {
  actor,
  common,
  verbs,
  approval,
  targetTable,
  approvedTargets,
  midterm,
  finalEvaluation,
};
