import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A reviewer’s “accepted as is” (保留原样) on a review finding.' })
export class ReviewFindingAcceptance {
  @Field() reason!: string;
  @Field({ description: 'User id of who accepted it.' }) acceptedBy!: string;
}

@ObjectType({ description: 'What the review assistant says about a cell of a target table (docs/review-assistant.md).' })
export class ReviewFindingItem {
  @Field() projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field({ description: 'The table’s project name.' }) projectName!: string;
  @Field({ description: 'Stable within the table: what an acceptance refers to (code@field[@other project]).' }) key!: string;
  @Field({ description: 'Stable code, e.g. UNIT_COST_OVER_BUDGET.' }) code!: string;
  @Field({ description: 'error, warning or hint.' }) severity!: string;
  @Field({ description: '错误 / 提示 / 建议.' }) severityLabel!: string;
  @Field({ description: 'Path of the cell, e.g. indicators[3].valueText.' }) field!: string;
  @Field() message!: string;
  @Field(() => String, { nullable: true, description: 'The other table a finding across tables names.' }) otherProjectCode!: string | null;
  @Field(() => ReviewFindingAcceptance, { nullable: true }) accepted!: ReviewFindingAcceptance | null;
}

@InputType()
export class AcceptReviewFindingInput {
  @Field(() => ID, { nullable: true, description: 'Optional; send the same id when retrying.' }) commandId?: string | null;
  @Field() projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field({ description: 'The finding’s key, as reviewFindings gives it.' }) key!: string;
  @Field({ description: 'Why the cell stays as it is.' }) reason!: string;
}

@ObjectType()
export class AcceptReviewFindingPayload {
  @Field(() => ID) commandId!: string;
  @Field() position!: string;
  @Field() replayed!: boolean;
}
