import { Module } from '@nestjs/common';
import { AuditTrailReader } from './audit-trail.reader.js';
import { AuditTrailResolver } from './audit-trail.resolver.js';

/** The audit trail: who did what, when, to what and why. */
@Module({ providers: [AuditTrailReader, AuditTrailResolver] })
export class AuditTrailModule {}
