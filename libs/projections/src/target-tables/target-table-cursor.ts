/** A list cursor that the client did not get from this list, or altered. */
export class InvalidCursorError extends Error {
  readonly code = 'VALIDATION' as const;
  constructor(
    readonly cursor: string,
    list = 'the target table list',
  ) {
    super(
      `The cursor "${cursor}" was not issued by ${list}: pass the endCursor ` +
        `of the previous page as "after", or leave "after" out to start from the first page.`,
    );
    this.name = 'InvalidCursorError';
  }
}

/** Where a page ended in the list order (fiscal_year desc, project_code asc). */
export interface TargetTableCursor {
  fiscalYear: number;
  projectCode: string;
}

export function encodeCursor({ fiscalYear, projectCode }: TargetTableCursor): string {
  return Buffer.from(JSON.stringify([fiscalYear, projectCode]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): TargetTableCursor {
  const position = parse(cursor);
  if (!Array.isArray(position) || position.length !== 2) throw new InvalidCursorError(cursor);
  const [fiscalYear, projectCode] = position as unknown[];
  if (!Number.isInteger(fiscalYear) || typeof projectCode !== 'string') throw new InvalidCursorError(cursor);
  const decoded = { fiscalYear: fiscalYear as number, projectCode };
  // Node decodes base64 leniently; only a cursor that re-encodes to itself is one we issued.
  if (encodeCursor(decoded) !== cursor) throw new InvalidCursorError(cursor);
  return decoded;
}

function parse(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor);
  }
}
