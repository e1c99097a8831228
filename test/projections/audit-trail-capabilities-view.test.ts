import { describe, expect, it } from '@jest/globals';
import { finalEvaluationStreamId, ledgerStreamId, type AuditTrailAnchored } from '@app/domain';
import { anchorAuditTrail, AUDIT_TRAIL_ANCHORED, signAnchor } from '@app/event-store';
import { auditTrailProjection, findAuditTrail, type AuditTrailFilter } from '@app/projections';
import { approveEvaluation, evaluationHistory, execution, explain, open, record, submitEvaluation } from '../../libs/domain/test/final-evaluation-workflow.js';
import { ledgerHistory, pay, reverse } from '../../libs/domain/test/ledger-workflow.js';
import { office as officeStep, sectionHead as sectionStep } from '../../libs/domain/test/target-table-workflow.js';
import { appendDecided } from './support/decided-history.js';
import { append } from './support/event-log.js';
import { readStoreDialects } from './support/read-stores.js';
import { approved, content, drafted, office, stepApproved, streamOf, submitted } from './support/target-table-events.js';
import { viewUnderTest } from './support/view-under-test.js';

const key = { projectCode: '13052922P00584010316P', fiscalYear: 2022 };
const anchorKey = Buffer.from('audit-trail-capabilities-test-key');

describe.each(readStoreDialects)('audit trail of the ledger, the reviews and the anchors on $dialect', ({ create }) => {
  const view = viewUnderTest(create, auditTrailProjection);

  const entries = async (filter: AuditTrailFilter) => (await findAuditTrail(view.readStore.db, filter, 'OLDEST_FIRST', { first: 100 })).entries;

  /** Table 3 of unit 323001 approved, paid from, one payment reversed, evaluated and the evaluation approved, then the log anchored. */
  async function writeHistory(): Promise<void> {
    const { store } = view;
    const table = content();
    await append(store, streamOf(key), drafted(key, table), submitted(key, 1, table), stepApproved(key, 1, 0));
    await append(store, streamOf(key), stepApproved(key, 1, 1), approved(key, 1, table));
    const payments = [
      pay({ amount: '50000.00', date: '2022-03-15', voucherNumber: '记-0315', payee: '巨鹿县就业服务中心', note: '一季度就业补助' }),
      pay({ amount: '30000.00', date: '2022-04-02', voucherNumber: '记-0402', payee: '巨鹿县职业技术教育中心' }),
      reverse(1, '重复支付，已退回'),
    ];
    await appendDecided(store, ledgerStreamId(key.fiscalYear, key.projectCode), payments, ledgerHistory, (n) => `2022-04-0${n}T02:00:00.000Z`);
    const evaluation = [open(), record(), execution(), explain(), submitEvaluation(), approveEvaluation('SECTION', sectionStep), approveEvaluation('OFFICE', officeStep)];
    await appendDecided(store, finalEvaluationStreamId(key.fiscalYear, key.projectCode), evaluation, evaluationHistory, (n) => `2023-01-1${n}T02:00:00.000Z`);
    const metadata = { commandId: 'anchor-1', correlationId: 'anchor-1', causationId: 'anchor-1', actor: office, occurredAt: '2023-01-31T00:00:00.000Z', schemaVersion: 1 };
    await anchorAuditTrail(store, { anchorKey, metadata });
  }

  it('scopes a reversal and a final evaluation’s approval to the project’s unit, the approval by the table the trail remembers', async () => {
    await writeHistory();
    await view.caughtUp();
    const [reversal, ...moreReversals] = await entries({ unitCode: '323001', kind: 'REVERSE' });
    expect(moreReversals).toEqual([]);
    expect(reversal).toMatchObject({
      eventType: 'DisbursementReversed',
      documentKind: 'LEDGER',
      label: '冲销',
      summary: '以第 3 笔冲销第 1 笔（2022-03-15 支付 50000.00 元，凭证号 记-0315）',
      subject: '支出台账 13052922P00584010316P（2022 年度）「就业工作经费」',
      voucherNumber: '记-0315',
      reason: '重复支付，已退回',
      unitCode: '323001',
    });
    const [final, ...moreFinals] = await entries({ unitCode: '323001', kind: 'BASELINE', documentKind: 'FINAL_EVALUATION' });
    expect(moreFinals).toEqual([]);
    expect(final).toMatchObject({
      eventType: 'FinalEvaluationApproved',
      summary: '第 1 版已通过全部审批步骤，定稿：89.75（良）',
      subject: '绩效自评 13052922P00584010316P（2022 年度）「就业工作经费」',
      unitCode: '323001',
      version: 1,
    });
    expect(await entries({ unitCode: '323003' })).toEqual([]);
    // Every entry about the project is scoped to its unit, whichever document it concerns.
    const aboutProject = await entries({ projectCode: key.projectCode });
    expect(new Set(aboutProject.map((entry) => entry.unitCode))).toEqual(new Set(['323001']));
    expect(new Set(aboutProject.map((entry) => entry.documentKind))).toEqual(new Set(['TARGET_TABLE', 'LEDGER', 'FINAL_EVALUATION']));
  });

  it('finds a payment and its reversal by voucher, and tells a table’s office approval from an evaluation’s by document kind', async () => {
    await writeHistory();
    await view.caughtUp();
    expect((await entries({ voucherNumber: '记-0315' })).map((entry) => [entry.kind, entry.reason, entry.occurredAt])).toEqual([
      ['DISBURSE', '一季度就业补助', '2022-04-01T02:00:00.000Z'],
      ['REVERSE', '重复支付，已退回', '2022-04-03T02:00:00.000Z'],
    ]);
    const officeApprovals = await entries({ kind: 'APPROVE', step: 'OFFICE' });
    expect(officeApprovals.map((entry) => [entry.eventType, entry.documentKind])).toEqual([
      ['TargetTableStepApproved', 'TARGET_TABLE'],
      ['FinalEvaluationStepApproved', 'FINAL_EVALUATION'],
    ]);
    expect((await entries({ kind: 'APPROVE', step: 'OFFICE', documentKind: 'TARGET_TABLE' })).map((entry) => entry.eventType)).toEqual(['TargetTableStepApproved']);
  });

  it('tells an anchor as INTEGRITY, in no unit', async () => {
    await writeHistory();
    await view.caughtUp();
    const [anchor, ...more] = await entries({ kind: 'INTEGRITY' });
    expect(more).toEqual([]);
    expect(anchor).toMatchObject({ eventType: AUDIT_TRAIL_ANCHORED, documentKind: 'INTEGRITY', label: '审计锚定', unitCode: null, projectCode: null });
    expect(anchor!.summary).toMatch(/^锚定审计轨迹：截至位置 \d+ 的 3 个流的最后版本号和散列，以 HMAC-SHA256 签名$/);
    // What the store signs is what the trail reads.
    const signed: AuditTrailAnchored = { type: AUDIT_TRAIL_ANCHORED, data: signAnchor({ anchoredAt: 'now', headPosition: '1', streams: {} }, anchorKey) };
    expect(signed.data.algorithm).toBe('HMAC-SHA256');
  });

  it('rebuilds a trail written before it told documents apart, so that older entries read as new ones do', async () => {
    await writeHistory();
    await view.caughtUp();
    const before = await entries({});
    await view.runner.stop();
    await view.readStore.db.schema.alterTable('audit_trail').dropColumn('document_kind').execute();
    await view.readStore.db.updateTable('audit_trail').set({ kind: 'OTHER' }).execute();
    await view.restart();
    await view.caughtUp();
    expect(await entries({})).toEqual(before);
  });
});
