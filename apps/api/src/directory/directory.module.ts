import { Module } from '@nestjs/common';
import { DirectoryBootstrap } from './directory-bootstrap.js';
import { DirectoryCommandHandler } from './directory.command-handler.js';
import { DirectoryReader } from './directory.reader.js';
import { DirectoryResolver } from './directory.resolver.js';

/** Units, sections, users, roles and approval chains (one event-sourced directory). */
@Module({
  providers: [DirectoryReader, DirectoryBootstrap, DirectoryCommandHandler, DirectoryResolver],
  exports: [DirectoryReader],
})
export class DirectoryModule {}
