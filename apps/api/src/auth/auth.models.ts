import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../directory/directory.models.js';

@ObjectType({ description: 'The signed-in user, as the directory knows them now.' })
export class SignedInUser {
  @Field(() => ID) id!: string;
  @Field({ description: 'Display name.' }) name!: string;
  @Field({ description: 'Login name.' }) userName!: string;
  @Field(() => [Role]) roles!: Role[];
  @Field(() => String, { nullable: true }) unitCode!: string | null;
  @Field(() => String, { nullable: true }) sectionId!: string | null;
}

@ObjectType()
export class LoginPayload {
  @Field({ description: 'Send as the header "Authorization: Bearer <token>" on every other operation.' }) token!: string;
  @Field({ description: 'ISO-8601 instant after which the token is refused; sign in again then.' }) expiresAt!: string;
  @Field(() => SignedInUser) user!: SignedInUser;
}

@ObjectType()
export class UnlockUserPayload {
  @Field(() => ID) userId!: string;
  @Field({ description: 'Global position of the UserUnlocked event: pass it as minPosition to read the trail with it.' }) position!: string;
}
