import { gql } from 'urql';
import type { Unit } from './documents';
import type { ChainMutations, Explanation, Likelihood, QualitativeGrade, ResultInput, ReviewStep } from './review-documents';

/**
 * 部门整体绩效目标 (docs/department-targets.md): the department's overall targets of a year, with
 * hand-written result types beside their documents, apart from the tables' documents.
 */

export interface DepartmentKey {
  departmentCode: string;
  fiscalYear: number;
}

export type DepartmentTargetsStatus = 'DRAFT' | 'IN_REVIEW' | 'RETURNED' | 'APPROVED' | 'ADJUSTING';

export interface DepartmentIndicator {
  sentence: string;
  name: string;
  comparator: string | null;
  value: string | null;
  unit: string | null;
}

export interface SubGoalLink {
  projectCode: string;
  status: 'SUGGESTED' | 'CONFIRMED';
  reason: string | null;
}

export interface SubGoal {
  index: number;
  title: string;
  goal: string;
  indicators: DepartmentIndicator[];
  links: SubGoalLink[];
}

export interface DepartmentTargetsVersion {
  version: number;
  departmentName: string;
  unitCodes: string[];
  overallGoal: string;
  subGoals: SubGoal[];
  safeguards: Array<{ title: string; text: string }>;
  basicExpenditure: string | null;
}

export interface DepartmentTargets extends DepartmentKey {
  status: DepartmentTargetsStatus;
  statusLabel: string;
  working: DepartmentTargetsVersion;
  baseline: DepartmentTargetsVersion | null;
  currentStep: ReviewStep | null;
  returnReason: string | null;
  budget: { projects: string; basicExpenditure: string; total: string; totalWan: string; projectCount: number };
  updatedAt: string;
  position: string;
}

const VERSION = `version departmentName unitCodes overallGoal basicExpenditure
  subGoals { index title goal indicators { sentence name comparator value unit } links { projectCode status reason } }
  safeguards { title text }`;

export const DEPARTMENT_TARGETS = gql<{ departmentTargets: DepartmentTargets[] }, { fiscalYear: number; departmentCode?: string | null; minPosition?: string | null }>`
  query DepartmentTargets($fiscalYear: Int!, $departmentCode: String, $minPosition: String) {
    departmentTargets(fiscalYear: $fiscalYear, departmentCode: $departmentCode, minPosition: $minPosition) {
      departmentCode fiscalYear status statusLabel
      working { ${VERSION} }
      baseline { ${VERSION} }
      currentStep { step label role }
      returnReason
      budget { projects basicExpenditure total totalWan projectCount }
      updatedAt position
    }
  }
`;

const departmentMutation = (name: string, input: string) => `mutation ${name}($input: ${input}!) { ${name}(input: $input) { position } }`;
type Written<Name extends string> = { [key in Name]: { position: string } };
type WithCommand<T> = { input: DepartmentKey & { commandId: string } & T };

/** The five decisions of the shared review stage under the department's names, for the shared decision panel. */
export const departmentChain: ChainMutations = {
  submit: departmentMutation('submitDepartmentTargets', 'DepartmentRefInput'),
  resubmit: departmentMutation('resubmitDepartmentTargets', 'DepartmentRefInput'),
  approve: departmentMutation('approveDepartmentTargetsStep', 'ApproveDepartmentTargetsStepInput'),
  return: departmentMutation('returnDepartmentTargets', 'ReturnDepartmentTargetsInput'),
  withdraw: departmentMutation('withdrawDepartmentTargetsSubmission', 'DepartmentRefInput'),
};

export const START_ADJUSTMENT = gql<Written<'startDepartmentTargetsAdjustment'>, WithCommand<{ reason: string }>>(
  departmentMutation('startDepartmentTargetsAdjustment', 'StartDepartmentTargetsAdjustmentInput'),
);
export const SET_BASIC_EXPENDITURE = gql<Written<'setDepartmentBasicExpenditure'>, WithCommand<{ amount: string | null }>>(
  departmentMutation('setDepartmentBasicExpenditure', 'SetDepartmentBasicExpenditureInput'),
);
export const SUGGEST_LINKS = gql<Written<'suggestSubGoalLinks'>, WithCommand<object>>(departmentMutation('suggestSubGoalLinks', 'DepartmentRefInput'));
export const CONFIRM_LINK = gql<Written<'confirmSubGoalLink'>, WithCommand<{ subGoal: number; projectCode: string }>>(departmentMutation('confirmSubGoalLink', 'SubGoalLinkInput'));
export const REPORT_DEPARTMENT_PROGRESS = gql<
  Written<'reportDepartmentIndicatorProgress'>,
  WithCommand<{ subGoal: number; index: number; value: string; asOf: string; expectedFullYear: string | null; likelihood: Likelihood | null; note: string | null }>
>(departmentMutation('reportDepartmentIndicatorProgress', 'ReportDepartmentIndicatorProgressInput'));
export const REMOVE_LINK = gql<Written<'removeSubGoalLink'>, WithCommand<{ subGoal: number; projectCode: string }>>(departmentMutation('removeSubGoalLink', 'SubGoalLinkInput'));

/** Until an ADMIN configures it, a department's document goes 办公室 → 单位负责人 (docs/department-targets.md, its approval chain). */
const defaultDepartmentChain: NonNullable<Unit['approvalChain']> = {
  steps: [
    { step: 'OFFICE', role: 'OFFICE' },
    { step: 'LEADER', role: 'LEADER' },
  ],
};

/**
 * The department's unit as the shared chain components read it: its chain for department targets
 * in place of the project chain, so the steps shown and the earlier steps a return may go to are
 * the document's own.
 */
export function withDepartmentChain(unit: Unit | undefined): Unit | undefined {
  return unit && { ...unit, approvalChain: unit.departmentTargetsChain ?? defaultDepartmentChain };
}

/** 红/黄/绿 of an execution (docs/execution.md). */
export type DepartmentLight = 'RED' | 'YELLOW' | 'GREEN';

export interface DepartmentExecution {
  through: string;
  budget: string;
  spent: string;
  executionRate: string | null;
  timeProgress: string;
  lightRatio: string | null;
  light: DepartmentLight | null;
  lightLabel: string | null;
}

/** 部门整体绩效运行监控 (docs/department-evaluation.md, mid-term monitoring) of the approved version. */
export interface DepartmentMonitoring extends DepartmentKey {
  departmentName: string;
  baselineVersion: number;
  through: string;
  subGoals: Array<{
    index: number;
    title: string;
    indicators: Array<{
      index: number;
      indicator: DepartmentIndicator;
      reached: string | null;
      asOf: string | null;
      expectedFullYear: string | null;
      likelihood: string | null;
      reports: Array<{ value: string; asOf: string; expectedFullYear: string | null; likelihood: string | null; note: string | null; reportedBy: string }>;
      reported: boolean;
      targetReached: boolean | null;
      behind: boolean;
      atRisk: boolean;
    }>;
    projects: Array<{
      projectCode: string;
      name: string;
      budget: string;
      spent: string;
      executionRate: string | null;
      lightRatio: string | null;
      light: DepartmentLight | null;
      behindPlan: boolean;
      atRiskIndicatorCount: number;
    }>;
    unapprovedProjectCodes: string[];
    execution: DepartmentExecution | null;
    light: DepartmentLight | null;
    atRisk: string[];
  }>;
  execution: DepartmentExecution;
  position: string;
}

const INDICATOR = 'indicator { sentence name comparator value unit }';
const EXECUTION = 'through budget spent executionRate timeProgress lightRatio light lightLabel';

export const DEPARTMENT_MONITORING = gql<{ departmentMonitoring: DepartmentMonitoring }, DepartmentKey & { through?: string | null; minPosition?: string | null }>`
  query DepartmentMonitoring($fiscalYear: Int!, $departmentCode: String!, $through: String, $minPosition: String) {
    departmentMonitoring(fiscalYear: $fiscalYear, departmentCode: $departmentCode, through: $through, minPosition: $minPosition) {
      departmentCode fiscalYear departmentName baselineVersion through
      subGoals {
        index title
        indicators { index ${INDICATOR} reached asOf expectedFullYear likelihood reported targetReached behind atRisk reports { value asOf expectedFullYear likelihood note reportedBy } }
        projects { projectCode name budget spent executionRate lightRatio light behindPlan atRiskIndicatorCount }
        unapprovedProjectCodes
        execution { ${EXECUTION} }
        light atRisk
      }
      execution { ${EXECUTION} }
      position
    }
  }
`;

export type DepartmentEvaluationStatus = 'DRAFT' | 'IN_REVIEW' | 'RETURNED' | 'APPROVED';

export interface DepartmentScore {
  total: string;
  grade: string;
  gradeLabel: string;
  parts: Array<{ part: string; label: string; points: string; score: string }>;
  budget: string;
  paid: string;
  projectCount: number;
  finalProjectCount: number;
  projectAverage: string | null;
  projectWeightedAverage: string | null;
}

export interface EvaluatedDepartmentIndicator {
  index: number;
  subGoal: number;
  indicator: DepartmentIndicator;
  part: 'OUTPUT' | 'SATISFACTION';
  result: { kind: string; actual: string | null; grade: QualitativeGrade | null; percent: string | null } | null;
  points: string | null;
  score: string | null;
}

/** 部门整体支出绩效自评 (docs/department-evaluation.md, the self-evaluation as a document). */
export interface DepartmentEvaluation extends DepartmentKey {
  departmentName: string;
  version: number;
  baselineVersion: number;
  status: DepartmentEvaluationStatus;
  statusLabel: string;
  currentStep: ReviewStep | null;
  returnReason: string | null;
  indicators: EvaluatedDepartmentIndicator[];
  basicExpenditurePaid: string | null;
  executionExplanation: Explanation | null;
  score: DepartmentScore | null;
  scoreProblems: string[];
  approvedScore: DepartmentScore | null;
  updatedAt: string;
  position: string;
}

const SCORE = `total grade gradeLabel parts { part label points score } budget paid projectCount finalProjectCount projectAverage projectWeightedAverage`;

export const DEPARTMENT_EVALUATION = gql<{ departmentEvaluation: DepartmentEvaluation }, DepartmentKey & { minPosition?: string | null }>`
  query DepartmentEvaluation($fiscalYear: Int!, $departmentCode: String!, $minPosition: String) {
    departmentEvaluation(fiscalYear: $fiscalYear, departmentCode: $departmentCode, minPosition: $minPosition) {
      departmentCode fiscalYear departmentName version baselineVersion status statusLabel
      currentStep { step label role }
      returnReason
      indicators { index subGoal ${INDICATOR} part result { kind actual grade percent } points score }
      basicExpenditurePaid
      executionExplanation { cause measure }
      score { ${SCORE} }
      scoreProblems
      approvedScore { ${SCORE} }
      updatedAt position
    }
  }
`;

export const OPEN_DEPARTMENT_EVALUATION = gql<Written<'openDepartmentEvaluation'>, WithCommand<object>>(departmentMutation('openDepartmentEvaluation', 'DepartmentRefInput'));
export const RECORD_DEPARTMENT_RESULTS = gql<Written<'recordDepartmentEvaluationResults'>, WithCommand<{ results: ResultInput[] }>>(
  departmentMutation('recordDepartmentEvaluationResults', 'RecordDepartmentEvaluationResultsInput'),
);
export const RECORD_BASIC_PAID = gql<Written<'recordDepartmentBasicExpenditurePaid'>, WithCommand<{ amount: string | null }>>(
  departmentMutation('recordDepartmentBasicExpenditurePaid', 'RecordDepartmentBasicExpenditurePaidInput'),
);
export const EXPLAIN_DEPARTMENT_EXECUTION = gql<Written<'explainDepartmentBudgetExecution'>, WithCommand<{ explanation: Explanation }>>(
  departmentMutation('explainDepartmentBudgetExecution', 'ExplainDepartmentBudgetExecutionInput'),
);
export const CORRECT_DEPARTMENT_EVALUATION = gql<Written<'correctDepartmentEvaluation'>, WithCommand<{ reason: string }>>(
  departmentMutation('correctDepartmentEvaluation', 'CorrectDepartmentEvaluationInput'),
);

/** The self-evaluation goes through the department's chain by the same shared decisions (docs/department-evaluation.md). */
export const departmentEvaluationChain: ChainMutations = {
  submit: departmentMutation('submitDepartmentEvaluation', 'DepartmentRefInput'),
  resubmit: departmentMutation('resubmitDepartmentEvaluation', 'DepartmentRefInput'),
  approve: departmentMutation('approveDepartmentEvaluationStep', 'ApproveDepartmentTargetsStepInput'),
  return: departmentMutation('returnDepartmentEvaluation', 'ReturnDepartmentTargetsInput'),
  withdraw: departmentMutation('withdrawDepartmentEvaluationSubmission', 'DepartmentRefInput'),
};
