import { Module } from '@nestjs/common';
import { ExecutionModule } from '../execution/execution.module.js';
import { DepartmentMonitoringReader } from './department-monitoring.reader.js';
import { DepartmentTargetsCommandHandler } from './department-targets.command-handler.js';
import { DepartmentTargetsReader } from './department-targets.reader.js';
import { DepartmentTargetsCommandPayloadResolver, DepartmentTargetsResolver } from './department-targets.resolver.js';

@Module({
  imports: [ExecutionModule],
  providers: [DepartmentTargetsCommandHandler, DepartmentTargetsReader, DepartmentMonitoringReader, DepartmentTargetsResolver, DepartmentTargetsCommandPayloadResolver],
  exports: [DepartmentTargetsReader, DepartmentMonitoringReader],
})
export class DepartmentTargetsModule {}
