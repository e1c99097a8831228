import { Module } from '@nestjs/common';
import { ReviewInputsModule } from '../review-inputs/review-inputs.module.js';
import { MidtermReviewCommandHandler } from './midterm-review.command-handler.js';
import { MidtermReviewReader } from './midterm-review.reader.js';
import { MidtermReviewCommandPayloadResolver, MidtermReviewsResolver } from './midterm-reviews.resolver.js';

@Module({
  imports: [ReviewInputsModule],
  providers: [MidtermReviewCommandHandler, MidtermReviewReader, MidtermReviewsResolver, MidtermReviewCommandPayloadResolver],
})
export class MidtermReviewsModule {}
