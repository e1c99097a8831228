import { Inject, Injectable } from '@nestjs/common';
import {
  awaitedItemsOf,
  byUrgency,
  daysWaiting,
  DomainError,
  dueAt,
  messages,
  readsEverything,
  rolesHeld,
  stepDueDate,
  stepReminderDays,
  targetTableReadScope,
  type AwaitedItem as DomainAwaitedItem,
  type Due as DomainDue,
  type Actor,
} from '@app/domain';
import { findProjectProgress, type ReadStore } from '@app/projections';
import { Clock } from '../clock/clock.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import { CalendarReader } from './calendar.reader.js';
import { AwaitedItemKind, DueStatus, type AwaitedItem, type DeadlineOverview, type Due } from './deadlines.model.js';

const overviewRoles = ['OFFICE', 'LEADER'];

/** Due dates of what the views show awaited, by the calendar in force and the application clock. */
@Injectable()
export class DeadlinesReader {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly calendars: CalendarReader,
    private readonly clock: Clock,
  ) {}

  /** Everything awaited in a unit's year (every unit's for AUDITOR and ADMIN without one), overdue first: for the office and the leader. */
  async overview(fiscalYear: number, unitCode: string | null, actor: Actor): Promise<DeadlineOverview> {
    const everything = readsEverything(actor);
    const unitReader = overviewRoles.some((role) => actor.roles.includes(role)) && actor.unitCode !== null;
    const unit = unitCode ?? (everything ? null : actor.unitCode);
    if (unit === null && !everything) throw new DomainError('FORBIDDEN', messages.calendar.unitNeeded);
    if (!everything && !(unitReader && unit === actor.unitCode)) {
      throw new DomainError('FORBIDDEN', messages.calendar.overviewForbidden({ unitCode: unit ?? '', rolesHeld: rolesHeld(actor) }));
    }
    const items = await this.awaited(fiscalYear, unit, actor);
    return {
      fiscalYear,
      unitCode: unit,
      items,
      overdueCount: items.filter((item) => item.due.status === DueStatus.OVERDUE).length,
      dueSoonCount: items.filter((item) => item.due.status === DueStatus.DUE_SOON).length,
      totalCount: items.length,
    };
  }

  /** What a year awaits from the caller: documents of their section to submit, steps of their role in their unit, steps escalated to them. */
  async mine(fiscalYear: number, actor: Actor): Promise<AwaitedItem[]> {
    if (actor.unitCode === null) return [];
    const items = await this.awaited(fiscalYear, actor.unitCode, actor);
    const awaitsMe = (item: AwaitedItem) => actor.roles.includes(item.role) && (!sectionScoped(item.role) || item.sectionId === null || item.sectionId === actor.sectionId);
    // A step overdue by the escalation days is shown to the next level too (docs/deadlines-and-rectification.md).
    return items.filter((item) => awaitsMe(item) || (item.escalatedTo !== null && actor.roles.includes(item.escalatedTo)));
  }

  /** The due date of a step submitted at `since` in a unit's year, where it stands now. */
  async stepDue(fiscalYear: number, unitCode: string, since: string): Promise<Due> {
    const calendar = await this.calendars.datesFor(fiscalYear, unitCode);
    return { ...toDue(dueAt(stepDueDate(since, calendar.decisionDays), this.clock.now(), stepReminderDays(calendar.reminderDays))), daysWaiting: daysWaiting(since, this.clock.now()) };
  }

  private async awaited(fiscalYear: number, unitCode: string | null, actor: Actor): Promise<AwaitedItem[]> {
    const now = this.clock.now();
    const calendarOf = await this.calendars.datesByUnit(fiscalYear);
    const projects = await findProjectProgress(this.readStore.db, fiscalYear, unitCode, targetTableReadScope(actor));
    return byUrgency(projects.flatMap((project) => awaitedItemsOf(project, calendarOf(project.unitCode), now))).map((item) => toAwaitedItem(item, now));
  }
}

function sectionScoped(role: string): boolean {
  return role === 'PREPARER' || role === 'SECTION_HEAD';
}

function toDue(due: DomainDue): Due {
  return { ...due, status: DueStatus[due.status], statusLabel: messages.calendar.dueStatus[due.status], daysWaiting: null };
}

function toAwaitedItem(item: DomainAwaitedItem, now: Date): AwaitedItem {
  return {
    ...item,
    kind: AwaitedItemKind[item.kind],
    label: messages.calendar.awaited[item.kind],
    due: { ...toDue(item.due), daysWaiting: item.since === null ? null : daysWaiting(item.since, now) },
  };
}
