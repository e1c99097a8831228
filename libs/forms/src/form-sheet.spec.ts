import { describe, expect, it } from '@jest/globals';
import { exactWan, wanCell } from './form-amounts.js';
import { chinaDateTime } from './china-time.js';
import { cellAddress, sheetName } from './form-sheet.js';

describe('form cells', () => {
  it('names cells as a spreadsheet does', () => {
    expect([cellAddress(12, 4), cellAddress(1, 26), cellAddress(3, 27), cellAddress(9, 52)]).toEqual(['D12', 'Z1', 'AA3', 'AZ9']);
  });

  it('keeps every fen of an amount in 万元, printing two decimals', () => {
    expect([exactWan(200_000_00), exactWan(12_345), exactWan(-1), exactWan(99_999_999_999_999)]).toEqual(['20', '0.012345', '-0.000001', '99999999.999999']);
    expect(wanCell(12_345)).toEqual({ text: '0.01', number: 0.012345, format: '0.00', style: 'money' });
    expect(String(wanCell(99_999_999_999_999).number)).toBe('99999999.999999');
    expect(wanCell(null)).toEqual({ text: '', style: 'money' });
  });

  it('gives tab names Excel accepts: no []:*?/\\, at most 31 characters, each once', () => {
    expect(sheetName('a/b:c*d?')).toBe('a_b_c_d_');
    const long = '1.城乡居民基本养老保险基础养老金县级配套资金及其他各项补助资金（调整）';
    expect(Array.from(sheetName(long))).toHaveLength(31);
    const taken = new Set([sheetName(long)]);
    expect(sheetName(long, taken)).toMatch(/\(2\)$/);
    expect(Array.from(sheetName(long, taken))).toHaveLength(31);
  });

  it('dates an instant in China (UTC+8)', () => {
    expect(chinaDateTime('2022-07-31T16:30:00Z')).toBe('2022-08-01 00:30');
  });
});
