import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import type { TargetTableActor } from '../target-table/target-table-actor.js';
import { ledgerDecider } from './decide-ledger.js';
import type { RecordDisbursement, ReverseDisbursement } from './ledger.commands.js';
import { disbursementRecorded, disbursementReversed as reversed, officeOf323001 } from './fixtures/ledger-events.js';
import { ledgerTargetOf, type LedgerTarget } from './ledger-target.js';

const given = scenario(ledgerDecider);
const projectCode = '13052922P00584010036K';
const fiscalYear = 2022;
/** Table 1 of the seed: 723.00 万元 = 7,230,000.00 yuan. */
const approved: LedgerTarget = { status: 'APPROVED', place: { unitCode: '323001', sectionId: 'employment' }, baseline: { version: 1, unitCode: '323001', budgetTotalFen: 723000000 } };
const office: TargetTableActor = { userId: 'u-office', roles: ['OFFICE'], unitCode: '323001', sectionId: null };

const record = (overrides: Partial<RecordDisbursement> = {}): RecordDisbursement => ({
  type: 'RecordDisbursement',
  projectCode,
  fiscalYear,
  actor: office,
  target: approved,
  amount: '1000000.00',
  date: '2022-03-15',
  voucherNumber: '记-0315',
  payee: '巨鹿县就业服务中心',
  note: '一季度就业补助',
  ...overrides,
});
const reverse = (overrides: Partial<ReverseDisbursement> = {}): ReverseDisbursement => ({
  type: 'ReverseDisbursement',
  projectCode,
  fiscalYear,
  actor: office,
  target: approved,
  entryNumber: 1,
  reason: '金额录入错误',
  ...overrides,
});

const recorded = (entryNumber: number, amountFen: number, voucherNumber: string, date = '2022-03-15') =>
  disbursementRecorded({ projectCode, fiscalYear, entryNumber, amountFen, date, voucherNumber, budgetTotalFen: 723000000 });

describe('recording a disbursement', () => {
  it('records a payment as entry 1 with its amount in fen and the budget it was checked against', () => {
    given([]).when(record()).then([
      {
        type: 'DisbursementRecorded',
        data: {
          projectCode,
          fiscalYear,
          unitCode: '323001',
          entryNumber: 1,
          amountFen: 100000000,
          date: '2022-03-15',
          voucherNumber: '记-0315',
          payee: '巨鹿县就业服务中心',
          note: '一季度就业补助',
          baselineVersion: 1,
          budgetTotalFen: 723000000,
          recordedBy: officeOf323001,
        },
      },
    ]);
  });

  it('numbers entries on from the last one, reversals included, and keeps no blank note', () => {
    const first = recorded(1, 5000, 'V1');
    const [event] = given([first, reversed(2, first)]).when(record({ voucherNumber: ' V3 ', note: '  ' })).thenEventTypes(['DisbursementRecorded']);
    expect(event!.data).toMatchObject({ entryNumber: 3, voucherNumber: 'V3', note: null });
  });

  it('accepts a payment that brings the total exactly to the budget', () => {
    given([recorded(1, 722900000, 'V1')]).when(record({ amount: '1000.00', voucherNumber: 'V2' })).thenEventTypes(['DisbursementRecorded']);
  });

  it('refuses a payment that would take the total above the budget, with the figures', () => {
    const error = given([recorded(1, 723000000, 'V1')]).when(record({ amount: '1000.00', voucherNumber: 'V2' })).thenThrows('CONFLICT');
    expect(error.message).toBe(
      'This payment of 1000.00 yuan would bring the total to 7231000.00 yuan, above the budget of 7230000.00 yuan (approved version 1): ' +
        '7230000.00 is recorded so far, so at most 0.00 can still be paid.',
    );
  });

  it('counts a reversed payment out of the total', () => {
    const big = recorded(1, 723000000, 'V1');
    given([big, reversed(2, big)]).when(record({ amount: '7230000.00', voucherNumber: 'V2' })).thenEventTypes(['DisbursementRecorded']);
  });

  it('refuses a voucher number a standing payment of the project uses, naming that entry', () => {
    const error = given([recorded(1, 150000, '记-0315', '2022-03-01')]).when(record()).thenThrows('CONFLICT');
    expect(error.message).toBe(
      "Voucher number 记-0315 is already used in this project's ledger by entry 1 (1500.00 yuan on 2022-03-01): " +
        'give this payment its own voucher number, or reverse entry 1 first if it was recorded by mistake.',
    );
  });

  it('lets the voucher of a reversed payment be used again for the corrected payment', () => {
    const wrong = recorded(1, 150000, '记-0315');
    given([wrong, reversed(2, wrong)]).when(record()).thenEventTypes(['DisbursementRecorded']);
  });

  it.each([
    ['2021-12-31', '2021-12-31 is outside fiscal year 2022: a payment of this ledger is dated from 2022-01-01 to 2022-12-31'],
    ['2023-01-01', '2023-01-01 is outside fiscal year 2022: a payment of this ledger is dated from 2022-01-01 to 2022-12-31'],
    ['2022-02-30', '"2022-02-30" is not a date: write the payment date as YYYY-MM-DD, e.g. 2022-05-20'],
  ])('refuses the date %s', (date, message) => {
    const error = given([]).when(record({ date })).thenThrows('VALIDATION', 'date');
    expect(error.problems).toEqual([{ field: 'date', message }]);
  });

  it.each([
    ['0', '"0" is 0.00 yuan: a payment must be more than 0.00, e.g. 1000.00'],
    ['0.00', '"0.00" is 0.00 yuan: a payment must be more than 0.00, e.g. 1000.00'],
    ['-500.00', '"-500.00" is negative: a payment must be more than 0.00 yuan; to take a payment back, reverse its entry (reverseDisbursement)'],
    ['1.234', '"1.234" has more than 2 decimals: an amount in yuan is exact to the fen (0.01), e.g. 723000.00'],
  ])('refuses the amount %s', (amount, message) => {
    const error = given([]).when(record({ amount })).thenThrows('VALIDATION', 'amount');
    expect(error.problems).toEqual([{ field: 'amount', message }]);
  });

  it('names every missing field at once', () => {
    const error = given([]).when(record({ amount: '', date: '', voucherNumber: ' ', payee: '' })).thenThrows('VALIDATION');
    expect(error.problems.map((problem) => problem.field)).toEqual(['amount', 'date', 'voucherNumber', 'payee']);
  });
});

describe('the texts of a ledger entry', () => {
  it('refuses control characters in the voucher number and payee, naming each, writing nothing', () => {
    const error = given([]).when(record({ voucherNumber: '记-\u001B[2J0315', payee: '巨鹿县\u0000就业服务中心' })).thenThrows('VALIDATION');
    expect(error.problems).toEqual([
      { field: 'voucherNumber', message: '第 3 个字符是转义符 ESC（U+001B）：它看不见，却会改变文字的显示或存储，请删去后再提交' },
      { field: 'payee', message: '第 4 个字符是空字符 NUL（U+0000）：它看不见，却会改变文字的显示或存储，请删去后再提交' },
    ]);
  });

  it('bounds the voucher number, payee and note, and refuses a lone surrogate in a reversal reason', () => {
    expect(given([]).when(record({ voucherNumber: '记'.repeat(65), payee: '收'.repeat(201) })).thenThrows('VALIDATION').problems.map((p) => p.field)).toEqual([
      'voucherNumber',
      'payee',
    ]);
    given([]).when(record({ note: '摘'.repeat(501) })).thenThrows('VALIDATION', 'note');
    given([recorded(1, 150000, '记-0315')]).when(reverse({ reason: '录入错误\uDC00' })).thenThrows('VALIDATION', 'reason');
  });
});

describe('reversing a disbursement', () => {
  const payment = recorded(1, 150000, '记-0315');

  it('adds an entry pointing at the payment, with the negated amount on its date and voucher, and the reason', () => {
    given([payment]).when(reverse()).then([reversed(2, payment)]);
  });

  it('reverses an entry once only, naming the reversal', () => {
    const error = given([payment, reversed(2, payment)]).when(reverse()).thenThrows('CONFLICT');
    expect(error.message).toBe('Entry 1 (1500.00 yuan on 2022-03-15, voucher 记-0315) was already reversed by entry 2: an entry is reversed once.');
  });

  it('does not reverse a reversal', () => {
    const error = given([payment, reversed(2, payment)]).when(reverse({ entryNumber: 2 })).thenThrows('CONFLICT');
    expect(error.message).toBe('Entry 2 is itself a reversal (-1500.00 yuan): a reversal is not reversed; record the payment again instead.');
  });

  it('answers an entry the ledger does not have with NOT_FOUND', () => {
    expect(given([payment]).when(reverse({ entryNumber: 7 })).thenThrows('NOT_FOUND').message).toBe(
      `Entry 7 is not in the ledger of project ${projectCode} for 2022: its entries are numbered 1 to 1.`,
    );
    expect(given([]).when(reverse()).thenThrows('NOT_FOUND').message).toContain('it has no entries yet');
  });

  it('requires a reason', () => {
    const error = given([payment]).when(reverse({ reason: '  ' })).thenThrows('VALIDATION', 'reason');
    expect(error.problems[0]!.message).toBe('is required: say why, e.g. 凭证金额录入错误');
  });
});

describe('who may keep the ledger, and against what', () => {
  it.each([
    [{ ...office, roles: ['PREPARER'] }, 'Recording a disbursement needs the office (办公室, role OFFICE) of unit 323001: you do not have the OFFICE role (you have PREPARER).'],
    [{ ...office, unitCode: '323003' }, 'Recording a disbursement needs the office (办公室, role OFFICE) of unit 323001: you are the office of unit 323003.'],
    [{ ...office, roles: ['OFFICE', 'AUDITOR'] }, 'Recording a disbursement needs the office (办公室, role OFFICE) of unit 323001: auditors (审计, role AUDITOR) read the ledger and change nothing.'],
  ])('refuses %j (FORBIDDEN)', (actor, message) => {
    expect(given([]).when(record({ actor })).thenThrows('FORBIDDEN').message).toBe(message);
    expect(given([recorded(1, 100, 'V1')]).when(reverse({ actor })).thenThrows('FORBIDDEN').message).toBe(message.replace('Recording', 'Reversing'));
  });

  it('refuses a table that was never approved, saying its status', () => {
    const draft: LedgerTarget = { status: 'DRAFT', place: { unitCode: '323001', sectionId: 'employment' }, baseline: null };
    expect(given([]).when(record({ target: draft })).thenThrows('CONFLICT').message).toBe(
      `The target table of project ${projectCode} for 2022 is 草稿 (DRAFT) and has never been approved: disbursements are recorded only against an approved table (已批准).`,
    );
    expect(given([]).when(record({ target: { status: 'IN_REVIEW', place: { unitCode: '323001', sectionId: 'employment' }, baseline: null } })).thenThrows('CONFLICT').message).toContain('审核中 (IN_REVIEW)');
  });

  it('tells the status of a never-approved table only to whoever may read it', () => {
    const otherUnitsDraft: LedgerTarget = { status: 'IN_REVIEW', place: { unitCode: '323003', sectionId: 'insurance' }, baseline: null };
    const error = given([]).when(record({ target: otherUnitsDraft })).thenThrows('FORBIDDEN');
    expect(error.message).toBe(`项目 ${projectCode} 的 2022 年度绩效目标表不在您可查看的范围内，您不能对它操作：请核对项目编码和年度，或请有权限的人员办理。`);
    expect(error.message).not.toMatch(/IN_REVIEW|审核中|approved/);
  });

  it('answers a project without a table with NOT_FOUND', () => {
    expect(given([]).when(record({ target: { status: 'NONE', place: null, baseline: null } })).thenThrows('NOT_FOUND').message).toContain('draft, submit and approve it first');
  });

  it('keeps recording against the baseline while an adjustment is reviewed', () => {
    const adjusting: LedgerTarget = { status: 'IN_REVIEW', place: { unitCode: '323001', sectionId: 'employment' }, baseline: { version: 1, unitCode: '323001', budgetTotalFen: 200000 } };
    expect(given([]).when(record({ target: adjusting, amount: '2000.01' })).thenThrows('CONFLICT').message).toContain('above the budget of 2000.00 yuan (approved version 1)');
  });

  it('refuses a command without a signed-in user', () => {
    given([]).when(record({ actor: undefined as unknown as TargetTableActor })).thenThrows('UNAUTHENTICATED');
  });
});

describe('ledgerTargetOf', () => {
  it('takes the baseline in force from the target table state', () => {
    expect(ledgerTargetOf({ status: 'NONE' })).toEqual({ status: 'NONE', place: null, baseline: null });
    const content = { unitCode: '323001', sectionId: 'employment', budget: { total: 723000000, fiscal: 723000000, other: 0 } } as never;
    const baseline = { version: 1, content };
    expect(ledgerTargetOf({ status: 'ADJUSTING', projectCode, fiscalYear, version: 2, content, baseline })).toEqual({
      status: 'ADJUSTING',
      place: { unitCode: '323001', sectionId: 'employment' },
      baseline: { version: 1, unitCode: '323001', budgetTotalFen: 723000000 },
    });
  });
});

