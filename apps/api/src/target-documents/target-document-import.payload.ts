import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SourceLines, TargetTableStatus } from '../target-tables/target-table.model.js';
import { ImportModeInput } from './target-document.inputs.js';

export enum TableImportOutcome {
  CREATED = 'CREATED',
  UNCHANGED = 'UNCHANGED',
  SKIPPED = 'SKIPPED',
  READY = 'READY',
}
registerEnumType(TableImportOutcome, {
  name: 'TableImportOutcome',
  valuesMap: {
    CREATED: { description: 'The table was created by this import.' },
    UNCHANGED: { description: 'The table was there already as the document has it: nothing was written.' },
    SKIPPED: { description: 'The table was not imported; `reason` says why.' },
    READY: { description: 'Dry run: the table can be imported as it is read; nothing was written.' },
  },
});

@ObjectType({ description: 'What the import did with one table of the document.' })
export class TableImportResult {
  @Field(() => Int, { description: 'The table’s number in the document.' }) seq!: number;
  @Field({ description: '项目编码' }) projectCode!: string;
  @Field({ description: '项目名称' }) name!: string;
  @Field() unitCode!: string;
  @Field(() => String, { nullable: true }) sectionId!: string | null;
  @Field(() => TableImportOutcome) outcome!: TableImportOutcome;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => TargetTableStatus, { nullable: true, description: 'The table’s status after the import; null when it does not exist.' })
  status!: TargetTableStatus | null;
  @Field(() => [String], { description: 'What is wrong with the table as printed, to be fixed before it is submitted or adjusted.' }) anomalies!: string[];
  @Field(() => SourceLines) lines!: SourceLines;
  @Field(() => String, { nullable: true, description: 'Position of the table’s last event.' }) position!: string | null;
}

@ObjectType({ description: 'Part of the document that could not be read.' })
export class DocumentParseFailure {
  @Field(() => Int, { nullable: true, description: 'The table’s number; null outside a table.' }) seq!: number | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => Int, { description: 'The line of the text, or the row of the worksheet.' }) line!: number;
  @Field(() => String, { nullable: true, description: 'For a workbook: the cell, e.g. Sheet1!D12.' }) cell?: string | null;
  @Field() message!: string;
}

@ObjectType({ description: 'What the import did with part one, the department’s overall targets (部门整体绩效目标).' })
export class PartOneImportResult {
  @Field({ description: 'The department: the code of the unit that publishes the document.' }) departmentCode!: string;
  @Field(() => Int) subGoals!: number;
  @Field(() => Int) safeguards!: number;
  @Field(() => TableImportOutcome) outcome!: TableImportOutcome;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => TargetTableStatus, { nullable: true, description: 'Its status after the import; null when it does not exist.' }) status!: TargetTableStatus | null;
  @Field(() => String, { nullable: true, description: 'Position of its last event.' }) position!: string | null;
}

@ObjectType({ description: 'What importing a document did, table by table.' })
export class ImportTargetDocumentPayload {
  @Field(() => ID) commandId!: string;
  @Field({ description: 'SHA-256 of the document’s text (hex).' }) documentSha256!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => ImportModeInput) mode!: ImportModeInput;
  @Field(() => [TableImportResult]) tables!: TableImportResult[];
  @Field(() => [DocumentParseFailure], { description: 'What could not be read; only with importValidOnly, otherwise the import fails.' })
  failures!: DocumentParseFailure[];
  @Field(() => PartOneImportResult, { nullable: true, description: 'Part one (部门整体绩效目标); null for a document without it.' })
  departmentTargets!: PartOneImportResult | null;
  @Field({ description: 'Highest position of the imported tables; pass it as minPosition to read them.' }) position!: string;
}
