import { messages } from '@app/domain/messages/messages.js';
import type { EventStore, RecordedEvent } from '../event-store.port.js';
import { AUDIT_ANCHOR_STREAM, isAnchorEvent, verifiedAnchor, type AnchorData, type AnchoredHead } from './anchor.js';
import type { AnchorSummary, IntegrityBreak, IntegrityReport } from './integrity-report.js';
import { readLastEvent, readLogInBatches } from './read-log.js';
import { StreamChains } from './stream-chains.js';

export interface VerifyAuditTrailOptions {
  /** The key anchors are signed with. */
  anchorKey: Buffer;
  /** Events read from the log at a time. */
  batchSize?: number;
}

export const DEFAULT_INTEGRITY_BATCH_SIZE = 2_000;

/**
 * Reads the whole log in global order and re-hashes every stream's chain; then holds the
 * streams against the latest anchor, which is what reveals a stream whose end (or whole
 * self) was deleted, or that was rewritten with fresh hashes after it was anchored.
 */
export async function verifyAuditTrail(store: EventStore, options: VerifyAuditTrailOptions): Promise<IntegrityReport> {
  const batchSize = options.batchSize ?? DEFAULT_INTEGRITY_BATCH_SIZE;
  const latestEvent = await readLastEvent(store, AUDIT_ANCHOR_STREAM, batchSize);
  const latest = latestEvent && verifiedAnchor(latestEvent.data, options.anchorKey);
  const anchored = new Map(Object.entries(latest?.streams ?? {}));
  const chains = new StreamChains();

  for await (const batch of readLogInBatches(store, batchSize)) {
    for (const event of batch) {
      chains.check(event);
      if (isAnchorEvent(event) && verifiedAnchor(event.data, options.anchorKey) === undefined) {
        chains.report(forgedAnchor(event));
      }
      const head = anchored.get(event.streamId);
      if (head !== undefined && head.revision === event.revision && head.hash !== event.metadata.hash) {
        chains.report(rewrittenAfterAnchor(event, head));
      }
    }
  }
  for (const [streamId, head] of anchored) {
    const reached = chains.head(streamId);
    if (reached.revision < head.revision) chains.report(truncated(streamId, head, reached.revision));
  }

  const breaks = [...chains.breaks];
  return {
    intact: breaks.length === 0,
    streamsChecked: chains.streamCount,
    eventsChecked: chains.eventCount,
    latestAnchor: latestEvent && summary(latestEvent, latest, anchored, breaks),
    breaks,
  };
}

function summary(
  event: RecordedEvent,
  anchor: AnchorData | undefined,
  anchored: ReadonlyMap<string, AnchoredHead>,
  breaks: readonly IntegrityBreak[],
): AnchorSummary {
  const contradicted = breaks.some((found) => found.revision <= (anchored.get(found.streamId)?.revision ?? -1));
  return {
    position: event.position,
    revision: event.revision,
    anchoredAt: typeof event.data.anchoredAt === 'string' ? event.data.anchoredAt : '',
    headPosition: typeof event.data.headPosition === 'string' && /^\d+$/.test(event.data.headPosition) ? BigInt(event.data.headPosition) : 0n,
    streamCount: anchored.size,
    verified: anchor !== undefined && !contradicted,
  };
}

const words = messages.integrity;

function forgedAnchor(event: RecordedEvent): IntegrityBreak {
  return {
    streamId: event.streamId,
    revision: event.revision,
    problem: 'ANCHOR_SIGNATURE_INVALID',
    expected: 'an HMAC-SHA256 signature of the anchor under the anchor key',
    actual: typeof event.data.signature === 'string' ? event.data.signature : '(no signature)',
    message: words.anchorForged({ position: String(event.position), stream: AUDIT_ANCHOR_STREAM, revision: event.revision }),
    position: event.position,
  };
}

function rewrittenAfterAnchor(event: RecordedEvent, head: AnchoredHead): IntegrityBreak {
  return {
    streamId: event.streamId,
    revision: event.revision,
    problem: 'ANCHOR_MISMATCH',
    expected: head.hash,
    actual: event.metadata.hash,
    message: words.anchorMismatch({ streamId: event.streamId, revision: event.revision, position: String(event.position), hash: event.metadata.hash, anchored: head.hash }),
    position: event.position,
  };
}

function truncated(streamId: string, head: AnchoredHead, reachedRevision: number): IntegrityBreak {
  return {
    streamId,
    revision: reachedRevision + 1,
    problem: 'TRUNCATED',
    expected: `revision ${head.revision} with hash ${head.hash}`,
    actual: reachedRevision < 0 ? 'no events' : `revision ${reachedRevision}`,
    message: words.truncated({ streamId, reachedRevision, anchoredRevision: head.revision }),
    position: undefined,
  };
}
