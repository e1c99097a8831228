import { Inject, Injectable } from '@nestjs/common';
import {
  approvalStepLabel,
  formatFen,
  formatFenAsWan,
  requireTargetTableFilterInScope,
  requireTargetTableReadable,
  targetTableReadScope,
  targetTableStatusLabels,
  type DecidingRole as DecidingRoleData,
  type Indicator as IndicatorData,
  type TargetTableActor,
  type TargetTableContent,
  messages,
} from '@app/domain';
import { encodeCursor, findTargetTable, listTargetTables, type ReadStore, type TargetTableView } from '@app/projections';
import { ApiError } from '../graphql/api-error.js';
import type { ConnectionShape } from '../graphql/connection.js';
import { pageRequest, withoutNulls } from '../graphql/given-arguments.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import type { TargetTableFilter } from './target-table.filter.js';
import {
  DecidingRole,
  IndicatorLevel1Kind,
  StepDecisionKind,
  TargetComparator,
  TargetDirection,
  TargetTableStatus,
  type Indicator,
  type TargetTable,
} from './target-table.model.js';


const comparators: Record<IndicatorData['target']['comparator'], TargetComparator> = {
  '>=': TargetComparator.GTE,
  '<=': TargetComparator.LTE,
  '=': TargetComparator.EQ,
  '>': TargetComparator.GT,
  '<': TargetComparator.LT,
  qualitative: TargetComparator.QUALITATIVE,
  text: TargetComparator.TEXT,
};

/** Serves target tables from the read store, shaped for GraphQL, to those who may read them. */
@Injectable()
export class TargetTableReader {
  constructor(@Inject(READ_STORE) private readonly readStore: ReadStore) {}

  async get(projectCode: string, fiscalYear: number, reader: TargetTableActor): Promise<TargetTable> {
    return toTargetTable(await this.readable(projectCode, fiscalYear, reader, messages.api.tableOf({ projectCode, fiscalYear })));
  }

  /** The table as the view holds it: NOT_FOUND when there is none, FORBIDDEN outside the reader's scope. */
  async readable(projectCode: string, fiscalYear: number, reader: TargetTableActor, what: string): Promise<TargetTableView> {
    const view = await findTargetTable(this.readStore.db, projectCode, fiscalYear);
    if (!view) {
      throw noTargetTable(projectCode, fiscalYear);
    }
    requireTargetTableReadable(reader, view, what);
    return view;
  }

  /** The tables the reader may read; a unit or section filter wholly outside that is FORBIDDEN. */
  async list(
    filter: TargetTableFilter,
    first: number | null | undefined,
    after: string | null | undefined,
    reader: TargetTableActor,
  ): Promise<ConnectionShape<TargetTable>> {
    const requested = pageRequest(first, after);
    const given = withoutNulls(filter);
    requireTargetTableFilterInScope(reader, given);
    const scoped = { ...given, readableIn: targetTableReadScope(reader) };
    const page = await listTargetTables(this.readStore.db, scoped, requested);
    const edges = page.rows.map((row) => ({ cursor: encodeCursor(row), node: toTargetTable(row) }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor }, totalCount: page.totalCount };
  }
}

/** NOT_FOUND for a table that was never drafted, saying what to check. */
export function noTargetTable(projectCode: string, fiscalYear: number): ApiError {
  return new ApiError('NOT_FOUND', messages.api.noTable({ projectCode, fiscalYear }));
}

export function toTargetTable(view: TargetTableView): TargetTable {
  const { content } = view;
  const status = view.status as TargetTableStatus;
  return {
    ...contentFields(content),
    id: view.streamId,
    projectCode: view.projectCode,
    fiscalYear: view.fiscalYear,
    name: content.name,
    unitCode: content.unitCode,
    unitName: content.unitName,
    sectionId: content.sectionId,
    status,
    statusLabel: targetTableStatusLabels[status] ?? view.status,
    currentStep:
      view.currentStep === null
        ? null
        : {
            step: view.currentStep.step,
            label: approvalStepLabel({ step: view.currentStep.step, role: view.currentStep.role as DecidingRoleData }),
            role: DecidingRole[view.currentStep.role as DecidingRoleData],
          },
    submittedAt: view.submittedAt,
    submittedBy: view.submittedBy,
    decisions: view.decisions.map((decision) => ({ ...decision, decision: StepDecisionKind[decision.decision], role: DecidingRole[decision.role] })),
    lastReturn: view.lastReturn === null ? null : { ...view.lastReturn, role: DecidingRole[view.lastReturn.role] },
    warnings: view.warnings.map(({ code, field, message }) => ({ code, field, message })),
    baseline: view.baseline === null ? null : { version: view.baseline.version, sectionId: view.baseline.content.sectionId, ...contentFields(view.baseline.content) },
    importedFrom: view.importedFrom,
    version: view.version,
    revision: view.revision,
    createdAt: view.createdAt,
    createdBy: view.createdBy,
    updatedAt: view.updatedAt,
    updatedBy: view.updatedBy,
    position: String(view.position),
  };
}

/** The content as GraphQL shows it: amounts in yuan, indicators with their parsed targets. */
export function contentFields(content: TargetTableContent) {
  return {
    name: content.name,
    budget: {
      total: formatFen(content.budget.total),
      fiscal: formatFen(content.budget.fiscal),
      other: formatFen(content.budget.other),
      totalWan: formatFenAsWan(content.budget.total),
      fiscalWan: formatFenAsWan(content.budget.fiscal),
      otherWan: formatFenAsWan(content.budget.other),
    },
    purpose: content.purpose,
    spendingPlan: {
      mar: optionalFen(content.spendingPlan.mar),
      jun: optionalFen(content.spendingPlan.jun),
      oct: optionalFen(content.spendingPlan.oct),
      dec: optionalFen(content.spendingPlan.dec),
      marWan: optionalWan(content.spendingPlan.mar),
      junWan: optionalWan(content.spendingPlan.jun),
      octWan: optionalWan(content.spendingPlan.oct),
      decWan: optionalWan(content.spendingPlan.dec),
    },
    goals: content.goals,
    indicators: content.indicators.map(toIndicator),
  };
}

export function toIndicator(indicator: IndicatorData): Indicator {
  return {
    level1: indicator.level1,
    level1Kind: indicator.level1Kind === null ? null : IndicatorLevel1Kind[indicator.level1Kind],
    level2: indicator.level2,
    level3: indicator.level3,
    description: indicator.description,
    valueText: indicator.valueText,
    target: {
      comparator: comparators[indicator.target.comparator],
      value: indicator.target.value,
      unit: indicator.target.unit,
      direction: indicator.target.direction === null ? null : TargetDirection[indicator.target.direction],
    },
    basis: indicator.basis,
  };
}

function optionalFen(fen: number | null): string | null {
  return fen === null ? null : formatFen(fen);
}

function optionalWan(fen: number | null): string | null {
  return fen === null ? null : formatFenAsWan(fen);
}
