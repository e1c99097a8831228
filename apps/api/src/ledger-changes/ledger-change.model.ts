import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One stored entry of a disbursement ledger (a payment or a reversal), as the ledgerChanged subscription delivers it.' })
export class LedgerChange {
  @Field({ description: '项目编码' }) projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field({ description: '单位编码' }) unitCode!: string;
  @Field(() => String, { nullable: true, description: 'The owning section (科室) of the approved table.' }) sectionId!: string | null;
  @Field({ description: 'The stored event: DisbursementRecorded or DisbursementReversed.' }) eventType!: string;
  @Field({ description: 'What happened, in Chinese: 支出登记 or 冲销.' }) eventLabel!: string;
  @Field(() => Int, { description: 'The entry written, from 1.' }) entryNumber!: number;
  @Field({ description: 'Global position of the stored event; pass it as minPosition to read execution with it.' }) position!: string;
  @Field({ description: 'Display name of who recorded it.' }) by!: string;
  @Field({ description: 'When it was recorded (ISO-8601).' }) at!: string;
}
