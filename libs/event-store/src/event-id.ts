import { createHash } from 'node:crypto';

/**
 * A deterministic UUID (version 5 layout, SHA-1 over a fixed namespace) for the n-th event
 * a command produces: the same command retried yields the same ids, so the store can
 * recognise the retry and write nothing.
 */
export function eventIdFor(commandId: string, index: number): string {
  const bytes = createHash('sha1').update('performance-targets/event/').update(commandId).update(`#${index}`).digest();
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
