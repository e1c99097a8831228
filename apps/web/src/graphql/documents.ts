import { gql } from 'urql';
import type { IndicatorRow } from '../lib/indicator-rows';

/** Hand-written result types of the operations the console sends, beside their documents. */

export type Role = 'PREPARER' | 'SECTION_HEAD' | 'OFFICE' | 'LEADER' | 'AUDITOR' | 'ADMIN';
export type TargetTableStatus = 'DRAFT' | 'IN_REVIEW' | 'RETURNED' | 'APPROVED' | 'ADJUSTING';

export interface Budget {
  total: string;
  fiscal: string;
  other: string;
}
export interface SpendingPlan {
  mar: string | null;
  jun: string | null;
  oct: string | null;
  dec: string | null;
}
export interface ParsedTarget {
  comparator: string;
  value: string | null;
  unit: string | null;
  direction: string | null;
}
export interface Indicator extends IndicatorRow {
  target: ParsedTarget;
}
export interface Finding {
  code: string;
  field: string;
  message: string;
}
export interface Content {
  name: string;
  sectionId: string | null;
  budget: Budget;
  purpose: string;
  spendingPlan: SpendingPlan;
  goals: string[];
  indicators: Indicator[];
}
export interface StepDecision {
  step: string;
  stepLabel: string;
  decision: 'APPROVED' | 'RETURNED';
  by: string;
  at: string;
  comment: string | null;
  to: string | null;
}
export interface TargetTable extends Content {
  id: string;
  projectCode: string;
  fiscalYear: number;
  unitCode: string;
  unitName: string;
  status: TargetTableStatus;
  statusLabel: string;
  version: number;
  currentStep: { step: string; label: string; role: string } | null;
  decisions: StepDecision[];
  lastReturn: { reason: string; step: string; to: string; at: string } | null;
  submittedBy: string | null;
  submittedAt: string | null;
  createdBy: string;
  updatedAt: string;
  warnings: Finding[];
  importedFrom: { name: string; documentSha256: string; lines: { from: number; to: number } } | null;
  baseline: (Content & { version: number }) | null;
  position: string;
}

const CONTENT = `name sectionId budget { total fiscal other } purpose spendingPlan { mar jun oct dec } goals
  indicators { level1 level2 level3 description valueText basis target { comparator value unit direction } }`;

const TABLE = `id projectCode fiscalYear unitCode unitName status statusLabel version ${CONTENT}
  currentStep { step label role } decisions { step stepLabel decision by at comment to }
  lastReturn { reason step to at } submittedBy submittedAt createdBy updatedAt
  warnings { code field message } importedFrom { name documentSha256 lines { from to } }
  baseline { version ${CONTENT} } position`;

export interface SignedInUser {
  id: string;
  name: string;
  userName: string;
  roles: Role[];
  unitCode: string | null;
  sectionId: string | null;
}

export const LOGIN = gql<{ login: { token: string; expiresAt: string; user: SignedInUser } }, { userName: string; password: string }>`
  mutation Login($userName: String!, $password: String!) {
    login(userName: $userName, password: $password) { token expiresAt user { id name userName roles unitCode sectionId } }
  }
`;

export interface Unit {
  unitCode: string;
  name: string;
  sections: Array<{ sectionId: string; name: string }>;
  approvalChain: { steps: Array<{ step: string; role: Role }> } | null;
  /** The chain of the department's overall targets once configured; null: the default (docs/department-targets.md). */
  departmentTargetsChain: { steps: Array<{ step: string; role: Role }> } | null;
}

export const DIRECTORY = gql<{ units: Unit[]; indicatorLevels: Array<{ kind: string; label: string; level2: string[] }> }>`
  query Directory {
    units { unitCode name sections { sectionId name } approvalChain { steps { step role } } departmentTargetsChain { steps { step role } } }
    indicatorLevels { kind label level2 }
  }
`;

/** Which project of which year, and whose: what an inbox item and a list row both name. */
export interface ProjectOfYear {
  projectCode: string;
  fiscalYear: number;
  name: string;
  unitCode: string;
  unitName: string;
  sectionId: string | null;
}

export interface InboxItem extends ProjectOfYear {
  /** For DEPARTMENT_TARGETS and DEPARTMENT_EVALUATION the item names the department: projectCode is its code, name its name. */
  kind: 'TARGET_TABLE_REVIEW' | 'MIDTERM_REVIEW' | 'FINAL_EVALUATION' | 'DEPARTMENT_TARGETS' | 'DEPARTMENT_EVALUATION';
  step: string;
  stepLabel: string;
  version: number;
  waitingSince: string;
  /** 代理审批: "代理（代 陈主任）" when you would decide as substitute; null for your own role's steps. */
  substituteMark: string | null;
}

export const INBOX = gql<{ myInbox: { totalCount: number; counts: Array<{ kind: InboxItem['kind']; step: string; stepLabel: string; count: number }>; items: InboxItem[] } }>`
  query Inbox {
    myInbox {
      totalCount
      counts { kind step stepLabel count }
      items { kind projectCode fiscalYear name unitCode unitName sectionId step stepLabel version waitingSince substituteMark }
    }
  }
`;

export const TABLE_CHANGED = gql<{ targetTableChanged: { projectCode: string; fiscalYear: number; eventLabel: string; statusLabel: string; position: string } }>`
  subscription TableChanged {
    targetTableChanged { projectCode fiscalYear eventLabel statusLabel position }
  }
`;

export interface TargetTableFilter {
  fiscalYear?: number;
  unitCode?: string;
  sectionId?: string;
  status?: TargetTableStatus;
  nameContains?: string;
}

export interface TableRow extends ProjectOfYear {
  status: TargetTableStatus;
  statusLabel: string;
  version: number;
  budget: { total: string };
  currentStep: { label: string } | null;
  updatedAt: string;
}

export const TARGET_TABLES = gql<
  { targetTables: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: TableRow }> } },
  { filter: TargetTableFilter; first: number; after: string | null; minPosition?: string | null }
>`
  query TargetTables($filter: TargetTableFilter, $first: Int, $after: String, $minPosition: String) {
    targetTables(filter: $filter, first: $first, after: $after, minPosition: $minPosition) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { projectCode fiscalYear name unitCode unitName sectionId status statusLabel version budget { total } currentStep { label } updatedAt } }
    }
  }
`;

export interface TableKey {
  projectCode: string;
  fiscalYear: number;
}

export const TARGET_TABLE = gql<{ targetTable: TargetTable }, TableKey & { minPosition?: string | null }>`
  query TargetTable($projectCode: String!, $fiscalYear: Int!, $minPosition: String) {
    targetTable(projectCode: $projectCode, fiscalYear: $fiscalYear, minPosition: $minPosition) { ${TABLE} }
  }
`;

export interface TrailEntry {
  id: string;
  at: string;
  label: string;
  summary: string;
  reason: string | null;
  version: number | null;
  step: string | null;
  actor: { name: string; roles: Role[] };
}

export interface Version extends Content {
  version: number;
  status: string;
  statusLabel: string;
  createdAt: string;
  approvedAt: string | null;
  adjustmentReason: string | null;
  baselineVersion: number | null;
}

export const VERSIONS = gql<{ targetTableVersions: Version[] }, TableKey>`
  query Versions($projectCode: String!, $fiscalYear: Int!) {
    targetTableVersions(projectCode: $projectCode, fiscalYear: $fiscalYear) {
      version status statusLabel createdAt approvedAt adjustmentReason baselineVersion ${CONTENT}
    }
  }
`;

export interface FieldChange {
  field: string;
  label: string;
  change: 'ADDED' | 'CHANGED' | 'REMOVED';
  before: string | null;
  after: string | null;
}

export const VERSION_DIFF = gql<{ targetTableVersionDiff: { changes: FieldChange[] } }, TableKey & { fromVersion: number; toVersion: number }>`
  query VersionDiff($projectCode: String!, $fiscalYear: Int!, $fromVersion: Int!, $toVersion: Int!) {
    targetTableVersionDiff(projectCode: $projectCode, fiscalYear: $fiscalYear, fromVersion: $fromVersion, toVersion: $toVersion) {
      changes { field label change before after }
    }
  }
`;

export interface ContentInput {
  name: string;
  unitCode: string;
  unitName: string;
  sectionId: string | null;
  budget: { total: string; fiscal: string; other: string };
  purpose: string;
  spendingPlan: { mar: string | null; jun: string | null; oct: string | null; dec: string | null };
  goals: string[];
  indicators: IndicatorRow[];
}

type CommandResult = { position: string; targetTable: { projectCode: string; fiscalYear: number; status: TargetTableStatus; warnings: Finding[] } };
const RESULT = `position targetTable { projectCode fiscalYear status warnings { code field message } }`;

export const DRAFT = gql<{ draftTargetTable: CommandResult }, { input: TableKey & { commandId: string; content: ContentInput } }>`
  mutation Draft($input: TargetTableCommandInput!) { draftTargetTable(input: $input) { ${RESULT} } }
`;
export const REVISE = gql<{ reviseTargetTableDraft: CommandResult }, { input: TableKey & { commandId: string; content: ContentInput } }>`
  mutation Revise($input: TargetTableCommandInput!) { reviseTargetTableDraft(input: $input) { ${RESULT} } }
`;
export const ADJUST = gql<{ proposeTargetTableAdjustment: CommandResult }, { input: TableKey & { commandId: string; content: ContentInput; reason: string } }>`
  mutation Adjust($input: ProposeTargetTableAdjustmentInput!) { proposeTargetTableAdjustment(input: $input) { ${RESULT} } }
`;
export const SUBMIT = gql<{ submitTargetTable: CommandResult }, { input: TableKey & { commandId: string } }>`
  mutation Submit($input: TargetTableRefInput!) { submitTargetTable(input: $input) { ${RESULT} } }
`;
export const RESUBMIT = gql<{ resubmitTargetTable: CommandResult }, { input: TableKey & { commandId: string } }>`
  mutation Resubmit($input: TargetTableRefInput!) { resubmitTargetTable(input: $input) { ${RESULT} } }
`;
export const WITHDRAW = gql<{ withdrawTargetTableSubmission: CommandResult }, { input: TableKey & { commandId: string } }>`
  mutation Withdraw($input: TargetTableRefInput!) { withdrawTargetTableSubmission(input: $input) { ${RESULT} } }
`;
export const APPROVE = gql<{ approveTargetTableStep: CommandResult }, { input: TableKey & { commandId: string; step: string; comment: string | null } }>`
  mutation Approve($input: ApproveTargetTableStepInput!) { approveTargetTableStep(input: $input) { ${RESULT} } }
`;
export const RETURN = gql<{ returnTargetTable: CommandResult }, { input: TableKey & { commandId: string; step: string; to: string; reason: string } }>`
  mutation Return($input: ReturnTargetTableInput!) { returnTargetTable(input: $input) { ${RESULT} } }
`;

export interface ImportedTable {
  seq: number;
  projectCode: string;
  name: string;
  unitCode: string;
  sectionId: string | null;
  outcome: 'CREATED' | 'UNCHANGED' | 'SKIPPED' | 'READY';
  reason: string | null;
  status: TargetTableStatus | null;
  anomalies: string[];
  lines: { from: number; to: number };
}

export interface ImportInput {
  commandId: string;
  text: string;
  fiscalYear: number | null;
  mode: 'DRAFT' | 'APPROVED';
  sourceName: string;
  sectionId: string | null;
  importValidOnly: boolean;
  dryRun: boolean;
}

export type ImportFailure = { seq: number | null; title: string | null; line: number; cell: string | null; message: string };
export type ImportPayload = { fiscalYear: number; position: string; tables: ImportedTable[]; failures: ImportFailure[] };

export const IMPORT = gql<{ importTargetDocument: ImportPayload }, { input: ImportInput }>`
  mutation Import($input: ImportTargetDocumentInput!) {
    importTargetDocument(input: $input) {
      fiscalYear position
      tables { seq projectCode name unitCode sectionId outcome reason status anomalies lines { from to } }
      failures { seq title line cell message }
    }
  }
`;

/** 导入 Excel (docs/exports.md): the same options and answer as IMPORT, the workbook base64-encoded instead of the text. */
export const IMPORT_WORKBOOK = gql<{ importTargetTableWorkbook: ImportPayload }, { input: Omit<ImportInput, 'text'> & { contentBase64: string } }>`
  mutation ImportWorkbook($input: ImportTargetTableWorkbookInput!) {
    importTargetTableWorkbook(input: $input) {
      fiscalYear position
      tables { seq projectCode name unitCode sectionId outcome reason status anomalies lines { from to } }
      failures { seq title line cell message }
    }
  }
`;
