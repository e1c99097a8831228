/**
 * How a refusal names what the person asking holds, the same in every message: the roles
 * (also when a command arrives with none, or with no list at all) and the place in the
 * directory. Structural, so that the event store's Actor and the domain's actors both fit.
 */
export interface DescribedActor {
  roles: readonly string[];
  unitCode: string | null;
  sectionId: string | null;
}

/** "you have no role", or "you have OFFICE, LEADER". */
export function rolesHeld(actor: Pick<DescribedActor, 'roles'>): string {
  return Array.isArray(actor.roles) && actor.roles.length > 0 ? `you have ${actor.roles.join(', ')}` : 'you have no role';
}

/** "no unit", or "unit 323001". */
export function unitOf(actor: Pick<DescribedActor, 'unitCode'>): string {
  return actor.unitCode === null ? 'no unit' : `unit ${actor.unitCode}`;
}

/** "no unit", "unit 323001, without a section", or "section employment in unit 323001". */
export function placeOf(actor: DescribedActor): string {
  if (actor.unitCode === null) return 'no unit';
  return actor.sectionId === null ? `unit ${actor.unitCode}, without a section` : `section ${actor.sectionId} in unit ${actor.unitCode}`;
}
