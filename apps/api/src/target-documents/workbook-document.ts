import { createHash } from 'node:crypto';
import { documentTooLargeProblem, DomainError, MAX_TARGET_DOCUMENT_BYTES } from '@app/domain';
import { readTargetTableWorkbook } from '@app/forms';
import { workbookSheets } from '../exports/xlsx-sheets.js';
import type { ReadDocument } from './target-document-importer.js';

/**
 * A filled .xlsx template as the importer takes a document: its worksheets read as
 * 项目支出绩效目标表 (libs/forms), its digest over the file's bytes, so importing the same file
 * again is a replay. As large a file as a text document may be, no larger.
 */
export async function workbookDocument(bytes: Uint8Array, field = 'file'): Promise<ReadDocument> {
  if (bytes.byteLength > MAX_TARGET_DOCUMENT_BYTES) throw DomainError.validation([documentTooLargeProblem(bytes.byteLength, field)]);
  const sheets = await workbookSheets(bytes, field);
  return { ...readTargetTableWorkbook(sheets), documentSha256: createHash('sha256').update(bytes).digest('hex') };
}
