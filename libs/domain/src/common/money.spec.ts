import { describe, expect, it } from '@jest/globals';
import { formatFen, formatFenAsWan, MoneyFormatError, parseAmount, parseYuan } from './money.js';

function errorOf(fn: () => unknown): MoneyFormatError {
  try {
    fn();
  } catch (error) {
    if (error instanceof MoneyFormatError) return error;
    throw error;
  }
  throw new Error('expected a MoneyFormatError');
}

describe('parseYuan', () => {
  it.each([
    ['723', 72300],
    ['20.00', 2000],
    ['1627.25', 162725],
    ['0.5', 50],
    ['0', 0],
    ['200000.00', 20000000],
    [' 7.05 ', 705],
    ['999999999999.99', 99999999999999],
    ['00000999999999999.99', 99999999999999],
  ])('reads %j as %i fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it('refuses a negative amount and says amounts start at 0', () => {
    const error = errorOf(() => parseYuan('-0.5'));
    expect(error.name).toBe('MoneyFormatError');
    expect(error.text).toBe('-0.5');
    expect(error.message).toBe('「-0.5」是负数：以元计的金额须为 0 或以上，例如 723000.00');
  });

  it('refuses letters with a message showing how to write an amount', () => {
    expect(errorOf(() => parseYuan('72a.00')).message).toBe(
      '「72a.00」不是以元计的金额：请用数字填写，最多 2 位小数，例如 723000.00',
    );
  });

  it('refuses more than 2 decimals', () => {
    expect(errorOf(() => parseYuan('1.234')).message).toBe(
      '「1.234」超过 2 位小数：以元计的金额精确到分（0.01），例如 723000.00',
    );
  });

  it('refuses thousands separators instead of guessing what the comma meant', () => {
    expect(errorOf(() => parseYuan('1,627.25')).message).toBe(
      '「1,627.25」带有千位分隔符：请去掉逗号，例如 723000.00',
    );
  });

  it.each(['', '   ', '.5', '5.', '+5', '1e3', '１２', '12 3', 'NaN'])('refuses %j', (text) => {
    expect(() => parseYuan(text)).toThrow(MoneyFormatError);
  });

  it.each(['1000000000000.00', '90071992547409.91', '9'.repeat(100_000)])('refuses an amount of 10^12 yuan or more (%#), whatever its length', (text) => {
    expect(errorOf(() => parseYuan(text)).message).toContain('超出金额上限：任何金额都须小于 1 万亿元（至多 999999999999.99 元）');
  });

  it('bounds amounts in 万元 alike', () => {
    expect(parseAmount('99999999.999999', '万元')).toBe(99999999999999);
    expect(errorOf(() => parseAmount('100000000', '万元')).message).toContain('超出金额上限');
  });

  it('refuses a value that is not text', () => {
    expect(errorOf(() => parseYuan(723 as unknown as string)).message).toBe(
      '723 不是以元计的金额：请以文字发送；请用数字填写，最多 2 位小数，例如 723000.00',
    );
  });
});

describe('parseAmount', () => {
  it('reads 元 like parseYuan', () => {
    expect(parseAmount('2420', '元')).toBe(242000);
  });

  it.each([
    ['723', 723000000],
    ['723.00', 723000000],
    ['20.00', 20000000],
    ['1627.25', 1627250000],
    ['406.82', 406820000],
    ['0.000001', 1],
    ['7.654321', 7654321],
  ])('reads %j 万元 as %i fen', (text, fen) => {
    expect(parseAmount(text, '万元')).toBe(fen);
  });

  it('refuses 万元 finer than a fen', () => {
    expect(errorOf(() => parseAmount('1.0000001', '万元')).message).toBe(
      '「1.0000001」超过 6 位小数：以万元计的金额精确到分（0.000001），例如 723.00',
    );
  });

  it('refuses an unknown unit', () => {
    expect(errorOf(() => parseAmount('1', '千元' as '元')).message).toBe('「千元」不是金额单位：请使用 元 或 万元');
  });
});

describe('formatFen', () => {
  it.each([
    [723000000, '7230000.00'],
    [162725, '1627.25'],
    [5, '0.05'],
    [0, '0.00'],
    [-0, '0.00'],
    [-50, '-0.50'],
    [-162725, '-1627.25'],
    [9007199254740991, '90071992547409.91'],
  ])('writes %i fen as %j', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it('writes a bigint sum past 2^53 fen exactly', () => {
    expect(formatFen(2n ** 60n + 5n)).toBe('11529215046068469.81');
    expect(formatFen(-(2n ** 60n))).toBe('-11529215046068469.76');
  });

  it.each([0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses %p', (fen) => {
    expect(() => formatFen(fen)).toThrow(MoneyFormatError);
  });

  it('round-trips with parseYuan', () => {
    expect(formatFen(parseYuan('1220.46'))).toBe('1220.46');
  });
});

describe('formatFenAsWan', () => {
  it.each<[number | bigint, string]>([
    [72300000000, '72300.00'],
    [20000000, '20.00'],
    [1234567, '1.23'],
    [1235000, '1.24'],
    [1234999, '1.23'],
    [4999, '0.00'],
    [5000, '0.01'],
    [0, '0.00'],
    [-1235000, '-1.24'],
    [-4999, '0.00'],
    [9007199254740991n * 1000n, '9007199254740.99'],
  ])('writes %p fen as %j 万元, two decimals as the forms print them', (fen, text) => {
    expect(formatFenAsWan(fen)).toBe(text);
  });

  it('refuses a number of fen that is not held exactly', () => {
    expect(() => formatFenAsWan(2 ** 53)).toThrow(MoneyFormatError);
  });
});
