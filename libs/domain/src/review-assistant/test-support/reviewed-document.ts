import { readFileSync } from 'node:fs';
import { parseTargetDocument } from '../../target-document/parse-target-document.js';
import { targetTableInputOf } from '../../target-document/target-table-input-of.js';
import { readTargetTableInput } from '../../target-table/target-table-input.js';
import type { ReviewedTable } from '../review-finding.js';

/** A table of a test document as the review sees it, with its number in the document. */
export interface NumberedTable extends ReviewedTable {
  seq: number;
}

/** The tables of a document, converted as the importer converts them. */
export function reviewedTablesOf(text: string): NumberedTable[] {
  const { document, failures } = parseTargetDocument(text);
  if (failures.length > 0) throw new Error(`test document not read: ${failures.map((f) => f.message).join('; ')}`);
  return document.projects.map((project) => {
    const { content, problems } = readTargetTableInput(targetTableInputOf(project));
    if (problems.length > 0) throw new Error(`table ${project.seq} not converted: ${problems.map((p) => p.message).join('; ')}`);
    return { seq: project.seq, projectCode: project.code, fiscalYear: document.fiscalYear ?? 2022, content: { ...content, sectionId: 'employment' } };
  });
}

/** The seed document of the demo data (seeds/). */
export function seedTables(): NumberedTable[] {
  return reviewedTablesOf(readFileSync(new URL('../../../../../seeds/2022-julu-hrss-performance-targets.txt', import.meta.url), 'utf8'));
}
