import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { UserRecord } from '@app/domain';
import { DirectoryReader } from '../directory/directory.reader.js';
import type { Role } from '../directory/directory.models.js';
import { actorOf, addressOf, type RequestContext } from './authenticated-request.js';
import { LoginPayload, SignedInUser, UnlockUserPayload } from './auth.models.js';
import { LoginService } from './login.service.js';
import { Public } from './public.decorator.js';
import { requireAnyRole } from './require-any-role.js';


@Resolver()
export class AuthResolver {
  constructor(
    private readonly logins: LoginService,
    private readonly directory: DirectoryReader,
  ) {}

  @Public()
  @Mutation(() => LoginPayload, { description: 'Sign in with login name and password; every other operation needs the token returned.' })
  async login(@Args('userName') userName: string, @Args('password') password: string, @Context() { req }: RequestContext): Promise<LoginPayload> {
    const signedIn = await this.logins.login(userName, password, addressOf(req));
    req.signedInUserId = signedIn.user.userId;
    return { token: signedIn.token, expiresAt: signedIn.expiresAt.toISOString(), user: signedInUser(signedIn.user) };
  }

  @Mutation(() => UnlockUserPayload, {
    description: 'ADMIN: lift a user’s sign-in lock and the slowing of their failed sign-ins (recorded as UserUnlocked).',
  })
  async unlockUser(@Args('userId', { type: () => ID }) userId: string, @Context() { req }: RequestContext): Promise<UnlockUserPayload> {
    const admin = actorOf(req);
    requireAnyRole(admin, ['ADMIN'], 'Unlocking sign-in');
    return { userId, position: String(await this.logins.unlock(userId, admin)) };
  }

  @Query(() => SignedInUser, { description: 'Who the token belongs to, with the roles the directory gives them now.' })
  async me(@Context() { req }: RequestContext): Promise<SignedInUser> {
    return signedInUser((await this.directory.actorOf(actorOf(req).userId)).user);
  }
}

function signedInUser(user: UserRecord): SignedInUser {
  return {
    id: user.userId,
    name: user.displayName,
    userName: user.userName,
    roles: user.roles as Role[],
    unitCode: user.unitCode,
    sectionId: user.sectionId,
  };
}
