import { messages } from '../../messages/messages.js';
import { formatFen } from '../../common/money.js';
import type { Indicator } from '../target-table.events.js';

/** Amounts in messages are in yuan, as the preparer types them, e.g. "75000.00 元". */
export function yuan(fen: number): string {
  return messages.validation.yuan(formatFen(fen));
}

/** How a message names an indicator: by its row as the form numbers it (from 1) and its 三级指标 as printed. */
export function indicatorName(indicator: Indicator, index: number): string {
  return messages.validation.indicator({ index, level3: indicator.level3.replace(/\s+/gu, '') });
}

export function indicatorPath(index: number, field?: keyof Indicator): string {
  return field === undefined ? `indicators[${index}]` : `indicators[${index}].${field}`;
}
