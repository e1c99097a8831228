/**
 * Ratios computed exactly on integers (BigInt), never through a float. Results are rounded
 * half away from zero: 0.125 → 0.13 and −0.125 → −0.13.
 */

/** numerator / denominator rounded half away from zero to a whole number. */
export function roundedQuotient(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const [n, d] = [abs(numerator), abs(denominator)];
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/** numerator / denominator × 100 as a decimal string with two decimals, e.g. "58.33"; null when the denominator is 0. */
export function percentOf(numerator: bigint, denominator: bigint): string | null {
  if (denominator === 0n) return null;
  return formatHundredths(roundedQuotient(numerator * 10000n, denominator));
}

/** 5833n → "58.33", -5n → "-0.05". */
export function formatHundredths(hundredths: bigint): string {
  const sign = hundredths < 0n ? '-' : '';
  const digits = abs(hundredths).toString().padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** "58.33" → 5833n; the text must have come from formatHundredths or have at most two decimals. */
export function hundredthsOf(text: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (match === null) throw new RangeError(`"${text}" is not a decimal with at most two decimals`);
  const magnitude = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' ? -magnitude : magnitude;
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}
