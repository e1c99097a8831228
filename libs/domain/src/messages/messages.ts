import { zhCN } from './zh-CN.js';

/**
 * Every sentence the product says to a person, in one catalogue (docs/domain-rules.md): Chinese
 * now; another language is one more file of the same type (`const en: Messages = { … }`) chosen
 * here. Codes, field paths and enum values are never in the catalogue: they stay English.
 */
export type Messages = typeof zhCN;

export const messages: Messages = zhCN;
