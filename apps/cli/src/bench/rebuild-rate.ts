import { toContent, type TargetTableContent, type TargetTableDrafted, type TargetTableDraftRevised } from '@app/domain';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { ExpectedRevision, type EventStore } from '@app/event-store';
import { ProjectionRunner, targetTablesProjection, type ReadStore } from '@app/projections';
import { benchEvent } from './bench-events.js';
import { ratePerSecond } from './measure.js';

const EVENTS_PER_TABLE = 10;

/**
 * Writes `count` target-table events: each table drafted once, then revised nine times,
 * each revision changing the purpose and recording only that, as the decider does.
 */
export async function writeTargetTableEvents(store: EventStore, count: number): Promise<void> {
  const content = toContent(seedTable3);
  for (let table = 0; table < count / EVENTS_PER_TABLE; table += 1) {
    const projectCode = `BENCH${String(table).padStart(8, '0')}`;
    const events = Array.from({ length: EVENTS_PER_TABLE }, (_, revision) =>
      revision === 0
        ? benchEvent('TargetTableDrafted', { projectCode, fiscalYear: 2022, version: 1, content } satisfies TargetTableDrafted['data'])
        : benchEvent('TargetTableDraftRevised', {
            projectCode,
            fiscalYear: 2022,
            version: 1,
            changes: { purpose: revisedPurpose(content, revision) },
          } satisfies TargetTableDraftRevised['data']),
    );
    await store.append(`target-table-2022-${projectCode}`, events, ExpectedRevision.noStream);
  }
}

function revisedPurpose(content: TargetTableContent, revision: number): string {
  return `${content.purpose}（第${revision}次修改）`;
}

/** Rebuilds the target-table view from zero and returns events applied per second. */
export async function rebuildRate(store: EventStore, readStore: ReadStore, count: number): Promise<number> {
  const runner = new ProjectionRunner(store, readStore, [targetTablesProjection]);
  return ratePerSecond(count, () => runner.rebuild('all'));
}
