import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import { formatFen, MoneyFormatError, parseAmount, type AmountUnit } from '../common/money.js';
import type { TargetTableInput } from '../target-table/target-table.commands.js';
import type { ParsedProjectTable } from './parsed-target-document.js';

const amountUnits: ReadonlyArray<AmountUnit> = ['元', '万元'];

export function isAmountUnit(unit: string): unit is AmountUnit {
  return (amountUnits as readonly string[]).includes(unit);
}

/**
 * The draft input of a parsed table: amounts converted from the document's unit to yuan
 * through integer fen (723.00 万元 → "7230000.00", exact), text as printed, no section (the
 * caller sets it). An amount that is not a number of the unit is passed on as printed, so the
 * draft's own checks name it.
 */
export function targetTableInputOf(project: ParsedProjectTable): TargetTableInput {
  const unit = project.currencyUnit;
  if (!isAmountUnit(unit)) {
    throw DomainError.validation([
      { field: 'currencyUnit', message: messages.documentImport.notAnAmountUnit(unit) },
    ]);
  }
  const yuan = (amount: string | null): string | null => (amount === null ? null : yuanOf(amount, unit));
  return {
    name: project.name,
    unitCode: project.unitCode,
    unitName: project.unitName,
    sectionId: null,
    budget: {
      total: yuan(project.budget.total) ?? '',
      fiscal: yuan(project.budget.fiscal) ?? '',
      other: yuan(project.budget.other),
    },
    purpose: project.purpose,
    spendingPlan: {
      mar: yuan(project.spendingPlan.mar),
      jun: yuan(project.spendingPlan.jun),
      oct: yuan(project.spendingPlan.oct),
      dec: yuan(project.spendingPlan.dec),
    },
    goals: [...project.goals],
    indicators: project.indicators.map(({ level1, level2, level3, description, valueText, basis }) => ({
      level1,
      level2,
      level3,
      description,
      valueText,
      basis,
    })),
  };
}

function yuanOf(amount: string, unit: AmountUnit): string {
  try {
    return formatFen(parseAmount(amount, unit));
  } catch (error) {
    if (!(error instanceof MoneyFormatError)) throw error;
    return amount;
  }
}
