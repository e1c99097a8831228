/**
 * Files chosen on the import page (docs/exports.md, "Text files as they arrive"): a published
 * document's text comes as UTF-8 or, saved on a Chinese Windows desktop, as GBK/GB18030, and a
 * filled 目标表 template as .xlsx, which GraphQL carries base64-encoded.
 */
export type TextEncodingRead = 'UTF-8' | 'GB18030';

/** The text of a file: UTF-8 when every byte sequence is valid UTF-8, otherwise GB18030 (a superset of GBK). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingRead } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}

export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  // In slices, so that String.fromCharCode is not handed more arguments than a call takes.
  for (let from = 0; from < bytes.length; from += 0x8000) binary += String.fromCharCode(...bytes.subarray(from, from + 0x8000));
  return btoa(binary);
}

export function isWorkbook(fileName: string): boolean {
  return /\.xlsx$/i.test(fileName);
}
