import { decideTargetTable } from '../src/target-table/decide-target-table.js';
import { evolveTargetTable } from '../src/target-table/evolve-target-table.js';
import { seedTable3, seedTable3FiscalYear, seedTable3ProjectCode } from '../src/target-table/fixtures/seed-table-3.js';
import type { SubmissionChain } from '../src/target-table/submission-chain.js';
import type { TargetTableActor } from '../src/target-table/target-table-actor.js';
import type {
  ApproveTargetTableStep,
  DraftTargetTable,
  ImportApprovedTargetTable,
  ProposeTargetTableAdjustment,
  ResubmitTargetTable,
  ReturnTargetTable,
  ReviseTargetTableDraft,
  SubmitTargetTable,
  TargetTableCommand,
  TargetTableInput,
  WithdrawTargetTableSubmission,
} from '../src/target-table/target-table.commands.js';
import type { TargetTableEvent, TargetTableSource } from '../src/target-table/target-table.events.js';
import { initialTargetTableState, type TargetTableState } from '../src/target-table/target-table.state.js';

/**
 * The people and commands of the approval workflow scenarios: seed table 3 owned by the
 * employment section (就业股) of unit 323001, and the people who prepare and decide it.
 */

export const projectCode = seedTable3ProjectCode;
export const fiscalYear = seedTable3FiscalYear;
export const unitCode = '323001';
export const sectionId = 'employment';

/** Seed table 3 with its owning section, which the seed itself does not print. */
export const table3: TargetTableInput = { ...seedTable3, sectionId };

const person = (userId: string, roles: string[], unit: string | null = unitCode, section: string | null = sectionId): TargetTableActor => ({
  userId,
  roles,
  unitCode: unit,
  sectionId: section,
});

export const preparer = person('wang.jing', ['PREPARER']);
export const otherPreparer = person('zhao.lei', ['PREPARER']);
export const sectionHead = person('li.qiang', ['SECTION_HEAD']);
export const otherSectionHead = person('zhang.wei', ['SECTION_HEAD']);
export const office = person('chen.hong', ['OFFICE'], unitCode, 'office');
export const otherOffice = person('huang.yan', ['OFFICE'], unitCode, 'office');
export const leader = person('liu.min', ['LEADER'], unitCode, null);
/** A preparer who also heads the section: may submit or decide a version, never both. */
export const preparingHead = person('he.ping', ['PREPARER', 'SECTION_HEAD']);
/** Heads the section and works for the office: may decide one step of a submission, not two. */
export const headInOffice = person('ma.li', ['SECTION_HEAD', 'OFFICE']);
export const headOfOtherSection = person('sun.yu', ['SECTION_HEAD'], unitCode, 'labour-relations');
export const preparerOfOtherSection = person('qian.na', ['PREPARER'], unitCode, 'labour-relations');
export const officeOfOtherUnit = person('zhou.fang', ['OFFICE'], '323003', 'office');
export const auditor = person('wu.di', ['AUDITOR'], unitCode, null);

export const twoStepChain: SubmissionChain = {
  chainId: '323001',
  chainVersion: 1,
  steps: [
    { step: 'SECTION', role: 'SECTION_HEAD' },
    { step: 'OFFICE', role: 'OFFICE' },
  ],
};

export const threeStepChain: SubmissionChain = {
  chainId: '323001',
  chainVersion: 2,
  steps: [...twoStepChain.steps, { step: 'LEADER', role: 'LEADER' }],
};

const key = { projectCode, fiscalYear };

export const draft = (input: TargetTableInput = table3, actor: TargetTableActor = preparer): DraftTargetTable => ({
  type: 'DraftTargetTable',
  ...key,
  input,
  actor,
});
export const revise = (input: TargetTableInput, actor: TargetTableActor = preparer): ReviseTargetTableDraft => ({
  type: 'ReviseTargetTableDraft',
  ...key,
  input,
  actor,
});
export const submit = (actor: TargetTableActor = preparer, chain: SubmissionChain = twoStepChain): SubmitTargetTable => ({
  type: 'SubmitTargetTable',
  ...key,
  actor,
  chain,
});
export const resubmit = (actor: TargetTableActor = preparer): ResubmitTargetTable => ({ type: 'ResubmitTargetTable', ...key, actor });
export const approve = (step: string, actor: TargetTableActor, comment?: string | null): ApproveTargetTableStep => ({
  type: 'ApproveTargetTableStep',
  ...key,
  actor,
  step,
  ...(comment === undefined ? {} : { comment }),
});
export const returnTo = (to: string, step: string, actor: TargetTableActor, reason = '成本指标请按人均补贴标准重新测算'): ReturnTargetTable => ({
  type: 'ReturnTargetTable',
  ...key,
  actor,
  step,
  to,
  reason,
});
export const withdraw = (actor: TargetTableActor = preparer): WithdrawTargetTableSubmission => ({
  type: 'WithdrawTargetTableSubmission',
  ...key,
  actor,
});
export const proposeAdjustment = (
  input: TargetTableInput = adjustedTable3,
  actor: TargetTableActor = preparer,
  reason = '县委县政府年中调整培训任务为12次',
): ProposeTargetTableAdjustment => ({ type: 'ProposeTargetTableAdjustment', ...key, actor, input, reason });

/** Where seed table 3 is printed in the seed document. */
export const seedSource: TargetTableSource = {
  name: '2022-julu-hrss-performance-targets.txt',
  documentSha256: 'a3'.repeat(32),
  lines: { from: 260, to: 352 },
};
export const importApproved = (
  input: TargetTableInput = table3,
  actor: TargetTableActor = office,
  source: TargetTableSource = seedSource,
): ImportApprovedTargetTable => ({ type: 'ImportApprovedTargetTable', ...key, input, actor, source });

/** The adjustment of the scenarios: twelve trainings instead of ten. */
export const adjustedTable3: TargetTableInput = {
  ...table3,
  indicators: table3.indicators.map((indicator, i) => (i === 0 ? { ...indicator, valueText: '12次' } : indicator)),
};

/** The events the decider itself writes for these commands in turn, so a history is one it could have written. */
export function historyOf(commands: readonly TargetTableCommand[]): TargetTableEvent[] {
  const events: TargetTableEvent[] = [];
  let state: TargetTableState = initialTargetTableState;
  for (const command of commands) {
    for (const event of decideTargetTable(command, state)) {
      events.push(event);
      state = evolveTargetTable(state, event);
    }
  }
  return events;
}

export function stateOf(events: readonly TargetTableEvent[]): TargetTableState {
  return events.reduce(evolveTargetTable, initialTargetTableState);
}

/** The histories of the command-by-state matrix, by the name of the state they end in. */
export const histories = {
  NONE: () => historyOf([]),
  DRAFT: () => historyOf([draft()]),
  'IN_REVIEW at SECTION': () => historyOf([draft(), submit()]),
  'IN_REVIEW at OFFICE': () => historyOf([draft(), submit(), approve('SECTION', sectionHead)]),
  RETURNED: () => historyOf([draft(), submit(), returnTo('PREPARER', 'SECTION', sectionHead)]),
  APPROVED: () => historyOf([draft(), submit(), approve('SECTION', sectionHead), approve('OFFICE', office)]),
  ADJUSTING: () =>
    historyOf([draft(), submit(), approve('SECTION', sectionHead), approve('OFFICE', office), proposeAdjustment()]),
  'IN_REVIEW adjustment at SECTION': () =>
    historyOf([draft(), submit(), approve('SECTION', sectionHead), approve('OFFICE', office), proposeAdjustment(), submit()]),
  'DRAFT after withdrawal': () => historyOf([draft(), submit(), withdraw()]),
  'APPROVED by import': () => historyOf([importApproved()]),
} as const;

export type HistoryName = keyof typeof histories;
