import { Inject, Injectable } from '@nestjs/common';
import {
  approvalChainInForce,
  approvedBaselineOf,
  calendarFor,
  delegationDecider,
  delegationStreamId,
  delegationsTo,
  fiscalCalendarDecider,
  fiscalCalendarStreamId,
  evolveLedger,
  initialLedgerState,
  ledgerStreamId,
  ledgerTargetOf,
  targetTableDecider,
  targetTableStreamId,
  type ApprovalChainInForce,
  type ApprovalDocumentKind,
  type ApprovedBaselineInput,
  type Decider,
  type DomainEvent,
  type LedgerState,
  type LedgerTarget,
  type SubstitutionFacts,
  type TargetTableState,
} from '@app/domain';
import type { Actor, EventStore } from '@app/event-store';
import { DirectoryReader } from '../directory/directory.reader.js';
import { EVENT_STORE } from '../storage/storage.tokens.js';
import { StreamStates } from './stream-states.js';

/** A project's year, as commands name it. */
export interface ProjectYear {
  projectCode: string;
  fiscalYear: number;
}

/**
 * What a command needs from streams other than its own, read by its handler from the streams
 * themselves (never the views, which may lag) and read again when AggregateStreams decides
 * the command once more: the year's target table and its approved targets, the disbursement
 * ledger, and the directory's approval chains and unit names.
 */
@Injectable()
export class CommandInputs {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: DirectoryReader,
    private readonly states: StreamStates = new StreamStates(store),
  ) {}

  /** A stream as its aggregate's evolve folds it, the fold kept by StreamStates. */
  async current<E extends DomainEvent, S>(streamId: string, decider: Pick<Decider<unknown, E, S>, 'initialState' | 'evolve'>): Promise<S> {
    return (await this.states.load(streamId, decider)).state;
  }

  targetTable({ projectCode, fiscalYear }: ProjectYear): Promise<TargetTableState> {
    return this.current(targetTableStreamId(fiscalYear, projectCode), targetTableDecider);
  }

  /** The approved version in force, or null when the table was never approved. */
  async approvedBaseline(project: ProjectYear): Promise<ApprovedBaselineInput | null> {
    return approvedBaselineOf(await this.targetTable(project));
  }

  /** What the ledger checks an entry against: the table's approved budget and unit. */
  async ledgerTarget(project: ProjectYear): Promise<LedgerTarget> {
    return ledgerTargetOf(await this.targetTable(project));
  }

  ledger({ projectCode, fiscalYear }: ProjectYear): Promise<LedgerState> {
    return this.current(ledgerStreamId(fiscalYear, projectCode), { initialState: initialLedgerState, evolve: evolveLedger });
  }

  /**
   * The approval chain in force for the unit and document kind as the directory has it now (the
   * default chain for a unit without one): PROJECT for a project's documents, DEPARTMENT_TARGETS
   * for the department's overall targets.
   */
  async approvalChain(unitCode: string, kind: ApprovalDocumentKind = 'PROJECT'): Promise<ApprovalChainInForce> {
    const { state } = await this.directory.current();
    return approvalChainInForce(state, unitCode, kind);
  }

  /**
   * Where a submission goes: the chain in force for the unit of the document, as the document's
   * own stream has it now (not as a view may still show it). `unitOf` says the unit, or null
   * when the stream holds no document, which is `missing`.
   */
  async submissionChain<E extends DomainEvent, S>(
    streamId: string,
    decider: Pick<Decider<unknown, E, S>, 'initialState' | 'evolve'>,
    unitOf: (state: S) => string | null,
    missing: () => Error,
    kind: ApprovalDocumentKind = 'PROJECT',
  ): Promise<ApprovalChainInForce> {
    const unitCode = unitOf(await this.current(streamId, decider));
    if (unitCode === null) throw missing();
    return this.approvalChain(unitCode, kind);
  }

  /**
   * What the approval authority weighs when the actor may be deciding a step as substitute
   * (代理审批, docs/deadlines-and-rectification.md): the unit's delegations naming them, the
   * year's calendar for the unit, and when the version was (re)submitted — the time its latest
   * submission event occurred, from the document's own stream. Nothing when no delegation
   * names them: the role's holders decide as before, without the extra reads.
   */
  async substitution<E extends DomainEvent, S>(
    actor: Actor,
    now: string,
    document: {
      streamId: string;
      fiscalYear: number;
      decider: Pick<Decider<unknown, E, S>, 'initialState' | 'evolve'>;
      unitOf: (state: S) => string | null;
      submissionTypes: readonly string[];
    },
  ): Promise<SubstitutionFacts | undefined> {
    const unitCode = document.unitOf(await this.current(document.streamId, document.decider));
    if (unitCode === null) return undefined;
    const delegations = delegationsTo(await this.current(delegationStreamId(unitCode), delegationDecider), actor.userId);
    if (delegations.length === 0) return undefined;
    const calendar = calendarFor(document.fiscalYear, await this.current(fiscalCalendarStreamId(document.fiscalYear), fiscalCalendarDecider), unitCode);
    const history = await this.store.readStream(document.streamId);
    const submission = [...history].reverse().find((event) => document.submissionTypes.includes(event.type));
    return {
      now,
      awaitedSince: submission?.metadata.occurredAt ?? null,
      decisionDays: calendar.decisionDays,
      escalationDays: calendar.escalationDays,
      delegations,
    };
  }

  /** The directory's name (单位名称) of a unit code, to check the name written in content against; null for a unit it does not have. */
  async unitName(unitCode: unknown): Promise<string | null> {
    if (typeof unitCode !== 'string') return null;
    const { state } = await this.directory.current();
    return state.units.get(unitCode)?.name ?? null;
  }
}
