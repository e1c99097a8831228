import { randomUUID } from 'node:crypto';
import {
  targetTableStreamId,
  type TargetTableContent,
  type TargetTableDrafted,
  type TargetTableDraftRevised,
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

/** An event of another capability: the target table view must step over it. */
export function unrelated(): NewEvent {
  return newEvent('DisbursementRecorded', { projectCode: 'X', amountFen: 100 }, {});
}

function newEvent(type: string, data: object, { actor = preparer, occurredAt = new Date().toISOString() }: EventOptions): NewEvent {
  const commandId = randomUUID();
  return {
    eventId: eventIdFor(commandId, 0),
    type,
    data: data as Record<string, unknown>,
    metadata: { commandId, correlationId: commandId, causationId: commandId, actor, occurredAt, schemaVersion: 1 },
  };
}
