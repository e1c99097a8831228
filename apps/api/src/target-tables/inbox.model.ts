import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TargetTable } from './target-table.model.js';

export enum InboxItemKind {
  TARGET_TABLE_REVIEW = 'TARGET_TABLE_REVIEW',
}
registerEnumType(InboxItemKind, {
  name: 'InboxItemKind',
  valuesMap: { TARGET_TABLE_REVIEW: { description: '绩效目标表审核: a target table awaits your step' } },
});

@ObjectType({ description: 'Something that waits for your decision.' })
export class InboxItem {
  @Field(() => InboxItemKind) kind!: InboxItemKind;
  @Field({ description: 'The step you are to decide, e.g. SECTION.' }) step!: string;
  @Field({ description: 'e.g. 科室负责人审核' }) stepLabel!: string;
  @Field({ description: 'When it was (re)submitted (ISO-8601).' }) waitingSince!: string;
  @Field(() => TargetTable) targetTable!: TargetTable;
}

@ObjectType({ description: 'How many items of a kind wait, at which step.' })
export class InboxCount {
  @Field(() => InboxItemKind) kind!: InboxItemKind;
  @Field() step!: string;
  @Field() stepLabel!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'What waits for your decision, oldest first.' })
export class Inbox {
  @Field(() => [InboxItem]) items!: InboxItem[];
  @Field(() => [InboxCount]) counts!: InboxCount[];
  @Field(() => Int) totalCount!: number;
}
