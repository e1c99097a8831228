import { messages } from '../messages/messages.js';

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

/** "你没有任何角色", or "你的角色是 办公室（OFFICE）、单位负责人（LEADER）". */
export function rolesHeld(actor: Pick<DescribedActor, 'roles'>): string {
  return messages.actor.rolesHeld(Array.isArray(actor.roles) ? actor.roles : []);
}

/** "无所属单位", or "单位 323001". */
export function unitOf(actor: Pick<DescribedActor, 'unitCode'>): string {
  return messages.actor.unit(actor.unitCode);
}

/** "无所属单位", "单位 323001（不属于任何科室）", or "单位 323001 的 employment 科室". */
export function placeOf(actor: DescribedActor): string {
  return messages.actor.place(actor.unitCode, actor.sectionId);
}
