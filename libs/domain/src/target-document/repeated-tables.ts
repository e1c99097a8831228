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
    const repeat =
      `重复的表：第 ${table.lines.from}–${table.lines.to} 行的表 ${table.seq} 与第 ${first.lines.from}–${first.lines.to} 行的表 ${first.seq} ` +
      `是同一个项目（项目编码 ${table.code}）。一个项目在文件中只应有一张表：后面这张不会覆盖前面那张，请删去多余的一张。`;
    return { ...table, anomalies: [...table.anomalies, repeat] };
  });
}
