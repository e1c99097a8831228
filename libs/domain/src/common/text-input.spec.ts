import { describe, expect, it } from '@jest/globals';
import { textLimits } from './limits.js';
import { listProblem, textProblem } from './text-input.js';

describe('the text check every command shares', () => {
  it('accepts Chinese text, full-width punctuation and, in a paragraph, line breaks and tabs', () => {
    expect(textProblem('巨鹿县人力资源和社会保障局本级（本级）', 'unitName', textLimits.unitName)).toBeNull();
    expect(textProblem('1.健全就业服务体系\r\n2.\t开展就业培训', 'goals[0]', textLimits.goal)).toBeNull();
    expect(textProblem('𠀋 is one character', 'payee', textLimits.payee)).toBeNull();
  });

  it.each([
    ['NUL', 'a\u0000b', '第 2 个字符是空字符 NUL（U+0000）'],
    ['ESC', '\u001B[31m', '第 1 个字符是转义符 ESC（U+001B）'],
    ['a right-to-left override', '收款\u202E0001', '第 3 个字符是从右到左覆盖（U+202E）'],
    ['a lone surrogate', 'ab\uD800', '第 3 个字符是不成对的代理项（残缺的字符编码）（U+D800）'],
    ['zero-width-only text', '\u200B\u200B', '第 1 个字符是零宽空格（U+200B）'],
    ['a C1 control', 'x\u0085', '第 2 个字符是不可见的控制字符（U+0085）'],
  ])('refuses %s wherever it stands, naming the character and its position', (_, value, start) => {
    for (const limit of [textLimits.payee, textLimits.purpose]) {
      expect(textProblem(value, 'field', limit)?.message.startsWith(start)).toBe(true);
    }
  });

  it('refuses a line break or tab in a one-line field such as a name or voucher number', () => {
    expect(textProblem('记-2022\n0315', 'voucherNumber', textLimits.voucherNumber)).toEqual({
      field: 'voucherNumber',
      message: '第 7 个字符是换行符（U+000A）：此栏只能填写一行，请删去换行和制表符',
    });
  });

  it('counts characters as people do and refuses one past the limit', () => {
    expect(textProblem('就'.repeat(100), 'unitName', textLimits.unitName)).toBeNull();
    expect(textProblem('就'.repeat(101), 'unitName', textLimits.unitName)).toEqual({
      field: 'unitName',
      message: '有 101 个字符，超过了此栏的上限 100 个字符：请精简后再提交',
    });
  });

  it('bounds a list', () => {
    expect(listProblem(20, 'goals', 20)).toBeNull();
    expect(listProblem(20000, 'goals', 20)).toEqual({ field: 'goals', message: '有 20000 项，超过了上限 20 项：请合并或删减后再提交' });
  });
});
