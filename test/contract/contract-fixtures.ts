import { randomUUID } from 'node:crypto';
import { expect } from '@jest/globals';
import {
  eventIdFor,
  WrongExpectedRevisionError,
  type Actor,
  type NewEvent,
  type RecordedEvent,
} from '@app/event-store';

const actor: Actor = {
  userId: 'user-contract',
  displayName: '张三',
  roles: ['unit-staff'],
  unitCode: 'U001',
  sectionId: null,
};

/** A stream id no other test (nor another run against a shared server) uses. */
export function newStreamId(label: string): string {
  return `contract_${label}-${randomUUID()}`;
}

export function newCommandId(): string {
  return randomUUID();
}

/** The events one command produces; ids derive from the command id, as in the application. */
export function eventsFor(commandId: string, count: number, type = 'ContractEventRecorded'): NewEvent[] {
  return Array.from({ length: count }, (_, index) => ({
    eventId: eventIdFor(commandId, index),
    type,
    data: { commandId, index },
    metadata: {
      commandId,
      correlationId: commandId,
      causationId: commandId,
      actor,
      occurredAt: '2025-03-01T08:00:00.000Z',
      schemaVersion: 1,
    },
  }));
}

export function idsOf(events: Array<{ eventId: string }>): string[] {
  return events.map((event) => event.eventId);
}

/** Keeps the events of the given streams: a shared server also holds other tests' events. */
export function inStreams(events: RecordedEvent[], streams: ReadonlySet<string>): RecordedEvent[] {
  return events.filter((event) => streams.has(event.streamId));
}

export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject, but it resolved.');
}

export async function expectWrongRevision(promise: Promise<unknown>, actualRevision: number): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(WrongExpectedRevisionError);
  expect(error).toMatchObject({ actualRevision, code: 'CONFLICT' });
}

export async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms.`);
    await sleep(5);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
