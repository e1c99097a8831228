import { InvalidCursorError } from '../target-tables/target-table-cursor.js';

const cursorText = /^entry:([1-9]\d{0,9})$/;

/** Where a page of a ledger ended: the last entry's number (entries are listed in number order). */
export function encodeLedgerCursor(entryNumber: number): string {
  return Buffer.from(`entry:${entryNumber}`, 'utf8').toString('base64url');
}

export function decodeLedgerCursor(cursor: string): number {
  const match = cursorText.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const entryNumber = match === null ? undefined : Number(match[1]);
  // Node decodes base64 leniently; only a cursor that re-encodes to itself is one we issued.
  if (entryNumber === undefined || encodeLedgerCursor(entryNumber) !== cursor) throw new InvalidCursorError(cursor, 'the ledger');
  return entryNumber;
}
