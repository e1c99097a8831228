import { Global, Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module.js';
import { AggregateStreams } from './aggregate-streams.js';
import { CommandInputs } from './command-inputs.js';
import { StreamStates } from './stream-states.js';

@Global()
@Module({ imports: [DirectoryModule], providers: [StreamStates, AggregateStreams, CommandInputs], exports: [StreamStates, AggregateStreams, CommandInputs] })
export class CommandsModule {}
