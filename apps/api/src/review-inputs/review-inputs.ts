import { Inject, Injectable } from '@nestjs/common';
import {
  approvedBaselineOf,
  defaultApprovalChainSteps,
  evolveLedger,
  initialLedgerState,
  ledgerStreamId,
  targetTableDecider,
  targetTableStreamId,
  type ApprovedBaselineInput,
  type Decider,
  type DomainEvent,
  type LedgerState,
  type SubmissionChainInput,
  messages,
} from '@app/domain';
import type { EventStore } from '@app/event-store';
import { DirectoryReader } from '../directory/directory.reader.js';
import { ApiError } from '../graphql/api-error.js';
import { EVENT_STORE } from '../storage/storage.tokens.js';

/**
 * What the commands of mid-term reviews and final evaluations need from other streams, read
 * from the streams themselves (not the views, which may lag): the year's approved targets,
 * the disbursement ledger, and the unit's approval chain from the directory.
 */
@Injectable()
export class ReviewInputs {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: DirectoryReader,
  ) {}

  /** The approved version in force, or null when the table was never approved. */
  async approvedBaseline(projectCode: string, fiscalYear: number): Promise<ApprovedBaselineInput | null> {
    return approvedBaselineOf(await this.folded(targetTableStreamId(fiscalYear, projectCode), targetTableDecider));
  }

  async ledger(projectCode: string, fiscalYear: number): Promise<LedgerState> {
    return this.folded(ledgerStreamId(fiscalYear, projectCode), { initialState: initialLedgerState, evolve: evolveLedger });
  }

  /** A stream as its aggregate's evolve folds it. */
  async folded<E extends DomainEvent, S>(streamId: string, decider: Pick<Decider<unknown, E, S>, 'initialState' | 'evolve'>): Promise<S> {
    const history = await this.store.readStream(streamId);
    return history.reduce((state, event) => decider.evolve(state, event as unknown as E), decider.initialState);
  }

  /** The unit's current chain; a unit whose chain was never configured uses the default (section head, then office). */
  async approvalChain(unitCode: string): Promise<SubmissionChainInput> {
    const { state } = await this.directory.current();
    const unit = state.units.get(unitCode);
    if (unit === undefined) {
      throw new ApiError('VALIDATION', messages.api.unitNotInDirectory(unitCode));
    }
    return unit.approvalChain === null
      ? { chainId: `${unit.unitCode}/default`, chainVersion: 1, steps: defaultApprovalChainSteps.map((step) => ({ ...step })) }
      : { chainId: unit.unitCode, chainVersion: unit.approvalChain.version, steps: unit.approvalChain.steps.map((step) => ({ ...step })) };
  }
}
