import { Module } from '@nestjs/common';
import { ExecutionReader } from './execution.reader.js';
import { ExecutionResolver, LedgerCommandPayloadResolver } from './execution.resolver.js';
import { LedgerCommandHandler } from './ledger.command-handler.js';

@Module({
  providers: [LedgerCommandHandler, ExecutionReader, ExecutionResolver, LedgerCommandPayloadResolver],
  exports: [ExecutionReader],
})
export class ExecutionModule {}
