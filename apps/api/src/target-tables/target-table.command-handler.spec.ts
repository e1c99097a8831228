import { describe, expect, it } from '@jest/globals';
import { ExpectedRevision, WrongExpectedRevisionError } from '@app/event-store';
import type { AggregateStreams } from '../commands/aggregate-streams.js';
import type { CommandContext, CommandOutcome } from '../commands/command-context.js';
import { TargetTableCommandHandler } from './target-table.command-handler.js';
import type { ApprovalChainLookup } from './approval-chain-lookup.js';
import type { DirectoryReader } from '../directory/directory.reader.js';
import { TargetTableCommandMessage, type TargetTableCommandRequest } from './target-table.command-message.js';

const actor = { userId: 'u1', displayName: 'u1', roles: ['SECTION_HEAD'], unitCode: '323001', sectionId: 'employment' };
const context: CommandContext = { commandId: 'c1', correlationId: 'c1', causationId: 'c1', actor, now: '2022-01-01T00:00:00.000Z' };
const outcome: CommandOutcome = { streamId: 'target-table-2022-P', revision: 3, position: 9n, replayed: false, appended: true };
const key = { projectCode: 'P', fiscalYear: 2022 };
const chainInForce = { chainId: '323001', chainVersion: 2, steps: [{ step: 'OFFICE', role: 'OFFICE' as const }] };
const chains = { forTable: async () => chainInForce } as unknown as ApprovalChainLookup;
const directory = { current: async () => ({ state: { units: new Map([['323001', { unitCode: '323001', name: '巨鹿县人力资源和社会保障局本级' }]]) } }) } as unknown as DirectoryReader;

/** Streams whose first append loses the race (or fails with `firstError`), and which then succeed. */
function streamsLosingOnce(firstError: Error = new WrongExpectedRevisionError('target-table-2022-P', ExpectedRevision.after(1), 2)) {
  const calls: unknown[] = [];
  const streams = {
    async execute(...args: unknown[]) {
      calls.push(args);
      if (calls.length === 1) throw firstError;
      return outcome;
    },
  };
  return { streams: streams as unknown as AggregateStreams, calls };
}

const content = { name: 'x', unitCode: '323001', unitName: 'u', budget: { total: '1', fiscal: '1' }, purpose: '', spendingPlan: {}, goals: [], indicators: [] };

describe('TargetTableCommandHandler', () => {
  it.each<TargetTableCommandRequest>([
    { type: 'ApproveTargetTableStep', ...key, actor, step: 'SECTION' },
    { type: 'ReturnTargetTable', ...key, actor, step: 'SECTION', to: 'PREPARER', reason: 'r' },
    { type: 'SubmitTargetTable', ...key, actor },
    { type: 'ResubmitTargetTable', ...key, actor },
    { type: 'WithdrawTargetTableSubmission', ...key, actor },
  ])('decides $type once more on the new state when another writer got in first', async (command) => {
    const { streams, calls } = streamsLosingOnce();
    await expect(new TargetTableCommandHandler(streams, chains, directory).execute(new TargetTableCommandMessage(command, context))).resolves.toBe(outcome);
    expect(calls).toHaveLength(2);
  });

  it.each<TargetTableCommandRequest>([
    { type: 'ReviseTargetTableDraft', ...key, input: content },
    { type: 'ProposeTargetTableAdjustment', ...key, actor, input: content, reason: 'r' },
  ])('does not redo $type, whose content was written against the state the writer saw', async (command) => {
    const { streams, calls } = streamsLosingOnce();
    await expect(new TargetTableCommandHandler(streams, chains, directory).execute(new TargetTableCommandMessage(command, context))).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(calls).toHaveLength(1);
  });

  it('sends a submission to the approval chain in force for the table, looked up again when it is decided once more', async () => {
    const { streams, calls } = streamsLosingOnce();
    const command: TargetTableCommandRequest = { type: 'SubmitTargetTable', ...key, actor };
    await new TargetTableCommandHandler(streams, chains, directory).execute(new TargetTableCommandMessage(command, context));
    expect(calls.map((call) => (call as unknown[])[2])).toEqual([
      { ...command, chain: chainInForce },
      { ...command, chain: chainInForce },
    ]);
  });

  it.each<[string, TargetTableCommandRequest, string | null]>([
    ['a unit of the directory', { type: 'DraftTargetTable', ...key, input: content }, '巨鹿县人力资源和社会保障局本级'],
    ['a unit the directory does not have', { type: 'ReviseTargetTableDraft', ...key, input: { ...content, unitCode: '999999' } }, null],
  ])('gives content of %s the directory name of its unit code to check 单位名称 against', async (_, command, directoryUnitName) => {
    const { streams, calls } = streamsLosingOnce(new Error('stop'));
    await expect(new TargetTableCommandHandler(streams, chains, directory).execute(new TargetTableCommandMessage(command, context))).rejects.toThrow('stop');
    expect((calls[0] as unknown[])[2]).toEqual({ ...command, directoryUnitName });
  });

  it('passes any other failure on without a second try', async () => {
    const { streams, calls } = streamsLosingOnce(new Error('disk full'));
    const command: TargetTableCommandRequest = { type: 'ApproveTargetTableStep', ...key, actor, step: 'SECTION' };
    await expect(new TargetTableCommandHandler(streams, chains, directory).execute(new TargetTableCommandMessage(command, context))).rejects.toThrow('disk full');
    expect(calls).toHaveLength(1);
  });
});
