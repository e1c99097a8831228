import { describe, expect, it } from '@jest/globals';
import { reviewAtSubmission } from '../review-assistant/review-at-submission.js';
import {
  approve,
  draft,
  historyOf,
  office,
  preparer,
  proposeAdjustment,
  reviewOf,
  returnTo,
  sectionHead,
  stateOf,
  submit,
  table3,
  twoStepChain,
} from '../../test/target-table-workflow.js';
import { actingUser } from '../common/actor.js';
import type { TargetTableEvent } from './target-table.events.js';
import { evolveTargetTable } from './evolve-target-table.js';
import { toContent } from './target-table-input.js';
import { initialTargetTableState } from './target-table.state.js';

const content = toContent(table3);
const approvedHistory = historyOf([draft(), submit(), approve('SECTION', sectionHead, '同意'), approve('OFFICE', office)]);

describe('evolveTargetTable through the workflow', () => {
  it('holds the review of a submission on the shared stage: chain, submitter, current step (warnings stay with the event)', () => {
    expect(stateOf(historyOf([draft(), submit()]))).toEqual({
      lifecycle: 'FIRST_VERSION',
      projectCode: '13052922P00584010316P',
      fiscalYear: 2022,
      version: 1,
      content,
      baseline: null,
      stage: {
        status: 'IN_REVIEW',
        review: {
          chain: twoStepChain,
          submittedBy: actingUser(preparer),
          submitters: ['wang.jing'],
          currentStepIndex: 0,
          approvals: [],
          decisions: [],
        },
      },
    });
  });

  it('holds who decided which step so far', () => {
    const state = stateOf(historyOf([draft(), submit(), approve('SECTION', sectionHead, '同意')]));
    expect(reviewOf(state)).toMatchObject({
      currentStepIndex: 1,
      approvals: [{ step: 'SECTION', role: 'SECTION_HEAD', by: actingUser(sectionHead), comment: '同意' }],
      decisions: [{ decision: 'APPROVED', step: 'SECTION', role: 'SECTION_HEAD', by: actingUser(sectionHead), comment: '同意' }],
    });
  });

  it('does not change the state it is given', () => {
    const history = historyOf([draft(), submit(), approve('SECTION', sectionHead), returnTo('SECTION', 'OFFICE', office)]);
    const before = stateOf(history.slice(0, -1));
    const snapshot = structuredClone(before);
    evolveTargetTable(before, history[history.length - 1] as TargetTableEvent);
    expect(before).toEqual(snapshot);
  });

  it('refuses workflow events where the state they continue is missing, as this decider never writes them so', () => {
    const all = historyOf([
      draft(),
      submit(),
      approve('SECTION', sectionHead),
      returnTo('PREPARER', 'OFFICE', office),
    ]);
    const adjusting = historyOf([draft(), submit(), approve('SECTION', sectionHead), approve('OFFICE', office), proposeAdjustment()]);
    const [drafted, submitted, stepApproved, returned] = all as [TargetTableEvent, TargetTableEvent, TargetTableEvent, TargetTableEvent];
    const [, , , , finalApproval, adjustmentProposed] = adjusting as TargetTableEvent[];
    const revised: TargetTableEvent = { type: 'TargetTableDraftRevised', data: { projectCode: '13052922P00584010316P', fiscalYear: 2022, version: 1, changes: { purpose: '就业培训' } } };
    for (const [events, message] of [
      [[drafted, stepApproved], 'TargetTableStepApproved cannot follow a target table in status DRAFT'],
      [[drafted, finalApproval], 'TargetTableApproved cannot follow a target table in status DRAFT'],
      [[drafted, returned], 'TargetTableReturned cannot follow a target table in status DRAFT'],
      [[drafted, adjustmentProposed], 'TargetTableAdjustmentProposed cannot follow a target table in status DRAFT'],
      [[submitted], 'TargetTableSubmitted cannot follow a target table in status NONE'],
      [[drafted, submitted, submitted], 'TargetTableSubmitted cannot follow a target table in status IN_REVIEW'],
      [[...approvedHistory, revised], 'TargetTableDraftRevised cannot follow a target table in status APPROVED'],
      [[revised], 'TargetTableDraftRevised cannot follow a target table in status NONE'],
      [[drafted, submitted, revised], 'TargetTableDraftRevised cannot follow a target table in status IN_REVIEW'],
    ] as Array<[TargetTableEvent[], string]>) {
      expect(() => events.reduce(evolveTargetTable, initialTargetTableState)).toThrow(message);
    }
  });
});
