import { messages } from '@app/domain/messages/messages.js';
import {
  ExpectedRevision,
  type AppendResult,
  type EventStore,
  type KeepsRecordedAt,
  type RecordedEvent,
  type RestoredEvent,
  type StoredMetadata,
} from '../event-store.port.js';
import { AUDIT_ANCHOR_STREAM, isAnchorEvent, verifiedAnchor } from '../integrity/anchor.js';
import { StreamChains } from '../integrity/stream-chains.js';
import { ExportDigest, ExportLineError, isExportEndSigned, parseExportLine, type SignedExportEnd } from './export-lines.js';

/** The store cannot take a restore (it is not empty); nothing was written. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

export interface RestoreOptions {
  /** The key the export's end line and anchors must verify with; null when none is configured. */
  anchorKey: Buffer | null;
}

const words = messages.backup;

/**
 * Loads an export into an empty store. The whole file is read and checked first — every
 * line's shape, every stream's hash chain, every anchor's signature, the signed end line —
 * and only then read again and written, so a bad line is reported (with its number) before
 * anything is stored. Events keep their ids, streams, revisions, metadata and, where the
 * store can keep it (SQLite), the time they were recorded; the store recomputes the chain
 * from them, which yields the exported hashes because the chain was checked. Positions are
 * the new store's own: the same as exported for an SQLite store without gaps, and whatever
 * EventStoreDB assigns there. An interrupted restore leaves what it appended: restore into a
 * file moved into place when complete (restoreIntoSqliteFile) where that matters.
 */
export async function restoreEvents(
  store: EventStore & Partial<KeepsRecordedAt>,
  lines: () => AsyncIterable<string>,
  options: RestoreOptions,
): Promise<SignedExportEnd> {
  await refuseUnlessEmpty(store);
  const end = await checkExport(lines(), options.anchorKey);
  await appendAll(store, lines());
  return end;
}

/** Throws RestoreRefusedError when the store holds any event. */
export async function refuseUnlessEmpty(store: Pick<EventStore, 'headPosition'>): Promise<void> {
  const head = await store.headPosition();
  if (head !== undefined) {
    throw new RestoreRefusedError(
      words.storeNotEmpty(String(head)),
    );
  }
}

async function checkExport(lines: AsyncIterable<string>, anchorKey: Buffer | null): Promise<SignedExportEnd> {
  const chains = new StreamChains();
  const digest = new ExportDigest();
  let previous: bigint | undefined;
  let end: SignedExportEnd | undefined;
  let lineNumber = 0;
  for await (const text of lines) {
    lineNumber += 1;
    if (end !== undefined) throw new ExportLineError(lineNumber, words.afterEndLine);
    const line = parseExportLine(text, lineNumber);
    if (line.kind === 'end') {
      checkEnd(line.end, { eventCount: chains.eventCount, headPosition: previous, chainDigest: digest.value }, anchorKey, lineNumber);
      end = line.end;
      continue;
    }
    const { event } = line;
    if (previous !== undefined && event.position < previous) {
      throw new ExportLineError(lineNumber, words.outOfOrder({ position: String(event.position), previous: String(previous) }));
    }
    previous = event.position;
    const found = chains.check(event);
    if (found !== undefined) throw new ExportLineError(lineNumber, found.message);
    digest.add(event);
    if (isAnchorEvent(event)) checkAnchor(event, anchorKey, lineNumber);
  }
  if (end === undefined) {
    throw new ExportLineError(lineNumber + 1, words.endLineMissing);
  }
  return end;
}

/** The end line must state what the file holds, signed with the anchor key: a file cut short and given a matching end line is refused. */
function checkEnd(
  end: SignedExportEnd,
  read: { eventCount: number; headPosition: bigint | undefined; chainDigest: string },
  anchorKey: Buffer | null,
  lineNumber: number,
): void {
  if (anchorKey === null) {
    throw new ExportLineError(lineNumber, words.endSignedNoKey);
  }
  if (!isExportEndSigned(end, anchorKey)) {
    throw new ExportLineError(lineNumber, words.endSignatureMismatch);
  }
  if (end.eventCount !== read.eventCount) {
    throw new ExportLineError(lineNumber, words.eventCountMismatch({ recorded: end.eventCount, read: read.eventCount }));
  }
  if (end.headPosition !== (read.headPosition?.toString() ?? null) || end.chainDigest !== read.chainDigest) {
    throw new ExportLineError(lineNumber, words.digestMismatch);
  }
}

function checkAnchor(event: RecordedEvent, anchorKey: Buffer | null, lineNumber: number): void {
  if (anchorKey === null) {
    throw new ExportLineError(lineNumber, words.anchorNoKey);
  }
  if (verifiedAnchor(event.data, anchorKey) === undefined) {
    throw new ExportLineError(
      lineNumber,
      words.anchorSignatureMismatch({ stream: AUDIT_ANCHOR_STREAM, revision: event.revision }),
    );
  }
}

/** Appends each command's events of a stream together, as they were appended first. */
async function appendAll(store: EventStore & Partial<KeepsRecordedAt>, lines: AsyncIterable<string>): Promise<void> {
  const append = (streamId: string, events: RestoredEvent[], expected: ExpectedRevision): Promise<AppendResult> =>
    store.appendRestored === undefined ? store.append(streamId, events, expected) : store.appendRestored(streamId, events, expected);
  let pending: RecordedEvent[] = [];
  const flush = async (): Promise<void> => {
    const first = pending[0];
    if (first === undefined) return;
    await append(first.streamId, pending.map(asRestoredEvent), ExpectedRevision.after(first.revision - 1));
    pending = [];
  };
  let lineNumber = 0;
  for await (const text of lines) {
    lineNumber += 1;
    const line = parseExportLine(text, lineNumber);
    if (line.kind === 'end') break;
    const last = pending[pending.length - 1];
    if (last !== undefined && (last.streamId !== line.event.streamId || last.metadata.commandId !== line.event.metadata.commandId)) {
      await flush();
    }
    pending.push(line.event);
  }
  await flush();
}

function asRestoredEvent(event: RecordedEvent): RestoredEvent {
  const { previousHash: _previous, hash: _hash, ...metadata } = event.metadata as StoredMetadata;
  return { eventId: event.eventId, type: event.type, data: event.data, metadata, recordedAt: event.recordedAt };
}
