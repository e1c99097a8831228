import { Module } from '@nestjs/common';
import { MidtermReviewCommandHandler } from './midterm-review.command-handler.js';
import { MidtermReviewReader } from './midterm-review.reader.js';
import { MidtermReviewCommandPayloadResolver, MidtermReviewsResolver } from './midterm-reviews.resolver.js';

@Module({
  providers: [MidtermReviewCommandHandler, MidtermReviewReader, MidtermReviewsResolver, MidtermReviewCommandPayloadResolver],
  exports: [MidtermReviewReader],
})
export class MidtermReviewsModule {}
