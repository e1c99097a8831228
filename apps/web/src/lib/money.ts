/**
 * Money as people type and read it on the forms: 万元 with two decimals as printed, or 元.
 * Everything is integer fen (bigint) inside and decimal strings at the edges — no floats, so
 * 0.1 + 0.2 万元 is exactly 3000.00 元. The API takes and gives yuan strings with at most two
 * decimals (docs/domain-rules.md, money).
 */

export type MoneyUnit = 'WAN' | 'YUAN';

export const moneyUnitLabels: Record<MoneyUnit, string> = { WAN: '万元', YUAN: '元' };

/** Fen per unit, and how many decimals of the unit still are whole fen. */
const scale: Record<MoneyUnit, { fen: bigint; decimals: number }> = {
  WAN: { fen: 1_000_000n, decimals: 6 },
  YUAN: { fen: 100n, decimals: 2 },
};

export type ParsedMoney = { ok: true; fen: bigint } | { ok: false; message: string };

/** Reads an amount typed in a unit ("12.5", "1,200.00", "０.３") into fen, or says in Chinese what is wrong. */
export function parseMoney(text: string, unit: MoneyUnit): ParsedMoney {
  const normalized = toHalfWidth(text).replace(/[,，\s]/gu, '');
  if (normalized === '') return { ok: false, message: '请填写金额' };
  const match = /^(\d+)(?:\.(\d*))?$/u.exec(normalized);
  if (match === null) return { ok: false, message: `金额只能是数字，例如 12.50（${moneyUnitLabels[unit]}），不能为负数` };
  const { fen, decimals } = scale[unit];
  const fraction = match[2] ?? '';
  if (fraction.length > decimals) {
    return { ok: false, message: `${moneyUnitLabels[unit]}最多 ${decimals} 位小数（精确到分）` };
  }
  const whole = BigInt(match[1]!) * fen;
  const part = fraction === '' ? 0n : (BigInt(fraction.padEnd(decimals, '0')) * fen) / 10n ** BigInt(decimals);
  return { ok: true, fen: whole + part };
}

/** Fen as the API's yuan string: 2000000n → "20000.00". */
export function fenToYuan(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** The API's yuan string ("200000.00", "15", "-3.5") as fen; null when it is not one. */
export function yuanToFen(yuan: string): bigint | null {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/u.exec(yuan.trim());
  if (match === null) return null;
  const fen = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' ? -fen : fen;
}

/** Fen in 万元, exact, with at least two decimals and no trailing zeros beyond them: 12345678n → "12.345678". */
export function fenToWanExact(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  const fraction = String(abs % 1_000_000n).padStart(6, '0').replace(/0{1,4}$/u, '');
  return `${sign}${abs / 1_000_000n}.${fraction.padEnd(2, '0')}`;
}

/** Fen in 万元 with two decimals as the forms print them, rounded half up: 12345678n → "12.35". */
export function fenToWanPrinted(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  // 0.01 万元 is 100 元, i.e. 10,000 fen.
  const hundredthsOfWan = (abs + 5_000n) / 10_000n;
  return `${sign}${hundredthsOfWan / 100n}.${String(hundredthsOfWan % 100n).padStart(2, '0')}`;
}

/** The yuan string as the form prints it (万元, two decimals) and exactly in 元 with thousands separators, for a hover. */
export function moneyForForm(yuan: string | null | undefined): { wan: string; yuan: string } | null {
  if (yuan === null || yuan === undefined || yuan === '') return null;
  const fen = yuanToFen(yuan);
  if (fen === null) return null;
  return { wan: fenToWanPrinted(fen), yuan: `${groupThousands(fenToYuan(fen))} 元` };
}

/** What an input shows for a stored yuan amount in the unit chosen: exact, never rounded. */
export function yuanInUnit(yuan: string, unit: MoneyUnit): string {
  const fen = yuanToFen(yuan);
  if (fen === null) return yuan;
  return unit === 'WAN' ? fenToWanExact(fen) : fenToYuan(fen);
}

/** Typed text in a unit to the API's yuan string, or the Chinese reason it is not an amount. */
export function typedToYuan(text: string, unit: MoneyUnit): { ok: true; yuan: string } | { ok: false; message: string } {
  const parsed = parseMoney(text, unit);
  return parsed.ok ? { ok: true, yuan: fenToYuan(parsed.fen) } : parsed;
}

function groupThousands(decimal: string): string {
  const [whole, fraction] = decimal.split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/gu, ',')}.${fraction}`;
}

function toHalfWidth(text: string): string {
  return text.replace(/[０-９．]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
