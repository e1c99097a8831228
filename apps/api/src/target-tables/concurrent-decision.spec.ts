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
import type { CommandInputs } from '../commands/command-inputs.js';
import { TargetTableCommandHandler, TargetTableCommandMessage, type TargetTableCommandRequest } from './target-table.command-handler.js';

const key = { projectCode: '13052922P00584010316P', fiscalYear: 2022 };
const preparer: Actor = { userId: 'preparer', displayName: '张经办', roles: ['PREPARER'], unitCode: '323001', sectionId: 'employment' };
const head1: Actor = { userId: 'head-1', displayName: '李股长', roles: ['SECTION_HEAD'], unitCode: '323001', sectionId: 'employment' };
const head2: Actor = { userId: 'head-2', displayName: '赵股长', roles: ['SECTION_HEAD'], unitCode: '323001', sectionId: 'employment' };
const chain = { chainId: '323001', chainVersion: 1, steps: [{ step: 'SECTION', role: 'SECTION_HEAD' }, { step: 'OFFICE', role: 'OFFICE' }] } as const;
const inputs = { submissionChain: async () => ({ ...chain, steps: chain.steps.map((step) => ({ ...step })) }), unitName: async () => null, substitution: async () => undefined } as unknown as CommandInputs;

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
  /** Another API instance on the same store: within one instance, commands on one stream take turns (StreamTurns). */
  let otherInstance: TargetTableCommandHandler;
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
    handler = new TargetTableCommandHandler(new AggregateStreams(racing, new DirectoryReader(racing)), inputs);
    otherInstance = new TargetTableCommandHandler(new AggregateStreams(store, new DirectoryReader(store)), inputs);
    const send = (command: TargetTableCommandRequest, actor: Actor) => handler.execute(new TargetTableCommandMessage(command, contextOf(actor)));
    await send({ type: 'DraftTargetTable', ...key, input: { ...seedTable3, sectionId: 'employment' } }, preparer);
    await send({ type: 'SubmitTargetTable', ...key }, preparer);
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets the first win and answers the second with CONFLICT naming the current state; one approval is stored', async () => {
    const approve: TargetTableCommandRequest = { type: 'ApproveTargetTableStep', ...key, step: 'SECTION' };
    // head 2 has read the stream; head 1's approval, through another instance, lands before head 2 appends.
    beforeNextAppend = async () => {
      await otherInstance.execute(new TargetTableCommandMessage(approve, contextOf(head1)));
    };
    const loser = handler.execute(new TargetTableCommandMessage(approve, contextOf(head2)));
    await expect(loser).rejects.toBeInstanceOf(DomainError);
    await expect(loser).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/head-1已批准该步骤/) });

    const events = await store.readStream(`target-table-${key.fiscalYear}-${key.projectCode}`);
    const approvals = events.filter((event) => event.type === 'TargetTableStepApproved');
    expect(approvals).toHaveLength(1);
    expect(approvals[0]!.metadata.actor.userId).toBe('head-1');
  });
});
