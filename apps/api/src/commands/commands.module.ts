import { Global, Module } from '@nestjs/common';
import { AggregateStreams } from './aggregate-streams.js';

@Global()
@Module({ providers: [AggregateStreams], exports: [AggregateStreams] })
export class CommandsModule {}
