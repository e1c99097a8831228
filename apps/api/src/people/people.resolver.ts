import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { messages, readsEverything } from '@app/domain';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { DirectoryReader } from '../directory/directory.reader.js';
import { ApiError } from '../graphql/api-error.js';
import { Person } from './person.model.js';

/**
 * Names to look up: everyone signed in may list the people of their own unit (a preparer choosing
 * whom to expect at a step); AUDITOR and ADMIN those of any unit. Only id and name, nothing else.
 */
@Resolver(() => Person)
export class PeopleResolver {
  constructor(private readonly directory: DirectoryReader) {}

  @Query(() => [Person], { description: 'The people of a unit by name (default: your own unit), deactivated ones included; others’ units for AUDITOR and ADMIN.' })
  async people(
    @Context() { req }: RequestContext,
    @Args('unitCode', { type: () => String, nullable: true }) unitCode?: string | null,
  ): Promise<Person[]> {
    const actor = actorOf(req);
    const unit = unitCode ?? actor.unitCode;
    if (unit === null) throw new ApiError('FORBIDDEN', messages.api.peopleNeedUnit);
    if (unit !== actor.unitCode && !readsEverything(actor)) {
      throw new ApiError('FORBIDDEN', messages.api.peopleOfOtherUnit({ own: actor.unitCode, asked: unit }));
    }
    const { state } = await this.directory.current();
    return [...state.users.values()]
      .filter((user) => user.unitCode === unit)
      .sort((a, b) => a.userName.localeCompare(b.userName))
      .map((user) => ({ id: user.userId, name: user.displayName }));
  }
}
