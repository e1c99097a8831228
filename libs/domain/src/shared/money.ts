/**
 * Money is held as integer fen (分) and crosses the edges as decimal strings. Parsing works on
 * the digits themselves, never through a float, so "1627.25" is 162725 fen and nothing else.
 *
 * Thousands separators ("1,627.25") are refused rather than stripped: in tables copied from
 * PDFs a comma is as often a wrapped-cell or decimal-comma artefact as a grouping mark, and
 * guessing would turn a mistake into a wrong amount. *
 * Every amount is bounded to what a budget can be: less than 10^12 yuan (一万亿元), at most
 * 999999999999.99 yuan. One amount, and the sum of any project's amounts against its budget,
 * is then exact as a number; sums over many projects (a unit, the department) are bigint.
 */

/** The largest amount accepted anywhere, in fen: 999999999999.99 yuan. */
export const maxAmountFen = 99_999_999_999_999;

export type AmountUnit = '元' | '万元';

/** A text that is not an amount this domain accepts; the message says how to write it. */
export class MoneyFormatError extends Error {
  constructor(
    message: string,
    readonly text: string,
  ) {
    super(message);
    this.name = 'MoneyFormatError';
  }
}

interface UnitRule {
  /** How many decimals of this unit make one fen. */
  scale: number;
  label: string;
  example: string;
  smallest: string;
}

const units: Record<AmountUnit, UnitRule> = {
  元: { scale: 2, label: 'yuan', example: '723000.00', smallest: '0.01' },
  万元: { scale: 6, label: '万元 (ten thousand yuan)', example: '723.00', smallest: '0.000001' },
};

/** Fen in a yuan amount such as "723", "20.00" or "1627.25". */
export function parseYuan(text: string): number {
  return parseScaled(text, units['元']);
}

/** Fen in an amount written in yuan or in 万元 (as the seed's tables are). */
export function parseAmount(text: string, unit: AmountUnit): number {
  const rule = units[unit];
  if (rule === undefined) {
    throw new MoneyFormatError(`"${String(unit)}" is not a money unit: use 元 or 万元`, String(text));
  }
  return parseScaled(text, rule);
}

/** "7230000.00" for 723000000 fen, from a number or a bigint (a sum); negative amounts (e.g. reversals) keep their '-'. */
export function formatFen(fen: number | bigint): string {
  if (typeof fen === 'number' && !Number.isSafeInteger(fen)) {
    throw new MoneyFormatError(`${String(fen)} is not a whole number of fen that can be held exactly`, String(fen));
  }
  const whole = BigInt(fen);
  const sign = whole < 0n ? '-' : '';
  const abs = whole < 0n ? -whole : whole;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

const plainDecimal = /^(\d+)(?:\.(\d+))?$/;
const groupedDecimal = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const negative = /^[-−－]\s*\d/;

function parseScaled(text: string, rule: UnitRule): number {
  const advice = `use digits with at most ${rule.scale} decimals, e.g. ${rule.example}`;
  if (typeof text !== 'string') {
    throw new MoneyFormatError(`${String(text)} is not an amount in ${rule.label}: send it as text; ${advice}`, String(text));
  }
  const trimmed = text.trim();
  if (trimmed === '') {
    throw new MoneyFormatError(`"${text}" is not an amount in ${rule.label}: it is empty; ${advice}`, text);
  }
  if (negative.test(trimmed)) {
    throw new MoneyFormatError(`"${text}" is negative: an amount in ${rule.label} must be 0 or more, e.g. ${rule.example}`, text);
  }
  if (groupedDecimal.test(trimmed)) {
    throw new MoneyFormatError(
      `"${text}" has thousands separators: write the digits without commas, e.g. ${rule.example}`,
      text,
    );
  }
  const match = plainDecimal.exec(trimmed);
  if (match === null) {
    throw new MoneyFormatError(`"${text}" is not an amount in ${rule.label}: ${advice}`, text);
  }
  const [, whole, fraction = ''] = match;
  if (fraction.length > rule.scale) {
    throw new MoneyFormatError(
      `"${text}" has more than ${rule.scale} decimals: an amount in ${rule.label} is exact to the fen (${rule.smallest}), e.g. ${rule.example}`,
      text,
    );
  }
  const digits = `${whole}${fraction.padEnd(rule.scale, '0')}`.replace(/^0+(?=\d)/, '');
  // Compared by length first, so that a text of a million digits is refused without being converted.
  if (digits.length > String(maxAmountFen).length || BigInt(digits) > BigInt(maxAmountFen)) {
    throw new MoneyFormatError(
      `"${text}" 超出金额上限：任何金额都须小于 1 万亿元（至多 ${formatFen(maxAmountFen)} 元），请核对单位（元或万元）和小数点位置`,
      text,
    );
  }
  return Number(digits);
}
