import { createHash } from 'node:crypto';
import type { EventMetadata, NewEvent, StoredMetadata } from './event-store.port.js';

/**
 * JSON with object keys sorted, so that a hash does not depend on the order in which a
 * store (or a JSON column) happens to keep keys.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value as Record<string, unknown>).sort()) {
      const inner = (value as Record<string, unknown>)[key];
      if (inner !== undefined) sorted[key] = sortKeys(inner);
    }
    return sorted;
  }
  return value;
}

export function eventHash(
  previousHash: string,
  type: string,
  data: unknown,
  metadata: EventMetadata,
): string {
  const { previousHash: _p, hash: _h, ...plain } = metadata as Partial<StoredMetadata> & EventMetadata;
  return createHash('sha256')
    .update(previousHash)
    .update('\n')
    .update(type)
    .update('\n')
    .update(canonicalJson(data))
    .update('\n')
    .update(canonicalJson(plain))
    .digest('hex');
}

/** Adds previousHash/hash to each event's metadata, continuing the chain from `previousHash`. */
export function chainEvents(
  previousHash: string,
  events: NewEvent[],
): Array<NewEvent & { metadata: StoredMetadata }> {
  let prev = previousHash;
  return events.map((event) => {
    const hash = eventHash(prev, event.type, event.data, event.metadata);
    const chained = { ...event, metadata: { ...event.metadata, previousHash: prev, hash } };
    prev = hash;
    return chained;
  });
}
