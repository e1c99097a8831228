import { Field, InputType, Int } from '@nestjs/graphql';
import { TargetTableStatus } from './target-table.model.js';

@InputType()
export class TargetTableFilter {
  @Field(() => String, { nullable: true }) unitCode?: string | null;
  @Field(() => String, { nullable: true }) sectionId?: string | null;
  @Field(() => Int, { nullable: true }) fiscalYear?: number | null;
  @Field(() => TargetTableStatus, { nullable: true }) status?: TargetTableStatus | null;
  @Field(() => String, { nullable: true, description: 'The step a table IN_REVIEW awaits, e.g. SECTION or OFFICE.' }) currentStep?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the project name (项目名称).' }) nameContains?: string | null;
}
