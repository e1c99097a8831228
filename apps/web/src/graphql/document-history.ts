import { gql } from 'urql';
import type { AuditDocumentKind } from './audit-documents';
import type { TrailEntry } from './documents';

/**
 * Which document's history: a project's table, mid-term review or final evaluation (by project
 * code), or the department's overall targets, whose trail names the department's unit instead
 * of a project (docs/department-targets.md, reading it).
 */
export type HistoryFilter = { fiscalYear: number; documentKind: AuditDocumentKind } & ({ projectCode: string } | { unitCode: string });

/** Who did what to a document, from the audit trail, oldest first: every document page's 办理记录. */
export const DOCUMENT_HISTORY = gql<{ auditTrail: { edges: Array<{ node: TrailEntry }> } }, { filter: HistoryFilter; minPosition?: string | null }>`
  query DocumentHistory($filter: AuditTrailFilter, $minPosition: String) {
    auditTrail(filter: $filter, order: OLDEST_FIRST, first: 100, minPosition: $minPosition) {
      edges { node { id at label summary reason version step actor { name roles } } }
    }
  }
`;
