import { formatFenAsWan } from '@app/domain';
import type { CellStyle, FormCell } from './form-sheet.js';

const fenPerWan = 1_000_000n;

/**
 * An amount in 万元 exactly ("0.012345" for 12345 fen): every fen survives, so a workbook read
 * back gives the same fen. Amounts are at most maxAmountFen (14 digits), which a spreadsheet's
 * number (a double, 15 significant digits) holds exactly.
 */
export function exactWan(fen: number | bigint): string {
  const value = BigInt(fen);
  const abs = value < 0n ? -value : value;
  const fraction = String(abs % fenPerWan).padStart(6, '0').replace(/0+$/, '');
  return `${value < 0n ? '-' : ''}${abs / fenPerWan}${fraction === '' ? '' : `.${fraction}`}`;
}

/** A cell with an amount in 万元: printed with two decimals as the forms print them, holding every fen. */
export function wanCell(fen: number | bigint | null, style: CellStyle = 'money'): Pick<FormCell, 'text' | 'number' | 'format' | 'style'> {
  if (fen === null) return { text: '', style };
  return { text: formatFenAsWan(fen), number: Number(exactWan(fen)), format: '0.00', style };
}
