import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module.js';
import { TargetDocumentsModule } from '../target-documents/target-documents.module.js';
import { DemoData } from './demo-data.js';

/** The demo department and the seed document, loaded on the first start of an empty embedded store. */
@Module({ imports: [DirectoryModule, TargetDocumentsModule], providers: [DemoData] })
export class DemoModule {}
