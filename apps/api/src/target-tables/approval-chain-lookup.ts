import { Injectable } from '@nestjs/common';
import { approvalChainInForce, targetTableDecider, targetTableStreamId, type ApprovalChainInForce } from '@app/domain';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { DirectoryReader } from '../directory/directory.reader.js';
import { noTargetTable } from './target-table.reader.js';

/** Where a submission goes: the approval chain in force for the table's unit. */
@Injectable()
export class ApprovalChainLookup {
  constructor(
    private readonly streams: AggregateStreams,
    private readonly directory: DirectoryReader,
  ) {}

  /** The table's unit as its stream has it now, not as the view may still show it; the chain as the directory has it now. */
  async forTable(projectCode: string, fiscalYear: number): Promise<ApprovalChainInForce> {
    const table = await this.streams.current(targetTableStreamId(fiscalYear, projectCode), targetTableDecider);
    if (table.status === 'NONE') throw noTargetTable(projectCode, fiscalYear);
    const { state } = await this.directory.current();
    return approvalChainInForce(state, table.content.unitCode);
  }
}
