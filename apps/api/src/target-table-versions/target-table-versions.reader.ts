import { Inject, Injectable } from '@nestjs/common';
import { diffTargetTableContent, targetTableVersionStatusLabels, type Actor, messages } from '@app/domain';
import { findTargetTableVersions, type ReadStore, type TargetTableVersionView } from '@app/projections';
import { ApiError } from '../graphql/api-error.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import { contentFields, TargetTableReader } from '../target-tables/target-table.reader.js';
import { contentFieldChangeOf, TargetTableVersionStatus, type TargetTableVersion, type TargetTableVersionDiff } from './target-table-version.model.js';

/** Serves a table's versions and the differences between them to those who may read the table. */
@Injectable()
export class TargetTableVersionsReader {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly tables: TargetTableReader,
  ) {}

  async versions(projectCode: string, fiscalYear: number, reader: Actor): Promise<TargetTableVersion[]> {
    return (await this.readableVersions(projectCode, fiscalYear, reader)).map(toTargetTableVersion);
  }

  async diff(projectCode: string, fiscalYear: number, fromVersion: number, toVersion: number, reader: Actor): Promise<TargetTableVersionDiff> {
    const versions = await this.readableVersions(projectCode, fiscalYear, reader);
    const [from, to] = [fromVersion, toVersion].map((number) => {
      const found = versions.find((version) => version.version === number);
      if (found === undefined) {
        const held = versions.map((version) => version.version).join(', ');
        throw new ApiError('NOT_FOUND', messages.api.noVersion({ projectCode, fiscalYear, version: number, held }));
      }
      return found;
    });
    const changes = diffTargetTableContent(from!.content, to!.content).map(contentFieldChangeOf);
    return { projectCode, fiscalYear, fromVersion, toVersion, changes };
  }

  private async readableVersions(projectCode: string, fiscalYear: number, reader: Actor): Promise<TargetTableVersionView[]> {
    await this.tables.readable(projectCode, fiscalYear, reader, messages.api.versionsOf({ projectCode, fiscalYear }));
    return findTargetTableVersions(this.readStore.db, projectCode, fiscalYear);
  }
}

function toTargetTableVersion(view: TargetTableVersionView): TargetTableVersion {
  const { content } = view;
  return {
    ...contentFields(content),
    projectCode: view.projectCode,
    fiscalYear: view.fiscalYear,
    version: view.version,
    status: TargetTableVersionStatus[view.status],
    statusLabel: targetTableVersionStatusLabels[view.status],
    unitCode: content.unitCode,
    unitName: content.unitName,
    sectionId: content.sectionId,
    baselineVersion: view.baselineVersion,
    adjustmentReason: view.adjustmentReason,
    createdAt: view.createdAt,
    createdBy: view.createdBy,
    submittedAt: view.submittedAt,
    submittedBy: view.submittedBy,
    warnings: view.warnings.map(({ code, field, message }) => ({ code, field, message })),
    approvedAt: view.approvedAt,
    supersededAt: view.supersededAt,
    supersededByVersion: view.supersededByVersion,
    updatedAt: view.updatedAt,
    position: String(view.position),
  };
}
