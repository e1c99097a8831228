import { Module } from '@nestjs/common';
import { CalendarReader } from './calendar.reader.js';
import { DeadlinesReader } from './deadlines.reader.js';
import { DeadlinesResolver, InboxItemDueResolver } from './deadlines.resolver.js';
import { FiscalCalendarCommandHandler } from './fiscal-calendar.command-handler.js';

@Module({
  providers: [CalendarReader, DeadlinesReader, DeadlinesResolver, InboxItemDueResolver, FiscalCalendarCommandHandler],
  exports: [CalendarReader, DeadlinesReader],
})
export class DeadlinesModule {}
