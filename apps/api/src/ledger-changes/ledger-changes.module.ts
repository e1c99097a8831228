import { Module } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { AuthModule } from '../auth/auth.module.js';
import { LedgerChangePublisher } from './ledger-change.publisher.js';
import { LedgerChangesResolver } from './ledger-changes.resolver.js';
import { LEDGER_CHANGES } from './ledger-changes.topic.js';

/** The ledgerChanged subscription: live execution views refresh on a payment or reversal. */
@Module({
  imports: [AuthModule],
  providers: [{ provide: LEDGER_CHANGES, useFactory: () => new PubSub() }, LedgerChangePublisher, LedgerChangesResolver],
})
export class LedgerChangesModule {}
