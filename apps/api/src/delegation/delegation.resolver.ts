import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { Clock } from '../clock/clock.js';
import { commandContextFromRequest } from '../commands/command-as-caller.js';
import { DelegationCommandMessage, type DelegationCommandRequest } from './delegation.command-handler.js';
import { Delegation, DelegationPayload, GrantDelegationInput, RevokeDelegationInput } from './delegation.model.js';
import { DelegationReader } from './delegation.reader.js';

/** 代理审批 over GraphQL (docs/deadlines-and-rectification.md). */
@Resolver(() => Delegation)
export class DelegationResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly reader: DelegationReader,
    private readonly clock: Clock,
  ) {}

  @Query(() => [Delegation], { description: '代理委托 of a unit: all of them to its OFFICE and LEADER (and AUDITOR, ADMIN); to anyone else of the unit those naming them.' })
  delegations(@Context() { req }: RequestContext, @Args('unitCode') unitCode: string): Promise<Delegation[]> {
    return this.reader.list(unitCode, actorOf(req));
  }

  @Mutation(() => DelegationPayload, { description: '指定代理人: a substitute for a deciding role of the unit, who may decide its steps once overdue by the escalation days.' })
  grantDelegation(@Args('input') input: GrantDelegationInput, @Context() { req }: RequestContext): Promise<DelegationPayload> {
    const { commandId: _commandId, ...given } = input;
    return this.send({ type: 'GrantDelegation', ...given, sectionId: given.sectionId ?? null }, input, req, null);
  }

  @Mutation(() => DelegationPayload, { description: '撤销代理: the substitute decides nothing more by this delegation.' })
  revokeDelegation(@Args('input') input: RevokeDelegationInput, @Context() { req }: RequestContext): Promise<DelegationPayload> {
    return this.send({ type: 'RevokeDelegation', unitCode: input.unitCode, delegationId: input.delegationId, reason: input.reason }, input, req, input.delegationId);
  }

  private async send(command: DelegationCommandRequest, input: { commandId?: string | null }, req: RequestContext['req'], delegationId: string | null): Promise<DelegationPayload> {
    const context = commandContextFromRequest(req, { type: command.type, input }, this.clock.now());
    const outcome = await this.commandBus.execute(new DelegationCommandMessage(command, context));
    return {
      commandId: context.commandId,
      revision: outcome.revision,
      position: String(outcome.position ?? 0n),
      replayed: outcome.replayed,
      delegation: await this.reader.writtenAt(command.unitCode, outcome.revision, delegationId),
    };
  }
}
