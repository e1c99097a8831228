import { describe, expect, it } from '@jest/globals';
import type { Actor, NewEvent } from '@app/event-store/event-store.port.js';
import { eventIdFor } from '@app/event-store/event-id.js';
import {
  auditTrailProjection,
  findAuditTrail,
  InvalidCursorError,
  type AuditTrailFilter,
  type AuditTrailOrder,
} from '@app/projections';
import { append } from './support/event-log.js';
import { readStoreDialects } from './support/read-stores.js';
import { viewUnderTest } from './support/view-under-test.js';
import {
  adjustmentProposed,
  approved,
  content,
  drafted,
  newEvent,
  office,
  preparer,
  returnedToPreparer,
  revised,
  sectionHead,
  stepApproved,
  streamOf,
  submitted,
  unrelated,
  UNRELATED_EVENT_TYPE,
} from './support/target-table-events.js';

const key = { projectCode: '13052922P00584010316P', fiscalYear: 2022 };
const at = (minute: number) => `2022-03-01T08:${String(minute).padStart(2, '0')}:00.000Z`;
const admin: Actor = { userId: 'admin', displayName: '管理员', roles: ['ADMIN'], unitCode: null, sectionId: null };

function directoryEvent(type: string, data: Record<string, unknown>, occurredAt: string): NewEvent {
  const commandId = `${type}-${String(data.userId ?? data.unitCode)}-${occurredAt}`.replace(/[^A-Za-z0-9-]/g, '');
  return {
    eventId: eventIdFor(commandId, 0),
    type,
    data,
    metadata: { commandId, correlationId: commandId, causationId: commandId, actor: admin, occurredAt, schemaVersion: 1 },
  };
}

describe.each(readStoreDialects)('audit trail view on $dialect', ({ create }) => {
  const view = viewUnderTest(create, auditTrailProjection, { following: false });

  /** Follows the log in batches of `batchSize` events, until it has applied all of it. */
  async function follow(batchSize: number): Promise<void> {
    await view.follow({ batchSize, rebuildBatchSize: batchSize });
    await view.caughtUp();
  }

  const trail = (filter: AuditTrailFilter = {}, order: AuditTrailOrder = 'OLDEST_FIRST', page = {}) => findAuditTrail(view.readStore.db, filter, order, page);

  /** Table 3 drafted, revised, returned, approved and adjusted; a user registered and granted a role; an event of another capability. */
  async function writeHistory(): Promise<void> {
    const first = content();
    const revisedPurpose = { ...first, purpose: '就业工作经费（补充依据）', budget: { total: 21_050_050, fiscal: 21_050_050, other: 0 } };
    const adjusted = { ...revisedPurpose, purpose: '就业工作经费（调整）' };
    await append(view.store, 'directory', directoryEvent('UserRegistered', { userId: 'u-zhao', userName: 'zhao', displayName: '赵经办', unitCode: '323003', sectionId: 'insurance', passwordHash: 'scrypt$never-shown' }, at(0)));
    await append(view.store, streamOf(key), drafted(key, first, { occurredAt: at(1) }));
    await append(view.store, streamOf(key), submitted(key, 1, first, { occurredAt: at(2) }));
    await append(view.store, streamOf(key), returnedToPreparer(key, 1, '请补充指标值确定依据', { occurredAt: at(3) }));
    await append(view.store, streamOf(key), revised(key, 1, { purpose: revisedPurpose.purpose, budget: revisedPurpose.budget }, { occurredAt: at(4) }));
    await append(view.store, 'disbursements-1', unrelated());
    await append(view.store, streamOf(key), submitted(key, 1, revisedPurpose, { occurredAt: at(5), resubmission: true }));
    await append(view.store, streamOf(key), stepApproved(key, 1, 0, { occurredAt: at(6), comment: '同意' }));
    // The last step's approval and the baseline it makes come from one command.
    const lastStep = [stepApproved(key, 1, 1, { occurredAt: at(7) }), approved(key, 1, revisedPurpose, { occurredAt: at(7) })];
    for (const event of lastStep) event.metadata.correlationId = 'office-approval';
    await append(view.store, streamOf(key), ...lastStep);
    await append(view.store, streamOf(key), adjustmentProposed(key, 2, adjusted, '用途调整', { occurredAt: at(8) }));
    await append(view.store, 'directory', directoryEvent('RoleGranted', { userId: 'u-zhao', role: 'PREPARER' }, at(9)));
  }

  it.each([100, 1])('keeps one entry per event in log order, with who, what, why and the changed fields (batches of %i)', async (batchSize) => {
    await writeHistory();
    await follow(batchSize);
    const { entries, totalCount } = await trail();
    expect(totalCount).toBe(12);
    expect(entries.map((entry) => [entry.eventType, entry.kind, entry.label, entry.occurredAt])).toEqual([
      ['UserRegistered', 'DIRECTORY', '登记用户', at(0)],
      ['TargetTableDrafted', 'DRAFT', '编制', at(1)],
      ['TargetTableSubmitted', 'SUBMIT', '申报', at(2)],
      ['TargetTableReturned', 'RETURN', '退回', at(3)],
      ['TargetTableDraftRevised', 'REVISE', '修改草稿', at(4)],
      [UNRELATED_EVENT_TYPE, 'OTHER', '其他操作', expect.any(String)],
      ['TargetTableSubmitted', 'SUBMIT', '重新申报', at(5)],
      ['TargetTableStepApproved', 'APPROVE', '审核通过', at(6)],
      ['TargetTableStepApproved', 'APPROVE', '审核通过', at(7)],
      ['TargetTableApproved', 'BASELINE', '批准生效', at(7)],
      ['TargetTableAdjustmentProposed', 'ADJUST', '提出调整', at(8)],
      ['RoleGranted', 'DIRECTORY', '授予角色', at(9)],
    ]);
    const positions = entries.map((entry) => entry.position);
    expect([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(positions);

    const revision = entries[4]!;
    expect(revision.actor).toEqual({ userId: preparer.userId, name: '张经办', roles: ['PREPARER'], unitCode: '323001', sectionId: 'section-employment' });
    expect(revision.changes).toEqual([
      { field: 'budget.total', label: '预算数', change: 'CHANGED', before: '200000.00', after: '210500.50' },
      { field: 'budget.fiscal', label: '财政资金', change: 'CHANGED', before: '200000.00', after: '210500.50' },
      { field: 'purpose', label: '资金用途', change: 'CHANGED', before: '就业工作经费', after: '就业工作经费（补充依据）' },
    ]);
    // The revision's data does not name the unit; the trail knows it from the draft.
    expect(revision.unitCode).toBe('323001');
    expect(entries[10]!.changes).toEqual([{ field: 'purpose', label: '资金用途', change: 'CHANGED', before: '就业工作经费（补充依据）', after: '就业工作经费（调整）' }]);
    expect(entries[10]!.reason).toBe('用途调整');
    expect(entries[3]!).toMatchObject({ reason: '请补充指标值确定依据', step: 'SECTION', actor: { name: sectionHead.displayName } });
    expect(entries[7]!).toMatchObject({
      reason: '同意',
      step: 'SECTION',
      version: 1,
      projectCode: key.projectCode,
      fiscalYear: 2022,
      subject: '目标表 13052922P00584010316P（2022 年度）「就业工作经费」',
    });
    expect(entries[2]!.changes).toBeNull();
    // A role granted to a user is scoped to the unit the user was registered in.
    expect(entries[11]!).toMatchObject({ unitCode: '323003', summary: '把角色 科室经办人（PREPARER）授予用户 u-zhao' });
    const stored = await view.readStore.db.selectFrom('audit_trail').selectAll().execute();
    expect(JSON.stringify(stored)).toContain('u-zhao');
    expect(JSON.stringify(stored)).not.toContain('never-shown');
  });

  it('filters by project, actor, role, kind, step, unit, period and correlation id', async () => {
    await writeHistory();
    await follow(100);
    const types = async (filter: AuditTrailFilter) => (await trail(filter)).entries.map((entry) => entry.eventType);
    expect(await types({ kind: 'APPROVE', step: 'OFFICE' })).toEqual(['TargetTableStepApproved']);
    expect((await trail({ kind: 'APPROVE', step: 'OFFICE' })).entries[0]!.actor.name).toBe(office.displayName);
    expect(await types({ role: 'SECTION_HEAD' })).toEqual(['TargetTableReturned', 'TargetTableStepApproved']);
    expect(await types({ actorUserId: office.userId })).toEqual(['TargetTableStepApproved', 'TargetTableApproved']);
    // The other capability's event was recorded by the same person today, outside the period.
    expect(await types({ actorName: '张经办', from: at(4), to: at(8) })).toEqual([
      'TargetTableDraftRevised',
      'TargetTableSubmitted',
      'TargetTableAdjustmentProposed',
    ]);
    expect(await types({ unitCode: '323003' })).toEqual(['UserRegistered', 'RoleGranted']);
    expect(await types({ projectCode: key.projectCode, fiscalYear: 2022, kind: 'SUBMIT' })).toEqual(['TargetTableSubmitted', 'TargetTableSubmitted']);
    expect(await types({ streamId: 'directory', excludedKinds: ['DIRECTORY'] })).toEqual([]);
    expect(await types({ correlationId: 'office-approval' })).toEqual(['TargetTableStepApproved', 'TargetTableApproved']);
    expect(await types({ version: 2 })).toEqual(['TargetTableAdjustmentProposed']);
  });

  it('pages through the trail in both orders without losing or repeating an entry', async () => {
    await writeHistory();
    await follow(100);
    for (const order of ['OLDEST_FIRST', 'NEWEST_FIRST'] as const) {
      const all = (await trail({}, order, { first: 100 })).entries.map((entry) => entry.eventId);
      const paged: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await trail({}, order, { first: 5, after });
        expect(page.totalCount).toBe(12);
        paged.push(...page.entries.map((entry) => entry.eventId));
        if (!page.hasNextPage) break;
        after = page.endCursor!;
      }
      expect(paged).toEqual(all);
    }
    const oldest = (await trail({}, 'OLDEST_FIRST', { first: 100 })).entries.map((entry) => entry.eventId);
    const newest = (await trail({}, 'NEWEST_FIRST', { first: 100 })).entries.map((entry) => entry.eventId);
    expect(newest).toEqual([...oldest].reverse());
    await expect(trail({}, 'OLDEST_FIRST', { after: 'bm90LWEtY3Vyc29y' })).rejects.toThrow(InvalidCursorError);
  });
});
