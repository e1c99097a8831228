import { messages } from '../messages/messages.js';
import type { LedgerEvent } from '../disbursement/ledger.events.js';
import { formatFen } from '../common/money.js';
import { described, projectSubject, type AuditDescription } from './audit-description.js';

/** A disbursement ledger (支出台账) entry in the trail's words: amounts in yuan, the voucher, the payee and the date. */
export function describeLedgerEvent(event: LedgerEvent): AuditDescription {
  const { unitCode, voucherNumber, entryNumber, date } = event.data;
  const subject = projectSubject('LEDGER', messages.audit.subject.ledger, event.data, { unitCode, voucherNumber });
  switch (event.type) {
    case 'DisbursementRecorded': {
      const { amountFen, payee, note } = event.data;
      const summary = messages.audit.disbursed({ entryNumber, amount: formatFen(amountFen), payee, date, voucherNumber });
      // A payment's note is what it was for: the "why" of this entry.
      return described('DISBURSE', '支出登记', summary, subject, { reason: note });
    }
    case 'DisbursementReversed': {
      const { amountFen, reversedEntryNumber, reason } = event.data;
      // The reversal holds the payment's amount negated; people name the payment by what was paid.
      const summary = messages.audit.reversed({ reversedEntryNumber, amount: formatFen(-amountFen), date, voucherNumber, entryNumber });
      return described('REVERSE', '冲销', summary, subject, { reason });
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown ledger event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}
