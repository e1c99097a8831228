import { Module } from '@nestjs/common';
import { InboxReader } from './inbox.reader.js';
import { InboxResolver } from './inbox.resolver.js';

@Module({
  providers: [InboxReader, InboxResolver],
})
export class InboxModule {}
