import type { RecordedEvent, StoredMetadata } from '../event-store.port.js';

/**
 * The export file is NDJSON: one event a line, in global order, as the store recorded it
 * (position as decimal text, since JSON numbers cannot hold every bigint), then one line
 * `{"end":{"eventCount":…,"headPosition":…}}`. The end line is what tells a complete file
 * from one cut short at a line boundary.
 */
export interface ExportEnd {
  eventCount: number;
  headPosition: string | null;
}

export type ExportLine = { kind: 'event'; event: RecordedEvent } | { kind: 'end'; end: ExportEnd };

/** A line of an export file that cannot be restored, with its 1-based number. */
export class ExportLineError extends Error {
  constructor(
    readonly lineNumber: number,
    reason: string,
  ) {
    super(`Line ${lineNumber}: ${reason}`);
    this.name = 'ExportLineError';
  }
}

export function eventLine(event: RecordedEvent): string {
  const { position, eventId, streamId, revision, type, data, metadata, recordedAt } = event;
  return JSON.stringify({ position: position.toString(), eventId, streamId, revision, type, data, metadata, recordedAt });
}

export function endLine(end: ExportEnd): string {
  return JSON.stringify({ end });
}

export function parseExportLine(text: string, lineNumber: number): ExportLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ExportLineError(lineNumber, `not JSON (${(error as Error).message}).`);
  }
  if (!isObject(value)) throw new ExportLineError(lineNumber, 'not a JSON object.');
  if ('end' in value) return { kind: 'end', end: parseEnd(value.end, lineNumber) };
  return { kind: 'event', event: parseEvent(value, lineNumber) };
}

function parseEvent(value: Record<string, unknown>, lineNumber: number): RecordedEvent {
  const problem = (field: string, expected: string): never => {
    throw new ExportLineError(lineNumber, `"${field}" must be ${expected}.`);
  };
  const { position, eventId, streamId, revision, type, data, metadata, recordedAt } = value;
  if (typeof position !== 'string' || !/^\d+$/.test(position)) problem('position', 'a decimal string');
  for (const [field, text] of Object.entries({ eventId, streamId, type, recordedAt })) {
    if (typeof text !== 'string' || text === '') problem(field, 'a non-empty string');
  }
  if (!Number.isSafeInteger(revision) || (revision as number) < 0) problem('revision', 'a whole number ≥ 0');
  if (!isObject(data)) problem('data', 'a JSON object');
  if (!isObject(metadata)) problem('metadata', 'a JSON object');
  const stored = metadata as Record<string, unknown>;
  for (const field of ['commandId', 'hash', 'previousHash', 'occurredAt']) {
    if (typeof stored[field] !== 'string') problem(`metadata.${field}`, 'a string');
  }
  return {
    position: BigInt(position as string),
    eventId: eventId as string,
    streamId: streamId as string,
    revision: revision as number,
    type: type as string,
    data: data as Record<string, unknown>,
    metadata: metadata as StoredMetadata,
    recordedAt: recordedAt as string,
  };
}

function parseEnd(end: unknown, lineNumber: number): ExportEnd {
  if (
    !isObject(end) ||
    !Number.isSafeInteger(end.eventCount) ||
    !(end.headPosition === null || (typeof end.headPosition === 'string' && /^\d+$/.test(end.headPosition)))
  ) {
    throw new ExportLineError(lineNumber, 'the end line must be {"end":{"eventCount":<number>,"headPosition":<decimal string or null>}}.');
  }
  return { eventCount: end.eventCount as number, headPosition: end.headPosition as string | null };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
