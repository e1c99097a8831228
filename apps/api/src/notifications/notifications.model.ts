import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum NotificationKind {
  INBOX_NEW = 'INBOX_NEW',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
  ESCALATED = 'ESCALATED',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  valuesMap: {
    INBOX_NEW: { description: '新待办: something awaits your decision' },
    RETURNED: { description: '已退回: your submission was returned, with the reason' },
    APPROVED: { description: '已批准: your submission was approved' },
    DUE_SOON: { description: '即将到期' },
    OVERDUE: { description: '已逾期' },
    ESCALATED: { description: '逾期上报: a step of your unit is overdue by the escalation days (to the office or the leader)' },
  },
});

@ObjectType({ description: 'One notification of the notification centre.' })
export class NotificationItem {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field({ description: 'e.g. 待您审核：就业补助的绩效目标表' }) title!: string;
  @Field(() => String, { nullable: true, description: 'The reason of a return, the due date of a reminder.' }) body!: string | null;
  @Field({ description: 'TARGET_TABLE, MIDTERM_REVIEW, FINAL_EVALUATION, DEPARTMENT_TARGETS or DEPARTMENT_EVALUATION (projectCode is then the department’s code)' }) document!: string;
  @Field() projectCode!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => String, { nullable: true }) step!: string | null;
  @Field({ description: 'When it was issued (ISO-8601).' }) createdAt!: string;
  @Field() read!: boolean;
}

@ObjectType()
export class NotificationList {
  @Field(() => [NotificationItem], { description: 'Newest first.' }) items!: NotificationItem[];
  @Field(() => Int, { description: 'Unread among the items.' }) unreadCount!: number;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => ID, { nullable: true }) commandId?: string | null;
  @Field(() => [ID]) notificationIds!: string[];
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field() position!: string;
  @Field() replayed!: boolean;
}

@InputType()
export class SetNotificationEmailInput {
  @Field(() => ID, { nullable: true }) commandId?: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. zhang@example.cn; null or empty: no e-mail.' }) address?: string | null;
}
