import { Module } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { AuthModule } from '../auth/auth.module.js';
import { ReviewChangePublisher } from './review-change.publisher.js';
import { ReviewChangesResolver } from './review-changes.resolver.js';
import { REVIEW_CHANGES } from './review-changes.topic.js';

/** The reviewChanged subscription, fed by the stored mid-term, final-evaluation and department events on the EventBus. */
@Module({
  imports: [AuthModule],
  providers: [{ provide: REVIEW_CHANGES, useFactory: () => new PubSub() }, ReviewChangePublisher, ReviewChangesResolver],
})
export class ReviewChangesModule {}
