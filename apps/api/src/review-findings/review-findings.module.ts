import { Module } from '@nestjs/common';
import { AcceptReviewFindingHandler, ReviewFindingsResolver } from './review-findings.resolver.js';
import { ReviewFindingsReader } from './review-findings.reader.js';

/** The review assistant over GraphQL (docs/review-assistant.md). */
@Module({ providers: [ReviewFindingsReader, ReviewFindingsResolver, AcceptReviewFindingHandler] })
export class ReviewFindingsModule {}
