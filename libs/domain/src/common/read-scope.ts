import { DomainError } from './domain-error.js';
import { messages } from '../messages/messages.js';
import type { Actor } from './actor.js';
import { placeOf, rolesHeld } from './actor-words.js';

/**
 * Which target tables a person may read (docs/domain-rules.md, who may read). PREPARER and SECTION_HEAD read
 * their own section's tables and the tables of their unit that name no section yet (the ones
 * they could take up); OFFICE and LEADER read their unit's; AUDITOR and ADMIN read everything.
 * Roles add up. Expressed as data so that a view query can filter by it.
 */
export interface TargetTableReadScope {
  everything: boolean;
  /** Units every table of which may be read. */
  units: string[];
  /**
   * Sections whose tables may be read, each with the tables of its unit that name no section.
   * A section-scoped person placed in no section has `sectionId: null` here: only such tables.
   */
  sections: Array<{ unitCode: string; sectionId: string | null }>;
}

/** Where a table stands in the directory, as far as reading it goes. */
export interface TargetTablePlace {
  unitCode: string;
  sectionId: string | null;
}

const everythingReaders = ['AUDITOR', 'ADMIN'];
const readsUnit = ['OFFICE', 'LEADER'];
const readsSection = ['PREPARER', 'SECTION_HEAD'];

/** AUDITOR and ADMIN read every unit's tables, and what follows from them (execution, the whole audit trail). */
export function readsEverything(actor: Pick<Actor, 'roles'>): boolean {
  return everythingReaders.some((role) => actor.roles.includes(role));
}

export function targetTableReadScope(actor: Actor): TargetTableReadScope {
  const holds = (roles: string[]) => roles.some((role) => actor.roles.includes(role));
  const unitCode = actor.unitCode;
  return {
    everything: readsEverything(actor),
    units: unitCode !== null && holds(readsUnit) ? [unitCode] : [],
    sections: unitCode !== null && holds(readsSection) ? [{ unitCode, sectionId: actor.sectionId }] : [],
  };
}

export function mayReadTargetTable(scope: TargetTableReadScope, table: TargetTablePlace): boolean {
  return (
    scope.everything ||
    scope.units.includes(table.unitCode) ||
    scope.sections.some((section) => section.unitCode === table.unitCode && (table.sectionId === null || table.sectionId === section.sectionId))
  );
}

/** Refuses (FORBIDDEN) to show a table outside the actor's scope, naming the roles that would see it. */
export function requireTargetTableReadable(actor: Actor, table: TargetTablePlace, what: string): void {
  if (mayReadTargetTable(targetTableReadScope(actor), table)) return;
  const sectionReaders = messages.targetTable.readScope.sectionReaders(table);
  throw new DomainError('FORBIDDEN', messages.targetTable.readScope.refused({ what, unitCode: table.unitCode, sectionReaders, yours: yourScope(actor) }));
}

/**
 * A command on something a person may not read learns nothing more of it than reading it would
 * (that it exists, and whose it is): it is refused before any check that would describe its
 * state, version or content. Whoever may act on a table may read it, so this refuses nobody
 * who could have acted. A command without a signed-in actor is left to its own checks.
 */
export function requireReadableToActOn(actor: Actor | undefined, table: TargetTablePlace, subject: string): void {
  if (!hiddenFrom(actor, table)) return;
  throw new DomainError('FORBIDDEN', messages.targetTable.readScope.notActable(subject));
}

/** The table is outside a signed-in actor's read scope; a command without one is left to its own checks. */
export function hiddenFrom(actor: Actor | undefined, table: TargetTablePlace): boolean {
  if (actor === undefined || actor === null || !Array.isArray(actor.roles)) return false;
  return !mayReadTargetTable(targetTableReadScope(actor), table);
}

/** What a list may be narrowed to: a unit, a section (within a unit when given), or both. */
export interface TargetTableListFilter {
  unitCode?: string;
  sectionId?: string;
}

/** How a refusal names the list asked for and what to ask instead. */
export interface ListingWords {
  /** Begins the refusal, followed by what was asked: e.g. "列出目标表". */
  listing: string;
  /** Ends it: how to get what the actor may read. */
  instead: string;
}

const targetTableListing: ListingWords = { listing: messages.targetTable.readScope.listing, instead: messages.targetTable.readScope.instead };

/**
 * Refuses (FORBIDDEN) a list filter that asks for tables wholly outside the actor's scope,
 * so that an empty answer never hides a refusal. A filter that overlaps the scope is kept:
 * the list then shows only the tables in scope. Views built on the tables (execution) refuse
 * in their own words.
 */
/** Whether a list filter (unit, section) overlaps what the actor may read: requireTargetTableFilterInScope refuses when not. */
export function targetTableFilterInScope(actor: Actor, filter: TargetTableListFilter): boolean {
  const scope = targetTableReadScope(actor);
  if (scope.everything || (filter.unitCode === undefined && filter.sectionId === undefined)) return true;
  const { unitCode, sectionId } = filter;
  const unitMatches = (code: string) => unitCode === undefined || unitCode === code;
  return (
    scope.units.some((code) => unitMatches(code)) ||
    scope.sections.some((section) => unitMatches(section.unitCode) && (sectionId === undefined || sectionId === section.sectionId))
  );
}

export function requireTargetTableFilterInScope(actor: Actor, filter: TargetTableListFilter, words: ListingWords = targetTableListing): void {
  if (targetTableFilterInScope(actor, filter)) return;
  const { unitCode, sectionId } = filter;
  const asked = [
    unitCode === undefined ? null : messages.targetTable.readScope.unitAsked(unitCode),
    sectionId === undefined ? null : messages.targetTable.readScope.sectionAsked(sectionId),
  ]
    .filter((part) => part !== null)
    .join('、');
  throw new DomainError('FORBIDDEN', messages.targetTable.readScope.listRefused({ listing: words.listing, asked, yours: yourScope(actor), instead: words.instead }));
}

function yourScope(actor: Actor): string {
  const roles = actor.roles.filter((role) => [...everythingReaders, ...readsUnit, ...readsSection].includes(role));
  if (roles.length === 0) return actor.roles.length === 0 ? rolesHeld(actor) : messages.targetTable.readScope.noReadingRole(rolesHeld(actor));
  return messages.targetTable.readScope.yourRoles({ roles, place: placeOf(actor) });
}
