import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module.js';
import { AuditTrailReader } from './audit-trail.reader.js';
import { AuditTrailResolver } from './audit-trail.resolver.js';

/** The audit trail: who did what, when, to what and why. */
@Module({ imports: [DirectoryModule], providers: [AuditTrailReader, AuditTrailResolver], exports: [AuditTrailReader] })
export class AuditTrailModule {}
