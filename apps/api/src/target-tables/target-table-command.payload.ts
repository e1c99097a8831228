import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TargetTable } from './target-table.model.js';
import { writtenViewField } from '../graphql/written-view-field.js';

@ObjectType({ description: 'What a target-table command did.' })
export class TargetTableCommandPayload {
  @Field(() => ID) commandId!: string;
  @Field() projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => Int, { description: 'Revision of the table’s stream after the command.' }) revision!: number;
  @Field({ description: 'Global position written; pass it as minPosition (or x-min-position) to read your own write.' })
  position!: string;
  @Field({ description: 'True when this command id had been handled already and nothing new was written.' })
  replayed!: boolean;
  @Field(() => TargetTable, writtenViewField('The table')) targetTable!: TargetTable | null;
}
