import { departmentEvaluation } from './zh-CN.department-evaluation.js';
import { review } from './zh-CN.review.js';
import { departmentTargets } from './zh-CN.department-targets.js';
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

/** Any text a command stores, against its limit (common/limits.ts, common/text-input.ts). */
const text = {
  tooLong: (p: { length: number; max: number }) => `有 ${p.length} 个字符，超过了此栏的上限 ${p.max} 个字符：请精简后再提交`,
  listTooLong: (p: { length: number; max: number }) => `有 ${p.length} 项，超过了上限 ${p.max} 项：请合并或删减后再提交`,
  /** "第 3 个字符". */
  position: (index: number) => `第 ${index + 1} 个字符`,
  layoutOnOneLine: (p: { where: string; name: string; code: string }) => `${p.where}是${p.name}（${p.code}）：此栏只能填写一行，请删去换行和制表符`,
  invisible: (p: { where: string; name: string; code: string }) => `${p.where}是${p.name}（${p.code}）：它看不见，却会改变文字的显示或存储，请删去后再提交`,
  loneSurrogate: '不成对的代理项（残缺的字符编码）',
  otherControl: '不可见的控制字符',
  /** The characters a person is told to delete, by name. */
  characterNames: {
    '\u0000': '空字符 NUL',
    '\t': '制表符',
    '\n': '换行符',
    '\r': '回车符',
    '\u001B': '转义符 ESC',
    '\u007F': '删除符 DEL',
    '\u00AD': '软连字符',
    '\u200B': '零宽空格',
    '\u200C': '零宽非连接符',
    '\u200D': '零宽连接符',
    '\u200E': '从左到右标记',
    '\u200F': '从右到左标记',
    '\u202A': '从左到右嵌入',
    '\u202B': '从右到左嵌入',
    '\u202C': '方向格式结束符',
    '\u202D': '从左到右覆盖',
    '\u202E': '从右到左覆盖',
    '\u2060': '零宽不换行符',
    '\u2066': '从左到右隔离',
    '\u2067': '从右到左隔离',
    '\u2068': '首字符方向隔离',
    '\u2069': '方向隔离结束符',
    '\uFEFF': '零宽不换行空格（BOM）',
  } as Readonly<Record<string, string>>,
};

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
  correcting: (noun: string) => `更正该${noun}`,
  unnamedStep: (stepId: string) => `步骤「${stepId}」`,
  /** How a refusal names a reviewed document of a project without saying anything of it. */
  documentOfProject: '该项目的这份文件',
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
  nothingToCorrect: (stage: string) => `没有已批准的内容可更正：${stage}。在经办人手中时可直接修改。`,
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
  /** A count, amount or duration below 0; only a percentage (a growth rate) may be. */
  negativeMeasure: (p: { given: string; level3: string; target: string }) =>
    `「${p.given}」小于 0：${p.level3} 的指标值是 ${p.target}，计的是数量，完成值不会是负数；请填写实际达到的数值（只有百分比指标，如增长率，才可能小于 0）`,
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

/** Amounts as people type them: yuan with at most two decimals (万元 where a form prints it). */
const money = {
  notAUnit: (given: string) => `「${given}」不是金额单位：请使用 元 或 万元`,
  notExact: (given: string) => `${given} 不是能精确保存的以分计整数`,
  advice: (p: { scale: number; example: string }) => `请用数字填写，最多 ${p.scale} 位小数，例如 ${p.example}`,
  notText: (p: { given: string; unit: string; advice: string }) => `${p.given} 不是以${p.unit}计的金额：请以文字发送；${p.advice}`,
  empty: (p: { given: string; unit: string; advice: string }) => `「${p.given}」不是以${p.unit}计的金额：内容为空；${p.advice}`,
  negative: (p: { given: string; unit: string; example: string }) => `「${p.given}」是负数：以${p.unit}计的金额须为 0 或以上，例如 ${p.example}`,
  grouped: (p: { given: string; example: string }) => `「${p.given}」带有千位分隔符：请去掉逗号，例如 ${p.example}`,
  notAnAmount: (p: { given: string; unit: string; advice: string }) => `「${p.given}」不是以${p.unit}计的金额：${p.advice}`,
  tooManyDecimals: (p: { given: string; scale: number; unit: string; smallest: string; example: string }) =>
    `「${p.given}」超过 ${p.scale} 位小数：以${p.unit}计的金额精确到分（${p.smallest}），例如 ${p.example}`,
  aboveMaximum: (p: { given: string; maximum: string }) =>
    `「${p.given}」超出金额上限：任何金额都须小于 1 万亿元（至多 ${p.maximum} 元），请核对单位（元或万元）和小数点位置`,
};

/** 支出台账 (the disbursement ledger). */
const ledger = {
  recording: '登记支出',
  reversing: '冲销支出',
  keeperNeeded: (p: { doing: string; unitCode: string }) => `${p.doing}需要单位 ${p.unitCode} 的${role('OFFICE')}`,
  auditorChangesNothing: (needed: string) => `${needed}：审计（AUDITOR）只查看台账，不作任何修改。`,
  noOfficeRole: (p: { needed: string; rolesHeld: string }) => `${p.needed}：你没有 OFFICE 角色（${p.rolesHeld}）。`,
  officeElsewhere: (p: { needed: string; unit: string }) => `${p.needed}：你是${p.unit}的办公室。`,
  noTable: (p: { projectCode: string; fiscalYear: number }) =>
    `项目 ${p.projectCode} ${p.fiscalYear} 年度没有目标表：支出只能登记在已批准的目标表下，请先起草、提交并批准。`,
  neverApproved: (p: { projectCode: string; fiscalYear: number; status: string; statusLabel: string }) =>
    `项目 ${p.projectCode} ${p.fiscalYear} 年度的目标表状态为${p.statusLabel}（${p.status}），从未批准：支出只能登记在已批准的目标表下。`,
  reasonExample: '凭证金额录入错误',
  entryNotFound: (p: { entryNumber: string; projectCode: string; fiscalYear: number; count: number }) =>
    `项目 ${p.projectCode} ${p.fiscalYear} 年度的台账中没有第 ${p.entryNumber} 笔：` +
    (p.count === 0 ? '台账还没有任何记录。' : `记录编号为 1 至 ${p.count}。`),
  reversalNotReversed: (p: { entryNumber: number; amount: string }) =>
    `第 ${p.entryNumber} 笔本身是冲销（${p.amount} 元）：冲销不能再冲销；如需要，请重新登记该笔支出。`,
  alreadyReversed: (p: { entryNumber: number; amount: string; date: string; voucherNumber: string; reversedBy: number }) =>
    `第 ${p.entryNumber} 笔（${p.date}，${p.amount} 元，凭证号 ${p.voucherNumber}）已由第 ${p.reversedBy} 笔冲销：每笔只能冲销一次。`,
  voucherUsed: (p: { voucherNumber: string; entryNumber: number; amount: string; date: string }) =>
    `凭证号 ${p.voucherNumber} 已被本项目台账第 ${p.entryNumber} 笔使用（${p.date}，${p.amount} 元）：` +
    `请为本笔支出使用自己的凭证号；如第 ${p.entryNumber} 笔是误登，请先冲销它。`,
  overBudget: (p: { amount: string; newTotal: string; budget: string; version: number; recorded: string; remaining: string }) =>
    `本笔支出 ${p.amount} 元将使累计支出达到 ${p.newTotal} 元，超过预算 ${p.budget} 元（已批准第 ${p.version} 版）：` +
    `目前已登记 ${p.recorded} 元，最多还可支出 ${p.remaining} 元。`,
  negativeAmount: (given: string) => `「${given}」是负数：支出金额须大于 0.00 元；如要收回一笔支出，请冲销该笔（reverseDisbursement）`,
  zeroAmount: (given: string) => `「${given}」为 0.00 元：支出金额须大于 0.00，例如 1000.00`,
  notADate: (p: { given: string; fiscalYear: number }) => `「${p.given}」不是日期：请按 YYYY-MM-DD 填写支付日期，例如 ${p.fiscalYear}-05-20`,
  outsideYear: (p: { given: string; fiscalYear: number }) =>
    `${p.given} 不在 ${p.fiscalYear} 预算年度内：本台账的支付日期应在 ${p.fiscalYear}-01-01 至 ${p.fiscalYear}-12-31 之间`,
  required: (what: string) => `必填：请填写${what}`,
  voucherWhat: '支付凭证号，例如 记-2022-0315',
  payeeWhat: '收款人，例如 巨鹿县就业服务中心',
};

/** 用户与组织 (the directory an administrator keeps). */
const directory = {
  creatingUnit: '新建单位',
  creatingSection: '新建科室',
  registeringUser: '登记用户',
  grantingRole: '授予角色',
  revokingRole: '撤销角色',
  deactivatingUser: '停用用户',
  configuringChain: '配置审批链',
  changingPassword: '修改密码',
  userNameOf: (p: { displayName: string; userName: string }) => `${p.displayName}（${p.userName}）`,
  adminNeeded: (p: { action: string; standing: string }) => `${p.action}需要管理员（ADMIN）角色：${p.standing}。请联系管理员。`,
  selfOrAdminNeeded: (p: { action: string; standing: string }) =>
    `为其他用户${p.action}需要管理员（ADMIN）角色：${p.standing}。你只能修改自己的密码。`,
  notInDirectory: (userId: string) => `用户 ${userId} 不在用户目录中`,
  deactivatedAccount: (user: string) => `${user}的账号已停用`,
  noRole: (user: string) => `${user}没有任何角色`,
  hasRoles: (p: { user: string; roles: readonly string[] }) => `${p.user}的角色是 ${roles(p.roles)}`,
  noUnit: (unitCode: string) => `没有单位 ${unitCode}：请先新建（createUnit），或检查单位编码`,
  noSection: (p: { sectionId: string; unitCode: string }) => `没有科室 ${p.sectionId}：请先在单位 ${p.unitCode} 中新建（createSection）`,
  sectionOfOtherUnit: (p: { sectionId: string; sectionUnit: string; unitCode: string }) =>
    `科室 ${p.sectionId} 属于单位 ${p.sectionUnit}，不属于单位 ${p.unitCode}：请在该单位登记用户，或选择单位 ${p.unitCode} 的科室`,
  noUser: (userId: string) => `没有 id 为 ${userId} 的用户：请先登记（registerUser），或检查 id`,
  notAUnitCode: (given: string) => `${given} 不是单位编码：最多 20 位字母和数字，例如 323001`,
  notASectionId: (given: string) => `${given} 不是科室 id：最多 40 位字母、数字、'-' 或 '_'，例如 323001-jiuye`,
  notAUserId: (given: string) => `${given} 不是用户 id：最多 64 位字母、数字、'-' 或 '_'`,
  notALoginName: (given: string) => `${given} 不是登录名：3 至 64 位字母、数字、'.'、'_'、'@' 或 '-'，以字母或数字开头，例如 zhangsan 或 zhang.san`,
  nameRequired: (example: string) => `必填：请填写名称，例如 ${example}`,
  atNotAnInstant: '须为带时区的 ISO-8601 时刻，例如 2022-03-01T08:00:00Z',
  unlockedByRequired: '须为解锁的管理员的用户标识',
  notAPasswordHash: '不是密码散列：请用 hashPassword（libs/auth）计算密码的散列并发送其结果，切勿发送密码本身',
  nothing: '（空）',
  notARole: (given: string) => `${given} 不是角色：请使用 ${roles(['PREPARER', 'SECTION_HEAD', 'OFFICE', 'LEADER', 'AUDITOR', 'ADMIN'])} 之一`,
  deactivatedNoPassword: (user: string) => `${user}已停用：停用的账号不能登录，因此不修改其密码`,
  lastAdmin: (user: string) => `${user}是最后一位在用的管理员（ADMIN）：请先把 ADMIN 授予另一位用户，否则将无人能管理用户目录`,
  userIdTaken: (p: { userId: string; user: string }) => `用户 id ${p.userId} 已属于${p.user}：请使用新的 id`,
  userNameTaken: (p: { userName: string; user: string; active: boolean; suggestion: string }) =>
    `登录名 ${p.userName} 已被${p.user}${p.active ? '' : '（已停用）'}使用：请另选一个，例如 ${p.suggestion}`,
  alreadyBootstrapped: (count: number) => `用户目录已有 ${count} 位用户：首位管理员已存在，请以管理员身份登录并登记用户（registerUser）。`,
  sectionExists: (p: { sectionId: string; name: string; unitCode: string }) => `科室 ${p.sectionId} 已存在，是单位 ${p.unitCode} 的「${p.name}」：请另选 id`,
  sectionNameTaken: (p: { unitCode: string; name: string; sectionId: string }) => `单位 ${p.unitCode} 已有名为「${p.name}」的科室（${p.sectionId}）：请另选名称`,
  unitExists: (p: { unitCode: string; name: string }) => `单位 ${p.unitCode} 已存在，名为「${p.name}」：请另选编码`,
  unitNameTaken: (p: { unitCode: string; name: string }) => `单位 ${p.unitCode} 已名为「${p.name}」：请另选名称`,
  deactivatedNoRole: (user: string) => `${user}已停用：停用的用户不能被授予角色；如其返岗，请登记新账号`,
  sectionRoleWithoutSection: (p: { role: string; user: string }) =>
    `${role(p.role)}只处理本科室的项目，而${p.user}不属于任何科室：请登记带 sectionId 的用户后再授予 ${p.role}`,
  unitRoleWithoutUnit: (p: { role: string; user: string }) =>
    `${role(p.role)}只处理本单位的事务，而${p.user}不属于任何单位：请在该单位登记用户后再授予 ${p.role}`,
  unitNotInDirectory: (unitCode: string) => `单位 ${unitCode} 不在用户目录中：须由管理员先新建该单位，其事项才能提交。`,
  chain: {
    empty: '为空：请按顺序给出步骤，例如 [{ step: SECTION, role: SECTION_HEAD }, { step: OFFICE, role: OFFICE }]',
    notAStep: (p: { given: string; steps: string }) => `${p.given} 不是步骤：请使用 ${p.steps} 之一`,
    notARole: (p: { given: string; roles: string }) => `${p.given} 不是角色：请使用 ${p.roles} 之一`,
    repeated: (p: { step: string; earlier: number }) => `${p.step} 已是第 ${p.earlier} 步：每个步骤在审批链中最多出现一次`,
    roleCannotDecide: (p: { role: string; step: string; fitting: readonly string[] }) =>
      `${role(p.role)}不能审核 ${p.step} 步骤：请使用 ${p.fitting.join(' 或 ')}`,
    officeMissing: '没有 OFFICE 步骤：办公室审核每一张表，请加上 { step: OFFICE, role: OFFICE }',
    noSectionStep: '部门整体绩效目标不属于任何科室，其审批链不能有 SECTION 步骤：请使用 OFFICE 和 LEADER',
    notAKind: (p: { given: string; kinds: readonly string[] }) => `${p.given} 不是审批链的文件类型：请使用 ${p.kinds.join('、')} 之一`,
  },
};

/** 登录 (sign-in and its throttling). */
const login = {
  notAnInstant: (given: string) => `${given} 不是带时区的 ISO-8601 时刻，例如 2022-03-01T08:00:00Z`,
  addressRequired: '必填：请发送调用方的网络地址，没有时填 "unknown"',
  addressTooLong: (p: { length: number; max: number }) => `长 ${p.length} 个字符：网络地址最多 ${p.max} 个`,
  wrong: '用户名或密码错误：请检查后重试。',
  wrongAndLocked: (until: string) => `用户名或密码错误，多次失败后登录已锁定至 ${until}：请等待，或请管理员检查你的账号。`,
  deactivated: '该账号已停用：如仍需使用，请联系管理员。',
  /** Only this user from this address is slowed: the same user elsewhere signs in as usual. */
  throttledAtAddress: (p: { seconds: number; until: string | null }) =>
    `此用户从您的网络地址登录失败次数过多：请等待 ${p.seconds} 秒（至 ${p.until ?? ''}）再试；在其他地点登录不受影响。`,
  fromAddress: '来自你的网络地址的',
  forUser: '该用户的',
  throttled: (p: { whose: string; seconds: number; until: string | null }) =>
    `${p.whose}登录失败次数过多：请等待 ${p.seconds} 秒（至 ${p.until ?? ''}）后重试。`,
  locked: (p: { whose: string; until: string | null }) => `${p.whose}登录因多次失败已锁定至 ${p.until ?? ''}：请等到那时，或联系管理员。`,
};

/** Reading a target table as sent (target-table-input.ts). */
const tableInput = {
  missing: '缺少：请发送目标表的内容',
  required: (what: string) => `必填：请填写${what}`,
  nameWhat: '项目名称（与表上一致），例如 就业工作经费',
  unitCodeWhat: '预算单位编码，例如 323001',
  unitNameWhat: '预算单位名称，例如 巨鹿县人力资源和社会保障局本级',
  goalWhat: '该绩效目标，或将其从列表中删除',
  level1What: '一级指标（与表上一致），例如 产出指标',
  level3What: '三级指标（与表上一致），例如 开展就业培训数',
  budgetRequired: '必填：请以元填写 total 和 fiscal，例如 { total: "200000.00", fiscal: "200000.00" }',
  planNotAnObject: '须为包含累计金额 mar、jun、oct、dec（元）的对象',
  goalsNotAList: '须为绩效目标的列表；暂无时发送 []',
  indicatorsNotAList: '须为绩效指标的列表；暂无时发送 []',
  indicatorNotAnObject: '须为含 level1、level2、level3、description、valueText 和 basis 的指标',
  notText: '须为文字；表上为空时发送 ""',
  sectionBlank: '为空白：请不填（null），或填写该项目所属科室的 id',
  notTheUnitName: (p: { given: string; unitCode: string; directoryName: string }) =>
    `「${p.given}」不是单位 ${p.unitCode} 的名称：单位目录中 ${p.unitCode} 是「${p.directoryName}」，请填写这一名称，或核对单位编码`,
};

/** The submission checks (target-table/validation): each finding names the figures involved. */
const validation = {
  budgetMissing: '预算数为 0.00 元：绩效目标表为有预算的项目而设，请填写项目批复的预算数（财政资金与其他资金之和）和相应的资金支出计划。',
  goalsMissing: '未填写年度绩效目标：请至少写一条本年度要达到的目标，例如「1.健全就业服务体系，开展职业技能培训10次」。',
  /** 第 3 项指标「开展就业培训数」: numbered from 1, as on the form. */
  indicator: (p: { index: number; level3: string }) => (p.level3 === '' ? `第 ${p.index + 1} 项指标` : `第 ${p.index + 1} 项指标「${p.level3}」`),
  yuan: (amount: string) => `${amount} 元`,
  basisOtherDocument: (p: { indicator: string; cited: string; project: string }) =>
    `${p.indicator}的指标值确定依据引用了 ${p.cited}，但本项目的资金文件是 ${p.project}：请核实该依据是否属于本项目。`,
  basisMissing: (indicator: string) =>
    `${indicator}的指标值确定依据为空：请说明目标值的来源，例如 县委县政府工作安排、行业标准、预算安排 或确定该值的文件文号。`,
  budgetSum: (p: { fiscal: string; other: string; sum: string; total: string }) =>
    `财政资金 ${p.fiscal} + 其他资金 ${p.other} = ${p.sum}，但预算数为 ${p.total}：财政资金与其他资金之和须等于预算数。`,
  costIndicatorMissing:
    '没有成本指标：请在产出指标下增加二级指标为「成本指标」的指标，或增加一级指标「成本指标」，说明项目的成本，例如 人均补贴水平 ≤2420元。',
  costIsMinimum: (valueText: string) => `其目标值「${valueText}」是下限`,
  costSpeaksOf: (words: string) => `其内容涉及${words}`,
  costNotACost: (p: { indicator: string; reasons: string }) =>
    `${p.indicator}是成本指标，但读起来像收入或比率而不是成本：${p.reasons}。` +
    '成本目标应是上限或固定金额（例如 ≤2420元）：请在此说明项目的成本，收入或比率目标请放到其他二级指标下。',
  reasonSeparator: '，且',
  level1GroupMissing: (p: { group: string; example: string }) => `${p.group}下没有任何指标：请至少增加一项，例如 ${p.example}。`,
  level1Unknown: (p: { indicator: string; level1: string }) =>
    `${p.indicator}的一级指标是「${p.level1}」，不是规定的一级指标：请使用 产出指标、效益指标、满意度指标 或 成本指标。`,
  level2Missing: (p: { indicator: string; parent: string; suggestions: string }) =>
    `${p.indicator}的二级指标为空：在${p.parent}下请使用 ${p.suggestions}。`,
  level2Home: (home: string) => `（它应归在${home}下）`,
  level2Mismatch: (p: { indicator: string; parent: string; level2: string; where: string; suggestions: string }) =>
    `${p.indicator}归在 ${p.parent} /「${p.level2}」下，但「${p.level2}」不是${p.parent}的二级指标${p.where}：在${p.parent}下请使用 ${p.suggestions}。`,
  planColumnMissing: (label: string) => `资金支出计划（${label}）未填写：请填写截至该时点计划累计支出的金额（没有则填 0.00）。`,
  planPerQuarter: (p: { columns: string; total: string; cumulative: string }) =>
    `资金支出计划看起来是按季度填写的，而不是累计数：${p.columns} = ${p.total}，正好是预算数。` +
    `每一栏应是截至该时点的累计计划数：请填写 ${p.cumulative}。`,
  planColumn: (p: { label: string; amount: string }) => `${p.label} ${p.amount}`,
  planNotCumulative: (p: { label: string; amount: string; previous: string; previousAmount: string }) =>
    `资金支出计划（${p.label}）${p.amount} 少于（${p.previous}）${p.previousAmount}：计划是累计数，每一栏至少等于前一栏。`,
  planNotAtTotal: (p: { dec: string; total: string }) => `资金支出计划（12月底）为 ${p.dec}，但预算数为 ${p.total}：累计计划在年底应等于预算数。`,
  sectionMissing: '该表没有所属科室：请把 sectionId 设为项目所属的科室，以便由科室负责人审核。',
  targetUnitMissing: (p: { indicator: string; valueText: string }) =>
    `${p.indicator}的指标值「${p.valueText}」没有计量单位：请说明计的是什么，例如 ${p.valueText}% 或 ${p.valueText}人。`,
  howToWrite: '请写出比较符、数值和单位（例如 ≥300人、≤2420元），或写等级短语（例如 效果显著）',
  targetValueMissing: (p: { indicator: string; howToWrite: string }) => `${p.indicator}的指标值为空：${p.howToWrite}。`,
  freeText: '自由文字',
  wordWithoutNumber: '没有数字的词语',
  targetNotMeasurable: (p: { indicator: string; valueText: string; what: string; howToWrite: string }) =>
    `${p.indicator}的指标值「${p.valueText}」是${p.what}，无法衡量：${p.howToWrite}。`,
};

/** Sign-in tokens and passwords (libs/auth). */
const auth = {
  signInFirst: '请先登录：把 login 返回的令牌放在请求头 "Authorization: Bearer <token>" 中发送。',
  signInFirstSocket: '请先登录：在 connectionParams 中发送登录令牌 { authorization: "Bearer <token>" }。',
  tokenExpired: (at: string) => `登录令牌已于 ${at} 过期：请重新登录。`,
  tokenNotYetValid: (at: string) => `登录令牌在 ${at} 之前无效：请检查本机时钟是否正确，或重新登录。`,
  tokenInvalid: (why: string) => `登录令牌无效：${why}。请重新登录。`,
  tokenWhy: {
    notThreeParts: '它不是由三段（以点分隔）组成的令牌',
    wrongAlgorithm: (alg: string) => `它必须以 HS256 签名，而不是 ${alg}`,
    foreignHeader: '它的头部不是本服务器写的',
    signatureMismatch: '签名不符（被改动过，或用另一个密钥签名）',
    issuedInFuture: (at: string) => `它声称签发于未来的 ${at}`,
    foreignClaims: '它的声明不是本服务器写的',
    notBase64Json: '其中一段不是 base64url 编码的 JSON',
  },
  tokenUnknownUser: '登录令牌指向的用户不在用户目录中：请重新登录。',
  /** A token signed before the password last changed no longer signs anyone in. */
  passwordChangedSince: (p: { userName: string; changedAt: string }) =>
    `${p.userName} 的密码已于 ${p.changedAt} 更改，此前签发的登录令牌已失效：请用新密码重新登录。`,
  accountDeactivated: (user: string) => `${user}的账号已停用：如仍需使用，请联系管理员。`,
  passwordRequired: '必填：请以文字发送密码',
  passwordTooShort: (p: { length: number; min: number }) => `长 ${p.length} 个字符：密码至少需要 ${p.min} 个字符；一句短语既好记又难猜`,
  passwordTooLong: (p: { length: number; max: number }) => `长 ${p.length} 个字符：密码最多 ${p.max} 个字符`,
  notCurrentPassword: '不是你当前的密码：请输入你登录时使用的密码',
  otherUsersPassword: '修改其他用户的密码需要管理员（ADMIN）角色：你只能修改自己的密码。',
  rolesNeeded: (p: { doing: string; roles: readonly string[]; rolesHeld: string }) =>
    `${p.doing}需要${roles(p.roles, '或')}角色：${p.rolesHeld}。请联系管理员。`,
};

/** Refusals at the edge of the API: arguments, reading scope, limits, time-outs. */
const api = {
  /** The GraphiQL page served at the GraphQL path (graphql/graphiql). */
  graphiql: {
    title: '绩效目标 GraphiQL',
    noScript: '请启用 JavaScript 以使用 GraphiQL。',
    firstQuery: `# 欢迎使用绩效目标 GraphQL 接口。
# 先登录取得令牌：
#   mutation { login(userName: "office", password: "demo-password-1") { token } }
# 再在下方 Headers 中填入 {"Authorization": "Bearer <令牌>"}，然后即可查询，例如：
#   query { me { id name roles } }
# 右侧“文档”（Docs）列出全部查询、变更和订阅。
`,
  },
  noSuchUser: (userId: string) => `目录中没有用户 ${userId}：请核对 userId。`,
  /** What graphql-js or Apollo found wrong before any resolver ran; its own words follow. */
  request: {
    noSuchOperation: (detail: string) => `请求中没有这个名字的操作：${detail}`,
    wrongType: (detail: string) => `值不符合类型：${detail}`,
  },
  /** A commandId sent again with other content (or for another mutation): nothing is written. */
  commandIdUsedForOther: (commandId: string) =>
    `命令编号 ${commandId} 已用于另一条内容不同的命令，本次未写入任何内容：重试时请发送与第一次完全相同的内容；新的命令请使用新的编号（或不填 commandId）。`,
  commandIdUsedForOtherField: (commandId: string) => `${commandId} 已用于另一条命令：请换一个新的命令编号`,
  listingUsers: '列出用户',
  peopleNeedUnit: '你不属于任何单位：请用 unitCode 指明要查看哪个单位的人员（审计和管理员可查看任何单位）。',
  peopleOfOtherUnit: (p: { own: string | null; asked: string }) =>
    `只有审计（AUDITOR）和管理员（ADMIN）可以查看其他单位的人员：你属于${p.own === null ? '无所属单位' : `单位 ${p.own}`}，不能查看单位 ${p.asked}。`,
  verifyingTrail: '校验审计轨迹',
  anchoringTrail: '锚定审计轨迹',
  /** What is read, as a refusal names it: "项目 P1 2022 年度的目标表". */
  tableOf: (p: { projectCode: string; fiscalYear: number }) => `项目 ${p.projectCode} ${p.fiscalYear} 年度的目标表`,
  midtermOf: (projectCode: string) => `项目 ${projectCode} 的绩效运行监控`,
  evaluationOf: (projectCode: string) => `项目 ${projectCode} 的绩效自评`,
  executionOf: (projectCode: string) => `项目 ${projectCode} 的预算执行`,
  versionsOf: (p: { projectCode: string; fiscalYear: number }) => `项目 ${p.projectCode} ${p.fiscalYear} 年度目标表的各版本`,
  readingMidterms: '查看绩效运行监控',
  readingEvaluations: '查看绩效自评',
  readingExecution: '查看预算执行',
  leaveUnitOut: '不填 unitCode 即可查看你可查看的所有单位。',
  noTable: (p: { projectCode: string; fiscalYear: number }) => `没有项目 ${p.projectCode} ${p.fiscalYear} 年度的目标表：请检查项目编码和年度，或先起草。`,
  noVersion: (p: { projectCode: string; fiscalYear: number; version: number; held: string }) =>
    `项目 ${p.projectCode} ${p.fiscalYear} 年度的目标表没有第 ${p.version} 版：现有版本为 ${p.held}。`,
  noMidterm: (p: { projectCode: string; fiscalYear: number }) => `项目 ${p.projectCode} ${p.fiscalYear} 年度没有绩效运行监控：请先开启（openMidtermReview）。`,
  noProgress: (p: { projectCode: string; fiscalYear: number }) =>
    `项目 ${p.projectCode} ${p.fiscalYear} 年度没有进度填报或绩效运行监控：请先填报进度或开启监控。`,
  noEvaluation: (p: { projectCode: string; fiscalYear: number }) => `项目 ${p.projectCode} ${p.fiscalYear} 年度没有绩效自评：请先开启（openFinalEvaluation）。`,
  noBaseline: (p: { projectCode: string; fiscalYear: number; when: string | null }) =>
    `项目 ${p.projectCode} ${p.fiscalYear} 年度${p.when === null ? '' : `在 ${p.when} `}没有已批准的目标表：预算执行以已批准的基线为准。`,
  asOfInFuture: (p: { asOf: string; now: string }) => `asOf ${p.asOf} 在未来（现在是 ${p.now}）：请查询已过去的时刻，或不填 asOf 查看目标表现状。`,
  noTableAt: (p: { projectCode: string; fiscalYear: number; asOf: string; firstDrafted: string | null }) =>
    `${p.firstDrafted === null ? '' : `目标表首次起草于 ${p.firstDrafted}；`}在 ${p.asOf} 时没有项目 ${p.projectCode} ${p.fiscalYear} 年度的目标表。请检查项目编码、年度和时刻。`,
  pageSize: (p: { given: string; max: number }) => `每页条数须为 1 到 ${p.max} 的整数，收到 ${p.given}`,
  filterTooLong: (p: { length: number; max: number }) => `筛选文字最多 ${p.max} 个字符，收到 ${p.length} 个：请缩短后再查询`,
  notAPosition: (given: string) => `minPosition 须为某次变更返回的 position（只含数字），收到的是「${given}」。`,
  notAnInstant: (argument: string) => `${argument} 须为 ISO-8601 日期时间，例如 2022-06-30T16:00:00Z。`,
  notAnInstantWithZone: (given: string) => `asOf 须为带时区的 ISO-8601 时刻，例如 2022-07-31T18:00:00+08:00，收到的是「${given}」。`,
  notADate: (given: string) => `through 须为 YYYY-MM-DD 格式的日期，例如 2022-07-31，收到的是「${given}」。`,
  badCommandId: (given: string) => `commandId 须为 1 至 100 位字母、数字或 . _ : -（建议用 UUID），收到的是「${given}」。`,
  badCorrelationId: (given: string) => `x-correlation-id 须为 1 至 100 位字母、数字或 . _ : -，收到的是「${given}」。`,
  viewsBehind: (p: { position: string; ms: number }) => `读取视图在 ${p.ms} 毫秒内未到达位置 ${p.position}；你的变更已保存。请稍后重试查询。`,
  followNeedsUnit: (rolesHeld: string) =>
    `关注目标表变化需要所属单位：你不属于任何单位，也没有审计（AUDITOR）或管理员（ADMIN）角色（${rolesHeld}）。`,
  followOtherUnit: (p: { unitCode: string; unit: string; rolesHeld: string }) =>
    `关注单位 ${p.unitCode} 的目标表需要属于该单位，或拥有审计（AUDITOR）或管理员（ADMIN）角色：你属于${p.unit}（${p.rolesHeld}）。`,
  wholeTrailNoUnit: '完整的审计轨迹仅供审计（AUDITOR）和管理员（ADMIN）查看；其他人查看本单位的记录，而你不属于任何单位。',
  wholeTrailOtherUnit: (p: { own: string; asked: string }) =>
    `完整的审计轨迹仅供审计（AUDITOR）和管理员（ADMIN）查看；你只能查看本单位 ${p.own} 的记录，不能查看单位 ${p.asked} 的记录。`,
  loginAttemptsRestricted: '登录记录（kind LOGIN）仅供审计（AUDITOR）和管理员（ADMIN）查看。',
  /** The query limits (graphql/query-limits): refused before anything of the operation runs. */
  queryLimits: {
    tooManyDirectives: (p: { count: number; max: number }) => `请求用了 ${p.count} 个指令（@include、@skip 等），最多允许 ${p.max} 个`,
    tooDeep: (p: { depth: number; max: number }) => `嵌套 ${p.depth} 层，最多允许 ${p.max} 层：请少要几层嵌套字段`,
    tooManyAliases: (p: { count: number; max: number }) => `用了 ${p.count} 个别名，最多允许 ${p.max} 个：请分几次请求`,
    tooCostly: (p: { cost: number; max: number }) => `估计要处理约 ${p.cost} 个对象，最多允许 ${p.max} 个：请把每页（first）取小，或少要些字段`,
    exceeded: (summary: string) => `请求超出限制 — ${summary}`,
    introspectionOff: (field: string) => `本服务器已关闭架构查询（${field}），请向管理员索取接口文档。`,
  },
  bodyTooLarge: (maxBytes: number) => `请求体超过 ${maxBytes} 字节：请分次发送（例如拆分文档）。`,
  bodyNotJson: '请求体不是有效的 JSON：请以 content-type application/json 发送 {"query": "...", "variables": {...}}。',
  badCursor: (cursor: string) => `游标「${cursor}」不是本列表给出的：请把上一页的 endCursor 作为 after 发送，或不填 after 从第一页开始。`,
  concurrentChange: '同一对象刚被另一项变更写入：请重新读取后再试。',
  commandIdReused: '该 commandId 已用于另一条命令：重试时请发送完全相同的内容，新的命令请使用新的 commandId。',
  /** Importing a document over GraphQL (target-document-importer.ts). */
  import: {
    noYear: '文档没有写明年度：请填写其目标所属的年度，例如 2022',
    noTables: '文档中没有项目绩效目标表：是否选错了文档？',
    noSection: (sectionId: string) => `用户目录中没有科室 ${sectionId}：请填写已有科室的 id，或不填`,
    importing: (p: { seq: number; code: string; draft: boolean }) => `把第 ${p.seq} 张表（${p.code}）导入为${p.draft ? '草稿' : '已批准的基线'}`,
    /** A table skipped by importValidOnly because the caller may not import it. */
    notPermitted: (refusal: string) => `无权导入：${refusal}`,
    atLine: (line: number) => `第 ${line} 行`,
    atTable: (p: { seq: number; title: string | null; line: number }) => `第 ${p.seq} 张表${p.title === null ? '' : `（${p.title}）`}第 ${p.line} 行`,
    cellProblem: (p: { seq: number; code: string; cell: string; field: string; message: string }) => `第 ${p.seq} 张表（${p.code}），${p.cell}：${p.field} ${p.message}`,
    tableProblem: (p: { seq: number; code: string; from: number; to: number; field: string; message: string }) =>
      `第 ${p.seq} 张表（${p.code}），第 ${p.from}–${p.to} 行：${p.field} ${p.message}`,
    partOneProblem: (p: { field: string; message: string }) => `第一部分（部门整体绩效目标）：${p.field} ${p.message}`,
  },
};

/** Reading a published document of target tables (target-document/), as the import reports it. */
const documentImport = {
  tooLarge: (p: { bytes: number; max: number }) =>
    `有 ${p.bytes} 字节，超过了 ${p.max} 字节（2 MB）的上限：一个单位全年的绩效目标文件远小于此。请确认是不是选错了文件，或把文件拆成几份分别导入。`,
  notUtf8: {
    message: (found: string) => `不是 UTF-8 编码的文本（${found}）：文件可能是 GBK、GB18030 或 UTF-16 编码。请用文本编辑器把它另存为 UTF-8 编码后再导入。`,
    /** A file is read as UTF-8 or GB18030 (GBK): one that is neither. */
    fileMessage: (found: string) => `既不是 UTF-8 也不是 GB18030（GBK）编码的文本（${found}）：请用文本编辑器把它另存为 UTF-8 编码后再导入。`,
    utf16Mark: '文件以 UTF-16 的字节顺序标记开头',
    foreignBytes: '文件中有既不属于 UTF-8 也不属于 GB18030 的字节',
    replacementCharacter: '文本中有替换字符 U+FFFD，即发送前按 UTF-8 读取时无法识别的字节',
    nulOrMark: '文本中有 NUL 字符或 UTF-16 的字节顺序标记',
  },
  repeatedTable: (p: { repeat: { seq: number; from: number; to: number }; first: { seq: number; from: number; to: number }; code: string }) =>
    `重复的表：第 ${p.repeat.from}–${p.repeat.to} 行的表 ${p.repeat.seq} 与第 ${p.first.from}–${p.first.to} 行的表 ${p.first.seq} ` +
    `是同一个项目（项目编码 ${p.code}）。一个项目在文件中只应有一张表：后面这张不会覆盖前面那张，请删去多余的一张。`,
  planYearTotalOnly: (amount: string) =>
    `资金支出计划只印了一个金额（${amount}），等于预算数：按累计计划读作 12月底 ${amount}，3月底、6月底、10月底为空；请核对各时点的计划。`,
  groupLabelBeforeValue: (p: { where: string; valueText: string; label: string; readAs: string }) =>
    `${p.where}：指标值「${p.valueText}」在数字前多印了指标组名「${p.label}」，已读作 ${p.readAs}；请核对印刷的表，必要时改正指标值。`,
  notAnAmountUnit: (unit: string) => `单位为「${unit}」：只能导入以 元 或 万元 计的表`,
  noTable: '没有找到项目绩效目标表：一张表以带编号的标题开头（例如 1.就业工作经费绩效目标表），其后是单位行（例如 323001巨鹿县人力资源和社会保障局本级 单位：万元）',
  noIndicatorHeader: (p: { line: number; cutOff: boolean }) =>
    `没有指标表头（一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据）${p.cutOff ? '：绩效目标之后表格被截断' : `：第 ${p.line} 行的指标行之前缺少表头`}`,
  noIndicatorRow: '指标表头之后没有任何指标行：表格被截断',
  lastRowIncomplete: (line: number) => `最后一个指标行（第 ${line} 行）只有三个单元格：表格被截断`,
  rowsUnreadable: (line: number) =>
    `从第 ${line} 行起无法读取指标行：应依次为 三级指标、绩效指标描述、指标值 和 指标值确定依据（新的一组从 一级指标/二级指标 开始）`,
  labelNotFound: (p: { label: string; line: number }) => `第 ${p.line} 行之后找不到「${p.label}」：表格被截断，或不是绩效目标表`,
  notAnAmountLeftEmpty: (p: { label: string; token: string }) => `${p.label}为「${p.token}」，不是金额：已留空。`,
  notAProjectCode: (code: string) => `项目编码「${code}」不是由字母和数字组成的项目编码`,
  planColumnMissing: (p: { month: string; line: number }) => `资金支出计划在第 ${p.line} 行之后没有「${p.month}」栏`,
  planNotAmounts: (tokens: string) => `资金支出计划中的 ${tokens} 不是金额：已略去。`,
  planAmountCount: (p: { count: number; amounts: string; read: string | null }) =>
    `资金支出计划有 ${p.count} 个金额（${p.amounts === '' ? '无' : p.amounts}），而不是 4 个（3月底、6月底、10月底、12月底）` +
    `${p.read === null ? '' : `：从左起读作 ${p.read}`}；请核对它们属于哪些月份。`,
  tableFailure: (p: { seq: number; title: string; message: string }) => `第 ${p.seq} 张表（${p.title}）：${p.message}`,
  indicatorAt: (p: { index: number; line: number; level3: string }) => `第 ${p.index + 1} 项指标（第 ${p.line} 行，${p.level3}）`,
  cellMissing: (p: { where: string; cell: string }) => `${p.where}没有「${p.cell}」单元格：已按空白读取；请核对原表。`,
  valueWithoutNumber: (p: { where: string; valueText: string }) => `${p.where}：指标值单元格只有文字「${p.valueText}」，没有数字：文档中缺少目标数值。`,
  unreadable: (p: { place: string; field: string; message: string }) => `无法读取${p.place}：${p.field} ${p.message}`,
  error: (p: { place: string; message: string }) => `错误（${p.place}）：${p.message}`,
  warning: (p: { place: string; message: string }) => `提示（${p.place}）：${p.message}`,
  indicatorRow: (p: { index: number; line: string }) => `第 ${p.index + 1} 项指标（第 ${p.line} 行）`,
  indicatorCell: (p: { column: string; row: string }) => `${p.row}的${p.column}`,
  goal: (index: number) => `绩效目标第 ${index + 1} 项`,
};

/** The audit trail: labels are on the action kinds; these are the summaries and subjects (audit/). */
const audit = {
  subject: {
    project: (p: { noun: string; projectCode: string; fiscalYear: number }) => `${p.noun} ${p.projectCode}（${p.fiscalYear} 年度）`,
    targetTable: '目标表',
    ledger: '支出台账',
    midterm: '绩效运行监控',
    evaluation: '绩效自评',
    unit: (unitCode: string) => `单位 ${unitCode}`,
    section: (p: { sectionId: string; unitCode: string }) => `单位 ${p.unitCode} 的科室 ${p.sectionId}`,
    user: (user: string) => `用户 ${user}`,
    chain: (unitCode: string) => `单位 ${unitCode} 的审批链`,
    nobody: '不属于任何人的登录名',
    trailUpTo: (position: string) => `截至位置 ${position} 的审计轨迹`,
    projectOnly: (p: { projectCode: string; fiscalYear: number | null }) => `项目 ${p.projectCode}${p.fiscalYear === null ? '' : `（${p.fiscalYear} 年度）`}`,
  },
  /** "1 项指标": Chinese counts need no plural. */
  counted: (p: { count: number; noun: string }) => `${p.count} ${p.noun}`,
  indicatorNoun: '项指标',
  streamNoun: '个流',
  separator: '；',
  listSeparator: '，',
  indicator: (index: number) => `第 ${index + 1} 项指标`,
  submitted: (p: { resubmission: boolean; version: number; aboutVersion: string; route: string; after: string }) =>
    `${p.resubmission ? '重新提交' : '提交'}第 ${p.version} 版${p.aboutVersion}，审批流程 ${p.route}${p.after}`,
  adjustmentOf: (baseline: number) => `（调整基线第 ${baseline} 版）`,
  withWarnings: (count: number) => `，附 ${count} 条提示`,
  scoring: (score: string) => `，得分 ${score}`,
  stepApproved: (p: { step: string; version: number; next: string | null }) =>
    `批准第 ${p.version} 版的${p.step}；${p.next === null ? '这是最后一步' : `下一步为${p.next}`}`,
  /** A decision a substitute made: "代 李四 批准…（代理审批）". */
  asSubstitute: (p: { forUserId: string; summary: string }) => `代 ${personMarker(p.forUserId)} ${p.summary}（代理审批）`,
  delegated: (p: { substitute: string; delegator: string; step: string; unitCode: string; from: string; until: string; delegationId: string }) =>
    `指定 ${personMarker(p.substitute)} 代 ${personMarker(p.delegator)} 审核单位 ${p.unitCode} 的${p.step}（逾期满上报天数时可代理），${p.from} 至 ${p.until}（委托 ${p.delegationId}）`,
  delegationRevoked: (p: { delegationId: string }) => `撤销代理委托 ${p.delegationId}：此后代理人不能再据此审核`,
  finallyApproved: (p: { version: number; outcome: string }) => `第 ${p.version} 版已通过全部审批步骤，${p.outcome}`,
  baselineOutcome: (replaced: number | null) => `成为本年度的基线${replaced === null ? '' : `，取代第 ${replaced} 版`}`,
  midtermOutcome: '成为本年度的绩效运行监控结果',
  evaluationOutcome: (score: string) => `定稿：${score}`,
  returned: (p: { version: number; step: string; to: string | null }) =>
    `把第 ${p.version} 版从${p.step}退回${p.to === null ? '经办人（科室经办人）' : p.to}`,
  withdrawn: (version: number) => `在任何步骤审核之前撤回第 ${version} 版的提交`,
  drafted: (p: { version: number; name: string; unitCode: string }) => `为单位 ${p.unitCode} 编制「${p.name}」第 ${p.version} 版`,
  revised: (p: { version: number; fields: string }) => `修改第 ${p.version} 版：改动了 ${p.fields}`,
  nothing: '（无）',
  field: (p: { field: string; label: string }) => `${p.label}（${p.field}）`,
  proposed: (p: { version: number; baseline: number; fields: string }) => `提出第 ${p.version} 版，调整基线第 ${p.baseline} 版：改动了 ${p.fields}`,
  imported: (p: { version: number; name: string; source: string; from: number; to: number }) =>
    `把「${p.name}」第 ${p.version} 版记为已批准的基线，导入自 ${p.source}（第 ${p.from}–${p.to} 行）`,
  disbursed: (p: { entryNumber: number; amount: string; payee: string; date: string; voucherNumber: string }) =>
    `登记第 ${p.entryNumber} 笔：${p.date} 向 ${p.payee} 支付 ${p.amount} 元，凭证号 ${p.voucherNumber}`,
  reversed: (p: { reversedEntryNumber: number; amount: string; date: string; voucherNumber: string; entryNumber: number }) =>
    `以第 ${p.entryNumber} 笔冲销第 ${p.reversedEntryNumber} 笔（${p.date} 支付 ${p.amount} 元，凭证号 ${p.voucherNumber}）`,
  monitoringStarted: (p: { name: string; version: number; budget: string; indicators: string }) =>
    `按已批准的第 ${p.version} 版目标开始监控「${p.name}」：预算 ${p.budget} 元，${p.indicators}`,
  progressReported: (p: { index: number; value: string; asOf: string }) => `填报第 ${p.index + 1} 项指标截至 ${p.asOf} 的进度：${p.value}`,
  midtermOpened: (p: { version: number; checkpointDate: string }) => `在监控时点 ${p.checkpointDate} 开启绩效运行监控第 ${p.version} 版`,
  assessed: (p: { indicators: string; version: number; counts: string; risks: string }) => `评估第 ${p.version} 版的 ${p.indicators}：${p.counts}${p.risks}`,
  likelihoodCount: (p: { count: number; label: string }) => `${p.label} ${p.count} 项`,
  risk: (p: { index: number; likelihood: string; behind: boolean; cause: string | null }) =>
    [`第 ${p.index + 1} 项指标${p.likelihood}`, ...(p.behind ? ['进度落后'] : []), ...(p.cause === null ? [] : [`原因：${p.cause}`])].join('，'),
  measure: (p: { index: number; measure: string }) => `第 ${p.index + 1} 项指标：${p.measure}`,
  midtermExecution: (p: { version: number; words: string }) => `记录第 ${p.version} 版的预算执行：${p.words}`,
  execution: (p: { spent: string; budget: string; through: string; rate: string | null; timeProgress: string; light: string | null; lightRatio: string | null }) =>
    `截至 ${p.through} 支出 ${p.spent} 元，预算 ${p.budget} 元${p.rate === null ? '' : `（${p.rate}%）`}，时间进度 ${p.timeProgress}%，` +
    (p.light === null ? '无信号灯' : `信号灯 ${p.light}（${p.lightRatio}）`),
  evaluationOpened: (p: { version: number; name: string; baseline: number }) => `按已批准的第 ${p.baseline} 版目标开启「${p.name}」绩效自评第 ${p.version} 版`,
  resultsRecorded: (p: { indicators: string; version: number; listed: string }) => `录入第 ${p.version} 版 ${p.indicators}的完成值：${p.listed}`,
  result: (p: { index: number; words: string }) => `第 ${p.index + 1} 项指标 ${p.words}`,
  measured: (actual: string) => `= ${actual}`,
  graded: (p: { grade: string; percent: string }) => `${p.grade} ${p.percent}%`,
  weightsSet: (p: { version: number; set: string }) => `设置第 ${p.version} 版的权重：${p.set}`,
  evenSplit: '各组平均分配',
  weight: (p: { index: number; weight: string | null }) => `第 ${p.index + 1} 项指标：${p.weight === null ? '平均分配' : `${p.weight}%`}`,
  evaluationExecution: (p: { amount: string; version: number }) => `为第 ${p.version} 版记录本年度支出 ${p.amount} 元`,
  executionRate: '预算执行率',
  explained: (p: { what: string; version: number }) => `说明第 ${p.version} 版的${p.what}`,
  explanation: (p: { what: string; cause: string; measure: string }) => `${p.what}：${p.cause} —— ${p.measure}`,
  score: (p: { total: string; grade: string }) => `${p.total}（${p.grade}）`,
  correctionStarted: (p: { version: number; approved: number }) => `开始第 ${p.version} 版，更正已批准的第 ${p.approved} 版`,
  anchored: (p: { streams: string; position: string; algorithm: string }) =>
    `锚定审计轨迹：截至位置 ${p.position} 的 ${p.streams}的最后版本号和散列，以 ${p.algorithm} 签名`,
  unitCreated: (p: { unitCode: string; name: string }) => `新建单位 ${p.unitCode} ${p.name}`,
  sectionCreated: (p: { unitCode: string; sectionId: string; name: string }) => `在单位 ${p.unitCode} 中新建科室 ${p.sectionId}（${p.name}）`,
  userRegistered: (p: { userName: string; displayName: string; unitCode: string | null; sectionId: string | null }) =>
    `登记用户 ${p.userName}（${p.displayName}），` +
    (p.unitCode === null ? '不属于任何单位' : `单位 ${p.unitCode}${p.sectionId === null ? '' : `，科室 ${p.sectionId}`}`),
  roleGranted: (p: { role: string; user: string }) => `把角色 ${role(p.role)}授予用户 ${p.user}`,
  roleRevoked: (p: { role: string; user: string }) => `撤销用户 ${p.user} 的角色 ${role(p.role)}`,
  passwordChanged: (user: string) => `修改用户 ${user} 的密码`,
  userDeactivated: (user: string) => `停用用户 ${user}`,
  chainStep: (p: { step: string; role: string }) => `${p.step}（${role(p.role)}）`,
  chainConfigured: (p: { unitCode: string; version: number; route: string; departmentTargets: boolean }) =>
    `配置单位 ${p.unitCode} 的${p.departmentTargets ? '部门整体绩效目标' : ''}审批链第 ${p.version} 版：${p.route}`,
  signedIn: (p: { userName: string; address: string }) => `以 ${p.userName} 从 ${p.address} 登录`,
  signInFailed: (p: { userName: string | null; address: string; why: string }) =>
    `以 ${p.userName ?? '不属于任何人的登录名'} 从 ${p.address} 登录失败：${p.why}`,
  userLocked: (p: { userName: string | null; until: string; failures: number }) =>
    `${p.failures} 次失败后锁定 ${p.userName ?? '未知登录名'} 的登录，至 ${p.until}`,
  addressLocked: (p: { address: string; until: string; failures: number }) => `${p.failures} 次失败后锁定来自 ${p.address} 的登录，至 ${p.until}`,
  userUnlocked: (p: { userName: string | null; by: string }) => `解除 ${p.userName ?? '未知登录名'} 的登录锁定（由用户 ${p.by} 解除）`,
  failure: {
    WRONG_PASSWORD: '密码错误',
    UNKNOWN_USER: '没有该登录名的用户',
    DEACTIVATED: '账号已停用',
    THROTTLED: '未经核对即拒绝：距上次失败太近',
    LOCKED_OUT: '未经核对即拒绝：登录已锁定',
  },
  other: (type: string) => `记录了 ${type}`,
  notificationCentre: '通知中心',
  rectification: {
    proposedLabel: '提出整改',
    startedLabel: '开始整改',
    evidenceLabel: '补充整改佐证',
    reportedLabel: '报告整改完成',
    returnedLabel: '退回整改',
    closedLabel: '整改销号',
    proposed: (p: { item: string; finding: string; source: string; dueDate: string }) => `提出整改事项 ${p.item}（${p.source}）：${p.finding}；整改期限 ${p.dueDate}`,
    started: (p: { item: string; measure: string; dueDate: string }) => `整改事项 ${p.item} 开始整改：${p.measure}；整改期限 ${p.dueDate}`,
    evidence: (p: { item: string; note: string }) => `为整改事项 ${p.item} 补充佐证：${p.note}`,
    reported: (p: { item: string; note: string }) => `报告整改事项 ${p.item} 已整改：${p.note}`,
    returned: (item: string) => `退回整改事项 ${item}，继续整改`,
    closed: (item: string) => `整改事项 ${item} 销号`,
  },
  calendar: {
    label: '设置工作日历',
    subject: (p: { fiscalYear: number; unitCode: string | null }) => `${p.fiscalYear} 年度${p.unitCode === null ? '' : `单位 ${p.unitCode} 的`}工作日历`,
    summary: (p: { fiscalYear: number; set: string }) => `设置 ${p.fiscalYear} 年度工作日历：${p.set}`,
    field: (p: { label: string; value: string }) => `${p.label} ${p.value}`,
    fieldLabels: {
      targetTablesDue: '目标表截止日期',
      midtermCheckpoint: '中期监控时点',
      midtermDue: '中期监控截止日期',
      finalEvaluationDue: '绩效自评截止日期',
      decisionDays: '审核期限（天）',
      reminderDays: '提前提醒（天）',
      escalationDays: '逾期上报（天）',
    },
  },
  notification: {
    issuedLabel: '发出通知',
    readLabel: '阅读通知',
    emailLabel: '设置通知邮箱',
    issued: (p: { count: number; byKind: string }) => `发出 ${p.count} 条通知：${p.byKind}`,
    ofKind: (p: { kind: string; count: number }) => `${p.kind} ${p.count} 条`,
    kinds: { INBOX_NEW: '新待办', RETURNED: '退回', APPROVED: '批准', DUE_SOON: '即将到期', OVERDUE: '已逾期', ESCALATED: '逾期上报' },
    read: (count: number) => `把 ${count} 条通知标为已读`,
    emailSet: '设置了接收通知的电子邮箱',
    emailCleared: '取消了接收通知的电子邮箱',
  },
  /** Appended to a draft imported from a document. */
  importedFrom: (p: { source: string; from: number; to: number }) => `，导入自 ${p.source}（第 ${p.from}–${p.to} 行）`,
};

const targetTable = {
  noun: '目标表',
  /** How a refusal names a table without saying anything of it. */
  subject: (p: { projectCode: string; fiscalYear: number }) => `项目 ${p.projectCode} 的 ${p.fiscalYear} 年度绩效目标表`,
  /** A code and year taken by a table its actor may not read: nothing of it is said. */
  codeTaken: (p: { projectCode: string; fiscalYear: number }) => `项目编码 ${p.projectCode} 在 ${p.fiscalYear} 年度已被使用：请核对项目编码和年度。`,
  codeTakenField: (p: { projectCode: string; fiscalYear: number }) => `${p.projectCode} 在 ${p.fiscalYear} 年度已被使用`,
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
  /** Who may import a document at all, before anything of it is read. */
  importingRoleNeeded: (p: { draft: boolean; roles: readonly string[]; rolesHeld: string }) =>
    `导入绩效目标文件${p.draft ? '为草稿' : '为已批准的历史基线'}需要${roles(p.roles.slice(0, -1))}${p.roles.length > 1 ? '或' : ''}${roles(p.roles.slice(-1))}角色：${p.rolesHeld}。`,
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
    /** A command on a table its actor may not read learns nothing more of it than reading would. */
    notActable: (subject: string) => `${subject}不在您可查看的范围内，您不能对它操作：请核对项目编码和年度，或请有权限的人员办理。`,
    listing: '列出目标表',
    instead: '去掉筛选条件即可列出你可查看的目标表。',
    noReadingRole: (rolesHeld: string) => `${rolesHeld}，其中没有可查看目标表的角色`,
    yourRoles: (p: { roles: readonly string[]; place: string }) => `你是${p.place}的 ${p.roles.join(' 和 ')}`,
  },
};

/** Integrity breaks (libs/event-store integrity/): what an auditor reads in the verification report. */
const integrity = {
  eventMissing: (p: { streamId: string; missing: number; revision: number; position: string }) =>
    `${p.streamId}：缺少第 ${p.missing} 版事件——${p.missing === 0 ? '流的开头' : `第 ${p.missing - 1} 版之后`}直接是第 ${p.revision} 版（位置 ${p.position}）。有事件被删除。`,
  outOfOrder: (p: { streamId: string; revision: number; position: string; after: number }) =>
    `${p.streamId}：第 ${p.revision} 版在位置 ${p.position} 再次出现，排在第 ${p.after} 版之后。事件顺序被改动。`,
  arrivedLate: (p: { streamId: string; revision: number; position: string; laterPosition: string }) =>
    `${p.streamId}：第 ${p.revision} 版出现在位置 ${p.position}，排在本流更晚的一版（位置 ${p.laterPosition}）之后：全局顺序与流的版本顺序不一致。`,
  contentAltered: (p: { streamId: string; revision: number; type: string; position: string; recomputed: string; stored: string }) =>
    `${p.streamId} 第 ${p.revision} 版（${p.type}，位置 ${p.position}）被改动：其类型、数据和元数据的哈希为 ${p.recomputed}，但存储的哈希是 ${p.stored}。`,
  linkBroken: (p: { streamId: string; revision: number; position: string; previousHash: string; named: string }) =>
    `${p.streamId} 第 ${p.revision} 版（位置 ${p.position}）没有接在${p.revision === 0 ? '流的开头（它是第一个事件）' : `第 ${p.revision - 1} 版（哈希 ${p.previousHash}）`}之后：它记载的前一哈希是 ${p.named || '（无）'}。有事件被替换或插入，或前一个事件被改写。`,
  anchorForged: (p: { position: string; stream: string; revision: number }) =>
    `位置 ${p.position} 的锚点（${p.stream} 第 ${p.revision} 版）不是用锚定密钥签名的：它被伪造或改动，或本次校验使用的密钥与 API 不同（ANCHOR_SECRET 或 DATA_DIR/anchor-key）。`,
  anchorMismatch: (p: { streamId: string; revision: number; position: string; hash: string; anchored: string }) =>
    `${p.streamId} 第 ${p.revision} 版（位置 ${p.position}）的哈希是 ${p.hash}，但最新锚点记载的是 ${p.anchored}：这个流在锚定之后被整体改写（连同哈希）。`,
  truncated: (p: { streamId: string; reachedRevision: number; anchoredRevision: number }) =>
    `${p.streamId} ${p.reachedRevision < 0 ? '已没有任何事件' : `只到第 ${p.reachedRevision} 版`}，但最新锚点记载它到第 ${p.anchoredRevision} 版：第 ${p.reachedRevision + 1}–${p.anchoredRevision} 版被删除。`,
};

/** Export and restore of the event store (libs/event-store backup/): what an operator reads when a file is refused. */
const copyAnchorKey = '把导出所在存储 DATA_DIR 中的 anchor-key 复制到本 DATA_DIR，或把 ANCHOR_SECRET 设为它所用的密钥';
const backup = {
  exportExists: (path: string) => `导出文件 ${path} 已经存在：导出从不覆盖已有文件，请给一个新的文件名。`,
  exportFolderMissing: (path: string) => `无法创建导出文件 ${path}：所在文件夹不存在。`,
  exportFolderNotWritable: (path: string) => `无法创建导出文件 ${path}：没有写入该文件夹的权限。`,
  atLine: (p: { lineNumber: number; reason: string }) => `第 ${p.lineNumber} 行：${p.reason}`,
  notJson: (why: string) => `不是 JSON（${why}）。`,
  notJsonObject: '不是 JSON 对象。',
  fieldMustBe: (p: { field: string; expected: string }) => `"${p.field}" 必须是${p.expected}。`,
  shape: {
    decimalString: '十进制数字字符串',
    nonEmptyString: '非空字符串',
    wholeNumber: '不小于 0 的整数',
    jsonObject: 'JSON 对象',
    string: '字符串',
  },
  endLineShape:
    '结束行必须是 {"end":{"eventCount":<数字>,"headPosition":<十进制字符串或 null>,"chainDigest":…,"algorithm":"HMAC-SHA256","signature":…}}：' +
    '没有签名的结束行（旧版本的导出，或被改写过）无法证明文件完整。',
  storeNotEmpty: (head: string) =>
    `事件存储不是空的（最新事件在位置 ${head}）：只能恢复到空的存储中。请把 DATA_DIR（或 EVENTSTORE_CONNECTION_STRING）指向一个新的空存储。`,
  afterEndLine: '出现在结束行之后。',
  outOfOrder: (p: { position: string; previous: string }) => `位置 ${p.position} 排在位置 ${p.previous} 之后：文件不是按日志顺序排列的。`,
  endLineMissing: '文件在结束行之前就结束了：导出不完整（被截断？）。',
  endSignedNoKey: `结束行由锚定密钥签名，但没有配置锚定密钥来验证它：${copyAnchorKey}。`,
  endSignatureMismatch: `结束行的签名与配置的锚定密钥不符：文件被改动过，或密钥不同——${copyAnchorKey}。`,
  eventCountMismatch: (p: { recorded: number; read: number }) => `结束行记有 ${p.recorded} 个事件，但文件中有 ${p.read} 个：文件被截断或改动过。`,
  digestMismatch: '结束行记录的最新位置或事件摘要与文件中的事件不符：文件中的事件被删除、替换或改动过。',
  anchorNoKey: `含有审计锚点，但没有配置锚定密钥来验证它：${copyAnchorKey}。`,
  anchorSignatureMismatch: (p: { stream: string; revision: number }) =>
    `审计锚点（${p.stream} 第 ${p.revision} 版）不是用配置的锚定密钥签名的：它被改动过，或密钥不同——${copyAnchorKey}。`,
};

/** The command-line tools (apps/cli): help for the office, usage errors and what a command did. */
const cli = {
  commands: {
    import: {
      summary: '导入绩效目标表文档（草稿或已批准的基线）',
      usage: 'perf-targets import <文件> [--year 2022] [--as draft|approved] [--section <股室>] [--valid-only] [--dry-run] [--json]',
      details: [
        '--year <年度>      预算年度，默认取文档所写年度',
        '--as draft|approved  导入为草稿（默认）或已批准的基线',
        '--section <股室>   本单位各表的所属股室',
        '--valid-only       只导入能读懂的表；否则只要有一张表读不懂就什么也不导入',
        '--dry-run          只解析并显示，不写入',
        '--json             以 JSON 输出到标准输出（金额为字符串）',
        '退出码：0 已导入，1 未能导入任何表，2 命令行有误。',
      ],
    },
    verify: {
      summary: '校验事件库的哈希链和最新锚点',
      usage: 'perf-targets verify',
      details: ['重新计算每个流的哈希并与最新锚点比对，打印报告。', '退出码：0 完好，1 发现篡改或缺失。'],
    },
    export: {
      summary: '把全部事件按日志顺序导出到一个新文件（NDJSON）',
      usage: 'perf-targets export <文件.ndjson>',
      details: ['文件不得已存在；每个事件一行 JSON，末尾一行写明事件数。'],
    },
    restore: {
      summary: '把导出文件恢复到一个空的事件库',
      usage: 'perf-targets restore <文件.ndjson>',
      details: ['只能恢复到空库（新的 DATA_DIR 或空的 EventStoreDB）；先整份检查，再写入。', '之后启动 API 或运行 perf-targets rebuild --all 以重建视图。'],
    },
    rebuild: {
      summary: '从第一个事件起重建视图',
      usage: 'perf-targets rebuild <视图> [<视图> …] | --all',
      details: ['请先停止 API，或对同一 DATA_DIR / READ_STORE_URL 运行。'],
    },
    bench: {
      summary: '运行基准测试，结果写入 bench/results/',
      usage: 'perf-targets bench',
      details: ['BENCH_SCALE=0.1 缩小规模；BENCH_ONLY=appends,growth,rebuild 只运行其中几项。'],
    },
  },
  overviewUsage: '用法：perf-targets <命令> [参数]   （或 npm run -s <命令> -- [参数]）',
  commandsHeading: '命令：',
  overviewNotes: ['每个命令的说明：perf-targets <命令> --help', '存储按 API 的配置（DATA_DIR、EVENTSTORE_CONNECTION_STRING、READ_STORE_URL）。'],
  usage: (usage: string) => `用法：${usage}`,
  unknownCommand: (name: string) => `未知命令：${name}`,
  argumentCount: (p: { name: string; fewest: number; most: number; given: number }) =>
    `命令行有误：${p.name} 需要 ${p.fewest === p.most ? p.fewest : `至少 ${p.fewest}`} 个参数，给了 ${p.given} 个。`,
  exportUsage: '用法：npm run export -- <file.ndjson>   （文件不能已经存在）',
  exported: (p: { eventCount: number; headPosition: string | null; file: string }) =>
    `已导出 ${p.eventCount} 个事件（直到位置 ${p.headPosition ?? '（无）'}）到 ${p.file}。该文件含用户的密码哈希，请妥善保管。`,
  restoreUsage: '用法：npm run restore -- <file.ndjson>   （恢复到空的存储：新的 DATA_DIR 或 EventStoreDB）',
  restored: (p: { eventCount: number; headPosition: string | null }) =>
    `已恢复 ${p.eventCount} 个事件（导出时直到位置 ${p.headPosition ?? '（无）'}）。启动 API 或运行 npm run rebuild -- --all 以建立视图。`,
  fileProblem: (p: { file: string; message: string }) => `文件 ${p.file} ${p.message}`,
  /** `perf-targets rebuild`. */
  rebuilding: {
    unknownViews: (views: readonly string[]) => `未知视图：${views.join('、')}。`,
    usage: (views: readonly string[]) => `用法：npm run rebuild -- <视图> [<视图> …] | --all\n视图：${views.join('、')}`,
    rebuilt: (p: { views: readonly string[]; position: string; ms: number }) => `已重建 ${p.views.join('、')}，至位置 ${p.position}，用时 ${p.ms} 毫秒。`,
  },
  /** `perf-targets verify`: the integrity report as a person reads it in a terminal. */
  verifying: {
    checked: (p: { events: number; streams: number }) => `已校验 ${p.streams} 个流中的 ${p.events} 个事件`,
    noAnchor: '尚无锚点：在日志锚定之前，流末尾被删除的事件无法发现。',
    latestAnchor: (p: { position: string; at: string; streams: number; head: string; verified: boolean }) =>
      `最新锚点：位置 ${p.position}，${p.at}，覆盖至位置 ${p.head} 的 ${p.streams} 个流 —— ${p.verified ? '签名已验证' : '签名未通过验证'}。`,
    intact: (checked: string) => `审计轨迹完好：${checked}。`,
    broken: (p: { streams: number; checked: string }) => `审计轨迹已被破坏：${p.streams} 个流有断点；${p.checked}。`,
    breakAt: (p: { problem: string; streamId: string; revision: number; position: string | null }) =>
      `${p.problem} ${p.streamId} 第 ${p.revision} 版${p.position === null ? '' : `（位置 ${p.position}）`}`,
    expected: (value: string) => `应为：${value}`,
    actual: (value: string) => `实为：${value}`,
  },
  /** `perf-targets import`: its usage errors and its report. */
  importing: {
    usage: '用法：npm run import -- <文件> [--year 2022] [--as draft|approved] [--dry-run] [--json] [--valid-only] [--section <科室 id>]',
    needsValue: (option: string) => `${option} 后面需要一个值。`,
    notAYear: (given: string) => `--year 须为年份，例如 2022，收到「${given}」。`,
    notAMode: (given: string) => `--as 须为 draft 或 approved，收到「${given}」。`,
    unknownOption: (option: string) => `未知选项 ${option}。`,
    noDocument: '请给出要导入的文档。',
    /** Said on standard error when a file was not UTF-8 but read as GB18030 (GBK). */
    readAs: (p: { file: string; encoding: string }) => `文件 ${p.file} 按 ${p.encoding} 编码读取。`,
    severalDocuments: (count: number) => `一次只能导入一个文档，给了 ${count} 个。`,
    unreadable: (p: { file: string; why: string | null }) => `无法读取 ${p.file}：${p.why ?? '没有这个文件'}。`,
    nothingImported: '没有导入任何内容：',
    dryRunTable: (p: { from: number; to: number; anomalies: number }) => `第 ${p.from}–${p.to} 行  ${p.anomalies} 条提示`,
    failureAt: (p: { line: number; message: string }) => `第 ${p.line} 行：${p.message}`,
    reportHead: (p: { approved: boolean; fiscalYear: number; document: string }) =>
      `${p.fiscalYear} 年度${p.approved ? '已批准的基线' : '草稿'}，来自文档 ${p.document}…`,
    notImportedAt: (p: { line: number; message: string }) => `未导入，第 ${p.line} 行：${p.message}`,
    partOne: (p: { departmentCode: string; outcome: string; status: string; subGoals: number; safeguards: number }) =>
      `  部门整体绩效目标 ${p.departmentCode}  ${p.outcome.padEnd(9)}  ${p.status.padEnd(9)}  ${p.subGoals} 项分项目标、${p.safeguards} 项保障措施`,
    counts: (p: { created: number; unchanged: number; skipped: number; position: string }) =>
      `新建 ${p.created} 张，未变 ${p.unchanged} 张，跳过 ${p.skipped} 张；位置 ${p.position}`,
  },
} as const;

/** The official forms as downloaded (.xlsx) and printed (libs/forms): titles, labels, signature lines. */
const forms = {
  yearLine: (fiscalYear: number) => `（${fiscalYear}年度）`,
  currencyWan: '单位：万元',
  unitLine: (p: { unitCode: string; unitName: string }) => `填报单位（盖章）：${p.unitCode} ${p.unitName}`,
  preparedBy: '填报人：',
  reviewedBy: '审核人：',
  dateLine: '填报日期：      年    月    日',
  headSigns: '单位负责人（签字）：',
  seal: '单位（签章）：',
  /** What the export shows: the view's position and time, and when and by whom it was taken. */
  stamp: (p: { position: string; shownAt: string; exportedAt: string; exportedBy: string; state: string | null }) =>
    `数据截至事件位置 ${p.position}（${p.shownAt}）${p.state === null ? '' : `；${p.state}`}；${p.exportedBy} 导出于 ${p.exportedAt}（北京时间）`,
  targetTable: {
    title: '项目支出绩效目标表',
    projectCode: '项目编码',
    projectName: '项目名称',
    budgetAndPurpose: '预算规模及资金用途',
    budgetTotal: '预算数',
    budgetFiscal: '其中：财政资金',
    budgetOther: '其他资金',
    purpose: '资金用途',
    spendingPlan: '资金支出计划（累计）',
    planMonths: ['3月底', '6月底', '10月底', '12月底'] as readonly string[],
    goals: '绩效目标',
    indicatorHeads: ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'] as readonly string[],
    state: (p: { status: string; version: number }) => `${p.status}，第 ${p.version} 版`,
    sheetOf: (p: { seq: number; name: string }) => `${p.seq}.${p.name}`,
    fileName: (p: { fiscalYear: number; name: string }) => `${p.fiscalYear}年_${p.name}_绩效目标表.xlsx`,
    templateName: (fiscalYear: number) => `${fiscalYear}年_绩效目标表_模板.xlsx`,
    workbookName: (p: { fiscalYear: number; unit: string | null }) => `${p.fiscalYear}年_${p.unit ?? '全部单位'}_绩效目标表.xlsx`,
  },
  midterm: {
    title: '项目支出绩效运行监控表',
    checkpoint: (date: string | null) => `监控时点：${date ?? '未开始'}`,
    projectName: '项目名称',
    projectCode: '项目编码',
    unit: '实施单位',
    execution: '预算执行情况（万元）',
    executionHeads: ['年度预算数', '截至监控时点计划数', '截至监控时点执行数', '计划执行率', '预算执行率', '序时进度', '执行状态'] as readonly string[],
    notRecorded: '尚未记录',
    indicatorHeads: ['一级指标', '二级指标', '三级指标', '年度指标值', '截至监控时点完成值', '全年预计完成值', '能否完成', '偏差原因', '完善措施'] as readonly string[],
    fileName: (p: { fiscalYear: number; name: string }) => `${p.fiscalYear}年_${p.name}_绩效运行监控表.xlsx`,
  },
  finalEvaluation: {
    title: '项目支出绩效自评表',
    projectName: '项目名称',
    projectCode: '项目编码',
    unit: '实施单位',
    funds: '资金情况（万元）',
    fundHeads: ['年度预算数', '全年执行数', '分值', '执行率', '得分', '偏差原因及改进措施'] as readonly string[],
    indicatorHeads: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '权重', '分值', '得分', '偏差原因及改进措施'] as readonly string[],
    total: '总分',
    grade: '评价等级',
    redistributed: '分值调整',
    explanation: (p: { cause: string; measure: string }) => `原因：${p.cause}；措施：${p.measure}`,
    fileName: (p: { fiscalYear: number; name: string }) => `${p.fiscalYear}年_${p.name}_绩效自评表.xlsx`,
  },
  midtermDashboard: {
    title: '项目支出绩效运行监控汇总表',
    scope: (unit: string | null) => `范围：${unit ?? '全部门'}`,
    heads: ['序号', '项目编码', '项目名称', '单位编码', '监控状态', '监控时点', '执行亮灯', '偏差风险指标', '原因及纠偏措施'] as readonly string[],
    atRisk: (p: { level3: string; reached: string; expected: string; likelihood: string }) => `${p.level3}（已完成 ${p.reached}，全年预计 ${p.expected}，${p.likelihood}）`,
    cause: (p: { cause: string | null; measure: string | null }) => [p.cause, p.measure].filter((part) => part !== null && part !== '').join('：'),
    notOpened: '未开始',
    summary: (p: { projects: number; red: number; yellow: number; atRisk: number }) => `共 ${p.projects} 个项目；亮红灯 ${p.red} 个，亮黄灯 ${p.yellow} 个；有偏差风险的指标 ${p.atRisk} 项`,
    fileName: (p: { fiscalYear: number; unit: string | null }) => `${p.fiscalYear}年_${p.unit === null ? '' : `${p.unit}_`}绩效运行监控汇总表.xlsx`,
  },
  evaluationRollUp: {
    title: '项目支出绩效自评汇总表',
    scope: (unit: string | null) => `范围：${unit ?? '全部门'}`,
    summaryHeads: ['项目数', '已定稿', '平均分', '按预算加权平均分', '等级分布'] as readonly string[],
    gradeCount: (p: { label: string; count: number }) => `${p.label} ${p.count} 个`,
    heads: ['序号', '项目编码', '项目名称', '单位编码', '自评状态', '总分', '等级'] as readonly string[],
    lowestTitle: '得分率最低的指标',
    lowestHeads: ['项目名称', '三级指标', '指标值', '分值', '得分（得分率）'] as readonly string[],
    noScore: '—',
    fileName: (p: { fiscalYear: number; unit: string | null }) => `${p.fiscalYear}年_${p.unit === null ? '' : `${p.unit}_`}绩效自评汇总表.xlsx`,
  },
  /** 部门（单位）整体绩效目标表 (libs/forms/src/department-targets-form.ts, docs/exports.md). */
  departmentTargets: {
    title: '部门（单位）整体绩效目标表',
    departmentLine: (department: string) => `填报单位（盖章）：${department}`,
    departmentName: '部门（单位）名称',
    budget: '年度预算',
    budgetHeads: ['资金总额', '其中：项目支出', '其中：基本支出'] as readonly string[],
    overallGoal: '总体绩效目标',
    subGoal: (n: number) => `分项绩效目标${n}`,
    subGoalTitle: '目标名称',
    subGoalText: '目标内容',
    indicatorHeads: ['一级指标', '二级指标', '三级指标', '绩效指标（原文）', '指标值'] as readonly string[],
    linkedProjects: '关联项目',
    noLinkedProjects: '（尚未关联项目）',
    safeguards: '工作保障措施',
    fileName: (p: { fiscalYear: number; department: string }) => `${p.fiscalYear}年_${p.department}_部门整体绩效目标表.xlsx`,
  },
  /** 部门整体支出绩效自评表 (libs/forms/src/department-evaluation-form.ts, docs/department-evaluation.md). */
  departmentEvaluation: {
    title: '部门整体支出绩效自评表',
    departmentName: '部门（单位）名称',
    funds: '部门预算执行（万元）',
    partHeads: ['评价内容', '标准分值', '分值', '计分依据', '计分项数', '得分'] as readonly string[],
    budgetSource: '全部预算（各项目支出与基本支出）的执行率',
    sources: { DEPARTMENT_INDICATORS: '部门绩效指标（分项绩效目标）', PROJECT_EVALUATIONS: '已批准的项目绩效自评总分（按预算加权）' },
    counted: { DEPARTMENT_INDICATORS: (n: number) => `${n} 项`, PROJECT_EVALUATIONS: (n: number) => `${n} 份` },
    notScored: '无可计分的指标，分值按比例调整给其他部分',
    projects: '项目绩效自评汇总',
    projectHeads: ['项目数', '已批准', '简单平均分', '按预算加权平均分', '各等级份数'] as readonly string[],
    gradeCount: (p: { grade: string; count: number }) => `${p.grade} ${p.count}`,
    fileName: (p: { fiscalYear: number; department: string }) => `${p.fiscalYear}年_${p.department}_部门整体支出绩效自评表.xlsx`,
  },
  executionOverview: {
    title: '预算执行情况表',
    through: (p: { through: string; asOf: string | null }) => `支出截至 ${p.through}${p.asOf === null ? '' : `，按 ${p.asOf} 的记录`}`,
    heads: ['单位编码', '单位名称', '项目数', '预算数', '截至日计划数', '已支出', '执行率', '序时进度', '执行状态'] as readonly string[],
    department: '合计',
    fileName: (p: { fiscalYear: number; through: string }) => `${p.fiscalYear}年_预算执行情况表_截至${p.through}.xlsx`,
  },
  auditTrail: {
    title: '审计记录',
    filter: (conditions: string) => `筛选条件：${conditions === '' ? '全部（在您可查看的范围内）' : conditions}`,
    /** How each filter field is printed on the export. */
    filterFields: {
      projectCode: '项目编码',
      fiscalYear: '年度',
      streamId: '流',
      actorUserId: '操作人编号',
      actorName: '操作人',
      role: '角色',
      unitCode: '单位',
      kind: '操作类型',
      documentKind: '文档类型',
      voucherNumber: '凭证号',
      version: '版本',
      step: '审核步骤',
      from: '起',
      to: '止',
      correlationId: '关联编号',
    } as Readonly<Record<string, string>>,
    count: (p: { count: number; exportedAt: string }) => `共 ${p.count} 条，按时间先后；导出时间 ${p.exportedAt}（北京时间）`,
    heads: ['序号', '时间（北京时间）', '操作人', '角色', '单位', '操作', '对象', '摘要', '原因或意见', '事件位置'] as readonly string[],
    tooMany: (p: { count: number; max: number }) => `筛选出 ${p.count} 条记录，超过一次导出的上限 ${p.max} 条：请按年度、项目、时间段等缩小筛选范围后再导出。`,
    notAFilter: (name: string) => `审计记录没有筛选条件「${name}」。`,
    notANumber: (name: string) => `筛选条件 ${name} 须为整数。`,
    fileName: (exportedAt: string) => `审计记录_${exportedAt}.xlsx`,
    exportedByLine: '导出人（签字）：',
  },
  percent: (value: string | null) => (value === null ? '—' : `${value}%`),
  /** Reading a filled 目标表 template (.xlsx) back: what stops a worksheet from being read, by cell. */
  workbook: {
    notAForm: (p: { sheet: string; title: string }) => `工作表「${p.sheet}」的 A1 不是「${p.title}」：它不是目标表模板，未读取。请删去此工作表，或从系统下载模板填写。`,
    noYear: '应写年度，例如「（2022年度）」',
    yearsDiffer: (p: { year: number; first: number }) => `年度 ${p.year} 与第一张目标表的年度 ${p.first} 不同：一个工作簿只能导入同一年度的目标表`,
    noUnit: '应写「填报单位（盖章）：单位编码 单位名称」，例如「填报单位（盖章）：323001 巨鹿县人力资源和社会保障局本级」',
    noCurrency: '应写「单位：万元」或「单位：元」',
    noCode: '项目编码不能为空',
    notHeader: (heads: string) => `此行应是指标表头：${heads}。请不要插入或删除表头以上的行`,
    notReadable: '无法读取这个工作簿：它不是 .xlsx 文件，或已损坏。请用 Excel 或 WPS 另存为 .xlsx 后再导入。',
    noSheets: '工作簿中没有目标表。',
  },
  /** GET /exports/… (apps/api/src/exports): refusals, in the same words for a table that is absent and one the caller may not read. */
  exports: {
    notFound: (path: string) => `没有可下载的 ${path}：请检查地址中的年度、项目编码和文件类型（.xlsx 或 .json）。`,
    noTablesOf: (p: { fiscalYear: number; unitCode: string | null }) =>
      `${p.fiscalYear} 年度${p.unitCode === null ? '' : `单位 ${p.unitCode} `}没有您可以读取的目标表，无可导出。`,
    listing: '导出目标表',
  },
} as const;

/** The fiscal year's calendar and due dates (docs/deadlines-and-rectification.md). */
const calendar = {
  forbidden: (p: { unitCode: string | null; rolesHeld: string }) =>
    p.unitCode === null
      ? `只有管理员（ADMIN）可以设置全局的年度工作日历；您${p.rolesHeld}。单位办公室可设置本单位的日历（填写 unitCode）。`
      : `只有管理员（ADMIN）或单位 ${p.unitCode} 的办公室（OFFICE）可以设置该单位的年度工作日历；您${p.rolesHeld}。`,
  notAYear: (given: string) => `年度 ${given} 不是有效的年份（2000 至 2100）`,
  notADate: (given: string) => `${given} 不是有效日期：请按 YYYY-MM-DD 填写，例如 2023-07-31`,
  outOfRange: (p: { given: string; from: string; to: string }) => `${p.given} 不在允许的范围内：应在 ${p.from} 至 ${p.to} 之间`,
  dayCount: (p: { given: string; min: number; max: number }) => `${p.given} 不是有效的天数：应为 ${p.min} 至 ${p.max} 之间的整数`,
  nothingGiven: '没有填写任何日期或天数：请至少填写一项',
  dueBeforeCheckpoint: (p: { midtermDue: string; midtermCheckpoint: string }) =>
    `中期监控截止日期 ${p.midtermDue} 早于监控时点 ${p.midtermCheckpoint}：截止日期应在监控时点当天或之后`,
  overviewForbidden: (p: { unitCode: string; rolesHeld: string }) =>
    `只有单位 ${p.unitCode} 的办公室（OFFICE）、单位负责人（LEADER），或审计（AUDITOR）、管理员（ADMIN）可以查看该单位的逾期概况；您${p.rolesHeld}。`,
  unitNeeded: '请填写单位编码（unitCode）：您不属于任何单位',
  dueStatus: { OPEN: '未到期', DUE_SOON: '即将到期', OVERDUE: '已逾期' },
  awaited: {
    TARGET_TABLE_DRAFT: '绩效目标表待提交',
    TARGET_TABLE_REVIEW: '绩效目标表待审核',
    MIDTERM_REVIEW_DUE: '绩效运行监控待提交',
    MIDTERM_REVIEW: '绩效运行监控待审核',
    FINAL_EVALUATION_DUE: '绩效自评待提交',
    FINAL_EVALUATION: '绩效自评待审核',
  },
} as const;

/** Rectification (整改) of what monitoring and evaluation found (docs/deadlines-and-rectification.md). */
const rectification = {
  noun: '整改事项',
  statusLabels: { PENDING: '待整改', IN_PROGRESS: '整改中', RECTIFIED: '已整改', CLOSED: '已销号' },
  sourceLabels: {
    MIDTERM_INDICATOR: '中期监控：指标有偏差风险',
    MIDTERM_EXECUTION: '中期监控：预算执行亮灯',
    FINAL_INDICATOR: '绩效自评：指标未得满分',
    FINAL_GRADE: '绩效自评：等级低于良',
    AUDIT: '审计发现',
  },
  midtermIndicator: (p: { indicator: string; expected: string }) => `指标「${p.indicator}」全年预计完成 ${p.expected}，存在偏差风险`,
  midtermLight: (light: 'RED' | 'YELLOW') => `监控时点预算执行亮${light === 'RED' ? '红' : '黄'}灯`,
  finalIndicator: (p: { indicator: string; score: string; points: string }) => `指标「${p.indicator}」得分 ${p.score}，未达满分 ${p.points}`,
  finalGrade: (p: { total: string; grade: string }) => `绩效自评总分 ${p.total}，等级「${p.grade}」低于良`,
  proposedByTheApplication: '整改事项由系统根据批准的中期监控和绩效自评自动提出；审计发现请用 recordAuditFinding 登记。',
  auditorOnly: (rolesHeld: string) => `只有审计（AUDITOR）可以登记审计发现；您${rolesHeld}。`,
  noTargets: (p: { projectCode: string; fiscalYear: number }) => `项目 ${p.projectCode} ${p.fiscalYear} 年度没有已批准的绩效目标，无法登记整改事项。`,
  notFound: (p: { projectCode: string; fiscalYear: number; itemId: string }) => `项目 ${p.projectCode} ${p.fiscalYear} 年度没有整改事项 ${p.itemId}。`,
  wrongStatus: (p: { itemId: string; status: string }) => `整改事项 ${p.itemId} 当前为「${p.status}」，不能进行此操作。`,
  workerOnly: (p: { unitCode: string; sectionId: string; rolesHeld: string }) =>
    `只有责任科室${p.sectionId === '' ? '' : ` ${p.sectionId} `}的经办人、科室负责人，或单位 ${p.unitCode} 的办公室、单位负责人可以办理该整改事项；您${p.rolesHeld}。`,
  unitDeciderOnly: (p: { doing: string; unitCode: string; rolesHeld: string }) => `只有单位 ${p.unitCode} 的办公室（OFFICE）或单位负责人（LEADER）可以${p.doing}；您${p.rolesHeld}。`,
  closing: '销号或退回整改事项',
  reassigning: '改变整改事项的责任科室',
  separationOfDuties: '报告整改完成的人不能自己销号或退回：请由单位的另一位办公室人员或单位负责人办理。',
  findingExample: '例如：2023 年专项审计发现培训补贴发放台账不完整',
  measureExample: '例如：三季度前完善培训补贴发放台账，逐笔核对',
  evidenceExample: '例如：已补齐台账并经科室负责人复核，见 2023 年 9 月台账',
  returnExample: '例如：佐证材料不足，请补充台账复核记录',
  openCount: (p: { grade: string | null; open: number }) => `上年评价：${p.grade ?? '未评价'}，未销号整改 ${p.open} 项`,
  listing: '列出整改事项',
} as const;

/** The notification centre (docs/deadlines-and-rectification.md). */
const delegation = {
  /** Why a delegation naming the actor does not let them decide now. */
  notInForce: (p: { step: string; why: string }) => `不能代理审核${p.step}：${p.why}。`,
  revoked: '该代理委托已撤销',
  outOfDays: (p: { from: string; until: string; today: string }) => `该代理委托的有效期为 ${p.from} 至 ${p.until}，今天是 ${p.today}`,
  notOverdueEnough: (p: { step: string; daysOverdue: number; escalationDays: number }) =>
    `不能代理审核${p.step}：该步骤${p.daysOverdue === 0 ? '尚未逾期' : `已逾期 ${p.daysOverdue} 天`}，逾期满 ${Math.max(1, p.escalationDays)} 天才可由代理人审核（代理审批），在此之前仍由原审核人审核。`,
  /** Who may name or revoke a substitute. */
  granterNeeded: (p: { doing: string; unitCode: string; role: string }) =>
    p.role === 'LEADER'
      ? `${p.doing}需要单位 ${p.unitCode} 的${role('LEADER')}：单位负责人的审核只能由单位负责人本人委托代理`
      : `${p.doing}需要单位 ${p.unitCode} 的${role('OFFICE')}或${role('LEADER')}`,
  naming: (code: string) => `指定${role(code)}审核的代理人`,
  revoking: '撤销代理委托',
  listingOtherUnit: (unitCode: string) => `不能查看单位 ${unitCode} 的代理委托：只能查看本单位的代理委托`,
  notADecidingRole: (given: string) => `「${given}」不是审批步骤的角色：请选 SECTION_HEAD（科室负责人）、OFFICE（办公室）或 LEADER（单位负责人）`,
  sectionNeeded: '科室负责人审核的代理须写明科室（sectionId）',
  noSuchPerson: (userId: string) => `用户目录中没有用户「${userId}」，或其已停用`,
  notInUnit: (p: { userId: string; unitCode: string }) => `${personMarker(p.userId)}不属于单位 ${p.unitCode}：代理人须是本单位的人员`,
  delegatorLacksRole: (p: { userId: string; role: string; place: string }) => `${personMarker(p.userId)}不是${p.place}的${role(p.role)}，无须为其指定代理人`,
  sameAsDelegator: '代理人不能是被代理人本人',
  /** A substitute decides only what they may read. */
  substituteCannotRead: (p: { userId: string; readers: string }) =>
    `${personMarker(p.userId)}不能查看其要代为审核的文件：代理人须是${p.readers}`,
  sectionReaders: (p: { unitCode: string; sectionId: string }) => `单位 ${p.unitCode} ${p.sectionId} 科室的${role('PREPARER')}或${role('SECTION_HEAD')}，或本单位的${role('OFFICE')}或${role('LEADER')}`,
  unitReaders: (unitCode: string) => `单位 ${unitCode} 的${role('OFFICE')}或${role('LEADER')}（能查看全单位文件的人）`,
  cannotReadNow: '你现在不能查看该文件（用户目录中你的单位、科室或角色已变更）',
  notYourself: '不能指定自己为代理人：须由本单位另一位办公室人员或单位负责人指定',
  badDate: (given: string) => `「${given}」不是日期，请写成 YYYY-MM-DD，例如 2026-03-01`,
  untilBeforeFrom: (p: { from: string; until: string }) => `截止日期 ${p.until} 早于起始日期 ${p.from}`,
  reasonExample: '李四 3 月 1 日至 15 日出差，办公室审核由王五代理',
  notFound: (p: { delegationId: string; unitCode: string }) => `单位 ${p.unitCode} 没有编号为 ${p.delegationId} 的代理委托`,
  alreadyRevoked: (delegationId: string) => `代理委托 ${delegationId} 已撤销，无须再次撤销`,
  /** The inbox's mark on an item the caller decides as substitute. */
  inboxMark: (p: { forUserId: string }) => `代理（代 ${personMarker(p.forUserId)}）`,
} as const;

const notification = {
  issuedByTheApplication: '通知由系统发出，不能手工登记。',
  notAnAddress: (given: string) => `${given} 不是有效的电子邮件地址，例如 zhang@example.cn`,
  mailSubject: (title: string) => `【绩效管理】${title}`,
  idCount: '请给出 1 至 500 个通知编号',
  documents: {
    TARGET_TABLE: '绩效目标表',
    MIDTERM_REVIEW: '绩效运行监控',
    FINAL_EVALUATION: '绩效自评',
    DEPARTMENT_TARGETS: '部门整体绩效目标',
    DEPARTMENT_EVALUATION: '部门整体支出绩效自评',
  },
  titles: {
    INBOX_NEW: (p: { document: string; name: string }) => `待您审核：${p.name}的${p.document}`,
    RETURNED: (p: { document: string; name: string }) => `已退回：${p.name}的${p.document}`,
    APPROVED: (p: { document: string; name: string }) => `已批准：${p.name}的${p.document}`,
    DUE_SOON: (p: { document: string; name: string }) => `即将到期：${p.name}的${p.document}`,
    OVERDUE: (p: { document: string; name: string }) => `已逾期：${p.name}的${p.document}`,
    ESCALATED: (p: { document: string; name: string }) => `逾期上报：${p.name}的${p.document}审核已逾期，请督办或指定代理人`,
  },
  returnedBody: (reason: string) => `退回原因：${reason}`,
  dueBody: (p: { what: string; dueDate: string }) => `${p.what}，截止日期 ${p.dueDate}`,
} as const;

export const zhCN = {
  actor,
  delegation,
  common,
  text,
  verbs,
  approval,
  targetTable,
  departmentTargets,
  approvedTargets,
  midterm,
  finalEvaluation,
  departmentEvaluation,
  money,
  ledger,
  directory,
  login,
  tableInput,
  validation,
  review,
  auth,
  api,
  documentImport,
  audit,
  integrity,
  backup,
  cli,
  forms,
  calendar,
  rectification,
  notification,
};
