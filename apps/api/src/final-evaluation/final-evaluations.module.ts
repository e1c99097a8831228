import { Module } from '@nestjs/common';
import { ReviewInputsModule } from '../review-inputs/review-inputs.module.js';
import { FinalEvaluationCommandHandler } from './final-evaluation.command-handler.js';
import { FinalEvaluationReader } from './final-evaluation.reader.js';
import { FinalEvaluationCommandPayloadResolver, FinalEvaluationsResolver } from './final-evaluations.resolver.js';

@Module({
  imports: [ReviewInputsModule],
  providers: [FinalEvaluationCommandHandler, FinalEvaluationReader, FinalEvaluationsResolver, FinalEvaluationCommandPayloadResolver],
})
export class FinalEvaluationsModule {}
