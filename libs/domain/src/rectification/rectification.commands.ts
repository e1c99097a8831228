import type { Actor } from '../common/actor.js';
import type { RectificationPlace, RectificationSource } from './rectification.js';

interface RectificationCommandBase {
  projectCode: string;
  fiscalYear: number;
  actor: Actor;
}

/** One proposal from a review's outcome (rectificationsFromMidterm / rectificationsFromFinalEvaluation). */
export interface RectificationProposal {
  itemId: string;
  source: RectificationSource;
  ownerSectionId: string | null;
  measure: string | null;
  dueDate: string;
}

/** Sent by the application when a review is approved; proposals already made are skipped, so it may be sent again. */
export interface ProposeRectifications extends RectificationCommandBase {
  type: 'ProposeRectifications';
  place: RectificationPlace;
  proposals: RectificationProposal[];
}

/** An auditor's finding entered by hand. */
export interface RecordAuditFinding extends RectificationCommandBase {
  type: 'RecordAuditFinding';
  /** The project's approved targets' place, read by the application; null: no approved targets. */
  place: RectificationPlace | null;
  finding: string;
  ownerSectionId?: string | null;
  measure?: string | null;
  dueDate: string;
}

interface ItemCommand extends RectificationCommandBase {
  itemId: string;
}

export interface StartRectification extends ItemCommand {
  type: 'StartRectification';
  measure: string;
  ownerSectionId?: string | null;
  dueDate?: string | null;
}

export interface AddRectificationEvidence extends ItemCommand {
  type: 'AddRectificationEvidence';
  note: string;
}

export interface ReportRectified extends ItemCommand {
  type: 'ReportRectified';
  note: string;
}

export interface ReturnRectification extends ItemCommand {
  type: 'ReturnRectification';
  reason: string;
}

export interface CloseRectification extends ItemCommand {
  type: 'CloseRectification';
  comment?: string | null;
}

export type RectificationCommand =
  | ProposeRectifications
  | RecordAuditFinding
  | StartRectification
  | AddRectificationEvidence
  | ReportRectified
  | ReturnRectification
  | CloseRectification;
