import { DomainError } from '../shared/domain-error.js';
import type { TargetTableActor } from './target-table-actor.js';

/**
 * Which target tables a person may read (DESIGN.md section 3). PREPARER and SECTION_HEAD read
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

const readsEverything = ['AUDITOR', 'ADMIN'];
const readsUnit = ['OFFICE', 'LEADER'];
const readsSection = ['PREPARER', 'SECTION_HEAD'];

export function targetTableReadScope(actor: TargetTableActor): TargetTableReadScope {
  const holds = (roles: string[]) => roles.some((role) => actor.roles.includes(role));
  const unitCode = actor.unitCode;
  return {
    everything: holds(readsEverything),
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
export function requireTargetTableReadable(actor: TargetTableActor, table: TargetTablePlace, what: string): void {
  if (mayReadTargetTable(targetTableReadScope(actor), table)) return;
  const sectionReaders =
    table.sectionId === null
      ? `a PREPARER or SECTION_HEAD of unit ${table.unitCode}`
      : `a PREPARER or SECTION_HEAD of section ${table.sectionId} in unit ${table.unitCode}`;
  throw new DomainError(
    'FORBIDDEN',
    `Reading ${what} needs AUDITOR or ADMIN, an OFFICE or LEADER of unit ${table.unitCode}, or ${sectionReaders}: ${yourScope(actor)}.`,
  );
}

/** What a list may be narrowed to: a unit, a section (within a unit when given), or both. */
export interface TargetTableListFilter {
  unitCode?: string;
  sectionId?: string;
}

/**
 * Refuses (FORBIDDEN) a list filter that asks for tables wholly outside the actor's scope,
 * so that an empty answer never hides a refusal. A filter that overlaps the scope is kept:
 * the list then shows only the tables in scope.
 */
export function requireTargetTableFilterInScope(actor: TargetTableActor, filter: TargetTableListFilter): void {
  const scope = targetTableReadScope(actor);
  if (scope.everything || (filter.unitCode === undefined && filter.sectionId === undefined)) return;
  const { unitCode, sectionId } = filter;
  const unitMatches = (code: string) => unitCode === undefined || unitCode === code;
  const overlaps =
    scope.units.some((code) => unitMatches(code)) ||
    scope.sections.some((section) => unitMatches(section.unitCode) && (sectionId === undefined || sectionId === section.sectionId));
  if (overlaps) return;
  const asked = [unitCode === undefined ? null : `unit ${unitCode}`, sectionId === undefined ? null : `section ${sectionId}`].filter((part) => part !== null).join(', ');
  throw new DomainError(
    'FORBIDDEN',
    `Listing the target tables of ${asked} needs AUDITOR or ADMIN, an OFFICE or LEADER of that unit, or a PREPARER or SECTION_HEAD of that section: ` +
      `${yourScope(actor)}. Leave the filter out to list the tables you may read.`,
  );
}

function yourScope(actor: TargetTableActor): string {
  const roles = actor.roles.filter((role) => [...readsEverything, ...readsUnit, ...readsSection].includes(role));
  if (roles.length === 0) return actor.roles.length === 0 ? 'you have no role' : `you have ${actor.roles.join(', ')}, none of which reads target tables`;
  const place =
    actor.unitCode === null ? 'no unit' : actor.sectionId === null ? `unit ${actor.unitCode}, without a section` : `section ${actor.sectionId} in unit ${actor.unitCode}`;
  return `you are ${roles.join(' and ')} of ${place}`;
}
