import { formatFen } from '../../shared/money.js';
import type { Indicator } from '../target-table.events.js';

/** Amounts in messages are in yuan, as the preparer types them, e.g. "75000.00 元". */
export function yuan(fen: number): string {
  return `${formatFen(fen)} 元`;
}

/** How a message names an indicator: by its 三级指标 as printed, or by its row when that is blank. */
export function indicatorName(indicator: Indicator, index: number): string {
  const name = indicator.level3.replace(/\s+/gu, '');
  return name === '' ? `indicator ${index + 1}` : name;
}

export function indicatorPath(index: number, field?: keyof Indicator): string {
  return field === undefined ? `indicators[${index}]` : `indicators[${index}].${field}`;
}
