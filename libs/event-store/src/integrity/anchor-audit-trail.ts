import { ExpectedRevision, type EventMetadata, type EventStore } from '../event-store.port.js';
import { eventIdFor } from '../event-id.js';
import { AUDIT_ANCHOR_STREAM, AUDIT_TRAIL_ANCHORED, signAnchor, verifiedAnchor, type AnchoredHead } from './anchor.js';
import { readLastEvent, readLogInBatches } from './read-log.js';
import { DEFAULT_INTEGRITY_BATCH_SIZE } from './verify-audit-trail.js';

export interface AnchorRequest {
  anchorKey: Buffer;
  /** Who asks and why: the anchor event's metadata; its event id derives from the command id. */
  metadata: EventMetadata;
  batchSize?: number;
}

export interface AnchorOutcome {
  /** False when nothing was appended since the latest anchor: it still holds, and no anchor was added. */
  anchored: boolean;
  /** Position and revision of the anchor that now covers the log (undefined: the log is empty). */
  position: bigint | undefined;
  revision: number;
  headPosition: bigint | undefined;
  streamCount: number;
}

/**
 * Appends a signed checkpoint holding every stream's last revision and hash. It starts
 * from the latest anchor whose signature holds and reads only the events after it, so an
 * hourly anchor of a large log costs what was appended in that hour.
 */
export async function anchorAuditTrail(store: EventStore, request: AnchorRequest): Promise<AnchorOutcome> {
  const batchSize = request.batchSize ?? DEFAULT_INTEGRITY_BATCH_SIZE;
  const latestEvent = await readLastEvent(store, AUDIT_ANCHOR_STREAM, batchSize);
  const latest = latestEvent && verifiedAnchor(latestEvent.data, request.anchorKey);
  const heads = new Map<string, AnchoredHead>(Object.entries(latest?.streams ?? {}));
  let headPosition = latest && BigInt(latest.headPosition);
  let changed = false;
  for await (const batch of readLogInBatches(store, batchSize, headPosition)) {
    for (const event of batch) {
      heads.set(event.streamId, { revision: event.revision, hash: event.metadata.hash });
      headPosition = event.position;
      changed ||= event.streamId !== AUDIT_ANCHOR_STREAM;
    }
  }
  const anchorRevision = latestEvent?.revision ?? -1;
  if (headPosition === undefined || (latest !== undefined && !changed)) {
    return { anchored: false, position: latestEvent?.position, revision: anchorRevision, headPosition, streamCount: heads.size };
  }

  const data = signAnchor(
    { anchoredAt: request.metadata.occurredAt, headPosition: headPosition.toString(), streams: Object.fromEntries(heads) },
    request.anchorKey,
  );
  const result = await store.append(
    AUDIT_ANCHOR_STREAM,
    [{ eventId: eventIdFor(request.metadata.commandId, 0), type: AUDIT_TRAIL_ANCHORED, data: { ...data }, metadata: request.metadata }],
    ExpectedRevision.after(anchorRevision),
  );
  return { anchored: true, position: result.position, revision: result.nextRevision, headPosition, streamCount: heads.size };
}
