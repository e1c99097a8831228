import { ExpectedRevision, type EventStore, type NewEvent, type RecordedEvent, type StoredMetadata } from '../event-store.port.js';
import { AUDIT_ANCHOR_STREAM, isAnchorEvent, verifiedAnchor } from '../integrity/anchor.js';
import { StreamChains } from '../integrity/stream-chains.js';
import { ExportLineError, parseExportLine, type ExportEnd } from './export-lines.js';

/** The store cannot take a restore (it is not empty); nothing was written. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

export interface RestoreOptions {
  /** The key the restored store's anchors must verify with; null when none is configured. */
  anchorKey: Buffer | null;
}

/**
 * Loads an export into an empty store. The whole file is read and checked first — every
 * line's shape, every stream's hash chain, every anchor's signature, the end line — and
 * only then read again and written, so a bad line is reported (with its number) before
 * anything is stored. Events keep their ids, streams, revisions and metadata; the store
 * recomputes the chain from them, which yields the exported hashes because the chain was
 * checked. Positions are the new store's own: the same as exported for an SQLite store
 * without gaps, and whatever EventStoreDB assigns there.
 */
export async function restoreEvents(store: EventStore, lines: () => AsyncIterable<string>, options: RestoreOptions): Promise<ExportEnd> {
  const head = await store.headPosition();
  if (head !== undefined) {
    throw new RestoreRefusedError(
      `The event store is not empty (its newest event is at position ${head}): a restore goes only into an empty store. ` +
        'Point DATA_DIR (or EVENTSTORE_CONNECTION_STRING) at a new, empty store.',
    );
  }
  const end = await checkExport(lines(), options.anchorKey);
  await appendAll(store, lines());
  return end;
}

async function checkExport(lines: AsyncIterable<string>, anchorKey: Buffer | null): Promise<ExportEnd> {
  const chains = new StreamChains();
  let previous: bigint | undefined;
  let end: ExportEnd | undefined;
  let lineNumber = 0;
  for await (const text of lines) {
    lineNumber += 1;
    if (end !== undefined) throw new ExportLineError(lineNumber, 'comes after the end line.');
    const line = parseExportLine(text, lineNumber);
    if (line.kind === 'end') {
      if (line.end.eventCount !== chains.eventCount) {
        throw new ExportLineError(lineNumber, `the end line counts ${line.end.eventCount} events, but the file holds ${chains.eventCount}.`);
      }
      end = line.end;
      continue;
    }
    const { event } = line;
    if (previous !== undefined && event.position < previous) {
      throw new ExportLineError(lineNumber, `position ${event.position} comes after position ${previous}: the file is not in log order.`);
    }
    previous = event.position;
    const found = chains.check(event);
    if (found !== undefined) throw new ExportLineError(lineNumber, found.message);
    if (isAnchorEvent(event)) checkAnchor(event, anchorKey, lineNumber);
  }
  if (end === undefined) {
    throw new ExportLineError(lineNumber + 1, 'the file ends without its end line: the export is incomplete (cut short?).');
  }
  return end;
}

function checkAnchor(event: RecordedEvent, anchorKey: Buffer | null, lineNumber: number): void {
  const copyKey = "copy anchor-key from the exported store's DATA_DIR into DATA_DIR, or set ANCHOR_SECRET to the key it used";
  if (anchorKey === null) {
    throw new ExportLineError(lineNumber, `holds an audit anchor, but no anchor key is configured to verify it: ${copyKey}.`);
  }
  if (verifiedAnchor(event.data, anchorKey) === undefined) {
    throw new ExportLineError(
      lineNumber,
      `the audit anchor (${AUDIT_ANCHOR_STREAM} revision ${event.revision}) is not signed with the configured anchor key: ` +
        `it was altered, or the key differs — ${copyKey}.`,
    );
  }
}

/** Appends each command's events of a stream together, as they were appended first. */
async function appendAll(store: EventStore, lines: AsyncIterable<string>): Promise<void> {
  let pending: RecordedEvent[] = [];
  const flush = async (): Promise<void> => {
    const first = pending[0];
    if (first === undefined) return;
    await store.append(first.streamId, pending.map(asNewEvent), ExpectedRevision.after(first.revision - 1));
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

function asNewEvent(event: RecordedEvent): NewEvent {
  const { previousHash: _previous, hash: _hash, ...metadata } = event.metadata as StoredMetadata;
  return { eventId: event.eventId, type: event.type, data: event.data, metadata };
}
