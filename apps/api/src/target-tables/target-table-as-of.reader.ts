import { Inject, Injectable } from '@nestjs/common';
import { requireTargetTableReadable, targetTableStreamId, type TargetTableActor } from '@app/domain';
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

  async get(projectCode: string, fiscalYear: number, asOf: Date, reader: TargetTableActor): Promise<TargetTable> {
    requireInstant(asOf, 'asOf');
    const now = this.clock.now();
    if (asOf.getTime() > now.getTime()) {
      throw new ApiError(
        'VALIDATION',
        `asOf ${asOf.toISOString()} is in the future (it is now ${now.toISOString()}): ask about a moment that has passed, or leave asOf out for the table as it is now.`,
      );
    }
    const events = await this.store.readStream(targetTableStreamId(fiscalYear, projectCode));
    const table = targetTableAsOf(events, asOf);
    if (table === undefined) {
      const since = events[0] === undefined ? 'There is no target table' : `The target table was first drafted at ${events[0].metadata.occurredAt}; there was none`;
      throw new ApiError('NOT_FOUND', `${since} for project ${projectCode} in ${fiscalYear} at ${asOf.toISOString()}. Check the project code, year and moment.`);
    }
    requireTargetTableReadable(reader, table, `the target table of project ${projectCode} in ${fiscalYear}`);
    return toTargetTable(table);
  }
}
