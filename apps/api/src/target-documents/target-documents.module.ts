import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module.js';
import { TargetDocumentImporter } from './target-document-importer.js';
import { TargetDocumentsResolver } from './target-documents.resolver.js';

/** Importing performance-target documents (绩效目标) as drafts or as approved baselines. */
@Module({
  imports: [DirectoryModule],
  providers: [TargetDocumentImporter, TargetDocumentsResolver],
  exports: [TargetDocumentImporter],
})
export class TargetDocumentsModule {}
