import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import {
  approve,
  draft,
  histories,
  importApproved,
  type HistoryName,
  office,
  proposeAdjustment,
  resubmit,
  returnTo,
  revise,
  sectionHead,
  stateOf,
  submit,
  table3,
  withdraw,
} from '../../test/target-table-workflow.js';
import { targetTableDecider } from './decide-target-table.js';
import type { TargetTableCommand } from './target-table.commands.js';
import type { TargetTableEvent } from './target-table.events.js';
import { targetTableStatusOf } from './target-table.state.js';

const given = scenario(targetTableDecider);

/** Every command in every state: the events it records and the status they lead to, or the refusal. */
type Outcome = 'NOT_FOUND' | 'CONFLICT' | [Array<TargetTableEvent['type']>, ReturnType<typeof targetTableStatusOf>];

const states: HistoryName[] = [
  'NONE',
  'DRAFT',
  'IN_REVIEW at SECTION',
  'IN_REVIEW at OFFICE',
  'RETURNED',
  'APPROVED',
  'ADJUSTING',
  'IN_REVIEW adjustment at SECTION',
  'DRAFT after withdrawal',
];

const NF = 'NOT_FOUND';
const C = 'CONFLICT';

const matrix: Array<[string, TargetTableCommand, Outcome[]]> = [
  ['draft', draft(), [[['TargetTableDrafted'], 'DRAFT'], C, C, C, C, C, C, C, C]],
  [
    'revise',
    revise({ ...table3, purpose: '就业工作经费（修订）' }),
    [NF, [['TargetTableDraftRevised'], 'DRAFT'], C, C, [['TargetTableDraftRevised'], 'RETURNED'], C, [['TargetTableDraftRevised'], 'ADJUSTING'], C, [['TargetTableDraftRevised'], 'DRAFT']],
  ],
  [
    'submit',
    submit(),
    [NF, [['TargetTableSubmitted'], 'IN_REVIEW'], C, C, C, C, [['TargetTableSubmitted'], 'IN_REVIEW'], C, [['TargetTableSubmitted'], 'IN_REVIEW']],
  ],
  ['resubmit', resubmit(), [NF, C, C, C, [['TargetTableSubmitted'], 'IN_REVIEW'], C, C, C, C]],
  [
    'approve the section step',
    approve('SECTION', sectionHead),
    [NF, C, [['TargetTableStepApproved'], 'IN_REVIEW'], C, C, C, C, [['TargetTableStepApproved'], 'IN_REVIEW'], C],
  ],
  [
    'approve the office step',
    approve('OFFICE', office),
    [NF, C, C, [['TargetTableStepApproved', 'TargetTableApproved'], 'APPROVED'], C, C, C, C, C],
  ],
  [
    'return to the preparer at the section step',
    returnTo('PREPARER', 'SECTION', sectionHead),
    [NF, C, [['TargetTableReturned'], 'RETURNED'], C, C, C, C, [['TargetTableReturned'], 'RETURNED'], C],
  ],
  [
    'withdraw',
    withdraw(),
    [NF, C, [['TargetTableSubmissionWithdrawn'], 'DRAFT'], C, C, C, C, [['TargetTableSubmissionWithdrawn'], 'ADJUSTING'], C],
  ],
  ['propose an adjustment', proposeAdjustment(), [NF, C, C, C, C, [['TargetTableAdjustmentProposed'], 'ADJUSTING'], C, C, C]],
  [
    'import the same table as an approved baseline',
    importApproved(),
    [[['TargetTableBaselineImported'], 'APPROVED'], C, C, C, C, [[], 'APPROVED'], [[], 'ADJUSTING'], [[], 'IN_REVIEW'], C],
  ],
];

const cases = matrix.flatMap(([name, command, outcomes]) =>
  states.map((state, i) => [name, state, command, outcomes[i]!] as const),
);

describe('every command in every state', () => {
  it('has an outcome for each state', () => {
    for (const [, , outcomes] of matrix) expect(outcomes).toHaveLength(states.length);
  });

  it.each(cases)('%s in %s', (_name, stateName, command, outcome) => {
    const history = histories[stateName]();
    if (outcome === 'NOT_FOUND' || outcome === 'CONFLICT') {
      const error = given(history).when(command).thenThrows(outcome);
      expect(error.problems).toEqual([]);
      return;
    }
    const [types, status] = outcome;
    const events = targetTableDecider.decide(command, stateOf(history));
    expect(events.map((event) => event.type)).toEqual(types);
    expect(targetTableStatusOf(stateOf([...history, ...events]))).toBe(status);
  });
});
