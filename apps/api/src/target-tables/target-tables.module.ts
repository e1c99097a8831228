import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module.js';
import { TargetTableCommandHandler } from './target-table.command-handler.js';
import { TargetTableReader } from './target-table.reader.js';
import { TargetTableCommandPayloadResolver, TargetTablesResolver } from './target-tables.resolver.js';

@Module({
  imports: [DirectoryModule],
  providers: [TargetTableCommandHandler, TargetTableReader, TargetTablesResolver, TargetTableCommandPayloadResolver],
  exports: [TargetTableReader],
})
export class TargetTablesModule {}
