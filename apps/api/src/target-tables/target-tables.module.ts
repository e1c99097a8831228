import { Module } from '@nestjs/common';
import { TargetTableCommandHandler } from './target-table.command-handler.js';
import { TargetTableReader } from './target-table.reader.js';
import { TargetTableCommandPayloadResolver, TargetTablesResolver } from './target-tables.resolver.js';

@Module({
  providers: [TargetTableCommandHandler, TargetTableReader, TargetTablesResolver, TargetTableCommandPayloadResolver],
})
export class TargetTablesModule {}
