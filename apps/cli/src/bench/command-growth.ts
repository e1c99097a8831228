import { join } from 'node:path';
import { ledgerDecider, ledgerStreamId, type LedgerCommand } from '@app/domain';
import { SqliteEventStore, type EventStore } from '@app/event-store';
import { AggregateStreams } from '../../../api/src/commands/aggregate-streams.js';
import type { CommandContext } from '../../../api/src/commands/command-context.js';
import { StreamStates } from '../../../api/src/commands/stream-states.js';
import { DirectoryReader } from '../../../api/src/directory/directory.reader.js';
import { ratePerSecond, sideBySide } from './measure.js';

/** The length of the long ledger the issue names (docs/workflow.md, "Loading a stream"). */
const LONG_LEDGER = 2000;
const ROUNDS = 5;
const FISCAL_YEAR = 2022;
const UNIT = '323001';

const office = { userId: 'bench-office', displayName: '基准办公室', roles: ['OFFICE'], unitCode: UNIT, sectionId: null };
/** An approved table with a budget no bench run reaches, so every payment is accepted. */
const target: LedgerCommand['target'] = {
  status: 'APPROVED',
  place: { unitCode: UNIT, sectionId: 'bench' },
  baseline: { version: 1, unitCode: UNIT, budgetTotalFen: Number.MAX_SAFE_INTEGER },
};

let commands = 0;
function recordDisbursement(projectCode: string): [LedgerCommand, CommandContext] {
  const commandId = `bench-command-${(commands += 1)}`;
  const command: LedgerCommand = {
    type: 'RecordDisbursement',
    projectCode,
    fiscalYear: FISCAL_YEAR,
    actor: office,
    target,
    amount: '100.00',
    date: `${FISCAL_YEAR}-06-30`,
    voucherNumber: `记-${commands}`,
    payee: '基准收款单位',
  };
  return [command, { commandId, correlationId: commandId, causationId: commandId, actor: office, now: new Date().toISOString() }];
}

/** `count` payments, one command after another, into one project's ledger: commands per second. */
async function commandRate(streams: AggregateStreams, projectCode: string, count: number): Promise<number> {
  return ratePerSecond(count, async () => {
    for (let i = 0; i < count; i += 1) {
      const [command, context] = recordDisbursement(projectCode);
      await streams.execute(ledgerStreamId(FISCAL_YEAR, projectCode), ledgerDecider, command, context);
    }
  });
}

/**
 * `recordDisbursement` as AggregateStreams executes it (load, decide, append on the embedded
 * store; no HTTP), on a ledger of 2,000 entries and on a new one, side by side; and the long
 * ledger once more with no kept folds, which is what every command cost before StreamStates.
 */
export async function commandGrowth(dir: string, scale: number, log: (message: string) => void) {
  const count = Math.max(50, Math.round(300 * scale));
  log(`recordDisbursement on a ledger of ${LONG_LEDGER.toLocaleString('en')} entries vs a new one (${count} commands each, ${ROUNDS} rounds)`);
  const store: EventStore = SqliteEventStore.open(join(dir, 'command-growth.sqlite'));
  const streams = new AggregateStreams(store, new DirectoryReader(store));
  const unkept = new AggregateStreams(store, new DirectoryReader(store), new StreamStates(store, 0));
  for (let i = 0; i < LONG_LEDGER; i += 1) {
    const [command, context] = recordDisbursement('LONG');
    await streams.execute(ledgerStreamId(FISCAL_YEAR, 'LONG'), ledgerDecider, command, context);
  }
  let round = 0;
  const rates = await sideBySide(ROUNDS, {
    empty: () => commandRate(streams, `NEW-${(round += 1)}`, count),
    long: () => commandRate(streams, 'LONG', count),
    longUnkept: () => commandRate(unkept, 'LONG', Math.max(5, Math.round(count / 30))),
  });
  await store.close();
  const slowdown = round2(rates.empty! / rates.long!);
  const figure = `commands/s: new ledger ÷ ${LONG_LEDGER.toLocaleString('en')} entries`;
  const measured = `${Math.round(rates.empty!)} ÷ ${Math.round(rates.long!)} = ${slowdown} (unkept ${Math.round(rates.longUnkept!)}/s)`;
  return {
    rows: [{ figure, measured, goal: '≤ 1.2', met: slowdown <= 1.2 }],
    result: {
      entries: LONG_LEDGER,
      empty: Math.round(rates.empty!),
      long: Math.round(rates.long!),
      longWithoutKeptFolds: Math.round(rates.longUnkept!),
      slowdown,
    },
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
