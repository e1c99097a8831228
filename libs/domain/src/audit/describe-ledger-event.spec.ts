import { describe, expect, it } from '@jest/globals';
import { ledgerHistory, pay, reverse } from '../../test/ledger-workflow.js';
import { describeAuditedEvent, type AuditedEvent } from './describe-audited-event.js';

const asAudited = (event: { type: string; data: object }): AuditedEvent => event as unknown as AuditedEvent;

describe('describing the disbursement ledger', () => {
  const [payment, reversal] = ledgerHistory([
    pay({ amount: '12345.60', date: '2022-03-15', voucherNumber: '记-0315', payee: '巨鹿县就业服务中心', note: '一季度就业补助' }),
    reverse(1, '金额录入错误，应为12345.00'),
  ]).map((event) => describeAuditedEvent(asAudited(event)));

  it('tells a payment in yuan with its payee, date and voucher, and its note as the why', () => {
    expect(payment).toEqual({
      kind: 'DISBURSE',
      label: '支出登记',
      summary: '登记第 1 笔：2022-03-15 向 巨鹿县就业服务中心 支付 12345.60 元，凭证号 记-0315',
      subject: {
        text: '支出台账 13052922P00584010316P（2022 年度）',
        documentKind: 'LEDGER',
        projectCode: '13052922P00584010316P',
        fiscalYear: 2022,
        unitCode: '323001',
        userId: null,
        voucherNumber: '记-0315',
      },
      reason: '一季度就业补助',
      version: null,
      step: null,
    });
  });

  it('tells a reversal by the payment it cancels, with the amount paid and the reason', () => {
    expect(reversal).toMatchObject({
      kind: 'REVERSE',
      label: '冲销',
      summary: '以第 2 笔冲销第 1 笔（2022-03-15 支付 12345.60 元，凭证号 记-0315）',
      subject: { documentKind: 'LEDGER', unitCode: '323001', voucherNumber: '记-0315' },
      reason: '金额录入错误，应为12345.00',
    });
  });
});
