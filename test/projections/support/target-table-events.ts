import { randomUUID } from 'node:crypto';
import {
  targetTableStreamId,
  type TargetTableContent,
  type TargetTableDrafted,
  type TargetTableDraftRevised,
  type TargetTableSource,
} from '@app/domain/target-table/target-table.events.js';
import type { Actor, NewEvent } from '@app/event-store/event-store.port.js';
import { eventIdFor } from '@app/event-store/event-id.js';

export const preparer: Actor = {
  userId: 'user-preparer-1',
  displayName: '张经办',
  roles: ['PREPARER'],
  unitCode: '323001',
  sectionId: 'section-employment',
};

export interface TableKey {
  projectCode: string;
  fiscalYear: number;
}

export const streamOf = ({ fiscalYear, projectCode }: TableKey): string => targetTableStreamId(fiscalYear, projectCode);

/** Table 3 of the seed (就业工作经费), with the parts a test varies. */
export function content(overrides: Partial<TargetTableContent> = {}): TargetTableContent {
  return {
    name: '就业工作经费',
    unitCode: '323001',
    unitName: '巨鹿县人力资源和社会保障局本级',
    sectionId: 'section-employment',
    budget: { total: 20_000_000, fiscal: 20_000_000, other: 0 },
    purpose: '就业工作经费',
    spendingPlan: { mar: 5_000_000, jun: 10_000_000, oct: 15_000_000, dec: 20_000_000 },
    goals: ['1.健全就业服务体系'],
    indicators: [
      {
        level1: '产出指标',
        level1Kind: 'OUTPUT',
        level2: '成本指标',
        level3: '人均补贴水平',
        description: '人均补贴水平',
        valueText: '≤2420 元',
        target: { comparator: '<=', value: '2420', unit: '元', direction: 'NEGATIVE' },
        basis: '行业标准',
      },
    ],
    ...overrides,
  };
}

interface EventOptions {
  actor?: Actor;
  occurredAt?: string;
  /** Further metadata, e.g. the import source. */
  metadata?: Record<string, unknown>;
}

export function drafted(key: TableKey, tableContent: TargetTableContent, options: EventOptions = {}): NewEvent {
  const data: TargetTableDrafted['data'] = { ...key, version: 1, content: tableContent };
  return newEvent('TargetTableDrafted', data, options);
}

/** A revision as the decider writes it: only the changed top-level fields, with their new values. */
export function revised(
  key: TableKey,
  version: number,
  changes: TargetTableDraftRevised['data']['changes'],
  options: EventOptions = {},
): NewEvent {
  const data: TargetTableDraftRevised['data'] = { ...key, version, changes };
  return newEvent('TargetTableDraftRevised', data, options);
}

/**
 * An event of a type no view gives meaning to (the audit trail lists it as another action):
 * a view must step over it. Not a real event of another capability, whose view would read
 * fields this one does not have.
 */
export function unrelated(): NewEvent {
  return newEvent(UNRELATED_EVENT_TYPE, { note: 'read by no view' }, {});
}

export const UNRELATED_EVENT_TYPE = 'UnrelatedFactRecorded';

const chain = { chainId: '323001', chainVersion: 1, steps: [{ step: 'SECTION', role: 'SECTION_HEAD' as const }, { step: 'OFFICE', role: 'OFFICE' as const }] };
const chainRef = { chainId: '323001', chainVersion: 1 };
const acting = (actor: Actor) => ({ userId: actor.userId, unitCode: actor.unitCode, sectionId: actor.sectionId });

export const sectionHead: Actor = { userId: 'user-head-1', displayName: '李科长', roles: ['SECTION_HEAD'], unitCode: '323001', sectionId: 'section-employment' };
export const office: Actor = { userId: 'user-office-1', displayName: '王办公室', roles: ['OFFICE'], unitCode: '323001', sectionId: null };

/** A submission as the decider writes it, to the default chain (section head, then office). */
export function submitted(key: TableKey, version: number, tableContent: TargetTableContent, options: EventOptions & { resubmission?: boolean; baselineVersion?: number | null } = {}): NewEvent {
  const warnings = [{ code: 'BASIS_MISSING', field: 'indicators[0].basis', message: '指标值确定依据 is empty' }];
  const data = { ...key, version, content: tableContent, chain, submittedBy: acting(options.actor ?? preparer), resubmission: options.resubmission ?? false, warnings, baselineVersion: options.baselineVersion ?? null };
  return newEvent('TargetTableSubmitted', data, options);
}

export function stepApproved(key: TableKey, version: number, stepIndex: number, options: EventOptions & { comment?: string | null } = {}): NewEvent {
  const step = chain.steps[stepIndex]!;
  const actor = options.actor ?? (stepIndex === 0 ? sectionHead : office);
  const data = { ...key, version, chain: chainRef, step: step.step, role: step.role, stepIndex, approvedBy: acting(actor), comment: options.comment ?? null, nextStep: chain.steps[stepIndex + 1]?.step ?? null };
  return newEvent('TargetTableStepApproved', data, { ...options, actor });
}

export function approved(key: TableKey, version: number, tableContent: TargetTableContent, options: EventOptions & { replacedBaselineVersion?: number | null } = {}): NewEvent {
  const approvals = chain.steps.map((step, i) => ({ step: step.step, role: step.role, by: acting(i === 0 ? sectionHead : office), comment: null }));
  const data = { ...key, version, content: tableContent, chain: chainRef, approvals, replacedBaselineVersion: options.replacedBaselineVersion ?? null };
  return newEvent('TargetTableApproved', data, { ...options, actor: options.actor ?? office });
}

export function returnedToPreparer(key: TableKey, version: number, reason: string, options: EventOptions = {}): NewEvent {
  const actor = options.actor ?? sectionHead;
  const data = { ...key, version, chain: chainRef, step: 'SECTION', role: 'SECTION_HEAD', returnedBy: acting(actor), reason, to: 'PREPARER', toStepIndex: null };
  return newEvent('TargetTableReturned', data, { ...options, actor });
}

export function withdrawn(key: TableKey, version: number, options: EventOptions = {}): NewEvent {
  return newEvent('TargetTableSubmissionWithdrawn', { ...key, version, chain: chainRef, withdrawnBy: acting(options.actor ?? preparer) }, options);
}

export function adjustmentProposed(key: TableKey, version: number, tableContent: TargetTableContent, reason: string, options: EventOptions = {}): NewEvent {
  const data = { ...key, version, baselineVersion: version - 1, content: tableContent, reason, proposedBy: acting(options.actor ?? preparer), changedFields: ['name'] };
  return newEvent('TargetTableAdjustmentProposed', data, options);
}

/** Where the scenarios' imported tables come from. */
export const seedSource: TargetTableSource = { name: '2022-julu-hrss-performance-targets.txt', documentSha256: 'c5'.repeat(32), lines: { from: 260, to: 352 } };

export function baselineImported(key: TableKey, tableContent: TargetTableContent, options: EventOptions = {}): NewEvent {
  const actor = options.actor ?? office;
  const data = { ...key, version: 1, content: tableContent, importedBy: acting(actor), source: seedSource };
  return newEvent('TargetTableBaselineImported', data, { ...options, actor, metadata: { source: seedSource } });
}

export function newEvent(type: string, data: object, { actor = preparer, occurredAt = new Date().toISOString(), metadata = {} }: EventOptions): NewEvent {
  const commandId = randomUUID();
  return {
    eventId: eventIdFor(commandId, 0),
    type,
    data: data as Record<string, unknown>,
    metadata: { ...metadata, commandId, correlationId: commandId, causationId: commandId, actor, occurredAt, schemaVersion: 1 },
  };
}
