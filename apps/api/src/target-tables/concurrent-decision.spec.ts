import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '@app/domain';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { SqliteEventStore, type Actor, type EventStore } from '@app/event-store';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { DirectoryReader } from '../directory/directory.reader.js';
import type { CommandContext } from '../commands/command-context.js';
import { TargetTableCommandHandler } from './target-table.command-handler.js';
import type { ApprovalChainLookup } from './approval-chain-lookup.js';
import { TargetTableCommandMessage, type TargetTableCommandRequest } from './target-table.command-message.js';

const key = { projectCode: '13052922P00584010316P', fiscalYear: 2022 };
const preparer: Actor = { userId: 'preparer', displayName: '张经办', roles: ['PREPARER'], unitCode: '323001', sectionId: 'employment' };
const head1: Actor = { userId: 'head-1', displayName: '李股长', roles: ['SECTION_HEAD'], unitCode: '323001', sectionId: 'employment' };
const head2: Actor = { userId: 'head-2', displayName: '赵股长', roles: ['SECTION_HEAD'], unitCode: '323001', sectionId: 'employment' };
const chain = { chainId: '323001', chainVersion: 1, steps: [{ step: 'SECTION', role: 'SECTION_HEAD' }, { step: 'OFFICE', role: 'OFFICE' }] } as const;
const chains = { forTable: async () => ({ ...chain, steps: chain.steps.map((step) => ({ ...step })) }) } as unknown as ApprovalChainLookup;

let commandCount = 0;
function contextOf(actor: Actor): CommandContext {
  commandCount += 1;
  const id = `command-${commandCount}`;
  return { commandId: id, correlationId: id, causationId: id, actor, now: new Date().toISOString() };
}

/**
 * Two section heads approve the same step "at the same moment": the second one read the
 * stream before the first one's approval was appended, so its append loses the race.
 */
describe('two simultaneous approvals of one step, through the real store', () => {
  let dir: string;
  let store: SqliteEventStore;
  let handler: TargetTableCommandHandler;
  /** Runs once, between the loser's read and its append. */
  let beforeNextAppend: (() => Promise<void>) | undefined;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'concurrent-decision-'));
    store = SqliteEventStore.open(join(dir, 'events.db'));
    const racing: EventStore = Object.create(store) as EventStore;
    racing.append = async (...args) => {
      const interleave = beforeNextAppend;
      beforeNextAppend = undefined;
      await interleave?.();
      return store.append(...args);
    };
    racing.readStream = (...args) => store.readStream(...args);
    handler = new TargetTableCommandHandler(new AggregateStreams(racing, new DirectoryReader(racing)), chains, new DirectoryReader(store));
    const send = (command: TargetTableCommandRequest, actor: Actor) => handler.execute(new TargetTableCommandMessage(command, contextOf(actor)));
    await send({ type: 'DraftTargetTable', ...key, input: { ...seedTable3, sectionId: 'employment' }, actor: preparer }, preparer);
    await send({ type: 'SubmitTargetTable', ...key, actor: preparer }, preparer);
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets the first win and answers the second with CONFLICT naming the current state; one approval is stored', async () => {
    const approve = (actor: Actor): TargetTableCommandRequest => ({ type: 'ApproveTargetTableStep', ...key, actor, step: 'SECTION' });
    // head 2 has read the stream; head 1's approval lands before head 2 appends.
    beforeNextAppend = async () => {
      await handler.execute(new TargetTableCommandMessage(approve(head1), contextOf(head1)));
    };
    const loser = handler.execute(new TargetTableCommandMessage(approve(head2), contextOf(head2)));
    await expect(loser).rejects.toBeInstanceOf(DomainError);
    await expect(loser).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/head-1已批准该步骤/) });

    const events = await store.readStream(`target-table-${key.fiscalYear}-${key.projectCode}`);
    const approvals = events.filter((event) => event.type === 'TargetTableStepApproved');
    expect(approvals).toHaveLength(1);
    expect(approvals[0]!.metadata.actor.userId).toBe('head-1');
  });
});
