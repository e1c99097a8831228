import { daysBetween, todayAt, type CalendarDates } from './fiscal-calendar.js';
import { dueAt, mostUrgentFirst, stepDueDate, stepReminderDays, type Due } from './due-status.js';

/**
 * What a project's year awaits from someone, by the documents' states
 * (docs/deadlines-and-rectification.md): a draft to submit by the filing date, a step to decide
 * within the decision days, a mid-term review to submit from its checkpoint to its due date, a
 * final evaluation to submit after the year's end.
 */
export type AwaitedKind = 'TARGET_TABLE_DRAFT' | 'TARGET_TABLE_REVIEW' | 'MIDTERM_REVIEW_DUE' | 'MIDTERM_REVIEW' | 'FINAL_EVALUATION_DUE' | 'FINAL_EVALUATION';

export const awaitedKinds: readonly AwaitedKind[] = ['TARGET_TABLE_DRAFT', 'TARGET_TABLE_REVIEW', 'MIDTERM_REVIEW_DUE', 'MIDTERM_REVIEW', 'FINAL_EVALUATION_DUE', 'FINAL_EVALUATION'];

/** A document's place in its workflow: its status, and while IN_REVIEW the step, its role and when it was submitted. */
export interface DocumentProgress {
  /** DRAFT, IN_REVIEW, RETURNED, APPROVED, ADJUSTING; NOT_OPENED for a monitoring without a review. */
  status: string;
  step: string | null;
  role: string | null;
  submittedAt: string | null;
  /** A final evaluation approved once stays final while a correction is drafted. */
  approvedOnce?: boolean;
}

export interface ProjectProgress {
  projectCode: string;
  fiscalYear: number;
  name: string;
  unitCode: string;
  sectionId: string | null;
  targetTable: DocumentProgress;
  midtermReview: DocumentProgress | null;
  finalEvaluation: DocumentProgress | null;
}

export interface AwaitedItem {
  kind: AwaitedKind;
  projectCode: string;
  fiscalYear: number;
  name: string;
  unitCode: string;
  sectionId: string | null;
  /** The step awaited and the role that decides it; for a document to submit, PREPARER and no step. */
  step: string | null;
  role: string;
  /** Since when it has waited: the submission for a step, else null. */
  since: string | null;
  due: Due;
  /** The next level a step overdue by the calendar's escalation days is shown to (office, then leader); null otherwise. */
  escalatedTo: string | null;
}

export function awaitedItemsOf(project: ProjectProgress, calendar: CalendarDates, now: Date): AwaitedItem[] {
  const items: AwaitedItem[] = [];
  const { projectCode, fiscalYear, name, unitCode, sectionId } = project;
  const item = (kind: AwaitedKind, dueDate: string, step: string | null, role: string, since: string | null) => {
    const reminderDays = step === null ? calendar.reminderDays : stepReminderDays(calendar.reminderDays);
    const due = dueAt(dueDate, now, reminderDays);
    const escalatedTo = step !== null && due.status === 'OVERDUE' && due.daysOverdue >= calendar.escalationDays ? nextLevel(role) : null;
    items.push({ kind, projectCode, fiscalYear, name, unitCode, sectionId, step, role, since, due, escalatedTo });
  };
  const awaitingStep = (kind: AwaitedKind, document: DocumentProgress): boolean => {
    if (document.status !== 'IN_REVIEW' || document.submittedAt === null || document.role === null) return false;
    item(kind, stepDueDate(document.submittedAt, calendar.decisionDays), document.step, document.role, document.submittedAt);
    return true;
  };
  const table = project.targetTable;
  if (table.status === 'DRAFT' || table.status === 'RETURNED') item('TARGET_TABLE_DRAFT', calendar.targetTablesDue, null, 'PREPARER', null);
  awaitingStep('TARGET_TABLE_REVIEW', table);
  if (table.status !== 'APPROVED' && table.status !== 'ADJUSTING') return items;

  const today = todayAt(now);
  const midterm = project.midtermReview;
  if (midterm === null || !awaitingStep('MIDTERM_REVIEW', midterm)) {
    const submitted = midterm !== null && midterm.status === 'APPROVED';
    if (!submitted && daysBetween(calendar.midtermCheckpoint, today) >= 0) item('MIDTERM_REVIEW_DUE', calendar.midtermDue, null, 'PREPARER', null);
  }
  const evaluation = project.finalEvaluation;
  if (evaluation === null || !awaitingStep('FINAL_EVALUATION', evaluation)) {
    const final = evaluation !== null && (evaluation.status === 'APPROVED' || evaluation.approvedOnce === true);
    if (!final && today > `${fiscalYear}-12-31`) item('FINAL_EVALUATION_DUE', calendar.finalEvaluationDue, null, 'PREPARER', null);
  }
  return items;
}

/** Escalation goes up the unit: a section head's step to the office, the office's to the leader; the leader's stays with the leader. */
export function nextLevel(role: string): string {
  return role === 'SECTION_HEAD' ? 'OFFICE' : 'LEADER';
}

/** Overdue first (most overdue first), then by nearest due date. */
export function byUrgency(items: AwaitedItem[]): AwaitedItem[] {
  return [...items].sort((a, b) => mostUrgentFirst(a, b) || awaitedKinds.indexOf(a.kind) - awaitedKinds.indexOf(b.kind) || (a.projectCode < b.projectCode ? -1 : a.projectCode > b.projectCode ? 1 : 0));
}
