import { Field, Int, ObjectType } from '@nestjs/graphql';
import { TargetTableStatus, ApprovalStep } from '../target-tables/target-table.model.js';

@ObjectType({ description: 'One stored change of a target table, as the targetTableChanged subscription delivers it.' })
export class TargetTableChange {
  @Field({ description: '项目编码' }) projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field({ description: '单位编码' }) unitCode!: string;
  @Field(() => String, { nullable: true, description: 'The owning section (科室).' }) sectionId!: string | null;
  @Field({ description: 'The stored event, e.g. TargetTableSubmitted.' }) eventType!: string;
  @Field({ description: 'What happened, in Chinese, e.g. 申报.' }) eventLabel!: string;
  @Field(() => TargetTableStatus, { description: 'Status after the change.' }) status!: TargetTableStatus;
  @Field({ description: 'Status in Chinese, e.g. 审核中.' }) statusLabel!: string;
  @Field(() => ApprovalStep, { nullable: true, description: 'The step the table awaits after the change; null unless IN_REVIEW.' })
  currentStep!: ApprovalStep | null;
  @Field({ description: 'The state after the change in words, e.g. "the table is awaiting the office step (办公室审核)".' })
  stateDescription!: string;
  @Field(() => Int, { description: 'The working version after the change.' }) version!: number;
  @Field(() => Int, { description: 'Revision of the table’s event stream after the change.' }) revision!: number;
  @Field({ description: 'Global position of the stored event; pass it as minPosition to read the table as it is now.' }) position!: string;
  @Field({ description: 'Display name of who made the change.' }) by!: string;
  @Field({ description: 'User id of who made the change.' }) byUserId!: string;
  @Field({ description: 'When the change was made (ISO-8601).' }) at!: string;
}
