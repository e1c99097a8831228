/**
 * The review assistant (libs/domain/src/review-assistant, docs/review-assistant.md): what a
 * finance reviewer would say about a cell, and what to change. Indicators are named as the
 * submission checks name them (第 3 项指标「就业人数登记率」), other tables by name and code.
 */
export const review = {
  severity: { error: '错误', warning: '提示', hint: '建议' },
  /** An anomaly of the import report that comes from the review assistant. */
  anomaly: (p: { severity: string; place: string; message: string }) => `审核${p.severity}（${p.place}）：${p.message}`,
  table: (p: { name: string; projectCode: string }) => `表「${p.name}」（${p.projectCode}）`,
  goal: (index: number) => `绩效目标第 ${index + 1} 项`,
  goalRepeated: (p: { goal: string; first: string; text: string }) =>
    `${p.goal}与${p.first}是同一句话「${p.text}」：重复的目标不增加内容，请删去重复项，或改写为本项目另一项可考核的目标。`,
  countAsPercent: (p: { indicator: string; valueText: string }) =>
    `${p.indicator}计的是人数或次数，指标值「${p.valueText}」却是百分比：请写人数或次数（例如 ≥3000人），或把指标改为比率（例如 参保率 ≥90%）。`,
  rateAsDuration: (p: { indicator: string; valueText: string }) =>
    `${p.indicator}是比率，指标值「${p.valueText}」却是时长：请写百分比（例如 ≥95%），或把指标改为时限（例如 完成时间 ≤31天）。`,
  rateAbove100: (p: { indicator: string; valueText: string }) =>
    `${p.indicator}是比率，指标值「${p.valueText}」要求超过 100%，而比率最多达到 100%：请写「=100%」或一个可达到的下限（例如 ≥98%）。`,
  costAsPercent: (p: { indicator: string; valueText: string }) =>
    `${p.indicator}是成本指标，指标值「${p.valueText}」却是百分比，说不出花多少钱：请写金额，例如 人均补贴 ≤2420元 或 项目总成本 ≤20万元。`,
  costWithoutCurrency: (p: { indicator: string; valueText: string }) =>
    `${p.indicator}是成本指标，指标值「${p.valueText}」没有货币单位：请写明「元」或「万元」（例如 ≤13万元）。`,
  costPerWhatMissing: (p: { indicator: string; valueText: string; budget: string }) =>
    `${p.indicator}的指标值「${p.valueText}」远小于预算 ${p.budget}，看起来是单位成本，但名称和描述没有说明是每什么的成本：请写明，例如「每份档案管理成本」或「人均成本」。`,
  unitCostOverBudget: (p: { indicator: string; cost: string; quantityIndicator: string; quantity: string; product: string; budget: string }) =>
    `${p.indicator}的单位成本 ${p.cost} × ${p.quantityIndicator}的 ${p.quantity} = ${p.product}，超过预算数 ${p.budget}：单位成本、数量与预算至少有一项不对，请核算后改正。`,
  costOverBudget: (p: { indicator: string; valueText: string; budget: string }) =>
    `${p.indicator}的成本「${p.valueText}」超过预算数 ${p.budget}：项目成本不能超出预算，请核对成本或预算。`,
  level2Misfiled: (p: { indicator: string; level2: string; what: string; suggested: string }) =>
    `${p.indicator}归在「${p.level2}」下，但它${p.what}：请移到「${p.suggested}」下，并在「${p.level2}」下写本项目真正的${p.level2}。`,
  misfiledMoney: '是金额或收入，不是时效',
  misfiledTimeliness: '是按时、到位一类的时效比率，不是成本',
  level3RepeatsLevel2: (p: { indicator: string; level2: string }) =>
    `${p.indicator}的三级指标只是重复了二级指标「${p.level2}」，没有说明具体考核什么：请写出具体指标，例如「群众满意度」「参训人员满意度」。`,
  basisNotASource: (p: { indicator: string; basis: string }) =>
    `${p.indicator}的指标值确定依据「${p.basis}」只是指标本身的名称，不是目标值的来源：请写出依据，例如 调查问卷、行业标准、历史数据或文件文号。`,
  basisSameOnEveryRow: (p: { count: number; basis: string }) =>
    `全部 ${p.count} 项指标的指标值确定依据都是「${p.basis}」，连满意度指标也一样：依据应说明每个目标值从何而来，请逐项填写（满意度一般依据调查问卷，数量依据业务统计或计划）。`,
  basisDocumentSpeltTwoWays: (p: { document: string; spellings: string }) =>
    `同一文件 ${p.document} 在本表中有不同写法：${p.spellings}：请统一为文件上的正式文号。`,
  descriptionContradictsName: (p: { indicator: string; nameWord: string; description: string; descriptionWord: string }) =>
    `${p.indicator}的名称说的是「${p.nameWord}」，描述「${p.description}」说的却是「${p.descriptionWord}」：名称与描述相互矛盾，请改正其中之一。`,
  sameValue: (p: { level3: string; valueText: string }) => `${p.level3} ${p.valueText}`,
  otherValue: (p: { level3: string; valueText: string; otherValueText: string }) => `${p.level3}（本表 ${p.valueText}，对方 ${p.otherValueText}）`,
  indicatorsCopied: (p: { count: number; matched: number; other: string; same: number; examples: string; changed: string; budget: string; otherBudget: string }) =>
    `本表 ${p.count} 项绩效指标中有 ${p.matched} 项与${p.other}相同，其中 ${p.same} 项连指标值也相同（如 ${p.examples}）` +
    `${p.changed === '' ? '' : `，只改了 ${p.changed}`}；本表预算 ${p.budget}，对方 ${p.otherBudget}，却要达到同样的目标：请按本项目的资金和任务重新测算指标。`,
  goalsCopied: (p: { goal: string; other: string; text: string }) =>
    `${p.goal}「${p.text}」与${p.other}的目标相同：请写本项目资金要达到的目标。`,
  descriptionCopied: (p: { indicator: string; description: string; other: string; otherIndicator: string; term: string }) =>
    `${p.indicator}的描述「${p.description}」抄自${p.other}的${p.otherIndicator}，说的「${p.term}」是那个项目的内容：请按本项目改写描述。`,
  goalsOfAnotherProject: (p: { goal: string; text: string; term: string; other: string; swapped: boolean }) =>
    `${p.goal}「${p.text}」说的是「${p.term}」，这是${p.other}的内容，而不是本项目的` +
    `${p.swapped ? '；两张表的目标看起来对调了' : ''}：请写本项目要达到的目标。`,
  auditLabel: '审核意见保留原样',
  auditSummary: (p: { code: string; field: string; message: string }) => `审核意见 ${p.code}（${p.field}）确认保留原样：${p.message}`,
  accepted: (p: { who: string; reason: string }) => `${p.who}确认保留原样：${p.reason}`,
  acceptReasonMissing: '请说明为何保留原样（确认理由不能为空）。',
  alreadyAccepted: (p: { key: string }) => `审核意见 ${p.key} 已确认保留原样，无需重复确认。`,
  acceptForbidden: '只有本单位的科室负责人、办公室、单位负责人或管理员可以确认审核意见保留原样。',
  findingUnknown: (p: { key: string }) => `该表当前没有审核意见 ${p.key}：可能已改正，请刷新后再试。`,
};
