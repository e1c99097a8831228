import { Inject, Injectable } from '@nestjs/common';
import { approvalStepLabel, type TargetTableActor } from '@app/domain';
import { findInbox, inboxKinds, type InboxEntry, type ReadStore } from '@app/projections';
import { toFinalEvaluation } from '../final-evaluation/final-evaluation.reader.js';
import { toMidtermReview } from '../midterm-review/midterm-review.reader.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import { DecidingRole } from '../target-tables/target-table.model.js';
import { toTargetTable } from '../target-tables/target-table.reader.js';
import { InboxItemKind, type Inbox, type InboxCount, type InboxItem } from './inbox.model.js';

/** What waits for the caller's decision, from the views, as the domain's "may decide" rule has it. */
@Injectable()
export class InboxReader {
  constructor(@Inject(READ_STORE) private readonly readStore: ReadStore) {}

  async of(caller: TargetTableActor): Promise<Inbox> {
    const items = (await findInbox(this.readStore.db, caller)).map(toInboxItem);
    return { items, counts: countsOf(items), totalCount: items.length };
  }
}

function toInboxItem(entry: InboxEntry): InboxItem {
  const waiting = {
    kind: InboxItemKind[entry.kind],
    projectCode: entry.projectCode,
    fiscalYear: entry.fiscalYear,
    step: entry.step.step,
    stepLabel: approvalStepLabel(entry.step),
    role: DecidingRole[entry.step.role],
    waitingSince: entry.waitingSince,
    version: entry.version,
    targetTable: null,
    midtermReview: null,
    finalEvaluation: null,
  };
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
