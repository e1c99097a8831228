import { sectionIdProblem, unitCodeProblem } from '../directory/directory-fields.js';
import { messages } from '../messages/messages.js';
import { DomainError, type FieldProblem } from '../common/domain-error.js';
import { listLimits, type TextLimit, textLimits } from '../common/limits.js';
import { MoneyFormatError, parseYuan } from '../common/money.js';
import { listProblem, textProblem } from '../common/text-input.js';
import { level1KindOf, parseTarget } from './indicator-target.js';
import type { IndicatorInput, TargetTableInput } from './target-table.commands.js';
import type { Budget, Indicator, SpendingPlan, TargetTableContent } from './target-table.events.js';
import { unitNameProblem } from './unit-name.js';

/**
 * Converts what the API sends into a table's content, checking only its structure.
 *
 * A draft must be able to hold a real document as it was published, mistakes included
 * (a plan per quarter instead of cumulative, a missing target value, a revenue under 成本),
 * so those are left to the submission checks of a later slice. Here a draft is refused only
 * when it cannot be stored meaningfully: a required text is missing, an amount is unreadable.
 * Text is kept exactly as given — no trimming — because the table must show every word; so a
 * text holding invisible characters, or longer than the form holds (limits.ts), is refused
 * rather than cleaned (text-input.ts), and the unit name must be the directory's name of the
 * unit code when the application has the directory at hand (unit-name.ts).
 * All problems are collected so the preparer can fix them in one pass.
 */

export interface InputReading {
  content: TargetTableContent;
  /** Empty when the input is acceptable; content then holds its conversion. */
  problems: FieldProblem[];
}

/** The content of `input`, or a VALIDATION DomainError naming every problem with its field. */
export function toContent(input: TargetTableInput): TargetTableContent {
  const { content, problems } = readTargetTableInput(input);
  if (problems.length > 0) throw DomainError.validation(problems);
  return content;
}

/**
 * Like toContent, but returns the problems so a caller can merge them with its own.
 * `directoryUnitName`: the name the directory gives the input's unit code (see WithDirectoryUnit).
 */
export function readTargetTableInput(input: TargetTableInput, directoryUnitName?: string | null): InputReading {
  const problems: FieldProblem[] = [];
  const given: Partial<Record<keyof TargetTableInput, unknown>> = isRecord(input) ? input : {};
  if (!isRecord(input)) {
    problems.push({ field: 'input', message: messages.tableInput.missing });
  }
  const at = new Reader(problems);

  const name = at.requiredText('name', given.name, messages.tableInput.nameWhat, textLimits.projectName);
  const unitCode = at.requiredText('unitCode', given.unitCode, messages.tableInput.unitCodeWhat);
  if (unitCode.trim() !== '') at.add(unitCodeProblem(unitCode));
  const unitName = at.requiredText('unitName', given.unitName, messages.tableInput.unitNameWhat, textLimits.unitName);
  if (unitName.trim() !== '') at.add(unitNameProblem(unitName, unitCode, directoryUnitName));
  const content: TargetTableContent = {
    name,
    unitCode,
    unitName,
    sectionId: at.sectionId('sectionId', given.sectionId),
    budget: readBudget(at, given.budget),
    purpose: at.text('purpose', given.purpose, textLimits.purpose),
    spendingPlan: readSpendingPlan(at, given.spendingPlan),
    goals: readGoals(at, given.goals),
    indicators: readIndicators(at, given.indicators),
  };
  return { content, problems };
}

function readBudget(at: Reader, value: unknown): Budget {
  if (!isRecord(value)) {
    at.problem('budget', messages.tableInput.budgetRequired);
    return { total: 0, fiscal: 0, other: 0 };
  }
  return {
    total: at.amount('budget.total', value.total),
    fiscal: at.amount('budget.fiscal', value.fiscal),
    other: at.optionalAmount('budget.other', value.other) ?? 0,
  };
}

function readSpendingPlan(at: Reader, value: unknown): SpendingPlan {
  // Some published plans have a single column; a missing plan is reported at submission, not here.
  const plan = isRecord(value) ? value : {};
  if (value !== undefined && value !== null && !isRecord(value)) {
    at.problem('spendingPlan', messages.tableInput.planNotAnObject);
  }
  return {
    mar: at.optionalAmount('spendingPlan.mar', plan.mar),
    jun: at.optionalAmount('spendingPlan.jun', plan.jun),
    oct: at.optionalAmount('spendingPlan.oct', plan.oct),
    dec: at.optionalAmount('spendingPlan.dec', plan.dec),
  };
}

function readGoals(at: Reader, value: unknown): string[] {
  if (!Array.isArray(value)) {
    at.problem('goals', messages.tableInput.goalsNotAList);
    return [];
  }
  if (at.add(listProblem(value.length, 'goals', listLimits.goals))) return [];
  return value.map((goal, i) => at.requiredText(`goals[${i}]`, goal, messages.tableInput.goalWhat, textLimits.goal));
}

function readIndicators(at: Reader, value: unknown): Indicator[] {
  if (!Array.isArray(value)) {
    at.problem('indicators', messages.tableInput.indicatorsNotAList);
    return [];
  }
  if (at.add(listProblem(value.length, 'indicators', listLimits.indicators))) return [];
  return value.map((item, i) => readIndicator(at, `indicators[${i}]`, item));
}

function readIndicator(at: Reader, path: string, value: unknown): Indicator {
  const given: Partial<Record<keyof IndicatorInput, unknown>> = isRecord(value) ? value : {};
  if (!isRecord(value)) {
    at.problem(path, messages.tableInput.indicatorNotAnObject);
  }
  const level1 = at.requiredText(`${path}.level1`, given.level1, messages.tableInput.level1What, textLimits.indicatorLevel);
  const level2 = at.text(`${path}.level2`, given.level2, textLimits.indicatorLevel);
  const level3 = at.requiredText(`${path}.level3`, given.level3, messages.tableInput.level3What, textLimits.indicatorName);
  const description = at.text(`${path}.description`, given.description, textLimits.indicatorDescription);
  // An empty value is kept: real tables miss one now and then, and submission will say so.
  const valueText = at.text(`${path}.valueText`, given.valueText, textLimits.targetValue);
  const basis = at.text(`${path}.basis`, given.basis, textLimits.basis);
  const level1Kind = level1KindOf(level1);
  return {
    level1,
    level1Kind,
    level2,
    level3,
    description,
    valueText,
    target: parseTarget(valueText, level1Kind, level2),
    basis,
  };
}

/** Reads one field at a time, recording a problem and returning a neutral value when it is unusable. */
class Reader {
  constructor(private readonly problems: FieldProblem[]) {}

  problem(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  /** Records the problem if there is one, and says whether there was. */
  add(problem: FieldProblem | null): boolean {
    if (problem !== null) this.problems.push(problem);
    return problem !== null;
  }

  requiredText(field: string, value: unknown, what: string, limit?: TextLimit): string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.problem(field, messages.tableInput.required(what));
      return typeof value === 'string' ? value : '';
    }
    if (limit !== undefined) this.add(textProblem(value, field, limit));
    return value;
  }

  text(field: string, value: unknown, limit: TextLimit): string {
    if (typeof value !== 'string') {
      this.problem(field, messages.tableInput.notText);
      return '';
    }
    this.add(textProblem(value, field, limit));
    return value;
  }

  sectionId(field: string, value: unknown): string | null {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string' || value.trim() === '') {
      this.problem(field, messages.tableInput.sectionBlank);
      return null;
    }
    this.add(sectionIdProblem(value, field));
    return value;
  }

  amount(field: string, value: unknown): number {
    try {
      return parseYuan(value as string);
    } catch (error) {
      if (!(error instanceof MoneyFormatError)) throw error;
      this.problem(field, error.message);
      return 0;
    }
  }

  /** Absent, null or blank means "not given"; forms send "" for an empty cell. */
  optionalAmount(field: string, value: unknown): number | null {
    if (value === undefined || value === null) return null;
    if (typeof value === 'string' && value.trim() === '') return null;
    return this.amount(field, value);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
