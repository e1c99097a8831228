import { Module } from '@nestjs/common';
import { DeadlinesModule } from '../deadlines/deadlines.module.js';
import { RectificationCommandHandler } from './rectification.command-handler.js';
import { RectificationProposer } from './rectification-proposer.js';
import { RectificationReader } from './rectification.reader.js';
import { FinalEvaluationRectificationsResolver, RectificationResolver, TargetTablePreviousYearResolver } from './rectification.resolver.js';

@Module({
  imports: [DeadlinesModule],
  providers: [RectificationCommandHandler, RectificationProposer, RectificationReader, RectificationResolver, FinalEvaluationRectificationsResolver, TargetTablePreviousYearResolver],
})
export class RectificationModule {}
