import { decidedHistory } from './given.js';
import { targetTableDecider } from '../src/target-table/decide-target-table.js';
import { evolveTargetTable } from '../src/target-table/evolve-target-table.js';
import { seedTable3, seedTable3FiscalYear, seedTable3ProjectCode } from '../src/target-table/fixtures/seed-table-3.js';
import type { SubmissionChain } from '../src/approval/submission-chain.js';
import type { Actor } from '../src/common/actor.js';
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
import type { Review } from '../src/approval/review.js';
import { initialTargetTableState, targetTableStatusOf, type TargetTableState } from '../src/target-table/target-table.state.js';

/**
 * The people and commands of the approval workflow scenarios: seed table 3 owned by the
 * employment section (就业股) of unit 323001, and the people who prepare and decide it.
 */

export const projectCode = seedTable3ProjectCode;
export const fiscalYear = seedTable3FiscalYear;
export * from './workflow-people.js';
import { office, preparer, sectionHead, sectionId, twoStepChain } from './workflow-people.js';

/** Seed table 3 with its owning section, which the seed itself does not print. */
export const table3: TargetTableInput = { ...seedTable3, sectionId };

const key = { projectCode, fiscalYear };

export const draft = (input: TargetTableInput = table3, actor: Actor = preparer): DraftTargetTable => ({
  type: 'DraftTargetTable',
  ...key,
  input,
  actor,
});
export const revise = (input: TargetTableInput, actor: Actor = preparer): ReviseTargetTableDraft => ({
  type: 'ReviseTargetTableDraft',
  ...key,
  input,
  actor,
});
export const submit = (actor: Actor = preparer, chain: SubmissionChain = twoStepChain): SubmitTargetTable => ({
  type: 'SubmitTargetTable',
  ...key,
  actor,
  chain,
});
export const resubmit = (actor: Actor = preparer): ResubmitTargetTable => ({ type: 'ResubmitTargetTable', ...key, actor });
export const approve = (step: string, actor: Actor, comment?: string | null): ApproveTargetTableStep => ({
  type: 'ApproveTargetTableStep',
  ...key,
  actor,
  step,
  ...(comment === undefined ? {} : { comment }),
});
export const returnTo = (to: string, step: string, actor: Actor, reason = '成本指标请按人均补贴标准重新测算'): ReturnTargetTable => ({
  type: 'ReturnTargetTable',
  ...key,
  actor,
  step,
  to,
  reason,
});
export const withdraw = (actor: Actor = preparer): WithdrawTargetTableSubmission => ({
  type: 'WithdrawTargetTableSubmission',
  ...key,
  actor,
});
export const proposeAdjustment = (
  input: TargetTableInput = adjustedTable3,
  actor: Actor = preparer,
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
  actor: Actor = office,
  source: TargetTableSource = seedSource,
): ImportApprovedTargetTable => ({ type: 'ImportApprovedTargetTable', ...key, input, actor, source });

/** The adjustment of the scenarios: twelve trainings instead of ten. */
export const adjustedTable3: TargetTableInput = {
  ...table3,
  indicators: table3.indicators.map((indicator, i) => (i === 0 ? { ...indicator, valueText: '12次' } : indicator)),
};

/** The events the decider itself writes for these commands in turn, so a history is one it could have written. */
export function historyOf(commands: readonly TargetTableCommand[]): TargetTableEvent[] {
  return decidedHistory(targetTableDecider, commands);
}

export function stateOf(events: readonly TargetTableEvent[]): TargetTableState {
  return events.reduce(evolveTargetTable, initialTargetTableState);
}

/** The status people see of the table these events leave. */
export function statusOf(events: readonly TargetTableEvent[]): ReturnType<typeof targetTableStatusOf> {
  return targetTableStatusOf(stateOf(events));
}

/** The review a table is under, or null when it is under none. */
export function reviewOf(state: TargetTableState): Review | null {
  return state.lifecycle !== 'NONE' && state.stage.status === 'IN_REVIEW' ? state.stage.review : null;
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
