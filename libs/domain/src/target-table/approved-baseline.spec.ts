import { describe, expect, it } from '@jest/globals';
import {
  approve,
  draft,
  historyOf,
  importApproved,
  office,
  proposeAdjustment,
  returnTo,
  sectionHead,
  stateOf,
  submit,
  table3,
} from '../../test/target-table-workflow.js';
import { approvedBaselineOf, baselineEstablishedBy } from './approved-baseline.js';
import type { TargetTableCommand } from './target-table.commands.js';

const chainApproved = [draft(), submit(), approve('SECTION', sectionHead), approve('OFFICE', office)];
/** Table 3 with a budget of 250000.00 yuan, all fiscal, planned to be spent in full by the end of the year. */
const adjusted = { ...table3, budget: { total: '250000.00', fiscal: '250000.00' }, spendingPlan: { ...table3.spendingPlan, dec: '250000.00' } };
const adjustedAndApproved = [proposeAdjustment(adjusted), submit(), approve('SECTION', sectionHead), approve('OFFICE', office)];

/** Every path the events allow to a baseline, with the version and budget (fen) in force at its end. */
const paths: Array<[string, TargetTableCommand[], { version: number; budgetFen: number; origin: 'APPROVED' | 'IMPORTED' } | null]> = [
  ['never approved (draft)', [draft()], null],
  ['first version in review', [draft(), submit()], null],
  ['approved through the chain', chainApproved, { version: 1, budgetFen: 20_000_000, origin: 'APPROVED' }],
  ['imported as approved', [importApproved()], { version: 1, budgetFen: 20_000_000, origin: 'IMPORTED' }],
  ['imported, adjustment in review', [importApproved(), proposeAdjustment(adjusted), submit()], { version: 1, budgetFen: 20_000_000, origin: 'IMPORTED' }],
  [
    'imported, adjustment returned',
    [importApproved(), proposeAdjustment(adjusted), submit(), returnTo('PREPARER', 'SECTION', sectionHead)],
    { version: 1, budgetFen: 20_000_000, origin: 'IMPORTED' },
  ],
  ['imported, adjusted and re-approved', [importApproved(), ...adjustedAndApproved], { version: 2, budgetFen: 25_000_000, origin: 'APPROVED' }],
  ['approved, adjusted and re-approved', [...chainApproved, ...adjustedAndApproved], { version: 2, budgetFen: 25_000_000, origin: 'APPROVED' }],
];

describe('the approved baseline of a target table, one definition', () => {
  it.each(paths)('%s', (_path, commands, expected) => {
    const events = historyOf(commands);
    const fromState = approvedBaselineOf(stateOf(events));
    const lastEstablished = events.map(baselineEstablishedBy).filter((baseline) => baseline !== null).at(-1) ?? null;
    if (expected === null) {
      expect(fromState).toBeNull();
      expect(lastEstablished).toBeNull();
      return;
    }
    expect({ version: fromState?.version, budgetFen: fromState?.content.budget.total }).toEqual({ version: expected.version, budgetFen: expected.budgetFen });
    // What a view folds event by event is what a command reads from the state.
    expect(lastEstablished).toMatchObject({ version: expected.version, origin: expected.origin, content: fromState!.content });
  });
});
