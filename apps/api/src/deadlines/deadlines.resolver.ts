import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { DomainError, messages, readsEverything } from '@app/domain';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { Clock } from '../clock/clock.js';
import { commandContextFromRequest } from '../commands/command-as-caller.js';
import { minPositionArg } from '../graphql/min-position-argument.js';
import { InboxItem } from '../inbox/inbox.model.js';
import { CalendarReader } from './calendar.reader.js';
import { AwaitedItem, DeadlineOverview, Due, FiscalCalendar, FiscalCalendarPayload, SetFiscalCalendarInput } from './deadlines.model.js';
import { DeadlinesReader } from './deadlines.reader.js';
import { FiscalCalendarCommandMessage, type FiscalCalendarCommandRequest } from './fiscal-calendar.command-handler.js';

@Resolver(() => FiscalCalendar)
export class DeadlinesResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly calendars: CalendarReader,
    private readonly deadlines: DeadlinesReader,
    private readonly clock: Clock,
  ) {}

  @Query(() => FiscalCalendar, { description: 'The dates of a fiscal year in force for a unit (your own, or the department’s when you belong to none).' })
  async fiscalCalendar(
    @Context() { req }: RequestContext,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('unitCode', { type: () => String, nullable: true }) unitCode: string | null | undefined,
  ): Promise<FiscalCalendar> {
    const actor = actorOf(req);
    const unit = unitCode === undefined ? actor.unitCode : unitCode;
    // A person reads the department's dates and their own unit's; AUDITOR and ADMIN every unit's.
    if (unit !== null && unit !== actor.unitCode && !readsEverything(actor)) {
      throw new DomainError('FORBIDDEN', messages.calendar.overviewForbidden({ unitCode: unit, rolesHeld: messages.actor.rolesHeld(actor.roles) }));
    }
    return { fiscalYear, unitCode: unit, ...(await this.calendars.datesFor(fiscalYear, unit)) };
  }

  @Mutation(() => FiscalCalendarPayload, { description: '设置年度工作日历: the department’s dates (ADMIN) or a unit’s own (ADMIN or its OFFICE); fields left out keep their value.' })
  async setFiscalCalendar(@Args('input') input: SetFiscalCalendarInput, @Context() { req }: RequestContext): Promise<FiscalCalendarPayload> {
    const unitCode = input.unitCode ?? null;
    const command: FiscalCalendarCommandRequest = { type: 'SetFiscalCalendar', fiscalYear: input.fiscalYear, unitCode, dates: { ...input.dates } };
    const context = commandContextFromRequest(req, { type: command.type, input }, this.clock.now());
    const outcome = await this.commandBus.execute(new FiscalCalendarCommandMessage(command, context));
    return {
      commandId: context.commandId,
      revision: outcome.revision,
      position: String(outcome.position ?? 0n),
      replayed: outcome.replayed,
      calendar: { fiscalYear: input.fiscalYear, unitCode, ...(await this.calendars.datesFor(input.fiscalYear, unitCode)) },
    };
  }

  @Query(() => DeadlineOverview, { description: '逾期概况: what a unit’s year awaits, overdue first (the unit’s OFFICE and LEADER; AUDITOR and ADMIN any unit, or all without one).' })
  deadlineOverview(
    @Context() { req }: RequestContext,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('unitCode', { type: () => String, nullable: true }) unitCode: string | null | undefined,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ): Promise<DeadlineOverview> {
    return this.deadlines.overview(fiscalYear, unitCode ?? null, actorOf(req));
  }

  @Query(() => [AwaitedItem], { description: 'What a year awaits from you: your section’s documents to submit and steps of your role, overdue first.' })
  myDeadlines(
    @Context() { req }: RequestContext,
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('minPosition', minPositionArg) _minPosition?: string,
  ): Promise<AwaitedItem[]> {
    return this.deadlines.mine(fiscalYear, actorOf(req));
  }
}

/** myInbox's items learn their due date here, so the inbox itself stays as it is. */
@Resolver(() => InboxItem)
export class InboxItemDueResolver {
  constructor(private readonly deadlines: DeadlinesReader) {}

  @ResolveField(() => Due, { description: 'When your decision is due: the decision days of the calendar after the submission.' })
  due(@Parent() item: InboxItem): Promise<Due> {
    return this.deadlines.stepDue(item.fiscalYear, item.unitCode, item.waitingSince);
  }
}
