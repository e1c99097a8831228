import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RecordedEvent } from '../event-store.port.js';
import { canonicalJson } from '../hash-chain.js';

/** The dedicated stream of signed checkpoints of the log. */
export const AUDIT_ANCHOR_STREAM = 'audit-anchors';
export const AUDIT_TRAIL_ANCHORED = 'AuditTrailAnchored';

export interface AnchoredHead {
  revision: number;
  hash: string;
}

/** What an anchor states: every stream's last revision and hash at a position of the log. */
export interface AnchorContent {
  anchoredAt: string;
  /** Decimal: the newest position the anchor covers. */
  headPosition: string;
  streams: Record<string, AnchoredHead>;
}

/** The data of an AuditTrailAnchored event. */
export interface AnchorData extends AnchorContent {
  algorithm: 'HMAC-SHA256';
  /** Hex HMAC-SHA256, under the anchor key, of the canonical JSON of everything else. */
  signature: string;
}

export function signAnchor(content: AnchorContent, key: Buffer): AnchorData {
  const unsigned = { algorithm: 'HMAC-SHA256' as const, ...content };
  return { ...unsigned, signature: signWithAnchorKey(unsigned, key) };
}

/**
 * Hex HMAC-SHA256 of the canonical JSON of `unsigned` under the anchor key: what anchors and
 * the end line of an export are signed with, so whoever cannot read the key cannot forge either.
 */
export function signWithAnchorKey(unsigned: object, key: Buffer): string {
  return createHmac('sha256', key).update(canonicalJson(unsigned)).digest('hex');
}

/** Whether `signature` is signWithAnchorKey(unsigned, key), compared in constant time. */
export function isSignedWithAnchorKey(unsigned: object, signature: string, key: Buffer): boolean {
  const expected = Buffer.from(signWithAnchorKey(unsigned, key), 'hex');
  const actual = Buffer.from(signature, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function isAnchorEvent(event: Pick<RecordedEvent, 'streamId' | 'type'>): boolean {
  return event.streamId === AUDIT_ANCHOR_STREAM && event.type === AUDIT_TRAIL_ANCHORED;
}

/** The anchor an event holds, when its shape is one and its signature matches it under `key`. */
export function verifiedAnchor(data: Record<string, unknown>, key: Buffer): AnchorData | undefined {
  if (!hasAnchorShape(data)) return undefined;
  const { signature, ...unsigned } = data;
  return isSignedWithAnchorKey(unsigned, signature, key) ? data : undefined;
}

function hasAnchorShape(data: Record<string, unknown>): data is Record<string, unknown> & AnchorData {
  const streams = data.streams;
  return (
    data.algorithm === 'HMAC-SHA256' &&
    typeof data.signature === 'string' &&
    typeof data.anchoredAt === 'string' &&
    typeof data.headPosition === 'string' &&
    /^\d+$/.test(data.headPosition) &&
    streams !== null &&
    typeof streams === 'object' &&
    Object.values(streams).every(
      (head: unknown) =>
        head !== null && typeof head === 'object' && Number.isInteger((head as AnchoredHead).revision) && typeof (head as AnchoredHead).hash === 'string',
    )
  );
}
