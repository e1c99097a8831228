/**
 * `Content-Disposition: attachment` naming a download in Chinese (RFC 6266 with RFC 8187's
 * `filename*=UTF-8''…`), with an ASCII `filename` for clients that know only that.
 */
export function attachment(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const ascii = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A name safe as a file name on Windows too: no path separators, reserved or control characters. */
export function fileNamePart(text: string): string {
  return text.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
}
