import type { Notification, NotifiedDocument } from './notification.js';

/** A stored event of a reviewed document's stream, as far as notifications go. */
export interface ReviewStreamEvent {
  eventId: string;
  type: string;
  data: Record<string, any>;
}

interface Place {
  name: string;
  unitCode: string;
  sectionId: string | null;
}

interface ChainStep {
  step: string;
  role: string;
}

const documents: Array<[string, NotifiedDocument]> = [
  ['TargetTable', 'TARGET_TABLE'],
  ['MidtermReview', 'MIDTERM_REVIEW'],
  ['FinalEvaluation', 'FINAL_EVALUATION'],
  ['DepartmentTargets', 'DEPARTMENT_TARGETS'],
  ['DepartmentEvaluation', 'DEPARTMENT_EVALUATION'],
];

/** The document a stream's event belongs to, by its type's prefix; null for other streams. */
export function notifiedDocumentOf(type: string): NotifiedDocument | null {
  return documents.find(([prefix]) => type.startsWith(prefix))?.[1] ?? null;
}

/**
 * Where the document belongs, from an event carrying its content: a project's unit and section,
 * or a department's unit and no section, named by the department (docs/department-targets.md,
 * the department). A department's evaluation carries the targets' baseline, content within.
 */
function placeOf(data: Record<string, any>): Place | null {
  const owner = data.content ?? data.baseline;
  if (owner === undefined || owner === null) return null;
  if (typeof owner.unitCode === 'string') return { name: owner.name, unitCode: owner.unitCode, sectionId: owner.sectionId ?? null };
  const department = owner.content ?? owner;
  if (typeof department.departmentName === 'string' && typeof data.departmentCode === 'string') return { name: department.departmentName, unitCode: data.departmentCode, sectionId: null };
  return null;
}

/**
 * What the last event of a reviewed document's history tells whom: a submission or an approved
 * step puts the next step in the inbox of its role, a return tells the submitter the reason (or
 * puts an earlier step back in its role's inbox), the approval tells the submitter. The history
 * gives the document's place (unit, section, name), the chain and the submitter.
 */
export function reviewNotifications(history: readonly ReviewStreamEvent[]): Notification[] {
  const last = history[history.length - 1];
  if (last === undefined) return [];
  const document = notifiedDocumentOf(last.type);
  if (document === null) return [];
  let place: Place | null = null;
  let chain: ChainStep[] = [];
  let submittedBy: string | null = null;
  for (const event of history) {
    place = placeOf(event.data) ?? place;
    if (event.type.endsWith('Submitted')) {
      chain = (event.data.chain?.steps ?? []) as ChainStep[];
      submittedBy = event.data.submittedBy?.userId ?? null;
    }
  }
  if (place === null) return [];
  const about = { document, projectCode: (last.data.projectCode ?? last.data.departmentCode) as string, fiscalYear: last.data.fiscalYear as number, name: place.name };
  const inboxOf = (step: ChainStep | undefined): Notification[] =>
    step === undefined
      ? []
      : [
          {
            notificationId: `INBOX_NEW:${last.eventId}`,
            kind: 'INBOX_NEW',
            audience: { kind: 'ROLE', role: step.role, unitCode: place!.unitCode, sectionId: step.role === 'SECTION_HEAD' ? place!.sectionId : null },
            ...about,
            step: step.step,
            detail: null,
          },
        ];
  const toSubmitter = (kind: 'RETURNED' | 'APPROVED', step: string | null, detail: string | null): Notification[] =>
    submittedBy === null ? [] : [{ notificationId: `${kind}:${last.eventId}`, kind, audience: { kind: 'USER', userId: submittedBy }, ...about, step, detail }];

  if (last.type.endsWith('StepApproved')) {
    const next = last.data.nextStep as string | null;
    return next === null ? [] : inboxOf(chain.find((step) => step.step === next));
  }
  if (last.type.endsWith('Submitted')) return inboxOf(chain[0]);
  if (last.type.endsWith('Approved')) return toSubmitter('APPROVED', null, null);
  if (last.type.endsWith('Returned')) {
    const to = last.data.to as string;
    return to === 'PREPARER' ? toSubmitter('RETURNED', last.data.step ?? null, last.data.reason ?? null) : inboxOf(chain.find((step) => step.step === to));
  }
  return [];
}
