import type { NotificationAudience, Actor } from '@app/domain';

/** Whether a notification is for a person as the directory has them now; the same rule as findMyNotifications. */
export function addressedTo(audience: NotificationAudience, person: Pick<Actor, 'userId' | 'roles' | 'unitCode' | 'sectionId'>): boolean {
  if (audience.kind === 'USER') return audience.userId === person.userId;
  if (person.unitCode !== audience.unitCode || !person.roles.includes(audience.role)) return false;
  const sectionScoped = audience.role === 'PREPARER' || audience.role === 'SECTION_HEAD';
  return !sectionScoped || audience.sectionId === null || audience.sectionId === person.sectionId;
}
