import { messages } from '../messages/messages.js';
import type { ParsedProjectTable } from './parsed-target-document.js';

/**
 * A project has one table in a document; a document holding a table twice (pasted twice, or
 * two files joined) would otherwise import the repeat silently as "unchanged". Every later
 * table of a project gets an anomaly naming both places.
 */
export function withRepeatedTablesReported(projects: readonly ParsedProjectTable[]): ParsedProjectTable[] {
  const firstOf = new Map<string, ParsedProjectTable>();
  return projects.map((table) => {
    const first = firstOf.get(table.code);
    if (first === undefined) {
      firstOf.set(table.code, table);
      return table;
    }
    const repeat = messages.documentImport.repeatedTable({ repeat: { seq: table.seq, ...table.lines }, first: { seq: first.seq, ...first.lines }, code: table.code });
    return { ...table, anomalies: [...table.anomalies, repeat] };
  });
}
