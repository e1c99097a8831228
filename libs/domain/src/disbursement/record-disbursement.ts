import { messages } from '../messages/messages.js';
import { DomainError, type FieldProblem } from '../common/domain-error.js';
import { formatFen, MoneyFormatError, parseYuan } from '../common/money.js';
import { parseCalendarDate } from '../execution/calendar-date.js';
import { type TextLimit, textLimits } from '../common/limits.js';
import { textProblem } from '../common/text-input.js';
import { optionalComment } from '../approval/decision-text.js';
import { actingUser } from '../common/actor.js';
import { requireLedgerKeeper } from './ledger-authority.js';
import type { RecordDisbursement } from './ledger.commands.js';
import type { LedgerEvent } from './ledger.events.js';
import { standingPaymentWithVoucher, type LedgerState } from './ledger.state.js';

/**
 * 支出: a payment dated inside the fiscal year, with a voucher number no standing payment of
 * the project uses, that keeps the project's total within its approved budget.
 */
export function recordDisbursement(command: RecordDisbursement, state: LedgerState): LedgerEvent[] {
  const baseline = requireLedgerKeeper(command, messages.ledger.recording);
  const problems: FieldProblem[] = [];
  const amountFen = amountOf(command.amount, problems);
  const date = dateOf(command.date, command.fiscalYear, problems);
  const voucherNumber = requiredText(command.voucherNumber, 'voucherNumber', textLimits.voucherNumber, messages.ledger.voucherWhat, problems);
  const payee = requiredText(command.payee, 'payee', textLimits.payee, messages.ledger.payeeWhat, problems);
  const note = optionalComment(command.note, 'note', textLimits.ledgerNote);
  if (problems.length > 0) throw DomainError.validation(problems);

  const sameVoucher = standingPaymentWithVoucher(state, voucherNumber!);
  if (sameVoucher !== undefined) {
    const { entryNumber, date } = sameVoucher;
    throw new DomainError('CONFLICT', messages.ledger.voucherUsed({ voucherNumber: voucherNumber!, entryNumber, amount: formatFen(sameVoucher.amountFen), date }));
  }
  const newTotal = state.totalFen + amountFen!;
  if (newTotal > baseline.budgetTotalFen) {
    throw new DomainError(
      'CONFLICT',
      messages.ledger.overBudget({
        amount: formatFen(amountFen!),
        newTotal: formatFen(newTotal),
        budget: formatFen(baseline.budgetTotalFen),
        version: baseline.version,
        recorded: formatFen(state.totalFen),
        remaining: formatFen(baseline.budgetTotalFen - state.totalFen),
      }),
    );
  }
  return [
    {
      type: 'DisbursementRecorded',
      data: {
        projectCode: command.projectCode,
        fiscalYear: command.fiscalYear,
        unitCode: baseline.unitCode,
        entryNumber: state.count + 1,
        amountFen: amountFen!,
        date: date!,
        voucherNumber: voucherNumber!,
        payee: payee!,
        note,
        baselineVersion: baseline.version,
        budgetTotalFen: baseline.budgetTotalFen,
        recordedBy: actingUser(command.actor),
      },
    },
  ];
}

function amountOf(text: unknown, problems: FieldProblem[]): number | undefined {
  if (typeof text === 'string' && /^\s*[-−－]/.test(text)) {
    problems.push({ field: 'amount', message: messages.ledger.negativeAmount(text) });
    return undefined;
  }
  try {
    const fen = parseYuan(text as string);
    if (fen > 0) return fen;
    problems.push({ field: 'amount', message: messages.ledger.zeroAmount(String(text)) });
  } catch (error) {
    if (!(error instanceof MoneyFormatError)) throw error;
    problems.push({ field: 'amount', message: error.message });
  }
  return undefined;
}

function dateOf(text: unknown, fiscalYear: number, problems: FieldProblem[]): string | undefined {
  const date = parseCalendarDate(text);
  if (date === null) {
    problems.push({ field: 'date', message: messages.ledger.notADate({ given: String(text), fiscalYear }) });
    return undefined;
  }
  if (date.year !== fiscalYear) {
    problems.push({ field: 'date', message: messages.ledger.outsideYear({ given: String(text), fiscalYear }) });
    return undefined;
  }
  return text as string;
}

function requiredText(value: unknown, field: string, limit: TextLimit, what: string, problems: FieldProblem[]): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    problems.push({ field, message: messages.ledger.required(what) });
    return undefined;
  }
  const trimmed = value.trim();
  const problem = textProblem(trimmed, field, limit);
  if (problem !== null) {
    problems.push(problem);
    return undefined;
  }
  return trimmed;
}
