import { DomainError, type FieldProblem } from '../shared/domain-error.js';
import { formatFen, MoneyFormatError, parseYuan } from '../shared/money.js';
import { parseCalendarDate } from '../execution/calendar-date.js';
import { type TextLimit, textLimits } from '../shared/limits.js';
import { textProblem } from '../shared/text-input.js';
import { optionalComment } from '../target-table/decision-text.js';
import { actingUser } from '../target-table/target-table-actor.js';
import { requireLedgerKeeper } from './ledger-authority.js';
import type { RecordDisbursement } from './ledger.commands.js';
import type { LedgerEvent } from './ledger.events.js';
import type { LedgerState } from './ledger.state.js';

/**
 * 支出: a payment dated inside the fiscal year, with a voucher number no standing payment of
 * the project uses, that keeps the project's total within its approved budget.
 */
export function recordDisbursement(command: RecordDisbursement, state: LedgerState): LedgerEvent[] {
  const baseline = requireLedgerKeeper(command, 'Recording a disbursement');
  const problems: FieldProblem[] = [];
  const amountFen = amountOf(command.amount, problems);
  const date = dateOf(command.date, command.fiscalYear, problems);
  const voucherNumber = requiredText(command.voucherNumber, 'voucherNumber', textLimits.voucherNumber, 'the number of the payment voucher (凭证号), e.g. 记-2022-0315', problems);
  const payee = requiredText(command.payee, 'payee', textLimits.payee, 'who was paid (收款人), e.g. 巨鹿县就业服务中心', problems);
  const note = optionalComment(command.note, 'note', textLimits.ledgerNote);
  if (problems.length > 0) throw DomainError.validation(problems);

  const sameVoucher = state.entries.find((entry) => entry.kind === 'PAYMENT' && entry.reversedBy === null && entry.voucherNumber === voucherNumber);
  if (sameVoucher !== undefined) {
    throw new DomainError(
      'CONFLICT',
      `Voucher number ${voucherNumber} is already used in this project's ledger by entry ${sameVoucher.entryNumber} ` +
        `(${formatFen(sameVoucher.amountFen)} yuan on ${sameVoucher.date}): give this payment its own voucher number, ` +
        `or reverse entry ${sameVoucher.entryNumber} first if it was recorded by mistake.`,
    );
  }
  const newTotal = state.totalFen + amountFen!;
  if (newTotal > baseline.budgetTotalFen) {
    throw new DomainError(
      'CONFLICT',
      `This payment of ${formatFen(amountFen!)} yuan would bring the total to ${formatFen(newTotal)} yuan, above the budget of ` +
        `${formatFen(baseline.budgetTotalFen)} yuan (approved version ${baseline.version}): ${formatFen(state.totalFen)} is recorded so far, ` +
        `so at most ${formatFen(baseline.budgetTotalFen - state.totalFen)} can still be paid.`,
    );
  }
  return [
    {
      type: 'DisbursementRecorded',
      data: {
        projectCode: command.projectCode,
        fiscalYear: command.fiscalYear,
        unitCode: baseline.unitCode,
        entryNumber: state.entries.length + 1,
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
    problems.push({ field: 'amount', message: `"${text}" is negative: a payment must be more than 0.00 yuan; to take a payment back, reverse its entry (reverseDisbursement)` });
    return undefined;
  }
  try {
    const fen = parseYuan(text as string);
    if (fen > 0) return fen;
    problems.push({ field: 'amount', message: `"${String(text)}" is 0.00 yuan: a payment must be more than 0.00, e.g. 1000.00` });
  } catch (error) {
    if (!(error instanceof MoneyFormatError)) throw error;
    problems.push({ field: 'amount', message: error.message });
  }
  return undefined;
}

function dateOf(text: unknown, fiscalYear: number, problems: FieldProblem[]): string | undefined {
  const date = parseCalendarDate(text);
  if (date === null) {
    problems.push({ field: 'date', message: `"${String(text)}" is not a date: write the payment date as YYYY-MM-DD, e.g. ${fiscalYear}-05-20` });
    return undefined;
  }
  if (date.year !== fiscalYear) {
    problems.push({
      field: 'date',
      message: `${String(text)} is outside fiscal year ${fiscalYear}: a payment of this ledger is dated from ${fiscalYear}-01-01 to ${fiscalYear}-12-31`,
    });
    return undefined;
  }
  return text as string;
}

function requiredText(value: unknown, field: string, limit: TextLimit, what: string, problems: FieldProblem[]): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    problems.push({ field, message: `is required: give ${what}` });
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
