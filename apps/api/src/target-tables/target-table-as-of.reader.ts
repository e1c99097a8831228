import { Inject, Injectable } from '@nestjs/common';
import { requireTargetTableReadable, targetTableStreamId, type Actor, messages } from '@app/domain';
import type { EventStore } from '@app/event-store';
import { targetTableAsOf } from '@app/projections';
import { Clock } from '../clock/clock.js';
import { ApiError } from '../graphql/api-error.js';
import { requireInstant } from '../graphql/instant-argument.js';
import { EVENT_STORE } from '../storage/storage.tokens.js';
import type { TargetTable } from './target-table.model.js';
import { toTargetTable } from './target-table.reader.js';

/** A target table as it stood at a moment, computed from its events up to that moment. */
@Injectable()
export class TargetTableAsOfReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async get(projectCode: string, fiscalYear: number, asOf: Date, reader: Actor): Promise<TargetTable> {
    requireInstant(asOf, 'asOf');
    const now = this.clock.now();
    if (asOf.getTime() > now.getTime()) {
      throw new ApiError(
        'VALIDATION',
        messages.api.asOfInFuture({ asOf: asOf.toISOString(), now: now.toISOString() }),
      );
    }
    const events = await this.store.readStream(targetTableStreamId(fiscalYear, projectCode));
    const table = targetTableAsOf(events, asOf);
    if (table === undefined) {
      const firstDrafted = events[0]?.metadata.occurredAt ?? null;
      throw new ApiError('NOT_FOUND', messages.api.noTableAt({ projectCode, fiscalYear, asOf: asOf.toISOString(), firstDrafted }));
    }
    requireTargetTableReadable(reader, table, messages.api.tableOf({ projectCode, fiscalYear }));
    return toTargetTable(table);
  }
}
