import { Module } from '@nestjs/common';
import { TargetTablesModule } from '../target-tables/target-tables.module.js';
import { TargetTableVersionsReader } from './target-table-versions.reader.js';
import { TargetTableVersionsResolver } from './target-table-versions.resolver.js';

@Module({
  imports: [TargetTablesModule],
  providers: [TargetTableVersionsReader, TargetTableVersionsResolver],
})
export class TargetTableVersionsModule {}
