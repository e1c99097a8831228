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
      summary: 'recorded entry 1: paid 12345.60 yuan to 巨鹿县就业服务中心 on 2022-03-15, voucher 记-0315',
      subject: {
        text: 'disbursement ledger 13052922P00584010316P of 2022',
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
      summary: 'reversed entry 1 (12345.60 yuan paid on 2022-03-15, voucher 记-0315) as entry 2',
      subject: { documentKind: 'LEDGER', unitCode: '323001', voucherNumber: '记-0315' },
      reason: '金额录入错误，应为12345.00',
    });
  });
});
