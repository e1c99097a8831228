import { requirePreparerOf } from '../approval/approval-authority.js';
import { actingUser } from '../common/actor.js';
import { DomainError } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';
import type { DepartmentTable, SubGoal, SubGoalLinkSuggestion } from './department-targets-content.js';
import type { ConfirmSubGoalLink, RemoveSubGoalLink, SuggestSubGoalLinks } from './department-targets.commands.js';
import type { DepartmentTargetsEvent } from './department-targets.events.js';
import type { DepartmentTargets, DepartmentTargetsState } from './department-targets.state.js';
import { departmentScope, existingDepartmentTargets } from './existing-department-targets.js';

/**
 * Which project tables serve which sub-goal (docs/department-targets.md, the link rule). A
 * table's terms are the two-character words (pairs of adjacent Chinese characters) of its
 * name, less the words every budget line uses; a table is suggested for the sub-goal whose
 * title, goal and indicator sentences contain the most of its terms — for each of several
 * sub-goals tied at the top — and for none when no term occurs. A person confirms or removes
 * each suggestion; the rule only saves typing, so it prefers being explainable to being clever.
 */
export const commonTerms: ReadonlySet<string> = new Set(['经费', '资金', '专项', '项目', '工作', '单位', '保障', '管理', '建设', '服务', '我县', '全县']);

export function tableTerms(name: string): string[] {
  const terms: string[] = [];
  for (const run of name.match(/\p{Script=Han}+/gu) ?? []) {
    const characters = [...run];
    for (let i = 0; i + 1 < characters.length; i++) {
      const term = characters[i]! + characters[i + 1]!;
      if (!commonTerms.has(term) && !terms.includes(term)) terms.push(term);
    }
  }
  return terms;
}

export function suggestLinks(subGoals: readonly SubGoal[], tables: readonly DepartmentTable[]): SubGoalLinkSuggestion[] {
  const texts = subGoals.map((subGoal) => [subGoal.title, subGoal.goal, ...subGoal.indicators.map((indicator) => indicator.sentence)].join('\n'));
  const suggestions: SubGoalLinkSuggestion[] = [];
  for (const table of tables) {
    const terms = tableTerms(table.name);
    const shared = texts.map((text) => terms.filter((term) => text.includes(term)));
    const best = Math.max(0, ...shared.map((found) => found.length));
    if (best === 0) continue;
    shared.forEach((found, subGoal) => {
      if (found.length === best) suggestions.push({ subGoal, projectCode: table.projectCode, terms: found });
    });
  }
  return suggestions.sort((a, b) => a.subGoal - b.subGoal || (a.projectCode < b.projectCode ? -1 : a.projectCode > b.projectCode ? 1 : 0));
}

/** The rule's suggestions, less the links confirmed and those a person removed; nothing when they are the ones standing. */
export function suggestSubGoalLinks(command: SuggestSubGoalLinks, state: DepartmentTargetsState): DepartmentTargetsEvent[] {
  const targets = linkable(state, command);
  const settled = (link: { subGoal: number; projectCode: string }) =>
    targets.links.some((known) => known.status === 'CONFIRMED' && sameLink(known, link)) || targets.dismissed.some((gone) => sameLink(gone, link));
  const suggestions = suggestLinks(targets.content.subGoals, command.tables).filter((suggestion) => !settled(suggestion));
  const standing = targets.links.filter((link) => link.status === 'SUGGESTED');
  if (standing.length === suggestions.length && suggestions.every((suggestion) => standing.some((link) => sameLink(link, suggestion)))) return [];
  return [{ type: 'SubGoalLinksSuggested', data: { ...keyOf(targets), suggestions, suggestedBy: actingUser(command.actor) } }];
}

/** A suggestion, or a link the rule did not see, confirmed by a person: only to a table of the department's units. */
export function confirmSubGoalLink(command: ConfirmSubGoalLink, state: DepartmentTargetsState): DepartmentTargetsEvent[] {
  const targets = linkable(state, command);
  requireSubGoal(targets, command.subGoal);
  if (!command.tables.some((table) => table.projectCode === command.projectCode)) {
    throw DomainError.validation([{ field: 'projectCode', message: messages.departmentTargets.notATable({ projectCode: command.projectCode, fiscalYear: targets.fiscalYear }) }]);
  }
  if (targets.links.some((link) => link.status === 'CONFIRMED' && sameLink(link, command))) return [];
  return [{ type: 'SubGoalLinkConfirmed', data: { ...keyOf(targets), subGoal: command.subGoal, projectCode: command.projectCode, confirmedBy: actingUser(command.actor) } }];
}

export function removeSubGoalLink(command: RemoveSubGoalLink, state: DepartmentTargetsState): DepartmentTargetsEvent[] {
  const targets = linkable(state, command);
  requireSubGoal(targets, command.subGoal);
  if (!targets.links.some((link) => sameLink(link, command))) {
    throw DomainError.validation([{ field: 'projectCode', message: messages.departmentTargets.noSuchLink({ subGoal: command.subGoal, projectCode: command.projectCode }) }]);
  }
  return [{ type: 'SubGoalLinkRemoved', data: { ...keyOf(targets), subGoal: command.subGoal, projectCode: command.projectCode, removedBy: actingUser(command.actor) } }];
}

/** Links are no part of the approved content: a preparer of the department's unit keeps them in any stage. */
function linkable(state: DepartmentTargetsState, command: SuggestSubGoalLinks | ConfirmSubGoalLink | RemoveSubGoalLink): DepartmentTargets {
  const targets = existingDepartmentTargets(state, command, messages.departmentTargets.linking);
  requirePreparerOf(command.actor, departmentScope(targets), messages.departmentTargets.linking);
  return targets;
}

function requireSubGoal(targets: DepartmentTargets, subGoal: number): void {
  const count = targets.content.subGoals.length;
  if (!Number.isInteger(subGoal) || subGoal < 0 || subGoal >= count) {
    throw DomainError.validation([{ field: 'subGoal', message: messages.departmentTargets.notASubGoal({ given: String(subGoal), count }) }]);
  }
}

function sameLink(a: { subGoal: number; projectCode: string }, b: { subGoal: number; projectCode: string }): boolean {
  return a.subGoal === b.subGoal && a.projectCode === b.projectCode;
}

function keyOf(targets: DepartmentTargets) {
  return { departmentCode: targets.departmentCode, fiscalYear: targets.fiscalYear };
}
