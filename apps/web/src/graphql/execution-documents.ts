import { gql } from 'urql';

/** Documents and result types of the execution pages (支出登记 / 执行进度, 执行总览). */

export type Light = 'RED' | 'YELLOW' | 'GREEN';

export interface Checkpoint {
  key: string;
  label: string;
  date: string;
  planned: string | null;
  passed: boolean;
  spent: string | null;
  shortfall: string | null;
}

export interface Figures {
  through: string;
  budget: string;
  spent: string;
  plannedToDate: string;
  executionRate: string | null;
  elapsedMonths: number;
  timeProgress: string;
  lightRatio: string | null;
  light: Light | null;
  lightLabel: string | null;
  checkpoints: Checkpoint[];
}

export interface ProjectFigures extends Figures {
  projectCode: string;
  fiscalYear: number;
  name: string;
  unitCode: string;
  unitName: string;
  sectionId: string | null;
  baselineVersion: number;
  behindPlan: boolean;
  behindPlanAt: { label: string } | null;
}

export interface LedgerEntry {
  entryNumber: number;
  kind: 'PAYMENT' | 'REVERSAL';
  amount: string;
  date: string;
  voucherNumber: string;
  payee: string | null;
  note: string | null;
  reason: string | null;
  reversedEntryNumber: number | null;
  reversedByEntryNumber: number | null;
  recordedAt: string;
  recorder: { name: string } | null;
}

export interface Thresholds {
  yellowFrom: string;
  greenFrom: string;
}

const FIGURES = `through budget spent plannedToDate executionRate elapsedMonths timeProgress lightRatio light lightLabel
  checkpoints { key label date planned passed spent shortfall }`;
const PROJECT = `projectCode fiscalYear name unitCode unitName sectionId baselineVersion behindPlan behindPlanAt { label } ${FIGURES}`;

export interface ExecutionKey {
  projectCode: string;
  fiscalYear: number;
  asOf: string | null;
  through: string | null;
  minPosition: string | null;
}

/** A page of a ledger: its entries, and the whole ledger's total and count. */
export interface LedgerPage {
  total: string;
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: LedgerEntry }>;
}

/** The largest page the API serves: a ledger is read in as few requests as it can be. */
export const LEDGER_PAGE_SIZE = 100;

const LEDGER_PAGE_FIELDS = `total totalCount pageInfo { hasNextPage endCursor }
  edges { node { entryNumber kind amount date voucherNumber payee note reason reversedEntryNumber reversedByEntryNumber recordedAt recorder { name } } }`;

export const PROJECT_EXECUTION = gql<
  { projectExecution: ProjectFigures; disbursements: LedgerPage; executionOverview: { thresholds: Thresholds } },
  ExecutionKey & { unitCode: string | null; first: number }
>`
  query ProjectExecution($projectCode: String!, $fiscalYear: Int!, $asOf: String, $through: String, $minPosition: String, $unitCode: String, $first: Int) {
    projectExecution(projectCode: $projectCode, fiscalYear: $fiscalYear, asOf: $asOf, through: $through, minPosition: $minPosition) { ${PROJECT} }
    disbursements(projectCode: $projectCode, fiscalYear: $fiscalYear, asOf: $asOf, minPosition: $minPosition, first: $first) { ${LEDGER_PAGE_FIELDS} }
    executionOverview(fiscalYear: $fiscalYear, unitCode: $unitCode, asOf: $asOf, through: $through) { thresholds { yellowFrom greenFrom } }
  }
`;

/** The ledger's pages after the first. */
export const LEDGER_PAGE = gql<
  { disbursements: LedgerPage },
  { projectCode: string; fiscalYear: number; asOf: string | null; minPosition: string | null; first: number; after: string }
>`
  query LedgerPage($projectCode: String!, $fiscalYear: Int!, $asOf: String, $minPosition: String, $first: Int, $after: String) {
    disbursements(projectCode: $projectCode, fiscalYear: $fiscalYear, asOf: $asOf, minPosition: $minPosition, first: $first, after: $after) { ${LEDGER_PAGE_FIELDS} }
  }
`;

export interface UnitFigures extends Figures {
  unitCode: string;
  unitName: string;
  projectCount: number;
  projects: ProjectFigures[];
}

export const EXECUTION_OVERVIEW = gql<
  { executionOverview: { fiscalYear: number; through: string; asOf: string | null; thresholds: Thresholds; department: Figures; units: UnitFigures[] } },
  { fiscalYear: number; unitCode: string | null; asOf: string | null; through: string | null; minPosition: string | null }
>`
  query ExecutionOverview($fiscalYear: Int!, $unitCode: String, $asOf: String, $through: String, $minPosition: String) {
    executionOverview(fiscalYear: $fiscalYear, unitCode: $unitCode, asOf: $asOf, through: $through, minPosition: $minPosition) {
      fiscalYear through asOf thresholds { yellowFrom greenFrom }
      department { ${FIGURES} }
      units { unitCode unitName projectCount ${FIGURES} projects { ${PROJECT} } }
    }
  }
`;

type LedgerResult = { entryNumber: number; position: string };

export const RECORD_DISBURSEMENT = gql<
  { recordDisbursement: LedgerResult },
  { input: { commandId: string; projectCode: string; fiscalYear: number; amount: string; date: string; voucherNumber: string; payee: string; note: string | null } }
>`
  mutation RecordDisbursement($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { entryNumber position } }
`;

export const REVERSE_DISBURSEMENT = gql<
  { reverseDisbursement: LedgerResult },
  { input: { commandId: string; projectCode: string; fiscalYear: number; entryNumber: number; reason: string } }
>`
  mutation ReverseDisbursement($input: ReverseDisbursementInput!) { reverseDisbursement(input: $input) { entryNumber position } }
`;

export const LEDGER_CHANGED = gql<{ ledgerChanged: { projectCode: string; fiscalYear: number; eventLabel: string; entryNumber: number; position: string; by: string } }>`
  subscription LedgerChanged {
    ledgerChanged { projectCode fiscalYear eventLabel entryNumber position by }
  }
`;
