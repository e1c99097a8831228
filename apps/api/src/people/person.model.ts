import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A person as documents name them: the user id and the name people read (姓名), also for a deactivated account.' })
export class Person {
  @Field(() => ID) id!: string;
  @Field({ description: 'The display name of the directory, e.g. 李股长; the id when the directory has none.' }) name!: string;
}
