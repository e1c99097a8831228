import { gql } from 'urql';

/**
 * The mid-term review (绩效运行监控) and the final evaluation (绩效自评): documents and hand-written
 * result types, apart from the target tables' documents.
 */

export interface ReviewKey {
  projectCode: string;
  fiscalYear: number;
}

export interface ReviewIndicator {
  level1: string;
  level1Kind: 'OUTPUT' | 'EFFECT' | 'SATISFACTION' | 'COST' | null;
  level2: string;
  level3: string;
  description: string;
  valueText: string;
  basis: string;
  target: { comparator: 'GTE' | 'LTE' | 'EQ' | 'GT' | 'LT' | 'QUALITATIVE' | 'TEXT'; value: string | null; unit: string | null; direction: 'POSITIVE' | 'NEGATIVE' | null };
}

const INDICATOR = `indicator { level1 level1Kind level2 level3 description valueText basis target { comparator value unit direction } }`;

export type Likelihood = 'CERTAIN' | 'POSSIBLE' | 'IMPOSSIBLE';
export type DeviationCause = 'FUNDING' | 'POLICY' | 'STAFFING' | 'FACILITIES' | 'OTHER';
export type ReviewStatus = 'NOT_OPENED' | 'DRAFT' | 'IN_REVIEW' | 'RETURNED' | 'APPROVED';

export interface ReviewStep {
  step: string;
  label: string;
  role: string;
}

export interface Assessment {
  index: number;
  indicator: ReviewIndicator;
  reached: string;
  expectedFullYear: string;
  likelihood: Likelihood;
  likelihoodLabel: string;
  cause: DeviationCause | null;
  causeLabel: string | null;
  measure: string | null;
  behind: boolean;
  atRisk: boolean;
}

export interface MidtermExecution {
  through: string;
  budget: string;
  spent: string;
  planned: string;
  planRate: string | null;
  executionRate: string | null;
  timeProgress: string;
  lightRatio: string | null;
  light: 'RED' | 'YELLOW' | 'GREEN' | null;
  lightLabel: string | null;
}

export interface MidtermReview extends ReviewKey {
  name: string;
  unitCode: string;
  sectionId: string | null;
  baselineVersion: number;
  status: ReviewStatus;
  statusLabel: string;
  checkpointDate: string | null;
  currentStep: ReviewStep | null;
  progress: Array<{ index: number; indicator: ReviewIndicator; reports: Array<{ value: string; asOf: string; note: string | null; reportedBy: string }> }>;
  assessments: Assessment[];
  execution: MidtermExecution | null;
  updatedAt: string;
  position: string;
}

const ASSESSMENT = `index ${INDICATOR} reached expectedFullYear likelihood likelihoodLabel cause causeLabel measure behind atRisk`;
const MIDTERM = `projectCode fiscalYear name unitCode sectionId baselineVersion status statusLabel checkpointDate currentStep { step label role }
  progress { index ${INDICATOR} reports { value asOf note reportedBy } }
  assessments { ${ASSESSMENT} }
  execution { through budget spent planned planRate executionRate timeProgress lightRatio light lightLabel }
  updatedAt position`;

export const MIDTERM_REVIEW = gql<{ midtermReview: MidtermReview }, ReviewKey & { minPosition?: string | null }>`
  query MidtermReview($projectCode: String!, $fiscalYear: Int!, $minPosition: String) {
    midtermReview(projectCode: $projectCode, fiscalYear: $fiscalYear, minPosition: $minPosition) { ${MIDTERM} }
  }
`;

export interface DashboardProject {
  projectCode: string;
  name: string;
  unitCode: string;
  status: ReviewStatus;
  checkpointDate: string | null;
  light: MidtermExecution['light'];
  lightLabel: string | null;
  atRisk: Assessment[];
}

export const MIDTERM_DASHBOARD = gql<{ midtermDashboard: { unitCode: string | null; projects: DashboardProject[] } }, { fiscalYear: number; unitCode: string | null; minPosition?: string | null }>`
  query MidtermDashboard($fiscalYear: Int!, $unitCode: String, $minPosition: String) {
    midtermDashboard(fiscalYear: $fiscalYear, unitCode: $unitCode, minPosition: $minPosition) {
      unitCode projects { projectCode name unitCode status checkpointDate light lightLabel atRisk { ${ASSESSMENT} } }
    }
  }
`;

type MidtermResult = { position: string };
const midtermMutation = (name: string, input: string) => `mutation ${name}($input: ${input}!) { ${name}(input: $input) { position } }`;
type WithCommand<T> = { input: ReviewKey & { commandId: string } & T };

export const REPORT_PROGRESS = gql<{ reportIndicatorProgress: MidtermResult }, WithCommand<{ index: number; value: string; asOf: string; note: string | null }>>(
  midtermMutation('reportIndicatorProgress', 'ReportIndicatorProgressInput'),
);
export const OPEN_MIDTERM = gql<{ openMidtermReview: MidtermResult }, WithCommand<{ checkpointDate: string | null }>>(midtermMutation('openMidtermReview', 'OpenMidtermReviewInput'));
export interface AssessmentInput {
  index: number;
  reached: string;
  expectedFullYear: string;
  likelihood: Likelihood;
  cause: DeviationCause | null;
  measure: string | null;
}
export const ASSESS_MIDTERM = gql<{ assessMidtermIndicators: MidtermResult }, WithCommand<{ assessments: AssessmentInput[] }>>(
  midtermMutation('assessMidtermIndicators', 'AssessMidtermIndicatorsInput'),
);
export const MIDTERM_EXECUTION = gql<{ recordMidtermExecution: MidtermResult }, WithCommand<object>>(midtermMutation('recordMidtermExecution', 'MidtermReviewRefInput'));

/** The decisions of a review's chain, by kind of review: the same five commands under each one's names. */
export interface ChainMutations {
  submit: string;
  resubmit: string;
  approve: string;
  return: string;
  withdraw: string;
}

export const midtermChain: ChainMutations = {
  submit: midtermMutation('submitMidtermReview', 'MidtermReviewRefInput'),
  resubmit: midtermMutation('resubmitMidtermReview', 'MidtermReviewRefInput'),
  approve: midtermMutation('approveMidtermReviewStep', 'ApproveMidtermReviewStepInput'),
  return: midtermMutation('returnMidtermReview', 'ReturnMidtermReviewInput'),
  withdraw: midtermMutation('withdrawMidtermReviewSubmission', 'MidtermReviewRefInput'),
};

// ---- final evaluation ----

export type QualitativeGrade = 'ACHIEVED' | 'PARTLY_ACHIEVED' | 'NOT_ACHIEVED';
export type EvaluationGrade = 'EXCELLENT' | 'GOOD' | 'FAIR' | 'POOR';

export interface Explanation {
  cause: string;
  measure: string;
}

export interface ScorecardRow {
  index: number;
  indicator: ReviewIndicator;
  weight: string | null;
  actual: string | null;
  grade: QualitativeGrade | null;
  gradeLabel: string | null;
  percent: string | null;
  points: string | null;
  score: string | null;
  completionPercent: string | null;
  explanationReasons: string[];
  explanation: Explanation | null;
}

export interface FinalEvaluation extends ReviewKey {
  id: string;
  name: string;
  unitCode: string;
  unitName: string;
  sectionId: string | null;
  baselineVersion: number;
  version: number;
  status: Exclude<ReviewStatus, 'NOT_OPENED'>;
  statusLabel: string;
  currentStep: ReviewStep | null;
  approvedVersion: number | null;
  approvedTotal: string | null;
  approvedGrade: EvaluationGrade | null;
  scorecard: {
    execution: { budget: string; executed: string | null; ratePercent: string | null; points: string; score: string | null; explanationNeeded: boolean; explanation: Explanation | null };
    groups: Array<{ label: string; basePoints: string; points: string; indicatorCount: number; score: string }>;
    redistribution: string | null;
    rows: ScorecardRow[];
    total: string | null;
    grade: EvaluationGrade | null;
    gradeLabel: string | null;
    missing: Array<{ field: string; message: string }>;
  };
  updatedAt: string;
  updatedBy: string;
  position: string;
}

const EVALUATION = `id projectCode fiscalYear name unitCode unitName sectionId baselineVersion version status statusLabel currentStep { step label role }
  approvedVersion approvedTotal approvedGrade
  scorecard {
    execution { budget executed ratePercent points score explanationNeeded explanation { cause measure } }
    groups { label basePoints points indicatorCount score }
    redistribution
    rows { index ${INDICATOR} weight actual grade gradeLabel percent points score completionPercent explanationReasons explanation { cause measure } }
    total grade gradeLabel missing { field message }
  }
  updatedAt updatedBy position`;

export const FINAL_EVALUATION = gql<{ finalEvaluation: FinalEvaluation }, ReviewKey & { minPosition?: string | null }>`
  query FinalEvaluation($projectCode: String!, $fiscalYear: Int!, $minPosition: String) {
    finalEvaluation(projectCode: $projectCode, fiscalYear: $fiscalYear, minPosition: $minPosition) { ${EVALUATION} }
  }
`;

export interface EvaluationRollUp {
  unitCode: string | null;
  projectCount: number;
  finalCount: number;
  averageScore: string | null;
  budgetWeightedAverage: string | null;
  countPerGrade: Array<{ grade: EvaluationGrade; label: string; count: number }>;
  lowestIndicators: Array<{ projectCode: string; projectName: string; index: number; level3: string; valueText: string; points: string; score: string; percentOfPoints: string }>;
  projects: Array<{ projectCode: string; name: string; unitCode: string; status: string; total: string | null; grade: EvaluationGrade | null }>;
}

export const ROLL_UP = gql<{ finalEvaluationRollUp: EvaluationRollUp }, { fiscalYear: number; unitCode: string | null; minPosition?: string | null }>`
  query RollUp($fiscalYear: Int!, $unitCode: String, $minPosition: String) {
    finalEvaluationRollUp(fiscalYear: $fiscalYear, unitCode: $unitCode, minPosition: $minPosition) {
      unitCode projectCount finalCount averageScore budgetWeightedAverage countPerGrade { grade label count }
      lowestIndicators { projectCode projectName index level3 valueText points score percentOfPoints }
      projects { projectCode name unitCode status total grade }
    }
  }
`;

type EvaluationResult = { position: string };
const evaluationMutation = midtermMutation;

export const OPEN_EVALUATION = gql<{ openFinalEvaluation: EvaluationResult }, WithCommand<object>>(evaluationMutation('openFinalEvaluation', 'FinalEvaluationRefInput'));
export interface ResultInput {
  index: number;
  actual: string | null;
  grade: QualitativeGrade | null;
  percent: string | null;
}
export const RECORD_RESULTS = gql<{ recordFinalEvaluationResults: EvaluationResult }, WithCommand<{ results: ResultInput[] }>>(
  evaluationMutation('recordFinalEvaluationResults', 'RecordFinalEvaluationResultsInput'),
);
export const SET_WEIGHTS = gql<{ setFinalEvaluationWeights: EvaluationResult }, WithCommand<{ weights: Array<string | null> }>>(
  evaluationMutation('setFinalEvaluationWeights', 'SetFinalEvaluationWeightsInput'),
);
export const EVALUATION_EXECUTION = gql<{ recordFinalEvaluationExecution: EvaluationResult }, WithCommand<object>>(
  evaluationMutation('recordFinalEvaluationExecution', 'FinalEvaluationRefInput'),
);
export const EXPLAIN = gql<{ explainFinalEvaluation: EvaluationResult }, WithCommand<{ execution: Explanation | null; indicators: Array<Explanation & { index: number }> }>>(
  evaluationMutation('explainFinalEvaluation', 'ExplainFinalEvaluationInput'),
);
export const CORRECT = gql<{ correctFinalEvaluation: EvaluationResult }, WithCommand<{ reason: string }>>(evaluationMutation('correctFinalEvaluation', 'CorrectFinalEvaluationInput'));

export const evaluationChain: ChainMutations = {
  submit: evaluationMutation('submitFinalEvaluation', 'FinalEvaluationRefInput'),
  resubmit: evaluationMutation('resubmitFinalEvaluation', 'FinalEvaluationRefInput'),
  approve: evaluationMutation('approveFinalEvaluationStep', 'ApproveFinalEvaluationStepInput'),
  return: evaluationMutation('returnFinalEvaluation', 'ReturnFinalEvaluationInput'),
  withdraw: evaluationMutation('withdrawFinalEvaluationSubmission', 'FinalEvaluationRefInput'),
};


/** A department's documents are named by the department's code in `projectCode`, as the inbox names them. */
export interface ReviewChange extends ReviewKey {
  kind: 'MIDTERM_REVIEW' | 'FINAL_EVALUATION' | 'DEPARTMENT_TARGETS' | 'DEPARTMENT_EVALUATION';
  eventLabel: string;
  position: string;
}

/** Every stored change of the reviews, evaluations and department documents the signed-in person may read, as it happens. */
export const REVIEW_CHANGED = gql<{ reviewChanged: ReviewChange }>`
  subscription ReviewChanged {
    reviewChanged { kind projectCode fiscalYear eventLabel position }
  }
`;
