import { Inject, Injectable } from '@nestjs/common';
import {
  dueAt,
  evaluationGradeLabels,
  isOpenRectification,
  messages,
  mostUrgentFirst,
  type EvaluationGrade,
  type ProjectRectifications,
  type RectificationItem,
} from '@app/domain';
import { findProjectRectifications, findRectifications, FINAL_EVALUATIONS, type ReadStore } from '@app/projections';
import type { Actor } from '@app/event-store';
import { Clock } from '../clock/clock.js';
import { CalendarReader } from '../deadlines/calendar.reader.js';
import { DueStatus } from '../deadlines/deadlines.model.js';
import { unitListScope } from '../read-scope/unit-list-scope.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import { RectificationSourceKind, RectificationStatus, type PreviousYearResult, type Rectification, type RectificationList } from './rectification.model.js';

/** Rectifications from their view, with where each due date stands by the application clock. */
@Injectable()
export class RectificationReader {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly calendars: CalendarReader,
    private readonly clock: Clock,
  ) {}

  /** A unit's (or every readable unit's) rectifications of a year, by the read scope: open ones overdue first, closed ones last. */
  async list(fiscalYear: number, unitCode: string | null, actor: Actor): Promise<RectificationList> {
    const scope = unitListScope(actor, unitCode, messages.rectification.listing);
    const views = await findRectifications(this.readStore.db, fiscalYear, scope.unitCode ?? null, scope.readableIn);
    const items = (await this.itemsOf(views.map((view) => view.rectifications))).sort(openAndUrgentFirst);
    const open = items.filter((item) => item.status !== RectificationStatus.CLOSED);
    return {
      fiscalYear,
      unitCode: scope.unitCode ?? null,
      items,
      openCount: open.length,
      overdueCount: open.filter((item) => item.due?.status === DueStatus.OVERDUE).length,
      closedCount: items.length - open.length,
      totalCount: items.length,
    };
  }

  /** A project's year's rectifications, for a document the caller already reads. */
  async ofProject(fiscalYear: number, projectCode: string): Promise<Rectification[]> {
    const view = await findProjectRectifications(this.readStore.db, fiscalYear, projectCode);
    return view === null ? [] : (await this.itemsOf([view.rectifications])).sort(openAndUrgentFirst);
  }

  /** 结果应用: the previous year's approved evaluation of the project and what of it is still to correct. */
  async previousYear(projectCode: string, fiscalYear: number): Promise<PreviousYearResult> {
    const year = fiscalYear - 1;
    const evaluation = (await this.readStore.db
      .selectFrom(FINAL_EVALUATIONS)
      .select(['approved_grade', 'approved_total'])
      .where('fiscal_year', '=', year)
      .where('project_code', '=', projectCode)
      .executeTakeFirst()) as { approved_grade: string | null; approved_total: string | null } | undefined;
    const grade = evaluation?.approved_grade ?? null;
    const gradeLabel = grade === null ? null : evaluationGradeLabels[grade as EvaluationGrade];
    const openRectifications = (await this.ofProject(year, projectCode)).filter((item) => item.status !== RectificationStatus.CLOSED);
    return {
      fiscalYear: year,
      gradeLabel,
      total: evaluation?.approved_total ?? null,
      openRectificationCount: openRectifications.length,
      summary: messages.rectification.openCount({ grade: gradeLabel, open: openRectifications.length }),
      openRectifications,
    };
  }

  private async itemsOf(projects: ProjectRectifications[]): Promise<Rectification[]> {
    const now = this.clock.now();
    const calendars = new Map<number, Awaited<ReturnType<CalendarReader['datesByUnit']>>>();
    const items: Rectification[] = [];
    for (const project of projects) {
      if (!calendars.has(project.fiscalYear)) calendars.set(project.fiscalYear, await this.calendars.datesByUnit(project.fiscalYear));
      const { reminderDays } = calendars.get(project.fiscalYear)!(project.place.unitCode);
      for (const item of project.items) items.push(toRectification(project, item, now, reminderDays));
    }
    return items;
  }
}

function toRectification(project: ProjectRectifications, item: RectificationItem, now: Date, reminderDays: number): Rectification {
  const due = isOpenRectification(item) ? dueAt(item.dueDate, now, reminderDays) : null;
  return {
    itemId: item.itemId,
    projectCode: project.projectCode,
    fiscalYear: project.fiscalYear,
    name: project.place.name,
    unitCode: project.place.unitCode,
    ownerSectionId: item.ownerSectionId,
    source: { ...item.source, kind: RectificationSourceKind[item.source.kind], label: messages.rectification.sourceLabels[item.source.kind] },
    measure: item.measure,
    status: RectificationStatus[item.status],
    statusLabel: messages.rectification.statusLabels[item.status],
    due: due === null ? null : { ...due, status: DueStatus[due.status], statusLabel: messages.calendar.dueStatus[due.status], daysWaiting: null },
    dueDate: item.dueDate,
    evidence: item.evidence.map((evidence) => ({ note: evidence.note, byUserId: evidence.by.userId })),
    proposedByUserId: item.proposedBy.userId,
    rectifiedByUserId: item.rectifiedBy?.userId ?? null,
    closedByUserId: item.closedBy?.userId ?? null,
  };
}

function openAndUrgentFirst(a: Rectification, b: Rectification): number {
  if (a.due === null || b.due === null) return (a.due === null ? 1 : 0) - (b.due === null ? 1 : 0);
  return mostUrgentFirst({ due: a.due }, { due: b.due });
}
