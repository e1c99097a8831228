/** The in-process PubSub that carries LedgerChange payloads to subscribers. */
export const LEDGER_CHANGES = Symbol('LEDGER_CHANGES');

/** The PubSub trigger; its payload is `{ ledgerChanged: LedgerChange }`. */
export const LEDGER_CHANGED = 'ledgerChanged';
