import { Field, ObjectType } from '@nestjs/graphql';
import { ProjectCommandResult } from '../graphql/review-command.types.js';
import { TargetTable } from './target-table.model.js';
import { writtenViewField } from '../graphql/written-view-field.js';

@ObjectType({ description: 'What a target-table command did.' })
export class TargetTableCommandPayload extends ProjectCommandResult {
  @Field(() => TargetTable, writtenViewField('The table')) targetTable!: TargetTable | null;
}
