import { parseAmount } from '../common/money.js';

/** Fen of a money target (元 or 万元, exactly), null when it is not one. */
export function fenOf(value: string, unit: string | null): bigint | null {
  if (unit !== '元' && unit !== '万元') return null;
  try {
    return BigInt(parseAmount(value, unit));
  } catch {
    return null;
  }
}

/** A decimal string as an exact fraction: "7.24" → 724 / 100. */
export function fractionOf(value: string): { numerator: bigint; denominator: bigint } | null {
  const match = /^(\d+)(?:\.(\d+))?$/u.exec(value);
  if (match === null) return null;
  const [, whole = '0', decimals = ''] = match;
  return { numerator: BigInt(`${whole}${decimals}`), denominator: 10n ** BigInt(decimals.length) };
}

/** A whole or decimal count as printed, without trailing zeros: 72400 → "72400", 7.24万 stays as the caller prints it. */
export function plainNumber(numerator: bigint, denominator: bigint): string {
  const whole = numerator / denominator;
  const rest = numerator % denominator;
  if (rest === 0n) return String(whole);
  const digits = String(denominator).length - 1;
  return `${whole}.${String(rest).padStart(digits, '0').replace(/0+$/u, '')}`;
}
