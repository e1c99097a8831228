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
  type Actor,
  type TargetTableContent,
  messages,
} from '@app/domain';
import { countTargetTables, encodeCursor, findTargetTable, listTargetTableRows, type ReadStore, type TargetTableView } from '@app/projections';
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

  async get(projectCode: string, fiscalYear: number, reader: Actor): Promise<TargetTable> {
    return toTargetTable(await this.readable(projectCode, fiscalYear, reader, messages.api.tableOf({ projectCode, fiscalYear })));
  }

  /** The table as the view holds it: NOT_FOUND when there is none, FORBIDDEN outside the reader's scope. */
  async readable(projectCode: string, fiscalYear: number, reader: Actor, what: string): Promise<TargetTableView> {
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
    reader: Actor,
  ): Promise<ConnectionShape<TargetTable>> {
    const requested = pageRequest(first, after);
    const given = withoutNulls(filter);
    requireTargetTableFilterInScope(reader, given);
    const scoped = { ...given, readableIn: targetTableReadScope(reader) };
    const { db } = this.readStore;
    const page = await listTargetTableRows(db, scoped, requested);
    const edges = page.rows.map((row) => ({ cursor: encodeCursor(row), node: toTargetTable(row) }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      get totalCount() {
        return countTargetTables(db, scoped);
      },
    };
  }
}

/** NOT_FOUND for a table that was never drafted, saying what to check. */
export function noTargetTable(projectCode: string, fiscalYear: number): ApiError {
  return new ApiError('NOT_FOUND', messages.api.noTable({ projectCode, fiscalYear }));
}

/**
 * The table as GraphQL shows it. What comes of the view's JSON documents is worked out when
 * the field is read (toView parses them then): a list asks for a few fields of many tables.
 */
export function toTargetTable(view: TargetTableView): TargetTable {
  const status = view.status as TargetTableStatus;
  let shown: ReturnType<typeof contentFields> | undefined;
  const content = () => (shown ??= contentFields(view.content));
  return {
    get name() {
      return content().name;
    },
    get budget() {
      return content().budget;
    },
    get purpose() {
      return content().purpose;
    },
    get spendingPlan() {
      return content().spendingPlan;
    },
    get goals() {
      return content().goals;
    },
    get indicators() {
      return content().indicators;
    },
    id: view.streamId,
    projectCode: view.projectCode,
    fiscalYear: view.fiscalYear,
    get unitCode() {
      return view.content.unitCode;
    },
    get unitName() {
      return view.content.unitName;
    },
    get sectionId() {
      return view.content.sectionId;
    },
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
    get submittedBy() {
      return view.submittedBy;
    },
    get decisions() {
      return view.decisions.map((decision) => ({ ...decision, decision: StepDecisionKind[decision.decision], role: DecidingRole[decision.role] }));
    },
    get lastReturn() {
      return view.lastReturn === null ? null : { ...view.lastReturn, role: DecidingRole[view.lastReturn.role] };
    },
    get warnings() {
      return view.warnings.map(({ code, field, message }) => ({ code, field, message }));
    },
    get baseline() {
      const { baseline } = view;
      return baseline === null ? null : { version: baseline.version, sectionId: baseline.content.sectionId, ...contentFields(baseline.content) };
    },
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

/** The content as GraphQL shows it: amounts in yuan, indicators with their parsed targets, each worked out when read. */
export function contentFields(content: TargetTableContent) {
  return {
    name: content.name,
    get budget() {
      return {
        total: formatFen(content.budget.total),
        fiscal: formatFen(content.budget.fiscal),
        other: formatFen(content.budget.other),
        totalWan: formatFenAsWan(content.budget.total),
        fiscalWan: formatFenAsWan(content.budget.fiscal),
        otherWan: formatFenAsWan(content.budget.other),
      };
    },
    purpose: content.purpose,
    get spendingPlan() {
      return {
        mar: optionalFen(content.spendingPlan.mar),
        jun: optionalFen(content.spendingPlan.jun),
        oct: optionalFen(content.spendingPlan.oct),
        dec: optionalFen(content.spendingPlan.dec),
        marWan: optionalWan(content.spendingPlan.mar),
        junWan: optionalWan(content.spendingPlan.jun),
        octWan: optionalWan(content.spendingPlan.oct),
        decWan: optionalWan(content.spendingPlan.dec),
      };
    },
    goals: content.goals,
    get indicators() {
      return content.indicators.map(toIndicator);
    },
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
