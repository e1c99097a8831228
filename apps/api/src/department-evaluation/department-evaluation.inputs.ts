import { Field, InputType } from '@nestjs/graphql';
import { DepartmentRefInput } from '../department-targets/department-targets.inputs.js';
import { ExplanationInput, IndicatorResultInput } from '../final-evaluation/final-evaluation.inputs.js';

@InputType({ description: 'Results of the department’s indicators, `index` counted across the sub-goals in order from 0, as a project evaluation’s results.' })
export class RecordDepartmentEvaluationResultsInput extends DepartmentRefInput {
  @Field(() => [IndicatorResultInput]) results!: IndicatorResultInput[];
}

@InputType({ description: '基本支出 paid over the year, in yuan ("480000.00"); it has no ledger. Empty or null: none entered.' })
export class RecordDepartmentBasicExpenditurePaidInput extends DepartmentRefInput {
  @Field(() => String, { nullable: true }) amount?: string | null;
}

@InputType({ description: '原因 and 改进措施 of a whole-budget execution rate under 90 %.' })
export class ExplainDepartmentBudgetExecutionInput extends DepartmentRefInput {
  @Field(() => ExplanationInput) explanation!: ExplanationInput;
}

@InputType({ description: 'Correct an approved evaluation as a new version; the reason is kept in the audit trail.' })
export class CorrectDepartmentEvaluationInput extends DepartmentRefInput {
  @Field({ description: 'Why the approved evaluation is corrected.' }) reason!: string;
}
