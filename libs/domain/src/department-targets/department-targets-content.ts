import { DomainError, type FieldProblem } from '../common/domain-error.js';
import { listLimits, textLimits, type TextLimit } from '../common/limits.js';
import { listProblem, textProblem } from '../common/text-input.js';
import { messages } from '../messages/messages.js';
import { readIndicatorSentence, type DepartmentIndicator } from './indicator-sentence.js';

/** What the API sends: part one of the document as written (the importer reads it from the text). */
export interface DepartmentTargetsInput {
  /** 部门名称, e.g. 巨鹿县人力资源和社会保障局. */
  departmentName: string;
  /** The units the department's targets cover (its own unit among them), e.g. 323001 and 323003. */
  unitCodes: string[];
  /** 总体绩效目标. */
  overallGoal: string;
  /** 分项绩效目标: each indicator one sentence, as the document prints it. */
  subGoals: Array<{ title: string; goal: string; indicators: string[] }>;
  /** 工作保障措施. */
  safeguards: Array<{ title: string; text: string }>;
}

export interface SubGoal {
  title: string;
  goal: string;
  indicators: DepartmentIndicator[];
}

export interface Safeguard {
  title: string;
  text: string;
}

export interface DepartmentTargetsContent {
  departmentName: string;
  unitCodes: string[];
  overallGoal: string;
  subGoals: SubGoal[];
  safeguards: Safeguard[];
  /** 基本支出 in fen, null when none is entered; the total budget adds the project tables' (department-budget.ts). */
  basicExpenditureFen: number | null;
}

/** A project table of one of the department's units, as links are suggested from and checked against. */
export interface DepartmentTable {
  projectCode: string;
  name: string;
  unitCode: string;
  goals: string[];
}

export type SubGoalLinkStatus = 'SUGGESTED' | 'CONFIRMED';

/** A sub-goal (by position, from 0) served by a project table. */
export interface SubGoalLink {
  subGoal: number;
  projectCode: string;
  status: SubGoalLinkStatus;
  /** Why the rule suggested it (the words shared); null for a link a person made. */
  reason: string | null;
}

export interface SubGoalLinkSuggestion {
  subGoal: number;
  projectCode: string;
  /** The terms the table's name shares with the sub-goal (sub-goal-links.ts). */
  terms: string[];
}

/**
 * The content of an input, every problem named with its field; indicator sentences are kept
 * exactly and read by readIndicatorSentence. `basicExpenditureFen` is carried over: it is set
 * by its own command.
 */
export function departmentTargetsContent(input: DepartmentTargetsInput | undefined, basicExpenditureFen: number | null): DepartmentTargetsContent {
  if (typeof input !== 'object' || input === null) throw DomainError.validation([{ field: 'content', message: messages.departmentTargets.input.required }]);
  const problems: FieldProblem[] = [];
  const words = messages.departmentTargets.input;
  const text = (value: unknown, field: string, limit: TextLimit, missing: string): string => {
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push({ field, message: missing });
      return '';
    }
    const problem = textProblem(value, field, limit);
    if (problem !== null) problems.push(problem);
    return value;
  };
  const departmentName = text(input.departmentName, 'departmentName', textLimits.unitName, words.departmentName);
  const unitCodes = Array.isArray(input.unitCodes) ? [...new Set(input.unitCodes)] : [];
  if (unitCodes.length === 0) problems.push({ field: 'unitCodes', message: words.unitCodes });
  unitCodes.forEach((code, i) => text(code, `unitCodes[${i}]`, textLimits.unitName, words.unitCode));
  const overallGoal = text(input.overallGoal, 'overallGoal', textLimits.purpose, words.overallGoal);
  const givenSubGoals = Array.isArray(input.subGoals) ? input.subGoals : [];
  if (givenSubGoals.length === 0) problems.push({ field: 'subGoals', message: words.subGoals });
  const subGoals = givenSubGoals.map((given, i): SubGoal => {
    const at = `subGoals[${i}]`;
    const sentences = Array.isArray(given?.indicators) ? given.indicators : [];
    return {
      title: text(given?.title, `${at}.title`, textLimits.indicatorDescription, words.subGoalTitle),
      goal: typeof given?.goal === 'string' ? given.goal : '',
      indicators: sentences.map((sentence, j) => readIndicatorSentence(text(sentence, `${at}.indicators[${j}]`, textLimits.indicatorDescription, words.indicator))),
    };
  });
  subGoals.forEach((subGoal, i) => {
    const problem = textProblem(subGoal.goal, `subGoals[${i}].goal`, textLimits.purpose);
    if (problem !== null) problems.push(problem);
  });
  const givenSafeguards = Array.isArray(input.safeguards) ? input.safeguards : [];
  const safeguards = givenSafeguards.map((given, i) => ({
    title: text(given?.title, `safeguards[${i}].title`, textLimits.indicatorDescription, words.safeguardTitle),
    text: text(given?.text, `safeguards[${i}].text`, textLimits.purpose, words.safeguardText),
  }));
  const lists = [
    listProblem(unitCodes.length, 'unitCodes', listLimits.units),
    listProblem(subGoals.length, 'subGoals', listLimits.subGoals),
    ...subGoals.map((subGoal, i) => listProblem(subGoal.indicators.length, `subGoals[${i}].indicators`, listLimits.indicators)),
    listProblem(safeguards.length, 'safeguards', listLimits.safeguards),
  ];
  problems.push(...lists.filter((problem): problem is FieldProblem => problem !== null));
  if (problems.length > 0) throw DomainError.validation(problems);
  return { departmentName, unitCodes, overallGoal, subGoals, safeguards, basicExpenditureFen };
}

/** Whether two contents say the same (an unchanged revision or re-import records nothing). */
export function sameDepartmentContent(a: DepartmentTargetsContent, b: DepartmentTargetsContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
