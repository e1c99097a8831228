import type { ImportMode } from '@app/domain';

/**
 * The command id of one table of one document imported one way for one year. The same
 * document imported again gives the same ids, so the store recognises the second import as
 * a replay and appends nothing; the year is part of it because event ids derive from
 * command ids and another year is another stream.
 */
export function importCommandId(documentSha256: string, fiscalYear: number, seq: number, mode: ImportMode): string {
  return `import:${documentSha256}:${fiscalYear}:${seq}:${mode}`;
}

/** The command id of part one (部门整体绩效目标) of a document imported one way for one year. */
export function partOneImportCommandId(documentSha256: string, fiscalYear: number, mode: ImportMode): string {
  return `import:${documentSha256}:${fiscalYear}:part-one:${mode}`;
}
