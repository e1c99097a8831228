import { gql } from 'urql';
import type { Role, TargetTable } from './documents';

/** Documents and result types of 审计追踪 and 完整性校验. */

import type { AuditActionKind as AuditKind } from '../../../../libs/domain/src/audit/audit-action-kind.js';
import type { AuditDocumentKind } from '../../../../libs/domain/src/audit/audit-document-kind.js';

export type { AuditKind, AuditDocumentKind };

export interface AuditFilter {
  projectCode?: string;
  fiscalYear?: number;
  actorName?: string;
  role?: Role;
  unitCode?: string;
  kind?: AuditKind;
  documentKind?: AuditDocumentKind;
  voucherNumber?: string;
  step?: string;
  version?: number;
  from?: string;
  to?: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  position: string;
  kind: AuditKind;
  label: string;
  summary: string;
  subject: string;
  reason: string | null;
  documentKind: AuditDocumentKind | null;
  projectCode: string | null;
  fiscalYear: number | null;
  unitCode: string | null;
  version: number | null;
  step: string | null;
  voucherNumber: string | null;
  actor: { name: string; roles: Role[]; unitCode: string | null };
  changes: Array<{ field: string; label: string; change: string; before: string | null; after: string | null }> | null;
}

export const AUDIT_TRAIL = gql<
  { auditTrail: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: AuditEntry }> } },
  { filter: AuditFilter; order: 'NEWEST_FIRST' | 'OLDEST_FIRST'; first: number; after: string | null }
>`
  query AuditTrail($filter: AuditTrailFilter, $order: AuditTrailOrder, $first: Int, $after: String) {
    auditTrail(filter: $filter, order: $order, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        id at position kind label summary subject reason documentKind projectCode fiscalYear unitCode version step voucherNumber
        actor { name roles unitCode }
        changes { field label change before after }
      } }
    }
  }
`;

export const TABLE_AS_OF = gql<{ targetTable: TargetTable }, { projectCode: string; fiscalYear: number; asOf: string }>`
  query TableAsOf($projectCode: String!, $fiscalYear: Int!, $asOf: DateTime) {
    targetTable(projectCode: $projectCode, fiscalYear: $fiscalYear, asOf: $asOf) {
      projectCode fiscalYear unitCode unitName status statusLabel version updatedAt
      name sectionId budget { total fiscal other } purpose spendingPlan { mar jun oct dec } goals
      indicators { level1 level2 level3 description valueText basis target { comparator value unit direction } }
    }
  }
`;

export interface IntegrityReport {
  intact: boolean;
  streamsChecked: number;
  eventsChecked: number;
  breaks: Array<{ streamId: string; revision: number; position: string | null; problem: string; message: string; expected: string; actual: string }>;
  latestAnchor: { at: string; position: string; headPosition: string; streamCount: number; verified: boolean } | null;
}

export const VERIFY = gql<{ verifyAuditTrail: IntegrityReport }>`
  query Verify {
    verifyAuditTrail {
      intact streamsChecked eventsChecked
      breaks { streamId revision position problem message expected actual }
      latestAnchor { at position headPosition streamCount verified }
    }
  }
`;

export const ANCHOR = gql<{ anchorAuditTrail: { anchored: boolean; position: string | null; headPosition: string | null; streamCount: number } }, { commandId: string }>`
  mutation Anchor($commandId: String) { anchorAuditTrail(commandId: $commandId) { anchored position headPosition streamCount } }
`;
