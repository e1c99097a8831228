/**
 * Downloads of the official forms (GET /exports/…, docs/exports.md): the API wants the bearer
 * token, which a plain link cannot send, so the file is fetched and handed to the browser as a
 * blob under the Chinese name the API gives (Content-Disposition filename*, RFC 6266).
 */
export async function fetchExport(path: string, token: string): Promise<Response> {
  const response = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `下载失败（HTTP ${response.status}）`);
  }
  return response;
}

export async function downloadExport(path: string, token: string): Promise<void> {
  const response = await fetchExport(path, token);
  const name = fileNameOf(response.headers.get('content-disposition')) ?? path.split('/').pop() ?? 'download.xlsx';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function fileNameOf(disposition: string | null): string | null {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (encoded) return decodeURIComponent(encoded[1]!);
  const plain = /filename="([^"]+)"/i.exec(disposition ?? '');
  return plain ? plain[1]! : null;
}

/** An export path with the given query parameters; empty ones are left out, as the API reads them as not given. */
export function exportPath(path: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== '') query.set(name, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
