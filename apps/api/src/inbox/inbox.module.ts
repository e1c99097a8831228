import { Module } from '@nestjs/common';
import { DeadlinesModule } from '../deadlines/deadlines.module.js';
import { DelegationModule } from '../delegation/delegation.module.js';
import { DirectoryModule } from '../directory/directory.module.js';
import { DepartmentTargetsModule } from '../department-targets/department-targets.module.js';
import { DepartmentEvaluationModule } from '../department-evaluation/department-evaluation.module.js';
import { InboxReader } from './inbox.reader.js';
import { InboxResolver } from './inbox.resolver.js';

@Module({
  imports: [DeadlinesModule, DelegationModule, DirectoryModule, DepartmentTargetsModule, DepartmentEvaluationModule],
  providers: [InboxReader, InboxResolver],
})
export class InboxModule {}
