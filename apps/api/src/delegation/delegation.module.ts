import { Module } from '@nestjs/common';
import { CommandsModule } from '../commands/commands.module.js';
import { DirectoryModule } from '../directory/directory.module.js';
import { DelegationCommandHandler } from './delegation.command-handler.js';
import { DelegationReader } from './delegation.reader.js';
import { DelegationResolver } from './delegation.resolver.js';

@Module({
  imports: [CommandsModule, DirectoryModule],
  providers: [DelegationCommandHandler, DelegationReader, DelegationResolver],
  exports: [DelegationReader],
})
export class DelegationModule {}
