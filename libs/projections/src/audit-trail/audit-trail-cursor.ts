import { InvalidCursorError } from '../target-tables/target-table-cursor.js';

/** Where a page of the trail ended: the last entry's position key and stream revision. */
export interface AuditTrailCursor {
  position: string;
  revision: number;
}

const cursorText = /^(\d{20}):(\d{1,10})$/;

export function encodeAuditTrailCursor({ position, revision }: AuditTrailCursor): string {
  return Buffer.from(`${position}:${revision}`, 'utf8').toString('base64url');
}

export function decodeAuditTrailCursor(cursor: string): AuditTrailCursor {
  const match = cursorText.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const decoded = match === null ? undefined : { position: match[1]!, revision: Number(match[2]) };
  // Node decodes base64 leniently; only a cursor that re-encodes to itself is one we issued.
  if (decoded === undefined || encodeAuditTrailCursor(decoded) !== cursor) throw new InvalidCursorError(cursor, 'the audit trail');
  return decoded;
}
