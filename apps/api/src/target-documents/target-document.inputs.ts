import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';

export enum ImportModeInput {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
}
registerEnumType(ImportModeInput, {
  name: 'ImportMode',
  valuesMap: {
    DRAFT: { description: '草稿 — a draft of the owning section, to be submitted as usual' },
    APPROVED: { description: '历史基线 — the approved baseline of a year decided before this system' },
  },
});

@InputType({ description: 'A performance-target document (绩效目标) as text, and how to import it.' })
export class ImportTargetDocumentInput {
  @Field(() => ID, { nullable: true, description: 'Ties the import’s events together; a retry is safe with or without it, as each table’s command derives from the document.' })
  commandId?: string | null;
  @Field({ description: 'The document’s text, as extracted from the published PDF.' }) text!: string;
  @Field(() => Int, { nullable: true, description: 'The year the targets are for; default: the year the document names.' }) fiscalYear?: number | null;
  @Field(() => ImportModeInput) mode!: ImportModeInput;
  @Field(() => String, { nullable: true, description: 'What the audit trail calls the document, e.g. its file name (default: "document").' })
  sourceName?: string | null;
  @Field(() => String, { nullable: true, description: 'The owning section (科室) of the tables of its unit; for a preparer’s drafts default: the preparer’s own.' })
  sectionId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The department whose overall targets part one holds (the unit publishing the document); default: the lowest unit code of the tables, the department’s own unit (本级).',
  })
  departmentCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Import the tables that could be read although others could not (default: nothing is stored unless all were).' })
  importValidOnly?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Check only (预检): read the document and report each table (READY or SKIPPED with the reason), its anomalies and what could not be read; nothing is stored.',
  })
  dryRun?: boolean | null;
}

@InputType({ description: 'Filled 项目支出绩效目标表 worksheets (.xlsx, the download or its template) and how to import them.' })
export class ImportTargetTableWorkbookInput {
  @Field(() => ID, { nullable: true, description: 'Ties the import’s events together; a retry is safe with or without it, as each table’s command derives from the file.' })
  commandId?: string | null;
  @Field({ description: 'The .xlsx file, base64-encoded (at most MAX_BODY_BYTES with the rest of the request).' }) contentBase64!: string;
  @Field(() => Int, { nullable: true, description: 'The year the targets are for; default: the year the worksheets name (（2022年度）).' }) fiscalYear?: number | null;
  @Field(() => ImportModeInput) mode!: ImportModeInput;
  @Field(() => String, { nullable: true, description: 'What the audit trail calls the file, e.g. its name (default: "workbook.xlsx").' }) sourceName?: string | null;
  @Field(() => String, { nullable: true, description: 'The owning section (科室) of the tables of its unit; for a preparer’s drafts default: the preparer’s own.' })
  sectionId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Import the worksheets that could be read although others could not (default: nothing is stored unless all were).' })
  importValidOnly?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Check only (预检): report each table, its anomalies by cell and what could not be read; nothing is stored.' })
  dryRun?: boolean | null;
}
