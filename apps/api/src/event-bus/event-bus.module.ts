import { Module } from '@nestjs/common';
import { StoredEventPublisher } from './stored-event-publisher.js';

@Module({ providers: [StoredEventPublisher] })
export class EventBusModule {}
