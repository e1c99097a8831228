import { messages } from '../messages/messages.js';
import type { FieldProblem } from '../common/domain-error.js';

/**
 * The largest document an import reads, in bytes of UTF-8: the API's request body limit by
 * default, and what the command line reads of a file. The published document of a whole
 * department is about 100 KB; a bound keeps a wrong file from costing a minute and a gigabyte.
 */
export const MAX_TARGET_DOCUMENT_BYTES = 2 * 1024 * 1024;

/** The document is larger than MAX_TARGET_DOCUMENT_BYTES. */
export function documentTooLargeProblem(bytes: number, field: string): FieldProblem {
  return {
    field,
    code: 'DOCUMENT_TOO_LARGE',
    message: messages.documentImport.tooLarge({ bytes, max: MAX_TARGET_DOCUMENT_BYTES }),
  };
}

const notUtf8 = (field: string, found: string): FieldProblem => ({
  field,
  code: 'NOT_UTF8',
  message: messages.documentImport.notUtf8.message(found),
});

/** The encodings a document file is read in: UTF-8, else GB18030 (which GBK is part of), as Windows editors in China save text. */
export type DocumentEncoding = 'UTF-8' | 'GB18030';

/**
 * The text of a document file and the encoding it was read in, or why it could not be read:
 * UTF-8 (a byte-order mark dropped) when the bytes are valid UTF-8, else GB18030 (GBK files
 * are GB18030) when they are valid in it; a UTF-16 byte-order mark, or bytes valid in neither,
 * are refused instead of read as garbled characters into "no project table found". Valid GBK
 * text is practically never valid UTF-8, so trying UTF-8 first mistakes nothing.
 */
export function decodeTargetDocument(bytes: Uint8Array, field: string): { text: string; encoding: DocumentEncoding } | { problem: FieldProblem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: notUtf8File(field, messages.documentImport.notUtf8.utf16Mark) };
  }
  for (const encoding of ['UTF-8', 'GB18030'] as const) {
    try {
      return { text: new TextDecoder(encoding.toLowerCase(), { fatal: true, ignoreBOM: false }).decode(bytes), encoding };
    } catch {
      // Not this encoding: try the next.
    }
  }
  return { problem: notUtf8File(field, messages.documentImport.notUtf8.foreignBytes) };
}

const notUtf8File = (field: string, found: string): FieldProblem => ({
  field,
  code: 'NOT_UTF8',
  message: messages.documentImport.notUtf8.fileMessage(found),
});

/**
 * Why text received as a string was not read as UTF-8 before it was sent: the replacement
 * character U+FFFD stands where a decoder met bytes that were not UTF-8 (GBK, GB18030), and
 * NUL characters between the letters are what UTF-16 read as UTF-8 leaves.
 */
export function notUtf8TextProblem(text: string, field: string): FieldProblem | undefined {
  if (text.includes('\uFFFD')) return notUtf8(field, messages.documentImport.notUtf8.replacementCharacter);
  if (text.includes('\u0000') || text.startsWith('\uFFFE')) return notUtf8(field, messages.documentImport.notUtf8.nulOrMark);
  return undefined;
}
