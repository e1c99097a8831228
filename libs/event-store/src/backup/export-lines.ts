import { messages } from '@app/domain/messages/messages.js';
import { createHash } from 'node:crypto';
import type { RecordedEvent, StoredMetadata } from '../event-store.port.js';
import { isSignedWithAnchorKey, signWithAnchorKey } from '../integrity/anchor.js';

/**
 * The export file is NDJSON: one event a line, in global order, as the store recorded it
 * (position as decimal text, since JSON numbers cannot hold every bigint), then one line
 * `{"end":{…}}`. The end line tells a complete file from one cut short: it states the count,
 * the newest position and a digest chained over every event's hash, and is signed with the
 * anchor key, so a file cut at a line boundary with an end line written to match (or any
 * edited line) no longer verifies without the key.
 */
export interface ExportEnd {
  eventCount: number;
  headPosition: string | null;
  /** SHA-256 (hex) chained over the hash of every event of the file, in file order (see ExportDigest). */
  chainDigest: string;
}

export interface SignedExportEnd extends ExportEnd {
  algorithm: 'HMAC-SHA256';
  /** Hex HMAC-SHA256 under the anchor key of the canonical JSON of everything else. */
  signature: string;
}

export type ExportLine = { kind: 'event'; event: RecordedEvent } | { kind: 'end'; end: SignedExportEnd };

/** A line of an export file that cannot be restored, with its 1-based number. */
export class ExportLineError extends Error {
  constructor(
    readonly lineNumber: number,
    reason: string,
  ) {
    super(messages.backup.atLine({ lineNumber, reason }));
    this.name = 'ExportLineError';
  }
}

/** The digest of the end line: each event's hash folded in after the digest of those before it. */
export class ExportDigest {
  #digest = '';

  add(event: Pick<RecordedEvent, 'metadata'>): void {
    this.#digest = createHash('sha256').update(this.#digest).update('\n').update(event.metadata.hash).digest('hex');
  }

  get value(): string {
    return this.#digest;
  }
}

export function eventLine(event: RecordedEvent): string {
  const { position, eventId, streamId, revision, type, data, metadata, recordedAt } = event;
  return JSON.stringify({ position: position.toString(), eventId, streamId, revision, type, data, metadata, recordedAt });
}

export function signExportEnd(end: ExportEnd, anchorKey: Buffer): SignedExportEnd {
  const unsigned = { algorithm: 'HMAC-SHA256' as const, ...end };
  return { ...unsigned, signature: signWithAnchorKey(unsigned, anchorKey) };
}

export function isExportEndSigned(end: SignedExportEnd, anchorKey: Buffer): boolean {
  const { signature, ...unsigned } = end;
  return isSignedWithAnchorKey(unsigned, signature, anchorKey);
}

export function endLine(end: SignedExportEnd): string {
  return JSON.stringify({ end });
}

export function parseExportLine(text: string, lineNumber: number): ExportLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ExportLineError(lineNumber, messages.backup.notJson((error as Error).message));
  }
  if (!isObject(value)) throw new ExportLineError(lineNumber, messages.backup.notJsonObject);
  if ('end' in value) return { kind: 'end', end: parseEnd(value.end, lineNumber) };
  return { kind: 'event', event: parseEvent(value, lineNumber) };
}

function parseEvent(value: Record<string, unknown>, lineNumber: number): RecordedEvent {
  const problem = (field: string, expected: string): never => {
    throw new ExportLineError(lineNumber, messages.backup.fieldMustBe({ field, expected }));
  };
  const { position, eventId, streamId, revision, type, data, metadata, recordedAt } = value;
  if (typeof position !== 'string' || !/^\d+$/.test(position)) problem('position', messages.backup.shape.decimalString);
  for (const [field, text] of Object.entries({ eventId, streamId, type, recordedAt })) {
    if (typeof text !== 'string' || text === '') problem(field, messages.backup.shape.nonEmptyString);
  }
  if (!Number.isSafeInteger(revision) || (revision as number) < 0) problem('revision', messages.backup.shape.wholeNumber);
  if (!isObject(data)) problem('data', messages.backup.shape.jsonObject);
  if (!isObject(metadata)) problem('metadata', messages.backup.shape.jsonObject);
  const stored = metadata as Record<string, unknown>;
  for (const field of ['commandId', 'hash', 'previousHash', 'occurredAt']) {
    if (typeof stored[field] !== 'string') problem(`metadata.${field}`, messages.backup.shape.string);
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

function parseEnd(end: unknown, lineNumber: number): SignedExportEnd {
  if (
    !isObject(end) ||
    !Number.isSafeInteger(end.eventCount) ||
    !(end.headPosition === null || (typeof end.headPosition === 'string' && /^\d+$/.test(end.headPosition))) ||
    typeof end.chainDigest !== 'string' ||
    end.algorithm !== 'HMAC-SHA256' ||
    typeof end.signature !== 'string'
  ) {
    throw new ExportLineError(lineNumber, messages.backup.endLineShape);
  }
  return {
    eventCount: end.eventCount as number,
    headPosition: end.headPosition as string | null,
    chainDigest: end.chainDigest,
    algorithm: 'HMAC-SHA256',
    signature: end.signature,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
