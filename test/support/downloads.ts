import ExcelJS from 'exceljs';
import type { Caller, RunningApi } from './running-api.js';

export interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** GET a path of the API with the caller's bearer token, the body kept as bytes. */
export async function download(api: RunningApi, path: string, caller?: Caller): Promise<Download> {
  const response = await fetch(`${api.url}${path}`, { headers: caller ? { authorization: `Bearer ${caller.token}` } : {} });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** The workbook a download holds, opened as a person's Excel would. */
export async function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** What a cell shows as text: a number as it is, a string as it is, '' when empty. */
export function shown(sheet: ExcelJS.Worksheet, address: string): string | number {
  const value = sheet.getCell(address).value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The file name a Content-Disposition header gives in filename* (RFC 6266), decoded. */
export function dispositionName(header: string | null): string | null {
  const match = /filename\*=UTF-8''([^;]+)/.exec(header ?? '');
  return match === null ? null : decodeURIComponent(match[1]!);
}
