import { Module } from '@nestjs/common';
import { FinalEvaluationCommandHandler } from './final-evaluation.command-handler.js';
import { FinalEvaluationReader } from './final-evaluation.reader.js';
import { FinalEvaluationCommandPayloadResolver, FinalEvaluationsResolver } from './final-evaluations.resolver.js';

@Module({
  providers: [FinalEvaluationCommandHandler, FinalEvaluationReader, FinalEvaluationsResolver, FinalEvaluationCommandPayloadResolver],
  exports: [FinalEvaluationReader],
})
export class FinalEvaluationsModule {}
