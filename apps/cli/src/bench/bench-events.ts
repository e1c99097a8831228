import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@app/event-store';

const actor = { userId: 'bench', displayName: '基准测试', roles: ['PREPARER'], unitCode: '323001', sectionId: 'bench' };

/** An event shaped like the ones the API writes: a small payload and full metadata. */
export function benchEvent(type: string, data: Record<string, unknown>): NewEvent {
  const commandId = randomUUID();
  return {
    eventId: randomUUID(),
    type,
    data,
    metadata: {
      commandId,
      correlationId: commandId,
      causationId: commandId,
      actor,
      occurredAt: new Date().toISOString(),
      schemaVersion: 1,
    },
  };
}
