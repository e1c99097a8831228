import { actingUser } from '../common/actor.js';
import { DomainError } from '../common/domain-error.js';
import { parseYuan, MoneyFormatError } from '../common/money.js';
import { messages } from '../messages/messages.js';
import { departmentTargetsContent, sameDepartmentContent } from './department-targets-content.js';
import type { ReviseDepartmentTargets, SetDepartmentBasicExpenditure } from './department-targets.commands.js';
import type { DepartmentTargetsEvent } from './department-targets.events.js';
import type { DepartmentTargetsState } from './department-targets.state.js';
import { editableDepartmentTargets } from './existing-department-targets.js';

/** A version in the preparer's hands (a draft, an adjustment, or returned to them) takes new content; an unchanged one records nothing. */
export function reviseDepartmentTargets(command: ReviseDepartmentTargets, state: DepartmentTargetsState): DepartmentTargetsEvent[] {
  const targets = editableDepartmentTargets(state, command, messages.departmentTargets.revising);
  const content = departmentTargetsContent(command.input, targets.content.basicExpenditureFen);
  if (sameDepartmentContent(targets.content, content)) return [];
  const key = { departmentCode: targets.departmentCode, fiscalYear: targets.fiscalYear };
  return [{ type: 'DepartmentTargetsRevised', data: { ...key, version: targets.version, content, revisedBy: actingUser(command.actor) } }];
}

/** 基本支出 is part of the version reviewed: the total budget of the form adds it (department-budget.ts). */
export function setDepartmentBasicExpenditure(command: SetDepartmentBasicExpenditure, state: DepartmentTargetsState): DepartmentTargetsEvent[] {
  const targets = editableDepartmentTargets(state, command, messages.departmentTargets.settingBasic);
  const basicExpenditureFen = basicExpenditureFenOf(command.amount);
  if (basicExpenditureFen === targets.content.basicExpenditureFen) return [];
  const key = { departmentCode: targets.departmentCode, fiscalYear: targets.fiscalYear };
  return [{ type: 'DepartmentBasicExpenditureSet', data: { ...key, version: targets.version, basicExpenditureFen, setBy: actingUser(command.actor) } }];
}

/** 基本支出 in yuan as a person types it, in fen; null when left empty; the department's evaluation reads what was paid of it alike. */
export function basicExpenditureFenOf(amount: string | null | undefined): number | null {
  if (amount === undefined || amount === null || amount.trim() === '') return null;
  try {
    const fen = parseYuan(amount);
    if (fen >= 0) return fen;
  } catch (error) {
    if (!(error instanceof MoneyFormatError)) throw error;
  }
  throw DomainError.validation([{ field: 'amount', message: messages.departmentTargets.basicExpenditure(amount) }]);
}
