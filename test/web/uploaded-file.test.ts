import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { base64Of, decodeText, isWorkbook } from '../../apps/web/src/lib/uploaded-file.js';

describe('files chosen on the import page', () => {
  const text = '项目支出绩效目标表\n就业工作经费 20.00万元';

  it('reads UTF-8 as UTF-8 (a byte-order mark dropped) and GBK as GB18030', () => {
    expect(decodeText(new Uint8Array(Buffer.from(text, 'utf8')))).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeText(new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])))).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeText(new Uint8Array(iconv.encode(text, 'gbk')))).toEqual({ text, encoding: 'GB18030' });
  });

  it('encodes a workbook as base64 in slices, byte for byte', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('tells a workbook by its name', () => {
    expect([isWorkbook('目标表.XLSX'), isWorkbook('目标表.xls'), isWorkbook('2022.txt')]).toEqual([true, false, false]);
  });
});
