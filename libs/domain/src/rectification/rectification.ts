import type { ActingUser } from '../common/actor.js';

/** 待整改 → 整改中 → 已整改 → 已销号 (docs/deadlines-and-rectification.md). */
export type RectificationStatus = 'PENDING' | 'IN_PROGRESS' | 'RECTIFIED' | 'CLOSED';

export const rectificationStatuses: readonly RectificationStatus[] = ['PENDING', 'IN_PROGRESS', 'RECTIFIED', 'CLOSED'];

/** Where a rectification comes from: an indicator at risk or the light of a mid-term review, an indicator or the grade of a final evaluation, or an auditor's finding. */
export type RectificationSourceKind = 'MIDTERM_INDICATOR' | 'MIDTERM_EXECUTION' | 'FINAL_INDICATOR' | 'FINAL_GRADE' | 'AUDIT';

export interface RectificationSource {
  kind: RectificationSourceKind;
  /** The version of the review or evaluation it comes from; null for an audit finding. */
  version: number | null;
  /** The baseline indicator, for an indicator's source. */
  indicatorIndex: number | null;
  /** What was found, in words: the indicator, the light, the grade, or the auditor's finding. */
  finding: string;
}

export interface EvidenceNote {
  note: string;
  by: ActingUser;
}

export interface RectificationItem {
  /** Stable within the project's year: derived from the source (MIDTERM-v1-I0), AUDIT-n for findings. */
  itemId: string;
  source: RectificationSource;
  /** The section that owns the correction; null for the unit as a whole. */
  ownerSectionId: string | null;
  /** 整改措施; null until set. */
  measure: string | null;
  dueDate: string;
  status: RectificationStatus;
  evidence: EvidenceNote[];
  proposedBy: ActingUser;
  /** Who reported it rectified (已整改): may not also close it. */
  rectifiedBy: ActingUser | null;
  closedBy: ActingUser | null;
}

/** The project's place, copied from its approved targets on the first proposal. */
export interface RectificationPlace {
  name: string;
  unitCode: string;
  sectionId: string | null;
}

/** Open: every status before 已销号. */
export function isOpenRectification(item: Pick<RectificationItem, 'status'>): boolean {
  return item.status !== 'CLOSED';
}
