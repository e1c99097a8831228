/** A table that cannot be read; the document parser turns it into a failure naming the table and line. */
export class TableParseError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'TableParseError';
  }
}
