import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module.js';
import { IndicatorLevelsResolver } from './indicator-levels.resolver.js';
import { TargetTableAsOfReader } from './target-table-as-of.reader.js';
import { TargetTableCommandHandler } from './target-table.command-handler.js';
import { TargetTableReader } from './target-table.reader.js';
import { TargetTableCommandPayloadResolver, TargetTablesResolver } from './target-tables.resolver.js';

@Module({
  imports: [DirectoryModule],
  providers: [TargetTableCommandHandler, TargetTableReader, TargetTableAsOfReader, TargetTablesResolver, TargetTableCommandPayloadResolver, IndicatorLevelsResolver],
  exports: [TargetTableReader],
})
export class TargetTablesModule {}
