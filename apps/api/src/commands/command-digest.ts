import { createHash } from 'node:crypto';
import { DomainError, messages } from '@app/domain';
import { canonicalJson } from '@app/event-store';

/** A command as its sender gave it: its type and the input, commandId included or not. */
export interface SentCommand {
  type: string;
  input: object;
}

/** Inputs whose values are secrets: a digest of them kept in the log could be guessed back, so they do not count. */
const secretField = /password/i;

/**
 * SHA-256 (hex) of the canonical JSON of the command's type and input, without its commandId:
 * what a retry must repeat. A field left out and a field sent as null mean the same, and
 * passwords are left out (their digest would be kept in the log for good).
 */
export function commandDigest({ type, input }: SentCommand): string {
  return createHash('sha256').update(canonicalJson({ type, input: withoutIdAndSecrets(input) })).digest('hex');
}

/**
 * A reused command id is a retry only when it comes with the command it was first stored
 * with: otherwise CONFLICT naming commandId, and nothing is written. Events stored before
 * digests were kept (no digest in their metadata) are taken as the same command, as they were.
 */
export function requireSameCommand(stored: { commandId: string; commandDigest?: unknown }, digest: string | undefined): void {
  const storedDigest = stored.commandDigest;
  if (typeof storedDigest !== 'string' || digest === undefined || storedDigest === digest) return;
  throw commandIdReused(stored.commandId);
}

export function commandIdReused(commandId: string): DomainError {
  return new DomainError(
    'CONFLICT',
    messages.api.commandIdUsedForOther(commandId),
    [{ field: 'commandId', message: messages.api.commandIdUsedForOtherField(commandId) }],
  );
}

function withoutIdAndSecrets(value: unknown, top = true): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutIdAndSecrets(item, false));
  if (value === null || typeof value !== 'object') return value;
  const kept: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (inner === null || inner === undefined || secretField.test(key) || (top && key === 'commandId')) continue;
    kept[key] = withoutIdAndSecrets(inner, false);
  }
  return kept;
}
