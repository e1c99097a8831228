/**
 * What an integrity check found. Codes are stable: clients and scripts may switch on them.
 * - CONTENT_ALTERED: the event's type, data or metadata no longer hash to its stored hash.
 * - EVENT_MISSING: a revision of the stream is absent (deleted).
 * - OUT_OF_ORDER: a revision comes after a later one in the global log (reordered).
 * - LINK_BROKEN: the event's previous hash is not the hash of the revision before it (an
 *   event replaced or inserted with a recomputed hash, or the one before it rewritten).
 * - TRUNCATED: the latest anchor holds a revision the stream no longer reaches (its end, or
 *   the whole stream, was deleted).
 * - ANCHOR_MISMATCH: the stream still reaches the anchored revision, but with another hash:
 *   it was rewritten, hashes and all, after it was anchored.
 * - ANCHOR_SIGNATURE_INVALID: an anchor's signature does not match its content or the key.
 */
export type IntegrityProblem =
  | 'CONTENT_ALTERED'
  | 'EVENT_MISSING'
  | 'OUT_OF_ORDER'
  | 'LINK_BROKEN'
  | 'TRUNCATED'
  | 'ANCHOR_MISMATCH'
  | 'ANCHOR_SIGNATURE_INVALID';

/** The first broken link of one stream. */
export interface IntegrityBreak {
  streamId: string;
  revision: number;
  problem: IntegrityProblem;
  /** What an intact store would hold there (a hash, a revision, …). */
  expected: string;
  /** What the store holds instead. */
  actual: string;
  message: string;
  /** Global position of the event where the break shows, when there is one. */
  position: bigint | undefined;
}

export interface AnchorSummary {
  /** Global position of the anchor event. */
  position: bigint;
  /** Revision of the anchor event in the anchor stream. */
  revision: number;
  /** When the anchor was taken (ISO-8601). */
  anchoredAt: string;
  /** The log position the anchor covers: every stream's head at or before it. */
  headPosition: bigint;
  streamCount: number;
  /** The signature matches the content and key, and every anchored stream still holds its anchored revision and hash. */
  verified: boolean;
}

export interface IntegrityReport {
  intact: boolean;
  streamsChecked: number;
  eventsChecked: number;
  latestAnchor: AnchorSummary | undefined;
  /** At most one per stream (its first), in the order they were found. */
  breaks: IntegrityBreak[];
}
