/**
 * Who sends a command, as the application knows it from the signed-in user. Roles are plain
 * strings because the directory owns the full list (AUDITOR, ADMIN, …); the workflow (every
 * document's preparation and approval) gives authority to four of them. The event store's
 * Actor fits this shape as it is.
 */
export interface Actor {
  userId: string;
  roles: readonly string[];
  unitCode: string | null;
  sectionId: string | null;
}

export type WorkflowRole = 'PREPARER' | 'SECTION_HEAD' | 'OFFICE' | 'LEADER';

/** Who acted, as events keep it: enough for an auditor to see the scope the person acted in. */
export interface ActingUser {
  userId: string;
  unitCode: string | null;
  sectionId: string | null;
}

export function actingUser(actor: Actor): ActingUser {
  return { userId: actor.userId, unitCode: actor.unitCode, sectionId: actor.sectionId };
}
