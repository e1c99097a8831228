import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ANCHOR_KEY, loadOrCreateAnchorKey } from './anchor-key.js';
import { AuditIntegrityResolver } from './audit-integrity.resolver.js';
import { AuditTrailAnchoring } from './audit-trail-anchoring.js';

/** Tamper evidence: verifyAuditTrail, and signed anchors periodically and on demand. */
@Module({
  providers: [
    { provide: ANCHOR_KEY, inject: [APP_CONFIG], useFactory: (config: AppConfig) => loadOrCreateAnchorKey(config) },
    AuditTrailAnchoring,
    AuditIntegrityResolver,
  ],
})
export class AuditIntegrityModule {}
