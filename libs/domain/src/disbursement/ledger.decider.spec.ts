import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import type { Actor } from '../common/actor.js';
import { ledgerDecider } from './decide-ledger.js';
import type { RecordDisbursement, ReverseDisbursement } from './ledger.commands.js';
import { disbursementRecorded, disbursementReversed as reversed, officeOf323001 } from './fixtures/ledger-events.js';
import { ledgerTargetOf, type LedgerTarget } from './ledger-target.js';

const given = scenario(ledgerDecider);
const projectCode = '13052922P00584010036K';
const fiscalYear = 2022;
/** Table 1 of the seed: 723.00 万元 = 7,230,000.00 yuan. */
const approved: LedgerTarget = { status: 'APPROVED', place: { unitCode: '323001', sectionId: 'employment' }, baseline: { version: 1, unitCode: '323001', budgetTotalFen: 723000000 } };
const office: Actor = { userId: 'u-office', roles: ['OFFICE'], unitCode: '323001', sectionId: null };

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
      '本笔支出 1000.00 元将使累计支出达到 7231000.00 元，超过预算 7230000.00 元（已批准第 1 版）：目前已登记 7230000.00 元，最多还可支出 0.00 元。',
    );
  });

  it('counts a reversed payment out of the total', () => {
    const big = recorded(1, 723000000, 'V1');
    given([big, reversed(2, big)]).when(record({ amount: '7230000.00', voucherNumber: 'V2' })).thenEventTypes(['DisbursementRecorded']);
  });

  it('refuses a voucher number a standing payment of the project uses, naming that entry', () => {
    const error = given([recorded(1, 150000, '记-0315', '2022-03-01')]).when(record()).thenThrows('CONFLICT');
    expect(error.message).toBe(
      '凭证号 记-0315 已被本项目台账第 1 笔使用（2022-03-01，1500.00 元）：请为本笔支出使用自己的凭证号；如第 1 笔是误登，请先冲销它。',
    );
  });

  it('lets the voucher of a reversed payment be used again for the corrected payment', () => {
    const wrong = recorded(1, 150000, '记-0315');
    given([wrong, reversed(2, wrong)]).when(record()).thenEventTypes(['DisbursementRecorded']);
  });

  it.each([
    ['2021-12-31', '2021-12-31 不在 2022 预算年度内：本台账的支付日期应在 2022-01-01 至 2022-12-31 之间'],
    ['2023-01-01', '2023-01-01 不在 2022 预算年度内：本台账的支付日期应在 2022-01-01 至 2022-12-31 之间'],
    ['2022-02-30', '「2022-02-30」不是日期：请按 YYYY-MM-DD 填写支付日期，例如 2022-05-20'],
  ])('refuses the date %s', (date, message) => {
    const error = given([]).when(record({ date })).thenThrows('VALIDATION', 'date');
    expect(error.problems).toEqual([{ field: 'date', message }]);
  });

  it.each([
    ['0', '「0」为 0.00 元：支出金额须大于 0.00，例如 1000.00'],
    ['0.00', '「0.00」为 0.00 元：支出金额须大于 0.00，例如 1000.00'],
    ['-500.00', '「-500.00」是负数：支出金额须大于 0.00 元；如要收回一笔支出，请冲销该笔（reverseDisbursement）'],
    ['1.234', '「1.234」超过 2 位小数：以元计的金额精确到分（0.01），例如 723000.00'],
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
    expect(error.message).toBe('第 1 笔（2022-03-15，1500.00 元，凭证号 记-0315）已由第 2 笔冲销：每笔只能冲销一次。');
  });

  it('does not reverse a reversal', () => {
    const error = given([payment, reversed(2, payment)]).when(reverse({ entryNumber: 2 })).thenThrows('CONFLICT');
    expect(error.message).toBe('第 2 笔本身是冲销（-1500.00 元）：冲销不能再冲销；如需要，请重新登记该笔支出。');
  });

  it('answers an entry the ledger does not have with NOT_FOUND', () => {
    expect(given([payment]).when(reverse({ entryNumber: 7 })).thenThrows('NOT_FOUND').message).toBe(
      `项目 ${projectCode} 2022 年度的台账中没有第 7 笔：记录编号为 1 至 1。`,
    );
    expect(given([]).when(reverse()).thenThrows('NOT_FOUND').message).toContain('台账还没有任何记录');
  });

  it('requires a reason', () => {
    const error = given([payment]).when(reverse({ reason: '  ' })).thenThrows('VALIDATION', 'reason');
    expect(error.problems[0]!.message).toBe('必填：请说明原因，例如「凭证金额录入错误」');
  });
});

describe('who may keep the ledger, and against what', () => {
  it.each([
    [{ ...office, roles: ['PREPARER'] }, '登记支出需要单位 323001 的办公室（OFFICE）：你没有 OFFICE 角色（你的角色是 科室经办人（PREPARER））。'],
    [{ ...office, unitCode: '323003' }, '登记支出需要单位 323001 的办公室（OFFICE）：你是单位 323003的办公室。'],
    [{ ...office, roles: ['OFFICE', 'AUDITOR'] }, '登记支出需要单位 323001 的办公室（OFFICE）：审计（AUDITOR）只查看台账，不作任何修改。'],
  ])('refuses %j (FORBIDDEN)', (actor, message) => {
    expect(given([]).when(record({ actor })).thenThrows('FORBIDDEN').message).toBe(message);
    expect(given([recorded(1, 100, 'V1')]).when(reverse({ actor })).thenThrows('FORBIDDEN').message).toBe(message.replace('登记支出', '冲销支出'));
  });

  it('refuses a table that was never approved, saying its status', () => {
    const draft: LedgerTarget = { status: 'DRAFT', place: { unitCode: '323001', sectionId: 'employment' }, baseline: null };
    expect(given([]).when(record({ target: draft })).thenThrows('CONFLICT').message).toBe(
      `项目 ${projectCode} 2022 年度的目标表状态为草稿（DRAFT），从未批准：支出只能登记在已批准的目标表下。`,
    );
    expect(given([]).when(record({ target: { status: 'IN_REVIEW', place: { unitCode: '323001', sectionId: 'employment' }, baseline: null } })).thenThrows('CONFLICT').message).toContain('审核中（IN_REVIEW）');
  });

  it('tells the status of a never-approved table only to whoever may read it', () => {
    const otherUnitsDraft: LedgerTarget = { status: 'IN_REVIEW', place: { unitCode: '323003', sectionId: 'insurance' }, baseline: null };
    const error = given([]).when(record({ target: otherUnitsDraft })).thenThrows('FORBIDDEN');
    expect(error.message).toBe(`项目 ${projectCode} 的 2022 年度绩效目标表不在您可查看的范围内，您不能对它操作：请核对项目编码和年度，或请有权限的人员办理。`);
    expect(error.message).not.toMatch(/IN_REVIEW|审核中|approved/);
  });

  it('answers a project without a table with NOT_FOUND', () => {
    expect(given([]).when(record({ target: { status: 'NONE', place: null, baseline: null } })).thenThrows('NOT_FOUND').message).toContain('请先起草、提交并批准');
  });

  it('keeps recording against the baseline while an adjustment is reviewed', () => {
    const adjusting: LedgerTarget = { status: 'IN_REVIEW', place: { unitCode: '323001', sectionId: 'employment' }, baseline: { version: 1, unitCode: '323001', budgetTotalFen: 200000 } };
    expect(given([]).when(record({ target: adjusting, amount: '2000.01' })).thenThrows('CONFLICT').message).toContain('超过预算 2000.00 元（已批准第 1 版）');
  });

  it('refuses a command without a signed-in user', () => {
    given([]).when(record({ actor: undefined as unknown as Actor })).thenThrows('UNAUTHENTICATED');
  });
});

describe('ledgerTargetOf', () => {
  it('takes the baseline in force from the target table state', () => {
    expect(ledgerTargetOf({ lifecycle: 'NONE' })).toEqual({ status: 'NONE', place: null, baseline: null });
    const content = { unitCode: '323001', sectionId: 'employment', budget: { total: 723000000, fiscal: 723000000, other: 0 } } as never;
    const baseline = { version: 1, content };
    expect(ledgerTargetOf({ lifecycle: 'ADJUSTING', projectCode, fiscalYear, version: 2, content, baseline, stage: { status: 'DRAFT' } })).toEqual({
      status: 'ADJUSTING',
      place: { unitCode: '323001', sectionId: 'employment' },
      baseline: { version: 1, unitCode: '323001', budgetTotalFen: 723000000 },
    });
  });
});

