import { describe, expect, it } from '@jest/globals';
import { fenToWanExact, fenToWanPrinted, fenToYuan, moneyForForm, parseMoney, typedToYuan, yuanInUnit, yuanToFen } from '../../apps/web/src/lib/money.js';

describe('money as typed in the console (万元 or 元, exact)', () => {
  it.each([
    ['20', 'WAN', '200000.00'],
    ['0.1', 'WAN', '1000.00'],
    ['12.345678', 'WAN', '123456.78'],
    ['1,234.5', 'YUAN', '1234.50'],
    ['０.３', 'WAN', '3000.00'],
    ['0.01', 'YUAN', '0.01'],
    ['99999999999.99', 'YUAN', '99999999999.99'],
  ] as const)('%s %s is %s 元', (text, unit, yuan) => {
    expect(typedToYuan(text, unit)).toEqual({ ok: true, yuan });
  });

  it('adds 0.1 and 0.2 万元 exactly (no floats): 3000.00 元', () => {
    const a = parseMoney('0.1', 'WAN');
    const b = parseMoney('0.2', 'WAN');
    if (!a.ok || !b.ok) throw new Error('not parsed');
    expect(fenToYuan(a.fen + b.fen)).toBe('3000.00');
  });

  it.each([
    ['1.2345678', 'WAN', '万元最多 6 位小数（精确到分）'],
    ['1.005', 'YUAN', '元最多 2 位小数（精确到分）'],
    ['-5', 'WAN', '金额只能是数字，例如 12.50（万元），不能为负数'],
    ['十万', 'WAN', '金额只能是数字，例如 12.50（万元），不能为负数'],
    ['', 'YUAN', '请填写金额'],
  ] as const)('refuses %j in %s, saying why in Chinese', (text, unit, message) => {
    expect(typedToYuan(text, unit)).toEqual({ ok: false, message });
  });

  it('shows a stored amount in 万元 exactly for editing, and as the form prints it (two decimals, half up)', () => {
    expect(yuanInUnit('123456.78', 'WAN')).toBe('12.345678');
    expect(yuanInUnit('200000.00', 'WAN')).toBe('20.00');
    expect(yuanInUnit('15000', 'WAN')).toBe('1.50');
    expect(yuanInUnit('123456.78', 'YUAN')).toBe('123456.78');
    expect(fenToWanPrinted(12_345_678n)).toBe('12.35');
    expect(fenToWanPrinted(12_344_999n)).toBe('12.34');
    expect(fenToWanExact(100n)).toBe('0.0001');
    expect(moneyForForm('1234567.80')).toEqual({ wan: '123.46', yuan: '1,234,567.80 元' });
    expect(moneyForForm(null)).toBeNull();
  });

  it('reads the API’s yuan strings into fen, and nothing else', () => {
    expect(yuanToFen('200000.00')).toBe(20_000_000n);
    expect(yuanToFen('-3.5')).toBe(-350n);
    expect(yuanToFen('1.234')).toBeNull();
    expect(fenToYuan(-350n)).toBe('-3.50');
  });
});
