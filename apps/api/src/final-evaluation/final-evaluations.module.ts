import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ReviewInputsModule } from '../review-inputs/review-inputs.module.js';
import { FinalEvaluationCommandHandler } from './final-evaluation.command-handler.js';
import { FinalEvaluationReader } from './final-evaluation.reader.js';
import { FinalEvaluationCommandPayloadResolver, FinalEvaluationsResolver } from './final-evaluations.resolver.js';

@Module({
  imports: [AuthModule, ReviewInputsModule],
  providers: [FinalEvaluationCommandHandler, FinalEvaluationReader, FinalEvaluationsResolver, FinalEvaluationCommandPayloadResolver],
})
export class FinalEvaluationsModule {}
