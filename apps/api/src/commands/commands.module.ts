import { Global, Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module.js';
import { AggregateStreams } from './aggregate-streams.js';

@Global()
@Module({ imports: [DirectoryModule], providers: [AggregateStreams], exports: [AggregateStreams] })
export class CommandsModule {}
