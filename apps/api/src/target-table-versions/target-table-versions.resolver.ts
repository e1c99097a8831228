import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { TargetTableVersion, TargetTableVersionDiff } from './target-table-version.model.js';
import { TargetTableVersionsReader } from './target-table-versions.reader.js';
import { minPositionArg } from '../graphql/min-position-argument.js';

@Resolver(() => TargetTableVersion)
export class TargetTableVersionsResolver {
  constructor(private readonly reader: TargetTableVersionsReader) {}

  @Query(() => [TargetTableVersion], { description: 'Every version of the target table of a project in a fiscal year, oldest first, with its content.' })
  targetTableVersions(
    @Args('projectCode') projectCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Context() { req }: RequestContext,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ): Promise<TargetTableVersion[]> {
    return this.reader.versions(projectCode, fiscalYear, actorOf(req));
  }

  @Query(() => TargetTableVersionDiff, { description: 'What changed from one version of a table to another, field by field in form order.' })
  targetTableVersionDiff(
    @Args('projectCode') projectCode: string,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('fromVersion', { type: () => Int }) fromVersion: number,
    @Args('toVersion', { type: () => Int }) toVersion: number,
    @Context() { req }: RequestContext,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ): Promise<TargetTableVersionDiff> {
    return this.reader.diff(projectCode, fiscalYear, fromVersion, toVersion, actorOf(req));
  }
}
