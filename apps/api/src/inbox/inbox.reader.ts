import { Inject, Injectable } from '@nestjs/common';
import { approvalStepLabel, delegationsTo, messages, namePeople, type Actor } from '@app/domain';
import { findInbox, inboxKinds, type InboxEntry, type InboxSubstitution, type ReadStore } from '@app/projections';
import { Clock } from '../clock/clock.js';
import { CalendarReader } from '../deadlines/calendar.reader.js';
import { DelegationReader } from '../delegation/delegation.reader.js';
import { DepartmentTargetsReader } from '../department-targets/department-targets.reader.js';
import { DepartmentEvaluationReader } from '../department-evaluation/department-evaluation.reader.js';
import { DirectoryReader } from '../directory/directory.reader.js';
import { toFinalEvaluation } from '../final-evaluation/final-evaluation.reader.js';
import { toMidtermReview } from '../midterm-review/midterm-review.reader.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import { DecidingRole } from '../target-tables/target-table.model.js';
import { toTargetTable } from '../target-tables/target-table.reader.js';
import { InboxItemKind, type Inbox, type InboxCount, type InboxItem } from './inbox.model.js';

/**
 * What waits for the caller's decision, from the views, as the domain's "may decide" rule has it;
 * for a substitute also what their delegations let them decide now, marked 代理
 * (docs/deadlines-and-rectification.md).
 */
@Injectable()
export class InboxReader {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly delegations: DelegationReader,
    private readonly calendars: CalendarReader,
    private readonly directory: DirectoryReader,
    private readonly clock: Clock,
    private readonly departments: DepartmentTargetsReader,
    private readonly departmentEvaluations: DepartmentEvaluationReader,
  ) {}

  async of(caller: Actor): Promise<Inbox> {
    const nameOf = await this.directory.names();
    const entries = await findInbox(this.readStore.db, caller, await this.substitution(caller));
    const items = await Promise.all(entries.map((entry) => this.toInboxItem(entry, nameOf)));
    return { items, counts: countsOf(items), totalCount: items.length };
  }

  /** A department's overall targets and self-evaluation are no project's: the department names the item. */
  private async toInboxItem(entry: InboxEntry, nameOf: (userId: string) => string | undefined): Promise<InboxItem> {
    const department = (departmentCode: string, name: string) => ({ name, unitCode: departmentCode, unitName: name, sectionId: null });
    if (entry.kind === 'DEPARTMENT_EVALUATION') {
      const { evaluation } = entry.departmentEvaluation;
      return {
        ...waitingOf(entry, nameOf),
        ...department(evaluation.departmentCode, evaluation.baseline.content.departmentName),
        departmentEvaluation: await this.departmentEvaluations.toDepartmentEvaluation(entry.departmentEvaluation),
      };
    }
    if (entry.kind !== 'DEPARTMENT_TARGETS') return toInboxItem(entry, nameOf);
    const { targets } = entry.departmentTargets;
    return { ...waitingOf(entry, nameOf), ...department(targets.departmentCode, targets.content.departmentName), departmentTargets: await this.departments.toDepartmentTargets(entry.departmentTargets) };
  }

  /** A substitute is named only within their own unit, so its stream is the only one to read. */
  private async substitution(caller: Actor): Promise<InboxSubstitution | undefined> {
    if (caller.unitCode === null) return undefined;
    const delegations = delegationsTo(await this.delegations.state(caller.unitCode), caller.userId);
    if (delegations.length === 0) return undefined;
    return {
      now: this.clock.now().toISOString(),
      delegations,
      daysOf: async (fiscalYear, unitCode) => {
        const { decisionDays, escalationDays } = await this.calendars.datesFor(fiscalYear, unitCode);
        return { decisionDays, escalationDays };
      },
    };
  }
}

function waitingOf(entry: InboxEntry, nameOf: (userId: string) => string | undefined) {
  const { asSubstitute } = entry;
  return {
    kind: InboxItemKind[entry.kind],
    projectCode: entry.projectCode,
    fiscalYear: entry.fiscalYear,
    step: entry.step.step,
    stepLabel: approvalStepLabel(entry.step),
    role: DecidingRole[entry.step.role],
    waitingSince: entry.waitingSince,
    version: entry.version,
    asSubstituteFor: asSubstitute?.forUserId ?? null,
    substituteMark: asSubstitute === null ? null : namePeople(messages.delegation.inboxMark({ forUserId: asSubstitute.forUserId }), nameOf),
    targetTable: null,
    midtermReview: null,
    finalEvaluation: null,
    departmentTargets: null,
    departmentEvaluation: null,
  };
}

function toInboxItem(entry: Exclude<InboxEntry, { kind: 'DEPARTMENT_TARGETS' | 'DEPARTMENT_EVALUATION' }>, nameOf: (userId: string) => string | undefined): InboxItem {
  const waiting = waitingOf(entry, nameOf);
  switch (entry.kind) {
    case 'TARGET_TABLE_REVIEW': {
      const table = entry.targetTable;
      return { ...waiting, ...ownerOf(table), targetTable: toTargetTable(table) };
    }
    case 'MIDTERM_REVIEW': {
      return { ...waiting, ...ownerOf(entry.midtermReview.monitoring.baseline), midtermReview: toMidtermReview(entry.midtermReview) };
    }
    case 'FINAL_EVALUATION': {
      return { ...waiting, ...ownerOf(entry.finalEvaluation.evaluation.baseline), finalEvaluation: toFinalEvaluation(entry.finalEvaluation) };
    }
    default: {
      const unknownEntry: never = entry;
      throw new Error(`Unknown inbox entry ${String((unknownEntry as { kind?: unknown }).kind)}`);
    }
  }
}

function ownerOf(project: { name: string; unitCode: string; unitName: string; sectionId: string | null }) {
  return { name: project.name, unitCode: project.unitCode, unitName: project.unitName, sectionId: project.sectionId };
}

/** One count per kind and step, kinds in the order of the year's documents, steps in the order they first wait. */
function countsOf(items: InboxItem[]): InboxCount[] {
  const counts = new Map<string, InboxCount>();
  for (const item of items) {
    const key = `${item.kind}/${item.step}`;
    const count = counts.get(key);
    if (count === undefined) counts.set(key, { kind: item.kind, step: item.step, stepLabel: item.stepLabel, count: 1 });
    else count.count += 1;
  }
  return [...counts.values()].sort((a, b) => inboxKinds.indexOf(a.kind) - inboxKinds.indexOf(b.kind));
}
