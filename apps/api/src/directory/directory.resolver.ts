import { createHash, randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { hashPassword, verifyPassword, type PasswordHashCost } from '@app/auth';
import { DomainError, type ApprovalChain, type DirectoryCommand, type UserRecord, messages } from '@app/domain';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { requireAnyRole } from '../auth/require-any-role.js';
import { commandContextFromRequest } from '../commands/command-as-caller.js';
import { ApiError } from '../graphql/api-error.js';
import { DirectoryCommandMessage } from './directory.command-handler.js';
import {
  ChangePasswordInput,
  ConfigureApprovalChainInput,
  CreateSectionInput,
  CreateUnitInput,
  DeactivateUserInput,
  RegisterUserInput,
  RoleInput,
} from './directory.inputs.js';
import { DirectoryCommandPayload, Unit, User, type ApprovalChainModel, type ApprovalStepId, type Role } from './directory.models.js';
import { DirectoryReader } from './directory.reader.js';
import { Clock } from '../clock/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/**
 * The directory for ADMIN: units, sections, users, roles and approval chains. Commands go
 * through the CommandBus to the directory decider, which checks the caller's authority
 * against the directory itself; the API checks it first only where it would otherwise do
 * expensive work (hashing a password) for a caller who will be refused.
 */
@Resolver()
export class DirectoryResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly directory: DirectoryReader,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [Unit], { description: 'Units with their sections and current approval chain.' })
  async units(): Promise<Unit[]> {
    const { state } = await this.directory.current();
    return [...state.units.values()]
      .sort((a, b) => a.unitCode.localeCompare(b.unitCode))
      .map((unit) => ({
        unitCode: unit.unitCode,
        name: unit.name,
        sections: [...state.sections.values()].filter((section) => section.unitCode === unit.unitCode).sort((a, b) => a.sectionId.localeCompare(b.sectionId)),
        approvalChain: unit.approvalChain && chainModel(unit.approvalChain),
        departmentTargetsChain: unit.departmentTargetsChain === undefined ? null : chainModel(unit.departmentTargetsChain),
      }));
  }

  @Query(() => [User], { description: 'Users of the directory (ADMIN and AUDITOR), without password hashes.' })
  async users(
    @Context() { req }: RequestContext,
    @Args('unitCode', { type: () => String, nullable: true }) unitCode?: string | null,
  ): Promise<User[]> {
    requireAnyRole(actorOf(req), ['ADMIN', 'AUDITOR'], messages.api.listingUsers);
    const { state } = await this.directory.current();
    return [...state.users.values()]
      .filter((user) => unitCode === undefined || unitCode === null || user.unitCode === unitCode)
      .sort((a, b) => a.userName.localeCompare(b.userName))
      .map(userModel);
  }

  @Mutation(() => DirectoryCommandPayload, { description: 'ADMIN: create a unit (单位); it starts with the default approval chain.' })
  createUnit(@Args('input') input: CreateUnitInput, @Context() context: RequestContext) {
    return this.send(context, input, (actor) => ({ type: 'CreateUnit', actor, unitCode: input.unitCode, name: input.name }));
  }

  @Mutation(() => DirectoryCommandPayload, { description: 'ADMIN: create a section (科室) in a unit.' })
  createSection(@Args('input') input: CreateSectionInput, @Context() context: RequestContext) {
    return this.send(context, input, (actor) => ({
      type: 'CreateSection',
      actor,
      unitCode: input.unitCode,
      sectionId: input.sectionId,
      name: input.name,
    }));
  }

  @Mutation(() => DirectoryCommandPayload, { description: 'ADMIN: register a user with a password (≥ 10 characters); grant roles with grantRole.' })
  async registerUser(@Args('input') input: RegisterUserInput, @Context() context: RequestContext) {
    requireAnyRole(actorOf(context.req), ['ADMIN'], messages.directory.registeringUser);
    const passwordHash = await hashPassword(input.password, this.config.passwordHashCost);
    const userId = input.userId ?? (input.commandId ? `u-${createHash('sha256').update(input.commandId).digest('hex').slice(0, 32)}` : randomUUID());
    return this.send(
      context,
      input,
      (actor) => ({
        type: 'RegisterUser',
        actor,
        userId,
        userName: input.userName,
        displayName: input.displayName,
        unitCode: input.unitCode,
        sectionId: input.sectionId ?? null,
        passwordHash,
      }),
      userId,
    );
  }

  @Mutation(() => DirectoryCommandPayload, { description: 'ADMIN: grant a role to a user.' })
  grantRole(@Args('input') input: RoleInput, @Context() context: RequestContext) {
    return this.send(context, input, (actor) => ({ type: 'GrantRole', actor, userId: input.userId, role: input.role }), input.userId);
  }

  @Mutation(() => DirectoryCommandPayload, { description: 'ADMIN: revoke a role; it stops working at once, even for tokens already issued.' })
  revokeRole(@Args('input') input: RoleInput, @Context() context: RequestContext) {
    return this.send(context, input, (actor) => ({ type: 'RevokeRole', actor, userId: input.userId, role: input.role }), input.userId);
  }

  @Mutation(() => DirectoryCommandPayload, { description: 'Change your own password (with the current one), or, as ADMIN, anyone’s.' })
  async changePassword(@Args('input') input: ChangePasswordInput, @Context() context: RequestContext) {
    const caller = actorOf(context.req);
    const isAdmin = caller.roles.includes('ADMIN');
    if (!isAdmin && caller.userId !== input.userId) {
      throw new ApiError('FORBIDDEN', messages.auth.otherUsersPassword);
    }
    if (!isAdmin) {
      const { state } = await this.directory.current();
      const self = state.users.get(caller.userId);
      const current = input.currentPassword ?? '';
      if (self === undefined || !(await verifyPassword(current, self.passwordHash))) {
        throw DomainError.validation([{ field: 'currentPassword', message: messages.auth.notCurrentPassword }]);
      }
    }
    const passwordHash = await hashPasswordAs(input.newPassword, 'newPassword', this.config.passwordHashCost);
    const at = this.clock.now().toISOString();
    return this.send(context, input, (actor) => ({ type: 'ChangePassword', actor, userId: input.userId, passwordHash, at }), input.userId);
  }

  @Mutation(() => DirectoryCommandPayload, { description: 'ADMIN: deactivate a user; their tokens stop working at once and the name stays reserved.' })
  deactivateUser(@Args('input') input: DeactivateUserInput, @Context() context: RequestContext) {
    return this.send(context, input, (actor) => ({ type: 'DeactivateUser', actor, userId: input.userId }), input.userId);
  }

  @Mutation(() => DirectoryCommandPayload, { description: 'ADMIN: give a unit a new version of its approval chain (审核流程).' })
  configureApprovalChain(@Args('input') input: ConfigureApprovalChainInput, @Context() context: RequestContext) {
    return this.send(context, input, (actor) => ({
      type: 'ConfigureApprovalChain',
      actor,
      unitCode: input.unitCode,
      steps: input.steps.map((step) => ({ step: step.step, role: step.role })),
      documentKind: input.documentKind ?? null,
    }));
  }

  private async send(
    { req }: RequestContext,
    input: { commandId?: string | null },
    command: (actor: { userId: string }) => DirectoryCommand,
    userId: string | null = null,
  ): Promise<DirectoryCommandPayload> {
    const directoryCommand = command({ userId: actorOf(req).userId });
    const context = commandContextFromRequest(req, { type: directoryCommand.type, input }, this.clock.now());
    const outcome = await this.commandBus.execute(new DirectoryCommandMessage(directoryCommand, context));
    return {
      commandId: context.commandId,
      revision: outcome.revision,
      position: String(outcome.position ?? 0n),
      replayed: outcome.replayed,
      userId,
    };
  }
}

/** hashPassword, with the refusal naming the input field the password came in. */
async function hashPasswordAs(plain: string, field: string, cost: Readonly<PasswordHashCost>): Promise<string> {
  try {
    return await hashPassword(plain, cost);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'VALIDATION') {
      throw DomainError.validation(error.problems.map((problem) => ({ ...problem, field })));
    }
    throw error;
  }
}

function userModel(user: UserRecord): User {
  return {
    id: user.userId,
    userName: user.userName,
    displayName: user.displayName,
    unitCode: user.unitCode,
    sectionId: user.sectionId,
    roles: user.roles as Role[],
    active: user.active,
  };
}

function chainModel(chain: ApprovalChain): ApprovalChainModel {
  return { version: chain.version, steps: chain.steps.map((step) => ({ step: step.step as ApprovalStepId, role: step.role as Role })) };
}
