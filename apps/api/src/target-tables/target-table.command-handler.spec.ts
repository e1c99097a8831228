import { describe, expect, it } from '@jest/globals';
import { DomainError, targetTableDecider, type TargetTableCommand } from '@app/domain';
import type { AggregateStreams } from '../commands/aggregate-streams.js';
import type { CommandContext, CommandOutcome } from '../commands/command-context.js';
import type { CommandInputs } from '../commands/command-inputs.js';
import { TargetTableCommandHandler, TargetTableCommandMessage, type TargetTableCommandRequest } from './target-table.command-handler.js';

const actor = { userId: 'u1', displayName: 'u1', roles: ['PREPARER'], unitCode: '323001', sectionId: 'employment' };
const context: CommandContext = { commandId: 'c1', correlationId: 'c1', causationId: 'c1', actor, now: '2022-01-01T00:00:00.000Z' };
const outcome: CommandOutcome = { streamId: 'target-table-2022-P', revision: 3, position: 9n, replayed: false, appended: true };
const key = { projectCode: 'P', fiscalYear: 2022 };
const chainInForce = { chainId: '323001', chainVersion: 2, steps: [{ step: 'OFFICE', role: 'OFFICE' as const }] };
const unitNames = new Map([['323001', '巨鹿县人力资源和社会保障局本级']]);
const inputs = {
  submissionChain: async () => chainInForce,
  unitName: async (unitCode: string) => unitNames.get(unitCode) ?? null,
} as unknown as CommandInputs;

/** Streams that record what they were asked to decide: the command as AggregateStreams reads it. */
function recordingStreams() {
  const decided: unknown[] = [];
  const streams = {
    async execute(_streamId: string, _decider: unknown, command: () => Promise<unknown>) {
      decided.push(await command());
      return outcome;
    },
  };
  return { streams: streams as unknown as AggregateStreams, decided };
}

const content = { name: 'x', unitCode: '323001', unitName: 'u', sectionId: 'employment', budget: { total: '1', fiscal: '1' }, purpose: '', spendingPlan: {}, goals: [], indicators: [] };

describe('TargetTableCommandHandler', () => {
  it('sends a submission, as the caller of the context, to the approval chain in force for the table', async () => {
    const { streams, decided } = recordingStreams();
    const command: TargetTableCommandRequest = { type: 'SubmitTargetTable', ...key };
    await expect(new TargetTableCommandHandler(streams, inputs).execute(new TargetTableCommandMessage(command, context))).resolves.toBe(outcome);
    expect(decided).toEqual([{ ...command, actor, chain: chainInForce }]);
  });

  it.each<[string, TargetTableCommandRequest, string | null]>([
    ['a unit of the directory', { type: 'DraftTargetTable', ...key, input: content }, '巨鹿县人力资源和社会保障局本级'],
    ['a unit the directory does not have', { type: 'ReviseTargetTableDraft', ...key, input: { ...content, unitCode: '999999' } }, null],
  ])('gives content of %s the directory name of its unit code to check 单位名称 against', async (_, command, directoryUnitName) => {
    const { streams, decided } = recordingStreams();
    await new TargetTableCommandHandler(streams, inputs).execute(new TargetTableCommandMessage(command, { ...context, actor: { ...actor, unitCode: command.type === 'DraftTargetTable' ? '323001' : '999999' } }));
    expect(decided[0]).toMatchObject({ ...command, directoryUnitName });
  });

  it('refuses content to someone who may not write it before anything is read or decided', async () => {
    const { streams, decided } = recordingStreams();
    const stranger = { ...actor, unitCode: '323003' };
    const refusal = await new TargetTableCommandHandler(streams, inputs)
      .execute(new TargetTableCommandMessage({ type: 'DraftTargetTable', ...key, input: content }, { ...context, actor: stranger }))
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: 'FORBIDDEN' });
    expect(decided).toHaveLength(0);
  });
});

describe('targetTableDecider after losing an append race', () => {
  const base = { ...key, actor };
  it.each<TargetTableCommand>([
    { type: 'ApproveTargetTableStep', ...base, step: 'SECTION' },
    { type: 'ReturnTargetTable', ...base, step: 'SECTION', to: 'PREPARER', reason: 'r' },
    { type: 'SubmitTargetTable', ...base, chain: chainInForce },
    { type: 'ResubmitTargetTable', ...base },
    { type: 'WithdrawTargetTableSubmission', ...base },
  ])('decides $type once more on the new state', (command) => {
    expect(targetTableDecider.decidedAgainOnConflict?.(command)).toBe(true);
  });

  it.each<TargetTableCommand>([
    { type: 'ReviseTargetTableDraft', ...base, input: content },
    { type: 'ProposeTargetTableAdjustment', ...base, input: content, reason: 'r' },
  ])('does not redo $type, whose content was written against the state the writer saw', (command) => {
    expect(targetTableDecider.decidedAgainOnConflict?.(command)).toBe(false);
  });
});
