import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import { approveEvaluation, evaluationHistory, execution, explain, open, record, submitEvaluation } from '../../test/final-evaluation-workflow.js';
import { assess, midtermHistory, openReview, recordExecution, submitReview } from '../../test/midterm-review-workflow.js';
import { fiscalYear, leader, office, preparer, preparerOfOtherSection, projectCode, sectionHead, sectionId, unitCode } from '../../test/target-table-workflow.js';
import { evolveFinalEvaluation } from '../final-evaluation/evolve-final-evaluation.js';
import { initialFinalEvaluationState, type FinalEvaluation } from '../final-evaluation/final-evaluation.state.js';
import type { MidtermReviewCommand } from '../midterm-review/midterm-review.commands.js';
import { evolveMidtermReview } from '../midterm-review/evolve-midterm-review.js';
import { initialMidtermState, type Monitoring } from '../midterm-review/midterm-review.state.js';
import { actingUser, type Actor } from '../common/actor.js';
import { rectificationDecider } from './decide-rectification.js';
import type { RectificationCommand } from './rectification.commands.js';
import type { RectificationEvent } from './rectification.events.js';
import { rectificationsFromFinalEvaluation, rectificationsFromMidterm } from './rectification-proposals.js';

const given = scenario(rectificationDecider);
const key = { projectCode, fiscalYear };
const place = { name: '就业补助', unitCode, sectionId };
const system: Actor = { userId: 'system:rectification', roles: [], unitCode: null, sectionId: null };
const auditor: Actor = { userId: 'sun', roles: ['AUDITOR'], unitCode, sectionId: null };
const secondOffice: Actor = { userId: 'chen.two', roles: ['OFFICE'], unitCode, sectionId: null };
const approveMidterm = (step: string, actor: Actor): MidtermReviewCommand => ({ type: 'ApproveMidtermReviewStep', projectCode, fiscalYear, actor, step });

const approvedMonitoring = midtermHistory([openReview(), assess(), recordExecution(), submitReview(), approveMidterm('SECTION', sectionHead), approveMidterm('OFFICE', office)]).reduce(
  evolveMidtermReview,
  initialMidtermState,
) as Monitoring;
const approvedEvaluation = evaluationHistory([open(), record(), execution(), explain(), submitEvaluation(), approveEvaluation('SECTION', sectionHead), approveEvaluation('OFFICE', office)]).reduce(
  evolveFinalEvaluation,
  initialFinalEvaluationState,
) as FinalEvaluation;

const propose = (): RectificationCommand => ({ type: 'ProposeRectifications', ...key, actor: system, place, proposals: rectificationsFromMidterm(approvedMonitoring) });
const proposed = (): RectificationEvent[] => rectificationDecider.decide(propose(), rectificationDecider.initialState);
const item = (command: Record<string, unknown>, actor: Actor) => ({ ...key, itemId: 'MIDTERM-v1-I0', actor, ...command }) as RectificationCommand;
const start = item({ type: 'StartRectification', measure: '三季度增开两期培训' }, preparer);
const report = item({ type: 'ReportRectified', note: '已增开两期培训，见培训台账' }, preparer);
const history = (...commands: RectificationCommand[]): RectificationEvent[] => {
  const events: RectificationEvent[] = [];
  let state = rectificationDecider.initialState;
  for (const command of [propose(), ...commands]) {
    for (const event of rectificationDecider.decide(command, state)) {
      events.push(event);
      state = rectificationDecider.evolve(state, event);
    }
  }
  return events;
};

describe('proposals from reviews', () => {
  it('proposes each indicator at risk of an approved mid-term review with its measure, due at the year’s end', () => {
    expect(rectificationsFromMidterm(approvedMonitoring)).toEqual([
      expect.objectContaining({
        itemId: 'MIDTERM-v1-I0',
        source: expect.objectContaining({ kind: 'MIDTERM_INDICATOR', version: 1, indicatorIndex: 0 }),
        measure: '三季度增开两期培训',
        dueDate: `${fiscalYear}-12-31`,
        ownerSectionId: sectionId,
      }),
    ]);
  });

  it('proposes nothing for a review not yet approved', () => {
    const submitted = midtermHistory([openReview(), assess(), recordExecution(), submitReview()]).reduce(evolveMidtermReview, initialMidtermState) as Monitoring;
    expect(rectificationsFromMidterm(submitted)).toEqual([]);
  });

  it('proposes each indicator of an approved final evaluation short of full points, due by next year’s checkpoint', () => {
    const proposals = rectificationsFromFinalEvaluation(approvedEvaluation);
    expect(proposals.map((proposal) => proposal.itemId)).toEqual(['FINAL-v1-I0', 'FINAL-v1-I1', 'FINAL-v1-I4', 'FINAL-v1-I5']);
    expect(proposals[0]).toMatchObject({ source: { kind: 'FINAL_INDICATOR' }, dueDate: `${fiscalYear + 1}-07-31` });
    expect(proposals[0]!.source.finding).toContain('未达满分');
  });
});

describe('ProposeRectifications', () => {
  it('records each proposal once, so a repeated proposal changes nothing', () => {
    expect(proposed().map((event) => event.type)).toEqual(['RectificationProposed']);
    given(proposed()).when(propose()).then([]);
  });

  it('is the application’s alone', () => {
    given([]).when({ ...propose(), actor: office } as RectificationCommand).thenThrows('FORBIDDEN');
  });
});

describe('RecordAuditFinding', () => {
  const finding = (actor: Actor) =>
    ({ type: 'RecordAuditFinding', ...key, actor, place, finding: '培训补贴发放台账不完整', dueDate: `${fiscalYear}-11-30` }) as RectificationCommand;

  it('lets an auditor enter a finding, numbered within the project’s year', () => {
    const [event] = given(proposed()).when(finding(auditor)).thenEventTypes(['RectificationProposed']);
    expect(event!.data).toMatchObject({ itemId: 'AUDIT-1', source: { kind: 'AUDIT', finding: '培训补贴发放台账不完整' }, ownerSectionId: sectionId, proposedBy: actingUser(auditor) });
  });

  it('refuses anyone else, and a due date that is not a date', () => {
    given([]).when(finding(office)).thenThrows('FORBIDDEN');
    given([]).when({ ...finding(auditor), dueDate: '2022-13-01' } as RectificationCommand).thenThrows('VALIDATION', 'dueDate');
  });
});

describe('working and closing a rectification', () => {
  it('goes 待整改 → 整改中 → 已整改 → 已销号', () => {
    given(proposed()).when(start).thenEventTypes(['RectificationStarted']);
    given(history(start)).when(item({ type: 'AddRectificationEvidence', note: '第一期培训已开班' }, preparer)).thenEventTypes(['RectificationEvidenceAdded']);
    given(history(start)).when(report).thenEventTypes(['RectificationReported']);
    given(history(start, report)).when(item({ type: 'CloseRectification' }, office)).thenEventTypes(['RectificationClosed']);
  });

  it('is worked by the owner section or the unit’s office, not another section', () => {
    given(proposed()).when({ ...start, actor: preparerOfOtherSection } as RectificationCommand).thenThrows('FORBIDDEN');
    given(proposed()).when({ ...start, actor: office } as RectificationCommand).thenEventTypes(['RectificationStarted']);
  });

  it('is closed only by the unit’s office or leader, never by whoever reported it done', () => {
    const reportedByOffice = history(start, { ...report, actor: office } as RectificationCommand);
    given(reportedByOffice).when(item({ type: 'CloseRectification' }, office)).thenThrows('FORBIDDEN');
    given(reportedByOffice).when(item({ type: 'CloseRectification' }, secondOffice)).thenEventTypes(['RectificationClosed']);
    given(history(start, report)).when(item({ type: 'CloseRectification' }, sectionHead)).thenThrows('FORBIDDEN');
    given(history(start, report)).when(item({ type: 'CloseRectification' }, leader)).thenEventTypes(['RectificationClosed']);
  });

  it('cannot be closed before it is reported done, and goes back to 整改中 when returned with a reason', () => {
    given(history(start)).when(item({ type: 'CloseRectification' }, office)).thenThrows('CONFLICT');
    given(history(start, report)).when(item({ type: 'ReturnRectification', reason: '' }, office)).thenThrows('VALIDATION', 'reason');
    const returned = history(start, report, item({ type: 'ReturnRectification', reason: '佐证材料不足' }, office));
    given(returned).when(report).thenEventTypes(['RectificationReported']);
  });

  it('refuses an unknown item', () => {
    given(proposed()).when({ ...start, itemId: 'MIDTERM-v9-I9' } as RectificationCommand).thenThrows('NOT_FOUND');
  });
});
