import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { DraftTargetTable, ReviseTargetTableDraft } from '@app/domain';
import { type RequestContext } from '../auth/authenticated-request.js';
import type { CommandOutcome } from '../commands/command-context.js';
import { commandContextFromRequest } from '../commands/command-context.factory.js';
import { ProjectionsService } from '../storage/projections.service.js';
import { TargetTableCommandMessage } from './target-table.command-message.js';
import { TargetTableCommandPayload } from './target-table-command.payload.js';
import { TargetTableConnection } from './target-table.connection.js';
import { TargetTableFilter } from './target-table.filter.js';
import { TargetTableCommandInput } from './target-table.inputs.js';
import { TargetTable } from './target-table.model.js';
import { TargetTableReader } from './target-table.reader.js';
import { requirePreparerScope } from './target-table-scope.js';


const minPositionArg = {
  nullable: true,
  description: 'Wait (with a bound) until the views have reached this position, as returned by a mutation.',
} as const;

@Resolver(() => TargetTable)
export class TargetTablesResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly reader: TargetTableReader,
  ) {}

  @Query(() => TargetTable, { description: 'The target table of a project in a fiscal year.' })
  targetTable(
    @Args('projectCode') projectCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('minPosition', { type: () => String, ...minPositionArg }) _minPosition?: string,
  ): Promise<TargetTable> {
    return this.reader.get(projectCode, fiscalYear);
  }

  @Query(() => TargetTableConnection, { description: 'Target tables, newest year first, then by project code.' })
  targetTables(
    @Args('filter', { type: () => TargetTableFilter, nullable: true }) filter: TargetTableFilter | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Args('minPosition', { type: () => String, ...minPositionArg }) _minPosition?: string,
  ) {
    return this.reader.list(filter ?? {}, first, after);
  }

  @Mutation(() => TargetTableCommandPayload, { description: '编制: draft the target table of a project for a fiscal year.' })
  draftTargetTable(@Args('input') input: TargetTableCommandInput, @Context() context: RequestContext) {
    return this.send({ type: 'DraftTargetTable', projectCode: input.projectCode, fiscalYear: input.fiscalYear, input: input.content }, input, context, 'Drafting this table');
  }

  @Mutation(() => TargetTableCommandPayload, { description: 'Replace the content of a draft target table.' })
  reviseTargetTableDraft(@Args('input') input: TargetTableCommandInput, @Context() context: RequestContext) {
    return this.send({ type: 'ReviseTargetTableDraft', projectCode: input.projectCode, fiscalYear: input.fiscalYear, input: input.content }, input, context, 'Revising this table');
  }

  private async send(
    command: DraftTargetTable | ReviseTargetTableDraft,
    input: TargetTableCommandInput,
    { req }: RequestContext,
    doing: string,
  ): Promise<Omit<TargetTableCommandPayload, 'targetTable'>> {
    const context = commandContextFromRequest(req, input.commandId);
    requirePreparerScope(context.actor, input.content, doing);
    const outcome = await this.commandBus.execute<TargetTableCommandMessage, CommandOutcome>(
      new TargetTableCommandMessage({ ...command, actor: context.actor }, context),
    );
    return {
      commandId: context.commandId,
      projectCode: command.projectCode,
      fiscalYear: command.fiscalYear,
      revision: outcome.revision,
      position: String(outcome.position ?? 0n),
      replayed: outcome.replayed,
    };
  }
}

@Resolver(() => TargetTableCommandPayload)
export class TargetTableCommandPayloadResolver {
  constructor(
    private readonly reader: TargetTableReader,
    private readonly projections: ProjectionsService,
  ) {}

  @ResolveField(() => TargetTable)
  async targetTable(@Parent() payload: TargetTableCommandPayload): Promise<TargetTable> {
    await this.projections.reach(BigInt(payload.position));
    return this.reader.get(payload.projectCode, payload.fiscalYear);
  }
}
